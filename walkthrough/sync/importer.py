"""Importing bundle files: each in one transaction, whole or not at all, with a report."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, message
from walkthrough.storage import Repository
from walkthrough.storage.sync_checks import RecordRefused
from walkthrough.storage.sync_records import Applied
from walkthrough.storage.sync_store import gc_paused, let_go
from walkthrough.sync.bundle import file_sha256
from walkthrough.sync.bundle_read import BundleRefused, cannot_be_read, read_bundle, read_manifest

log = logging.getLogger("walkthrough.sync")

IMPORTED, SKIPPED, REFUSED = "imported", "skipped", "refused"


@dataclass(frozen=True)
class FileReport:
    path: Path
    outcome: str
    message: str = ""
    device_name: str = ""
    applied: Applied = field(default_factory=Applied)
    words: Message | None = None  # a refusal's message, for the interface's language (``message`` is its English)

    def line(self) -> str:
        if self.outcome == REFUSED:
            return f"refused: {self.message}"
        if self.outcome == SKIPPED:
            return f"{self.path.name}: skipped ({self.message})"
        a = self.applied
        text = (f"{self.path.name}: imported from {self.device_name}: {a.inserted} inserted, {a.updated} updated, "
                f"{a.unchanged} unchanged, {a.merged} merged, {a.conflicts} conflicts, {a.held} held")
        return text + "".join(f"\n  note: {p}" for p in a.problems)


@dataclass
class ImportReport:
    files: list[FileReport] = field(default_factory=list)

    @property
    def refused(self) -> list[FileReport]:
        return [f for f in self.files if f.outcome == REFUSED]

    @property
    def changed_tables(self) -> set[str]:
        return {t for f in self.files for t in f.applied.changed_tables}

    def total(self, name: str) -> int:
        return sum(getattr(f.applied, name) for f in self.files if f.outcome == IMPORTED)

    def summary(self) -> str:
        kinds = ("inserted", "updated", "unchanged", "merged", "conflicts", "held")
        counts = ", ".join(f"{self.total(k)} {k}" for k in kinds)
        done = sum(1 for f in self.files if f.outcome == IMPORTED)
        skipped = sum(1 for f in self.files if f.outcome == SKIPPED)
        return f"{done} imported, {skipped} skipped, {len(self.refused)} refused: {counts}"

    def in_words(self) -> Message:
        """The summary for a person: what came in, what waits for them (``str()`` is the English)."""
        done = [f for f in self.files if f.outcome == IMPORTED]
        if not done and not self.refused:
            return message(QT_TRANSLATE_NOOP("core", "nothing new from other devices"))
        new, changed = self.total("inserted"), self.total("updated") + self.total("merged")
        said = (message(QT_TRANSLATE_NOOP("core", "1 bundle brought {new} new and {changed} changed records"),
                        new=new, changed=changed) if len(done) == 1 else
                message(QT_TRANSLATE_NOOP("core", "{n} bundles brought {new} new and {changed} changed records"),
                        n=len(done), new=new, changed=changed))
        conflicts, held = self.total("conflicts"), self.total("held")
        more = []
        if conflicts:
            more.append(message(QT_TRANSLATE_NOOP("core", "1 conflict to settle")) if conflicts == 1 else
                        message(QT_TRANSLATE_NOOP("core", "{n} conflicts to settle"), n=conflicts))
        if held:
            more.append(message(QT_TRANSLATE_NOOP("core", "{n} waiting for records still to come"), n=held))
        if self.refused:
            refused = len(self.refused)
            more.append(message(QT_TRANSLATE_NOOP("core", "1 refused (see Import reports)")) if refused == 1 else
                        message(QT_TRANSLATE_NOOP("core", "{n} refused (see Import reports)"), n=refused))
        for part in more:
            said = message(QT_TRANSLATE_NOOP("core", "{said}; {more}"), said=said, more=part)
        return said


def import_file(repo: Repository, path: Path, *, from_folder: bool = False,
                seen: set[tuple[str, int, int]] | None = None) -> FileReport:
    """Import one bundle file; never raises for a bad bundle, reports it."""
    try:
        stat = path.stat()
    except OSError as exc:
        return _refused(repo, path, message(QT_TRANSLATE_NOOP("core", "{bundle}: {problem}"), bundle=path.name,
                                            problem=cannot_be_read(exc)))
    known = seen if seen is not None else repo.files_seen()
    if (path.name, stat.st_size, stat.st_mtime_ns) in known:
        return FileReport(path, SKIPPED, "already imported")
    try:
        archive, manifest, _ = read_manifest(path)
        archive.close()
        sha = file_sha256(path)
        bundle_id, device_id = str(manifest["bundle_id"]), str(manifest["device_id"])
        device_name = str(manifest.get("device_name") or device_id[:8])
        remember: dict[str, Any] = {"bundle_id": bundle_id, "sha256": sha, "file_name": path.name, "size": stat.st_size,
                    "mtime_ns": stat.st_mtime_ns, "device_id": device_id, "device_name": device_name,
                    "app_version": str(manifest.get("app_version", "")), "exported_at": str(manifest["exported_at"])}
        if device_id == repo.device_id:
            repo.remember_bundle(**remember)
            return FileReport(path, SKIPPED, "this device's own bundle")
        if repo.bundle_seen(bundle_id, sha):
            repo.remember_bundle(**remember)
            return FileReport(path, SKIPPED, "already imported")
        with gc_paused():  # the bundle's many small objects live until it is in (see gc_paused)
            bundle = read_bundle(path, sha256=sha, pause=repo.step_aside)  # a tap meanwhile goes first
            try:
                applied = repo.apply_bundle(frameworks=bundle.frameworks, lines=bundle.lines,
                                            sealed=bundle.sealed, from_folder=from_folder, remember=remember)
            except RecordRefused as exc:
                raise BundleRefused(message(QT_TRANSLATE_NOOP("core", "{bundle}: {entry}: {problem}"),
                                            bundle=path.name, entry=exc.entry, problem=exc.message)) from None
            finally:
                let_go(bundle.lines, repo.step_aside)
    except BundleRefused as exc:
        return _refused(repo, path, exc.message)
    repo.add_sync_report(file_name=path.name, outcome=IMPORTED, counts=applied.as_dict(),
                         message="; ".join(applied.problems), bundle_id=bundle_id, device_id=device_id,
                         device_name=device_name)
    log.info("bundle imported", extra={"event": {"event": "sync_imported", "file": path.name, **applied.as_dict()}})
    return FileReport(path, IMPORTED, device_name=device_name, applied=applied)


def _refused(repo: Repository, path: Path, why: Message) -> FileReport:
    """Remembered and logged in English; the message itself goes to the interface."""
    repo.add_sync_report(file_name=path.name, outcome=REFUSED, message=str(why))
    log.warning("bundle refused: %s", why)
    return FileReport(path, REFUSED, str(why), words=why)


def import_files(repo: Repository, paths: Sequence[Path], *, by: str | None = None, from_folder: bool = False,
                 progress: Callable[[int, int], None] | None = None) -> ImportReport:
    repo.require_sync(by)
    report = ImportReport()
    seen = repo.files_seen()
    for number, path in enumerate(paths, start=1):
        report.files.append(import_file(repo, path, from_folder=from_folder, seen=seen))
        if progress is not None:
            progress(number, len(paths))
    return report
