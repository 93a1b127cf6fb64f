"""One copy of Walkthrough per data folder: a lock file that the OS releases.

Two copies of the app on one data folder would each show their own screen
and overwrite each other's edits. The app, and every headless command that
writes (``demo``, ``forms install``), takes :class:`DataFolderLock` first;
a second taker gets :class:`FolderInUse`, which says who holds the folder.

An OS lock on ``walkthrough.lock`` rather than Qt's ``QLockFile``: the headless
commands are Qt-free and must take the same lock, and OS locks (``flock`` on Linux
and macOS, a lock on the file's first byte on Windows, as the ``filelock`` package
that earlier versions used takes them, so an older copy and this one see each
other) are released by the OS when the process dies, so a crash or a kill never
leaves a stale lock behind. Made here in a few lines: ``filelock`` 4 took 0.02 s
to import, before the app's first page. Who holds it is written beside the lock
in ``walkthrough.lock.json``.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import sys
import time
from pathlib import Path
from types import TracebackType

from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, message
from walkthrough.paths import StartProblem

log = logging.getLogger("walkthrough.storage.lock")

LOCK_NAME = "walkthrough.lock"
INFO_NAME = "walkthrough.lock.json"


class FolderInUse(StartProblem):
    """Another copy of Walkthrough (or a headless command) holds the data folder."""

    def __init__(self, folder: Path, holder: dict[str, object] | None) -> None:
        self.holder = holder or {}
        who = message(QT_TRANSLATE_NOOP("core", "another copy of Walkthrough"))
        what = self.holder.get("what")
        if what and what != "app":
            who = message(QT_TRANSLATE_NOOP("core", "the command `walkthrough {command}`"), command=what)
        since = self.holder.get("since")
        details = []
        if since:
            details.append(message(QT_TRANSLATE_NOOP("core", "since {time}"), time=since))
        if self.holder.get("host"):
            details.append(message(QT_TRANSLATE_NOOP("core", "on {host}"), host=self.holder["host"]))
        if self.holder.get("pid"):
            details.append(message(QT_TRANSLATE_NOOP("core", "process {pid}"), pid=self.holder["pid"]))
        in_use = message(QT_TRANSLATE_NOOP("core", "this data folder is in use by {who}"), who=who)
        if details:
            in_use = message(QT_TRANSLATE_NOOP("core", "this data folder is in use by {who} ({details})"), who=who,
                             details=Message(", ".join(f"{{d{i}}}" for i in range(len(details))),
                                             {f"d{i}": d for i, d in enumerate(details)}))
        super().__init__(
            folder, in_use,
            message(QT_TRANSLATE_NOOP("core", "close that copy first (or wait for the command to finish), then try "
                                              "again")),
        )


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> bool:
        """Lock the file's first byte without waiting; False when another process holds it."""
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _host_name() -> str:
        import socket

        return socket.gethostname()

else:
    import fcntl

    def _lock(fd: int) -> bool:
        """``flock`` without waiting; False when another open of the file holds it."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _host_name() -> str:
        return os.uname().nodename


class OsLock:
    """An exclusive lock the OS holds on one file for as long as its descriptor is open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None

    @property
    def is_locked(self) -> bool:
        return self.fd is not None

    def acquire(self) -> bool:
        """Take the lock now; False if someone else holds it. OSError: this file system cannot lock."""
        if self.fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            taken = _lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not taken:
            os.close(fd)
            return False
        self.fd = fd
        return True

    def release(self) -> None:
        fd, self.fd = self.fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)


class DataFolderLock:
    """The lock on one data folder, for as long as this process works in it."""

    def __init__(self, folder: Path, what: str = "app") -> None:
        self.folder = folder
        self.what = what
        self.path = folder / LOCK_NAME
        self.info_path = folder / INFO_NAME
        self._lock = OsLock(self.path)

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def acquire(self) -> DataFolderLock:
        """Take the lock now or raise :class:`FolderInUse` (never waits)."""
        try:
            taken = self._lock.acquire()
        except OSError as exc:
            # A file system without locks (some network shares): work without one, and say so in the log.
            log.warning("the data folder %s cannot be locked (%s); another copy would not be noticed", self.folder,
                        exc.strerror or exc)
            return self
        if not taken:
            raise FolderInUse(self.folder, self.holder())
        info = {
            "pid": os.getpid(),
            "host": _host_name(),
            "what": self.what,
            "since": time.strftime("%Y-%m-%d %H:%M"),
        }
        with contextlib.suppress(OSError):
            self.info_path.write_text(json.dumps(info), encoding="utf-8")
        return self

    def holder(self) -> dict[str, object] | None:
        try:
            data = json.loads(self.info_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def release(self) -> None:
        if self._lock.is_locked:
            with contextlib.suppress(OSError):
                self.info_path.unlink()
            self._lock.release()

    def __enter__(self) -> DataFolderLock:
        return self.acquire()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


def lock_folder(folder: Path, *, what: str = "app") -> DataFolderLock:
    """Check the data folder (``paths.prepare_data_folder``) and take its lock; raises a StartProblem."""
    from walkthrough.paths import prepare_data_folder

    prepare_data_folder(folder)
    return DataFolderLock(folder, what).acquire()
