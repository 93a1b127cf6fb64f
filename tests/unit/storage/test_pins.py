"""PINs on a shared tablet: few guesses, counted in the database, a lock an administrator
lifts, never resumed without the PIN, and a stronger hash (old PINs upgraded)."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from role_helpers import first_admin

from walkthrough.core import pins
from walkthrough.core.model import Role
from walkthrough.storage import Repository
from walkthrough.storage.access import NotAllowed
from walkthrough.storage.base import StoreError
from walkthrough.storage.profile_store import PinLocked, WrongPin

PIN = "2468"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 10, 14, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "pins.sqlite3"


@pytest.fixture
def clock() -> Clock:
    return Clock()


def opened(path: Path, clock: Clock) -> Repository:
    repo = Repository.open(path)
    repo.clock = clock  # type: ignore[method-assign]
    return repo


@pytest.fixture
def repo(db_path: Path, clock: Clock) -> Repository:  # type: ignore[override]
    repo = opened(db_path, clock)
    admin = first_admin(repo)
    teacher = repo.add_person("Ben Ito", Role.TEACHER, by=admin.id)
    repo.set_pin(teacher.id, PIN, by=teacher.id)
    repo.switch_profile(None)
    return repo


def ben(repo: Repository) -> str:
    return next(p.id for p in repo.people() if p.name == "Ben Ito")


def test_wrong_pins_make_each_next_try_wait_longer_then_lock(repo: Repository, clock: Clock) -> None:
    person = ben(repo)
    waits = []
    for failure in range(1, pins.LOCK_AFTER + 1):
        with pytest.raises((WrongPin, PinLocked)):
            repo.switch_profile(person, "0000")
        until = repo.pin_locked_until(person)
        waits.append(0 if until is None else round((until - clock.now).total_seconds()))
        if failure < pins.LOCK_AFTER and until is not None:
            with pytest.raises(PinLocked, match="try again in"):  # even the right PIN waits
                repo.switch_profile(person, PIN)
            clock.advance((until - clock.now).total_seconds())
    assert waits[:3] == [0, 0, 15] and waits[3:9] == [30, 60, 120, 240, 480, 960]
    assert repo.pin_is_locked(person) and waits[9] == 24 * 3600
    with pytest.raises(PinLocked, match="an administrator can unlock it"):
        repo.switch_profile(person, PIN)
    assert repo.current_profile() is None


def test_a_wrong_pin_loop_gets_three_guesses_not_two_hundred(repo: Repository) -> None:
    person = ben(repo)
    checked = 0
    started = time.perf_counter()
    for guess in range(200):
        try:
            repo.switch_profile(person, f"{guess:04d}")
        except WrongPin:
            checked += 1
        except PinLocked:
            pass
    assert checked == pins.FREE_TRIES
    assert time.perf_counter() - started < 5  # refused without even hashing


def test_the_count_survives_closing_and_restarting_the_app(repo: Repository, db_path: Path, clock: Clock) -> None:
    person = ben(repo)
    for _ in range(pins.FREE_TRIES):
        with pytest.raises(StoreError):
            repo.switch_profile(person, "0000")
    repo.close()
    again = opened(db_path, clock)
    with pytest.raises(PinLocked, match="try again in 15 seconds"):
        again.switch_profile(person, PIN)
    again.close()


def test_a_try_that_never_finishes_still_counts(
    repo: Repository, db_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The count is committed before the PIN is checked: killing the app mid-check gains nothing."""
    person = ben(repo)

    def killed(*_args: object) -> bool:
        raise SystemExit("the app was killed while checking the PIN")

    monkeypatch.setattr(pins, "verify_pin", killed)
    with pytest.raises(SystemExit):
        repo.switch_profile(person, "0000")
    monkeypatch.undo()
    repo.close()
    again = opened(db_path, clock)
    assert again.db.execute("SELECT failures FROM pin_attempts WHERE person_id = ?", [person]).fetchone()[0] == 1
    again.close()


def test_a_database_that_cannot_take_the_count_refuses_the_try(repo: Repository, db_path: Path) -> None:
    person = ben(repo)
    repo.set_lock_wait(100)
    holder = sqlite3.connect(str(db_path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="the PIN was not checked"):
            repo.switch_profile(person, PIN)  # the right PIN, but the try could not be counted
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert repo.current_profile() is None


def test_an_administrator_unlocks_a_locked_profile_and_a_teacher_cannot(repo: Repository) -> None:
    person = ben(repo)
    repo.db.execute("INSERT INTO pin_attempts (person_id, failures, last_failure_at, locked_at)"
                    " VALUES (?, 10, ?, ?)", [person, repo.clock().isoformat(), repo.clock().isoformat()])
    assert [p.id for p in repo.locked_profiles()] == [person]
    colleague = repo.add_person("Ana Diallo", Role.TEACHER, by=first_admin(repo).id)
    with pytest.raises(NotAllowed, match="only administrators may unlock a profile"):
        repo.unlock_profile(person, by=colleague.id)
    with pytest.raises(PinLocked):
        repo.switch_profile(person, PIN)
    repo.unlock_profile(person, by=first_admin(repo).id)
    assert repo.switch_profile(person, PIN) is not None and not repo.pin_is_locked(person)


def test_a_lock_ends_after_a_day_and_the_next_wrong_pin_locks_again(repo: Repository, clock: Clock) -> None:
    person = ben(repo)
    repo.db.execute("INSERT INTO pin_attempts (person_id, failures, last_failure_at, locked_at)"
                    " VALUES (?, 10, ?, ?)", [person, clock.now.isoformat(), clock.now.isoformat()])
    clock.advance(pins.LOCK_HOURS * 3600 + 1)
    with pytest.raises(PinLocked, match="locked the profile"):
        repo.switch_profile(person, "0000")
    with pytest.raises(PinLocked, match="try again in 24 hours"):
        repo.switch_profile(person, PIN)


def test_a_good_pin_clears_the_count(repo: Repository) -> None:
    person = ben(repo)
    for _ in range(2):
        with pytest.raises(WrongPin, match="tries before the profile is locked"):
            repo.switch_profile(person, "0000")
    repo.switch_profile(person, PIN)
    assert repo.pin_locked_until(person) is None
    assert repo.db.execute("SELECT count(*) FROM pin_attempts").fetchone()[0] == 0


def test_pins_are_kept_as_argon2id(repo: Repository) -> None:
    stored, salt = repo.db.execute("SELECT pin_hash, pin_salt FROM people WHERE id = ?", [ben(repo)]).fetchone()
    assert stored.startswith("$argon2id$") and salt is None and PIN not in stored


def test_an_old_pbkdf2_pin_still_works_and_is_upgraded_on_sign_in(repo: Repository) -> None:
    person = ben(repo)
    salt = "00112233445566778899aabbccddeeff"
    legacy = hashlib.pbkdf2_hmac("sha256", b"1357", bytes.fromhex(salt), 120_000).hex()
    repo.db.execute("UPDATE people SET pin_hash = ?, pin_salt = ? WHERE id = ?", [legacy, salt, person])
    with pytest.raises(WrongPin):
        repo.switch_profile(person, PIN)
    assert repo.switch_profile(person, "1357") is not None
    stored, kept_salt = repo.db.execute("SELECT pin_hash, pin_salt FROM people WHERE id = ?", [person]).fetchone()
    assert stored.startswith("$argon2id$") and kept_salt is None
    repo.switch_profile(None)
    assert repo.switch_profile(person, "1357") is not None


def test_a_pin_holder_is_never_resumed_when_the_app_starts_again(repo: Repository, db_path: Path,
                                                                 clock: Clock) -> None:
    person = ben(repo)
    repo.switch_profile(person, PIN)
    assert repo.current_profile() is not None
    repo.close()
    again = opened(db_path, clock)
    assert again.current_profile() is None  # nobody until the PIN is given
    last = again.last_profile()
    assert last is not None and last.id == person  # the chooser offers Ben, and asks for his PIN
    again.switch_profile(person, PIN)
    assert again.current_profile() is not None
    again.close()


def test_a_profile_without_a_pin_resumes_at_start(repo: Repository, db_path: Path, clock: Clock) -> None:
    admin = first_admin(repo)
    repo.switch_profile(admin.id)
    repo.close()
    again = opened(db_path, clock)
    current = again.current_profile()
    assert current is not None and current.id == admin.id
    again.close()


def test_only_you_set_or_remove_your_pin_and_you_give_the_current_one(repo: Repository) -> None:
    person = ben(repo)
    admin = first_admin(repo)
    with pytest.raises(NotAllowed, match="only the person themselves may set or remove a PIN"):
        repo.set_pin(person, None, by=admin.id)
    with pytest.raises(WrongPin):
        repo.set_pin(person, None, by=person, current_pin="0000")
    assert repo.has_pin(person)
    assert repo.db.execute("SELECT failures FROM pin_attempts WHERE person_id = ?", [person]).fetchone()[0] == 1
    repo.set_pin(person, None, by=person, current_pin=PIN)
    assert not repo.has_pin(person)
