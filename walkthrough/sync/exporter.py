"""Exporting this device's records as a bundle file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from walkthrough.core.model import now_iso
from walkthrough.storage import Repository
from walkthrough.storage.sync_store import EXPORT_USN, FOLDER_USN, gc_paused
from walkthrough.sync.bundle import Written, write_bundle


@dataclass(frozen=True)
class Exported:
    written: Written | None  # None: nothing new for the folder
    records: int
    sealed: int
    kept_back: int = 0  # private peer-visit parts none of whose people has a key yet


def export_bundle(repo: Repository, path: Path, *, since_last: bool = False, by: str | None = None) -> Exported:
    """Write everything this device holds (``since_last``: what changed since its last export) to ``path``."""
    repo.require_sync(by)
    since = int(repo.setting(EXPORT_USN) or "0") if since_last else 0
    with gc_paused():  # a line (two dicts) a record, all kept until the file is written (see gc_paused)
        payload = repo.sync_payload(since=since)
        written = write_bundle(path, device_id=repo.device_id, device_name=repo.device_name, exported_at=now_iso(),
                               lines=payload.lines, frameworks=payload.frameworks, sealed=payload.sealed,
                               counts=payload.counts, scope="since-last" if since_last else "everything")
    repo.mark_exported(payload, to_folder=False)
    return Exported(written, len(payload.lines), len(payload.sealed), len(payload.unsealed))


def export_to_folder(repo: Repository, folder: Path) -> Exported:
    """Write this device's own changes since its last folder bundle into ``folder`` (nothing new: no file)."""
    if not repo.has_outbox():
        return Exported(None, 0, 0)
    since = int(repo.setting(FOLDER_USN) or "0")
    with gc_paused():
        payload = repo.sync_payload(since=since, own_only=True)
        if not payload.lines and not payload.sealed:
            return Exported(None, 0, 0, len(payload.unsealed))
        name = f"walkthrough-{repo.device_id[:8]}-{payload.seq:06d}.zip"
        written = write_bundle(folder / name, device_id=repo.device_id, device_name=repo.device_name,
                               exported_at=now_iso(), lines=payload.lines, frameworks=payload.frameworks,
                               sealed=payload.sealed, counts=payload.counts, scope="folder")
    repo.mark_exported(payload, to_folder=True)
    repo.remember_bundle(bundle_id=written.bundle_id, sha256=written.sha256, file_name=name, size=written.size,
                         mtime_ns=written.mtime_ns, device_id=repo.device_id, device_name=repo.device_name,
                         app_version="", exported_at=now_iso())
    return Exported(written, len(payload.lines), len(payload.sealed), len(payload.unsealed))
