"""One user action, one transaction: it takes the write lock first, fails
whole (and says why) when the database is locked or the disk is full, and
nests as savepoints when one action calls another."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fault_helpers import fill, small_disk, write_lock
from role_helpers import first_admin

from walkthrough.core.frameworks import Framework
from walkthrough.core.model import Role
from walkthrough.paths import FORMS_DIR
from walkthrough.storage import Repository
from walkthrough.storage.base import DatabaseBusy, DiskFull, StoreError, StoreUnavailable


@pytest.fixture
def school_room(repo: Repository) -> tuple[str, str]:
    school = repo.add_school("Maple Hollow", by=first_admin(repo).id)
    room = repo.add_room(school.id, "Room 101", grade_band="K-2", by=first_admin(repo).id)
    return school.id, room.id


def test_an_action_takes_the_write_lock_before_it_reads_so_another_writer_cannot_fail_it_half_way(
    repo: Repository, blast_framework: Framework, school_room: tuple[str, str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With a deferred BEGIN (sqlite-utils' ``db.atomic()``), a write committed
    by another connection between the action's first read and its first write
    makes the write fail at once (SQLITE_BUSY_SNAPSHOT), whatever the lock wait.
    With BEGIN IMMEDIATE the other writer waits for the action instead."""
    school_id, room_id = school_room
    observation = repo.start_observation("blast", blast_framework, school_id, room_id=room_id, by=first_admin(repo).id)
    key = next(lf.key for lf in blast_framework.look_fors if lf.response.value == "presence")
    other = sqlite3.connect(repo.database_file, isolation_level=None, timeout=0)
    other_writes: list[str] = []
    original = repo.observation_framework

    def framework_then_another_writer(obs: object) -> Framework:
        if not repo.db.conn.in_transaction:
            return original(obs)  # type: ignore[arg-type]
        try:  # inside the action, after its first read: another program writes now
            other.execute("UPDATE schools SET name = 'Renamed by another program' WHERE id = ?", [school_id])
            other_writes.append("committed")
        except sqlite3.OperationalError as exc:
            other_writes.append(str(exc))
        return original(obs)  # type: ignore[arg-type]

    monkeypatch.setattr(repo, "observation_framework", framework_then_another_writer)
    try:
        repo.record_response(observation.id, key, "observed", by=first_admin(repo).id)
    finally:
        other.close()
    monkeypatch.undo()
    assert repo.responses(observation.id)[key].value == "observed"
    assert other_writes == ["database is locked"], "the other writer had to wait for the action"


def test_an_action_against_a_database_locked_by_another_process_fails_whole_within_the_lock_wait(
    repo: Repository, school_room: tuple[str, str],
) -> None:
    _, room_id = school_room
    repo.set_lock_wait(30)
    with write_lock(repo.database_file):
        started = time.perf_counter()
        with pytest.raises(DatabaseBusy) as caught:
            repo.update_room(room_id, name="Room 101 · Grade 1", by=first_admin(repo).id)
        waited = time.perf_counter() - started
    assert isinstance(caught.value, StoreUnavailable) and isinstance(caught.value, StoreError)
    assert "busy" in str(caught.value) and "another program" in str(caught.value)
    assert waited < 1.0, f"the action waited {waited:.2f} s for a 30 ms lock wait"
    assert repo.room(room_id).name == "Room 101"
    assert not repo.db.conn.in_transaction
    assert repo.update_room(room_id, name="Room 101 · Grade 1", by=first_admin(repo).id).name == "Room 101 · Grade 1"


def test_the_lock_wait_is_the_connections_and_can_be_shortened(repo: Repository) -> None:
    assert repo.lock_wait == 10_000  # the CLI and background work wait patiently
    repo.set_lock_wait(25)
    assert repo.lock_wait == 25


def test_an_action_on_a_full_database_fails_whole_with_disk_full_and_succeeds_once_there_is_room(
    repo: Repository, school_room: tuple[str, str],
) -> None:
    _, room_id = school_room
    pages = repo.db.execute("PRAGMA page_count").fetchone()[0]
    repo.db.execute(f"PRAGMA max_page_count = {pages}")
    long_name = "A room with a very long name " * 300  # needs new pages
    with pytest.raises(DiskFull) as caught:
        repo.update_room(room_id, name=long_name, by=first_admin(repo).id)
    assert "disk is full" in str(caught.value)
    assert repo.room(room_id).name == "Room 101"
    assert not repo.db.conn.in_transaction
    repo.db.execute("PRAGMA max_page_count = 1073741823")
    assert repo.update_room(room_id, name=long_name, by=first_admin(repo).id).name == long_name.strip()


def test_an_action_on_a_real_full_disk_fails_whole_with_disk_full(tmp_path: Path) -> None:
    with small_disk(tmp_path, 4096) as disk:
        repo = Repository.open(disk / "walkthrough.sqlite3", background_checkpoints=True)
        try:
            repo.install_framework_files([FORMS_DIR])
            school = repo.add_school("Maple Hollow", by=first_admin(repo).id)
            filler = fill(disk)
            with pytest.raises(DiskFull):
                for n in range(200):  # the write-ahead log must grow onto the full disk
                    repo.add_person(f"Teacher {n} " + "x" * 2000, Role.TEACHER, school.id, by=first_admin(repo).id)
            assert not repo.db.conn.in_transaction
            before = len(repo.people())
            filler.unlink()
            repo.add_person("Written once there is room", Role.TEACHER, school.id, by=first_admin(repo).id)
            assert len(repo.people()) == before + 1
        finally:
            repo.close()


def test_nested_actions_are_savepoints_an_inner_refusal_undoes_only_the_inner_part(
    repo: Repository, school_room: tuple[str, str],
) -> None:
    _, room_id = school_room
    with repo.transaction():
        repo.update_room(room_id, subject="Mathematics", by=first_admin(repo).id)
        with pytest.raises(StoreError), repo.transaction():
            repo.update_room(room_id, grade_band="3-5", by=first_admin(repo).id)
            repo.update_room(room_id, name="   ", by=first_admin(repo).id)  # refused: a room needs a name
        assert repo.db.conn.in_transaction
    room = repo.room(room_id)
    assert (room.subject, room.grade_band) == ("Mathematics", "K-2")


def test_a_failure_in_the_outer_action_undoes_the_inner_ones_too(
    repo: Repository, school_room: tuple[str, str],
) -> None:
    _, room_id = school_room
    with pytest.raises(RuntimeError), repo.transaction():
        repo.update_room(room_id, subject="Mathematics", by=first_admin(repo).id)
        raise RuntimeError("the action failed after an inner action")
    assert repo.room(room_id).subject == ""
    assert not repo.db.conn.in_transaction


@pytest.fixture
def statements(repo: Repository) -> Iterator[list[str]]:
    seen: list[str] = []
    repo.db.conn.set_trace_callback(seen.append)
    yield seen
    repo.db.conn.set_trace_callback(None)


def test_every_user_action_begins_immediate_and_nests_with_savepoints(
    repo: Repository, school_room: tuple[str, str], statements: list[str],
) -> None:
    """sqlite-utils' ``db.atomic()`` begins with a deferred ``BEGIN``; the
    store's actions must not (see the first test)."""
    _, room_id = school_room
    with repo.transaction():
        repo.update_room(room_id, subject="Science", by=first_admin(repo).id)
    control = [s for s in statements if s.split()[0] in {"BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"}]
    assert control[0] == "BEGIN IMMEDIATE"
    assert control[1].startswith("SAVEPOINT ") and control[2].startswith("RELEASE SAVEPOINT ")
    assert control[-1] == "COMMIT"
    assert "BEGIN" not in statements and "BEGIN DEFERRED" not in statements


def test_installing_unchanged_frameworks_at_start_never_waits_for_another_writer(repo: Repository) -> None:
    """Every start installs the built-in frameworks; when none changed that is
    only reading, and must not wait for (or fail on) another process's lock."""
    with write_lock(repo.database_file):
        started = time.perf_counter()
        reports = repo.install_framework_files([FORMS_DIR])
        waited = time.perf_counter() - started
    assert reports and all(not r.problems for r in reports)
    assert waited < 2.0, f"an unchanged install waited {waited:.1f} s for the write lock"
