"""Two-way sync through a shared folder (OneDrive, SharePoint, a network share, a USB stick).

Each round writes this device's own changes as a new bundle of its own into
the folder and imports every other bundle found there. It never deletes or
rewrites a file it did not just write, ignores files still being written
(temporary and partial names), and takes a cloud service's "conflicted copy"
of a bundle (``walkthrough-ab12cd34-000003 (1).zip``,
``...-DESKTOP-PC.zip``) as just another bundle: the same bundle twice is
skipped, a different one is imported like any other.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from walkthrough.storage import Repository
from walkthrough.sync.bundle import PARTIAL, SUFFIX
from walkthrough.sync.exporter import Exported, export_to_folder
from walkthrough.sync.importer import ImportReport, import_files

_UNFINISHED = (PARTIAL, ".tmp", ".part", ".partial", ".crdownload", "~$")


@dataclass(frozen=True)
class FolderRound:
    folder: Path
    exported: Exported
    report: ImportReport


def candidates(folder: Path, seen: set[tuple[str, int, int]]) -> list[Path]:
    """Bundle files of the folder not yet taken in, oldest name first."""
    found: list[Path] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            lowered = name.lower()
            if (name.startswith(".") or not lowered.endswith(SUFFIX) or any(m in lowered for m in _UNFINISHED)
                    or lowered.endswith("~")):
                continue
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                stat = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if (name, stat.st_size, stat.st_mtime_ns) in seen:
                continue
            found.append(Path(entry.path))
    return sorted(found)


class FolderMissing(Exception):
    pass


SIGNATURE = "sync_folder_signature"


def _signature(folder: Path) -> str:
    """The folder and the names in it (a listing, no file opened or stat'ed): a bundle
    arrives under a new name, since no device ever rewrites one."""
    names = "\n".join(sorted(os.listdir(folder)))
    return f"{folder.resolve()}|{hashlib.sha256(names.encode('utf-8', 'surrogateescape')).hexdigest()}"


def sync_folder(repo: Repository, folder: Path, *, by: str | None = None,
                progress: Callable[[int, int], None] | None = None) -> FolderRound:
    """One round: write this device's bundle into ``folder``, import every other one there.

    A folder holding the same file names as after a round that left nothing
    behind (no refused or unfinished file) has nothing new: its files are not
    looked at again.
    """
    repo.require_sync(by)
    if not folder.is_dir():
        raise FolderMissing(f"the sync folder {folder} is not there (is the drive or share connected?)")
    exported = export_to_folder(repo, folder)
    signature = _signature(folder)
    if exported.written is None and repo.setting(SIGNATURE) == signature:
        return FolderRound(folder, exported, ImportReport())
    unfinished = _has_unfinished(folder)
    paths = candidates(folder, repo.files_seen())
    report = import_files(repo, paths, from_folder=True, progress=progress)
    clean = not report.refused and not unfinished
    repo.set_setting(SIGNATURE, _signature(folder) if clean else None)
    return FolderRound(folder, exported, report)


def _has_unfinished(folder: Path) -> bool:
    """Whether a bundle is still being written into the folder (it must be looked at again)."""
    return any(m in name.lower() for name in os.listdir(folder) for m in _UNFINISHED)
