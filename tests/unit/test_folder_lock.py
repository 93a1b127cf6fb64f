"""The data folder's lock, taken with the OS's own file locks (no ``filelock`` import at start)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from walkthrough.folder_lock import LOCK_NAME, DataFolderLock, FolderInUse, lock_folder

HOLD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from walkthrough.folder_lock import lock_folder
    lock = lock_folder(Path(sys.argv[1]), what="sync")
    print("held", flush=True)
    time.sleep(60)
""")


def test_a_second_taker_in_this_process_is_refused_and_told_who_holds_it(tmp_path: Path) -> None:
    first = lock_folder(tmp_path)
    try:
        with pytest.raises(FolderInUse) as refused:
            lock_folder(tmp_path)
        assert refused.value.holder["what"] == "app"
        assert isinstance(refused.value.holder["pid"], int)
        assert refused.value.holder["host"]
    finally:
        first.release()


def test_a_released_lock_can_be_taken_again(tmp_path: Path) -> None:
    lock_folder(tmp_path).release()
    again = lock_folder(tmp_path)
    assert again.held
    again.release()
    assert not again.held
    assert (tmp_path / LOCK_NAME).exists()


def test_another_process_holding_the_folder_is_seen_and_the_os_frees_it_when_that_process_dies(
    tmp_path: Path,
) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(FolderInUse) as refused:
            DataFolderLock(tmp_path).acquire()
        assert refused.value.holder["what"] == "sync"
        assert refused.value.holder["pid"] == holder.pid
    finally:
        holder.kill()
        holder.wait(timeout=30)
        holder.stdout.close()  # type: ignore[union-attr]  # else an unclosed pipe warns in a later test
    taken = DataFolderLock(tmp_path).acquire()  # killed: no stale lock left behind
    assert taken.held
    taken.release()


def test_a_lock_taken_by_the_filelock_package_of_earlier_versions_is_seen(tmp_path: Path) -> None:
    filelock = pytest.importorskip("filelock")
    older = filelock.FileLock(tmp_path / LOCK_NAME, timeout=0, thread_local=False)
    older.acquire()
    try:
        with pytest.raises(FolderInUse):
            DataFolderLock(tmp_path).acquire()
    finally:
        older.release(force=True)
    mine = DataFolderLock(tmp_path).acquire()
    try:
        with pytest.raises(filelock.Timeout):
            filelock.FileLock(tmp_path / LOCK_NAME, timeout=0, thread_local=False).acquire()
    finally:
        mine.release()
