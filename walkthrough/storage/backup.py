"""Backups of the database: made with SQLite's online backup API, the last 14 kept.

A backup is a complete, single-file copy of the database (journal mode
DELETE, so it needs no ``-wal`` beside it) in ``DATA/backups``, named
``walkthrough-YYYYMMDD-HHMMSS-<reason>.sqlite3`` in UTC. The app makes one at
start at most once a day, one before every schema migration, and one of the
current state before a restore. The backup API copies a consistent snapshot
while the app keeps writing, so a backup never stops a tap.

A backup is "good" when :func:`walkthrough.storage.health.inspect_database`
accepts it: ours, not from a newer Walkthrough, every table there, passing
``quick_check``.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from walkthrough.paths import backup_dir, folder_problem, set_aside_dir
from walkthrough.storage.health import DatabaseProblem, inspect_database, read_only_connection, sqlite_problem

KEEP = 14
PREFIX = "walkthrough-"
SUFFIX = ".sqlite3"
_NAME = re.compile(r"^walkthrough-(\d{8}-\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite3$")


class Reason:
    DAILY = "daily"
    BEFORE_MIGRATION = "before-migration"
    BEFORE_RESTORE = "before-restore"
    BY_HAND = "by-hand"


REASON_WORDS = {
    Reason.DAILY: "daily backup",
    Reason.BEFORE_MIGRATION: "before an update of the database",
    Reason.BEFORE_RESTORE: "before a restore",
    Reason.BY_HAND: "made by hand",
}


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime  # UTC
    reason: str
    size: int

    @property
    def local_time(self) -> str:
        return self.made_at.astimezone().strftime("%Y-%m-%d %H:%M")

    def describe(self) -> str:
        return f"{self.local_time} ({REASON_WORDS.get(self.reason, self.reason)}, {self.size / 1_000_000:.1f} MB)"


def backups(folder: Path) -> list[Backup]:
    """Every backup in the data folder, newest first."""
    found: list[Backup] = []
    order: list[tuple[datetime, int]] = []  # made at, then (within a second) when written
    directory = backup_dir(folder)
    if not directory.is_dir():
        return found
    for path in directory.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        made = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        info = path.stat()
        order.append((made, info.st_mtime_ns))
        found.append(Backup(path, made, match.group(3), info.st_size))
    ranked = sorted(zip(order, found, strict=True), key=lambda pair: pair[0], reverse=True)
    return [backup for _, backup in ranked]


def make_backup(database: Path, reason: str, *, now: datetime | None = None, keep: int = KEEP) -> Backup:
    """Copy the database at ``database`` into its folder's backups, then keep
    the newest ``keep``. Raises :class:`DatabaseProblem` (a full disk, ...)."""
    folder = database.parent
    directory = backup_dir(folder)
    made = (now or datetime.now(UTC)).astimezone(UTC)
    stamp = made.strftime("%Y%m%d-%H%M%S")
    target = directory / f"{PREFIX}{stamp}-{reason}{SUFFIX}"
    counter = 1
    while target.exists():
        counter += 1
        target = directory / f"{PREFIX}{stamp}-{counter}-{reason}{SUFFIX}"
    partial = target.with_name(target.name + ".partial")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        source = read_only_connection(database)
        try:
            copy = sqlite3.connect(str(partial), isolation_level=None)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        os.replace(partial, target)
    except sqlite3.Error as exc:
        _remove(partial)
        raise sqlite_problem(exc, target) from None
    except OSError as exc:
        _remove(partial)
        raise folder_problem(directory, exc) from None
    rotate(folder, keep=keep)
    return Backup(target, made.replace(microsecond=0), reason, target.stat().st_size)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def rotate(folder: Path, *, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups; return what was deleted."""
    removed = []
    for old in backups(folder)[keep:]:
        _remove(old.path)
        removed.append(old.path)
    return removed


def daily_backup_due(folder: Path, *, now: datetime | None = None) -> bool:
    """Whether no backup was made on this (local) day yet."""
    today = (now or datetime.now(UTC)).astimezone().date()
    return not any(b.made_at.astimezone().date() == today for b in backups(folder))


def check_backup(backup: Backup) -> DatabaseProblem | None:
    """What is wrong with a backup (None: it is good)."""
    try:
        inspect_database(backup.path)
    except DatabaseProblem as problem:
        return problem
    return None


def newest_good_backup(folder: Path) -> Backup | None:
    """The newest backup that passes :func:`check_backup`."""
    for backup in backups(folder):
        if check_backup(backup) is None:
            return backup
    return None


def set_aside(database: Path, *, now: datetime | None = None) -> Path | None:
    """Move the database file (and its ``-wal``/``-shm``) into ``set-aside/``,
    unchanged; returns where it went (None when there was no file)."""
    if not database.exists():
        return None
    folder = set_aside_dir(database.parent)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{database.stem}-{stamp}{database.suffix}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{database.stem}-{stamp}-{counter}{database.suffix}"
    for extra in ("-wal", "-shm", "-journal"):
        side = database.with_name(database.name + extra)
        if side.exists():
            os.replace(side, target.with_name(target.name + extra))
    os.replace(database, target)
    return target


def restore_file(backup: Backup, database: Path) -> Path | None:
    """Put ``backup`` in place of a database that cannot be opened.

    The current file is never changed: it is moved, as it is, into
    ``set-aside/`` (that is the copy of the current state); the backup is
    copied beside the database and renamed into place. Returns where the old
    file went."""
    problem = check_backup(backup)
    if problem is not None:
        raise problem
    partial = database.with_name(database.name + ".restoring")
    try:
        shutil.copyfile(backup.path, partial)
        moved = set_aside(database)
        os.replace(partial, database)
    except OSError as exc:
        _remove(partial)
        raise folder_problem(database.parent, exc) from None
    return moved
