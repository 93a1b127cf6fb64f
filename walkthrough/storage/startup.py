"""Opening a data folder to work in it: the folder checked, locked, its database checked.

The app and every headless command that writes go through :func:`open_data`
(or :func:`writing`), so each start either opens the data or raises one
:class:`~walkthrough.paths.StartProblem` that says what is wrong, with what
file or folder, and what to do:

* :class:`~walkthrough.paths.DataFolderProblem`: a file where the folder
  should be, a folder that cannot be written to, a full disk, a name too long;
* :class:`~walkthrough.folder_lock.FolderInUse`: another copy of the
  app (or a command) works in the folder;
* :class:`~walkthrough.storage.health.DatabaseProblem`: an empty, damaged,
  foreign or newer database (left exactly as it was).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from walkthrough import __version__
from walkthrough.folder_lock import DataFolderLock, lock_folder
from walkthrough.paths import database_path
from walkthrough.storage.health import APP_VERSION_SETTING, version_key
from walkthrough.storage.repository import Repository


@dataclass
class OpenedData:
    folder: Path
    repo: Repository
    lock: DataFolderLock
    check_later: bool = False  # the database is large: quick_check runs after the window is ready

    def newer_app_version(self) -> str | None:
        """The version of a newer Walkthrough that opened this database before, if any."""
        last = self.repo.setting(APP_VERSION_SETTING)
        return last if last and version_key(last) > version_key(__version__) else None

    def close(self) -> None:
        try:
            self.repo.close()
        finally:
            self.lock.release()


# SQLite's quick_check reads every page: about 1 s per 300 MB. A database larger than this is
# checked on the background thread once the window is ready (``check_later``), not before it opens.
QUICK_CHECK_AT_START_BYTES = 32_000_000


def open_data(
    folder: Path, *, what: str = "app", background_checkpoints: bool = False, lock: DataFolderLock | None = None,
    check_large_later: bool = False,
) -> OpenedData:
    """The folder checked and locked, its database checked and opened.

    ``check_large_later`` (the app): a database over :data:`QUICK_CHECK_AT_START_BYTES` opens after
    the cheap checks (its header, its schema steps, its tables), and ``OpenedData.check_later`` is
    then True: the caller runs :func:`later_check` on the background thread."""
    took = lock is None or not lock.held
    if lock is None or not lock.held:
        lock = lock_folder(folder, what=what)
    path = database_path(folder)
    try:
        size = path.stat().st_size if check_large_later else 0
    except OSError:
        size = 0
    later = size > QUICK_CHECK_AT_START_BYTES
    try:
        repo = Repository.open(path, background_checkpoints=background_checkpoints, quick_check=not later)
    except BaseException:
        if took:  # a lock the caller holds stays held (the safe-start window works under it)
            lock.release()
        raise
    return OpenedData(folder, repo, lock, check_later=later)


def later_check(folder: Path) -> str | None:
    """SQLite's quick_check of the folder's database on a read-only connection of its own:
    None when it is sound, else what SQLite says is wrong."""
    import sqlite3

    from walkthrough.storage.health import read_only_connection

    conn = read_only_connection(database_path(folder))
    try:
        result = [r[0] for r in conn.execute("PRAGMA quick_check(3)").fetchall()]
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    return None if result == ["ok"] else "; ".join(result)


@contextmanager
def writing(folder: Path, what: str) -> Iterator[Repository]:
    """A headless command's time in the data folder, under its lock."""
    opened = open_data(folder, what=what)
    try:
        yield opened.repo
    finally:
        opened.close()
