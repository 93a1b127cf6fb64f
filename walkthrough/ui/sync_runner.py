"""Sync work off the UI thread: one round at a time, with progress, then "records changed".

The work opens its own Repository on the background thread (SQLite
connections stay on the thread that made them) and returns plain results;
the window hears of them on the UI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from walkthrough.core.i18n import Message
from walkthrough.ui import core_text
from walkthrough.ui.changes import Changes
from walkthrough.ui.tasks import TaskManager

if TYPE_CHECKING:
    from walkthrough.storage import Repository
    from walkthrough.sync.importer import ImportReport

Step = Callable[[int, int], None]
log = logging.getLogger("walkthrough.ui.sync")


@dataclass(frozen=True)
class Outcome:
    """What a sync round did, in words for the page."""

    what: str  # "Synced with the folder", ...
    lines: list[str] = field(default_factory=list)
    summary: str | Message = ""  # a message from the core is shown in the interface's language
    changed: frozenset[str] = frozenset()
    refused: int = 0
    refusals: tuple[Message, ...] = ()  # why each refused bundle was refused, to show in the interface's language


def _refusals(report: ImportReport) -> tuple[Message, ...]:
    return tuple(f.words if f.words is not None else Message(f.message) for f in report.refused)


class SyncRunner(QObject):
    progress = Signal(int, int)
    started = Signal(str)
    finished = Signal(object)  # Outcome
    failed = Signal(str)

    def __init__(self, database: str, changes: Changes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.changes = changes
        self.tasks = TaskManager(self)
        self.busy = False

    def _run(self, what: str, work: Callable[[Repository, Step], Outcome]) -> bool:
        if self.busy or not self.database:
            return False
        self.busy = True
        self.started.emit(what)
        database, step = self.database, self.progress.emit

        def job() -> Outcome:
            from walkthrough.storage import Repository

            repo = Repository.open_for_sync(database)
            try:
                return work(repo, step)
            finally:
                repo.close()

        self.tasks.run(job, self._done, self._failed)
        return True

    def _done(self, outcome: object) -> None:
        self.busy = False
        assert isinstance(outcome, Outcome)
        self.changes.changed(outcome.changed)
        self.finished.emit(outcome)

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        self.failed.emit(core_text.text(exc) or type(exc).__name__)

    def sync_folder(self, folder: Path, by: str | None) -> bool:
        wrote, synced = self.tr("Wrote {file} ({n} records)"), self.tr("Synced with the folder")

        def work(repo: Repository, step: Step) -> Outcome:
            from walkthrough.sync.folder import sync_folder

            done = sync_folder(repo, folder, by=by, progress=step)
            written = done.exported.written
            lines = [wrote.format(file=written.path.name, n=done.exported.records)] if written else []
            lines += [f.line() for f in done.report.files]
            return Outcome(synced, lines, done.report.in_words(),
                           frozenset(done.report.changed_tables), len(done.report.refused), _refusals(done.report))
        return self._run(self.tr("Syncing with the folder…"), work)

    def import_files(self, paths: Sequence[Path], by: str | None) -> bool:
        imported = self.tr("Imported")

        def work(repo: Repository, step: Step) -> Outcome:
            from walkthrough.sync.importer import import_files

            report = import_files(repo, list(paths), by=by, progress=step)
            return Outcome(imported, [f.line() for f in report.files], report.in_words(),
                           frozenset(report.changed_tables), len(report.refused), _refusals(report))
        return self._run(self.tr("Importing…"), work)

    def export_file(self, path: Path, by: str | None) -> bool:
        exported, wrote = self.tr("Exported"), self.tr("Wrote {file}: {n} records, {sealed} sealed parts")
        summary = self.tr("Exported to {path}").format(path=path)

        def work(repo: Repository, step: Step) -> Outcome:
            from walkthrough.sync.exporter import export_bundle

            done = export_bundle(repo, path, by=by)
            return Outcome(exported, [wrote.format(file=path.name, n=done.records, sealed=done.sealed)], summary)
        return self._run(self.tr("Exporting…"), work)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.tasks.wait(msecs)
