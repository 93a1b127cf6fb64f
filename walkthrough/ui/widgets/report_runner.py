"""Making a report file off the UI thread, with progress: the Reports page and the "Feedback PDF"
buttons share it.

The work opens its own read-only connection to the database (SQLite connections stay on the
thread that made them), calls one of :mod:`walkthrough.reports.outputs`, and reports pages made
as it goes; the result or the one-line reason comes back on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from walkthrough.storage import Repository
from walkthrough.ui import core_text
from walkthrough.ui.tasks import TaskManager

Make = Callable[[Repository, Callable[[int], None]], str]


class ReportRunner(QObject):
    progressed = Signal(int)  # pages (or thousands of rows) made so far
    finished = Signal(str)  # what was written: "6 pages"
    failed = Signal(str)  # why not, in one line

    def __init__(self, repo: Repository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.tasks = TaskManager(self)
        self.busy = False

    def run(self, make: Make) -> None:
        """Run ``make(reader, progress)`` on the worker thread."""
        path = self.repo.database_file
        self.busy = True

        def work() -> str:
            own = Repository.open_reader(path)
            try:
                return make(own, self.progressed.emit)
            finally:
                own.close()

        self.tasks.run(work, self._done, self._failed)

    def _done(self, result: object) -> None:
        self.busy = False
        self.finished.emit(str(result))

    def _failed(self, exc: Exception) -> None:
        from walkthrough.reports.outputs import OutputRefused
        from walkthrough.storage.base import StoreError

        self.busy = False
        if isinstance(exc, OutputRefused | StoreError | OSError):
            self.failed.emit(core_text.text(exc))
        else:
            self.failed.emit(QCoreApplication.translate(
                "ReportRunner", "it stopped on an unexpected error; the details are in the app's log"))

    def wait(self, msecs: int = 60_000) -> bool:
        return self.tasks.wait(msecs)


def suggested(folder: Path, name: str) -> str:
    return str(folder / name)
