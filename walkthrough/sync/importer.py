"""Importing bundle files: each in one transaction, whole or not at all, with a report."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from walkthrough.storage import Repository
from walkthrough.storage.sync_apply import Applied
from walkthrough.storage.sync_checks import RecordRefused
from walkthrough.storage.sync_store import gc_paused, let_go
from walkthrough.sync.bundle import file_sha256
from walkthrough.sync.bundle_read import BundleRefused, read_bundle, read_manifest

log = logging.getLogger("walkthrough.sync")

IMPORTED, SKIPPED, REFUSED = "imported", "skipped", "refused"


@dataclass(frozen=True)
class FileReport:
    path: Path
    outcome: str
    message: str = ""
    device_name: str = ""
    applied: Applied = field(default_factory=Applied)

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

    def in_words(self) -> str:
        """The summary for a person: what came in, what waits for them."""
        done = [f for f in self.files if f.outcome == IMPORTED]
        if not done and not self.refused:
            return "nothing new from other devices"
        parts = [f"{len(done)} bundle{'s' if len(done) != 1 else ''} brought {self.total('inserted')} new and "
                 f"{self.total('updated') + self.total('merged')} changed records"]
        if self.total("conflicts"):
            parts.append(f"{self.total('conflicts')} conflict{'s' if self.total('conflicts') != 1 else ''} to settle")
        if self.total("held"):
            parts.append(f"{self.total('held')} waiting for records still to come")
        if self.refused:
            parts.append(f"{len(self.refused)} refused (see Import reports)")
        return "; ".join(parts)


def import_file(repo: Repository, path: Path, *, from_folder: bool = False,
                seen: set[tuple[str, int, int]] | None = None) -> FileReport:
    """Import one bundle file; never raises for a bad bundle, reports it."""
    try:
        stat = path.stat()
    except OSError as exc:
        return _refused(repo, path, f"{path.name}: cannot be read ({exc.strerror or exc})")
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
                raise BundleRefused(f"{path.name}: {exc.entry}: {exc}") from None
            finally:
                let_go(bundle.lines, repo.step_aside)
    except BundleRefused as exc:
        return _refused(repo, path, str(exc))
    repo.add_sync_report(file_name=path.name, outcome=IMPORTED, counts=applied.as_dict(),
                         message="; ".join(applied.problems), bundle_id=bundle_id, device_id=device_id,
                         device_name=device_name)
    log.info("bundle imported", extra={"event": {"event": "sync_imported", "file": path.name, **applied.as_dict()}})
    return FileReport(path, IMPORTED, device_name=device_name, applied=applied)


def _refused(repo: Repository, path: Path, message: str) -> FileReport:
    repo.add_sync_report(file_name=path.name, outcome=REFUSED, message=message)
    log.warning("bundle refused: %s", message)
    return FileReport(path, REFUSED, message)


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
