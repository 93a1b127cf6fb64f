"""One copy of Walkthrough per data folder: a lock file that the OS releases.

Two copies of the app on one data folder would each show their own screen
and overwrite each other's edits. The app, and every headless command that
writes (``demo``, ``forms install``), takes :class:`DataFolderLock` first;
a second taker gets :class:`FolderInUse`, which says who holds the folder.

``filelock`` (tox, virtualenv and pip's own lock) rather than Qt's
``QLockFile``: the headless commands are Qt-free and must take the same lock,
and filelock's OS locks (``flock`` on Linux and macOS, ``msvcrt.locking`` on
Windows) are released by the OS when the process dies, so a crash or a kill
never leaves a stale lock behind. Who holds it is written beside the lock in
``walkthrough.lock.json`` (the lock file itself is truncated by every taker).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
from datetime import datetime
from pathlib import Path
from types import TracebackType

import filelock

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


class DataFolderLock:
    """The lock on one data folder, for as long as this process works in it."""

    def __init__(self, folder: Path, what: str = "app") -> None:
        self.folder = folder
        self.what = what
        self.path = folder / LOCK_NAME
        self.info_path = folder / INFO_NAME
        self._lock = filelock.FileLock(self.path, timeout=0, thread_local=False, fallback_to_soft=False)

    @property
    def held(self) -> bool:
        return bool(self._lock.is_locked)

    def acquire(self) -> DataFolderLock:
        """Take the lock now or raise :class:`FolderInUse` (never waits)."""
        try:
            self._lock.acquire(timeout=0)
        except filelock.Timeout:
            raise FolderInUse(self.folder, self.holder()) from None
        except OSError as exc:
            # A file system without locks (some network shares): work without one, and say so in the log.
            log.warning("the data folder %s cannot be locked (%s); another copy would not be noticed", self.folder,
                        exc.strerror or exc)
            return self
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "what": self.what,
            "since": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M"),
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
            self._lock.release(force=True)

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
