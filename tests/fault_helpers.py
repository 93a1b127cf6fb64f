"""Faults to inject: a database locked by another process, a full disk, a read-only folder.

``write_lock(path)`` holds SQLite's write lock from a second process (``BEGIN
IMMEDIATE`` kept open), as another copy of the app, a sync or a backup tool
would. ``small_disk(tmp_path)`` mounts a small tmpfs (root on Linux only;
the test is skipped, with the reason, where the OS forbids it) and
``fill(folder)`` fills it until the disk refuses another byte.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
conn.close()
print("released", flush=True)
"""


class WriteLock:
    """SQLite's write lock on a database, held by another process until released."""

    def __init__(self, path: Path | str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        if line != "locked":
            self.proc.kill()
            raise AssertionError(f"the lock holder did not take the lock: {line!r}")
        self.held = True

    def release(self) -> None:
        if not self.held:
            return
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == "released"
        self.proc.wait(10)
        self.held = False

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()
        self.held = False


@contextmanager
def write_lock(path: Path | str) -> Iterator[WriteLock]:
    lock = WriteLock(path)
    try:
        yield lock
    finally:
        if lock.held:
            lock.release()
        lock.kill()


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """``folder`` made unwritable: ``chattr +i`` as root (root ignores mode bits), mode 555 otherwise."""
    folder.mkdir(parents=True, exist_ok=True)
    immutable = os.geteuid() == 0 and shutil.which("chattr") is not None
    if immutable:
        subprocess.run(["chattr", "+i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
    try:
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        else:
            folder.chmod(0o755)


def can_mount_tmpfs() -> bool:
    return _why_no_mount() is None


def _why_no_mount() -> str | None:
    if not sys.platform.startswith("linux"):
        return "a small real disk needs a Linux tmpfs mount"
    if os.geteuid() != 0:
        return "mounting a small tmpfs needs root (run the tests as root, as CI does)"
    if shutil.which("mount") is None or shutil.which("umount") is None:
        return "mount/umount are not installed"
    return None


@contextmanager
def small_disk(parent: Path, size_kb: int = 2048) -> Iterator[Path]:
    """A real filesystem of ``size_kb`` KiB, mounted under ``parent`` for the test."""
    reason = _why_no_mount()
    if reason:
        pytest.skip(reason)
    mount_point = parent / f"small-disk-{uuid.uuid4().hex[:8]}"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mount_point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        mount_point.rmdir()
        pytest.skip(f"this machine does not allow mounting a tmpfs: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)
        mount_point.rmdir()


def fill(folder: Path) -> Path:
    """Fill the disk holding ``folder`` until it refuses another byte; returns the filler file."""
    filler = folder / "filler.bin"
    block = b"\0" * 65536
    with open(filler, "wb", buffering=0) as out:
        try:
            while True:
                out.write(block)
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
        try:
            while True:
                out.write(b"\0" * 512)
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
    assert shutil.disk_usage(folder).free < 4096
    return filler
