"""Who is using the app: the current profile, and PINs on a shared tablet.

Switching profile is explicit. A PIN is kept as an Argon2id hash, never as
text (:mod:`walkthrough.core.pins`), and guards the profile in three ways:
- the profile is never resumed at start without its PIN: the store
  remembers who was signed in, but :meth:`ProfileStore.current_profile`
  gives a PIN holder only once their PIN was given to this open database;
- wrong PINs are counted in the database (committed before the PIN is even
  checked, so that closing or killing the app cannot reset them): after a
  few, each try waits longer, and after :data:`~walkthrough.core.pins.LOCK_AFTER`
  the profile is locked until an administrator lifts it;
- only the person themselves sets or removes their PIN.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from walkthrough.core import pins
from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, message
from walkthrough.core.model import Person, Role
from walkthrough.core.permissions import Action
from walkthrough.storage.access import NotAllowed
from walkthrough.storage.base import StoreError, StoreUnavailable
from walkthrough.storage.directory import DirectoryStore

CURRENT_PROFILE = "current_profile_id"
IDLE_MINUTES = "idle_sign_out_minutes"
DEFAULT_IDLE_MINUTES = 10
IDLE_CHOICES = (0, 2, 5, 10, 15, 30, 60)  # 0: never


class WrongPin(StoreError):
    pass


class PinLocked(StoreError):
    """Too many wrong PINs: the profile waits, or is locked until an administrator lifts it."""


def _now() -> datetime:
    return datetime.now(UTC)


def _parse(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


class ProfileStore(DirectoryStore):
    _signed_in: str | None = None  # the profile whose PIN was given to this open database
    clock = staticmethod(_now)  # tests move time on

    # Who is using the app --------------------------------------------------
    def current_profile(self) -> Person | None:
        """The profile using the app: the one chosen last, unless it has a PIN that has not
        been given since this database was opened (then nobody, until it is)."""
        person = self.last_profile()
        if person is None:
            return None
        if self.has_pin(person.id) and self._signed_in != person.id:
            return None
        return person

    def last_profile(self) -> Person | None:
        """The profile chosen last on this device, PIN given or not (for the chooser to offer)."""
        person_id = self.setting(CURRENT_PROFILE)
        if not person_id:
            return None
        try:
            person = self.person(person_id)
        except StoreError:
            return None
        return None if person.deleted else person

    def switch_profile(self, person_id: str | None, pin: str | None = None) -> Person | None:
        """Make ``person_id`` the current profile (``None``: nobody)."""
        if person_id is None:
            self._signed_in = None
            self.set_setting(CURRENT_PROFILE, None)
            return None
        person = self.person(person_id)
        if person.deleted:
            raise StoreError(message(QT_TRANSLATE_NOOP("core", "{name} is no longer in the directory"),
                                     name=person.name))
        if self.has_pin(person_id):
            self._verify_pin(person, pin or "")
        self.set_setting(CURRENT_PROFILE, person_id)
        self._signed_in = person_id
        self._profile_chosen(person_id, pin)
        return person

    def add_profile(self, name: str, school_id: str | None = None) -> Person:
        """Add yourself to the directory ("Add me") and use the app as you, in one action.

        "Add me" makes a teacher; an administrator can change the role. The
        first profile of a directory with no administrator (a new install) is
        its administrator.
        """
        role = Role.ADMINISTRATOR if self.administrator_count() == 0 else Role.TEACHER
        if not name.strip():
            raise StoreError(message(QT_TRANSLATE_NOOP("core", "a person needs a name")))
        with self.transaction():
            row = self._insert("people", {"name": name.strip(), "role": role.value, "school_id": school_id})
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [CURRENT_PROFILE, row["id"]],
            )
        self._signed_in = row["id"]
        self._profile_chosen(row["id"], None)
        return self.person(row["id"])

    # PINs -------------------------------------------------------------------
    def has_pin(self, person_id: str) -> bool:
        row = self.db.execute("SELECT pin_hash FROM people WHERE id = ?", [person_id]).fetchone()
        return bool(row and row[0])

    def set_pin(self, person_id: str, pin: str | None, *, by: str | None, current_pin: str | None = None) -> None:
        """Set, change (or with ``None`` remove) your own PIN; a PIN you have already must be
        given as ``current_pin`` (a wrong one counts as a wrong PIN)."""
        self._require(Action.SET_PIN, by, owner_id=person_id)
        person = self.person(person_id)
        if pin is not None:
            try:
                pins.check_format(pin)
            except pins.PinFormatError as exc:
                raise StoreError(exc.message) from None
        if self.has_pin(person_id):
            self._verify_pin(person, current_pin or "")
        with self.transaction():
            self._update("people", person_id, {"pin_hash": pins.hash_pin(pin) if pin is not None else None,
                                               "pin_salt": None})
        self._signed_in = person_id
        self._pin_changed(person_id, pin, current_pin)

    def pin_locked_until(self, person_id: str) -> datetime | None:
        """When ``person_id`` may next try a PIN, if they must wait (``None``: now)."""
        row = self.db.execute("SELECT failures, last_failure_at, locked_at FROM pin_attempts WHERE person_id = ?",
                              [person_id]).fetchone()
        if row is None:
            return None
        last = _parse(row[1])
        assert last is not None
        at = pins.next_try_at(int(row[0]), last, _parse(row[2]))
        return at if at is not None and at > self.clock() else None

    def pin_is_locked(self, person_id: str) -> bool:
        row = self.db.execute("SELECT locked_at FROM pin_attempts WHERE person_id = ?", [person_id]).fetchone()
        return bool(row and row[0])

    def locked_profiles(self) -> list[Person]:
        """Profiles locked after too many wrong PINs (for an administrator to unlock)."""
        ids = [r[0] for r in self.db.execute("SELECT person_id FROM pin_attempts WHERE locked_at IS NOT NULL")]
        return sorted((p for p in map(self.person, ids) if not p.deleted), key=lambda p: p.name)

    def unlock_profile(self, person_id: str, *, by: str | None) -> None:
        """Lift a PIN lockout (an administrator's action): the count of wrong PINs starts again."""
        self._require(Action.UNLOCK_PROFILE, by)
        with self.transaction():
            self.db.execute("DELETE FROM pin_attempts WHERE person_id = ?", [person_id])

    def _verify_pin(self, person: Person, pin: str) -> None:
        """Refuse a wrong PIN, or any PIN while the profile must wait or is locked.

        The attempt is counted and committed first: a check that never
        finishes (the app killed, the disk full) still counts, and a database
        that cannot take the count refuses the try.
        """
        wait_until = self.pin_locked_until(person.id)
        if wait_until is not None:
            raise PinLocked(self._lock_message(person, wait_until))
        now = self.clock()
        try:
            self._count_attempt(person, now)
        except (sqlite3.OperationalError, StoreUnavailable) as exc:
            why = exc.message if isinstance(exc, StoreUnavailable) else str(exc)
            raise StoreUnavailable(message(QT_TRANSLATE_NOOP(
                "core", "the PIN was not checked: the database could not record the try ({why}); "
                "try again in a moment"), why=why)) from None
        row = self.db.execute("SELECT pin_hash, pin_salt FROM people WHERE id = ?", [person.id]).fetchone()
        failures = int(self.db.execute("SELECT failures FROM pin_attempts WHERE person_id = ?",
                                       [person.id]).fetchone()[0])
        if pins.verify_pin(pin, row[0], row[1]):
            with self.transaction():
                self.db.execute("DELETE FROM pin_attempts WHERE person_id = ?", [person.id])
                if pins.needs_upgrade(row[0], row[1]):
                    self._update("people", person.id, {"pin_hash": pins.hash_pin(pin), "pin_salt": None})
            return
        if failures >= pins.LOCK_AFTER:
            raise PinLocked(message(QT_TRANSLATE_NOOP(
                "core", "that PIN is not {name}'s, and {count} wrong PINs in a row have locked the profile: "
                "an administrator can unlock it (or wait {hours} hours)"),
                name=person.name, count=pins.LOCK_AFTER, hours=pins.LOCK_HOURS))
        wait = pins.wait_after(failures)
        left = pins.LOCK_AFTER - failures
        if wait and left == 1:
            raise WrongPin(message(QT_TRANSLATE_NOOP(
                "core", "that PIN is not {name}'s: wait {wait} before the next try (1 try before the profile "
                "is locked)"), name=person.name, wait=pins.wait_in_words(wait)))
        if wait:
            raise WrongPin(message(QT_TRANSLATE_NOOP(
                "core", "that PIN is not {name}'s: wait {wait} before the next try ({left} tries before the "
                "profile is locked)"), name=person.name, wait=pins.wait_in_words(wait), left=left))
        if left == 1:
            raise WrongPin(message(QT_TRANSLATE_NOOP(
                "core", "that PIN is not {name}'s (1 try before the profile is locked)"), name=person.name))
        raise WrongPin(message(QT_TRANSLATE_NOOP(
            "core", "that PIN is not {name}'s ({left} tries before the profile is locked)"),
            name=person.name, left=left))

    def _count_attempt(self, person: Person, now: datetime) -> None:
        """Count one try as wrong until it is proved right (committed before the check)."""
        with self.transaction():
            self.db.execute(
                "INSERT INTO pin_attempts (person_id, failures, last_failure_at) VALUES (?, 1, ?)"
                " ON CONFLICT(person_id) DO UPDATE SET failures = failures + 1,"
                " last_failure_at = excluded.last_failure_at",
                [person.id, now.isoformat()],
            )
            self.db.execute("UPDATE pin_attempts SET locked_at = coalesce(locked_at, ?) WHERE person_id = ?"
                            " AND failures >= ?", [now.isoformat(), person.id, pins.LOCK_AFTER])

    def _lock_message(self, person: Person, until: datetime) -> Message:
        wait = pins.wait_in_words(until - self.clock())
        if self.pin_is_locked(person.id):
            return message(QT_TRANSLATE_NOOP(
                "core", "{name}'s profile is locked after {count} wrong PINs: an administrator can unlock it in "
                "School directory, or try again in {wait}"), name=person.name, count=pins.LOCK_AFTER, wait=wait)
        return message(QT_TRANSLATE_NOOP("core", "too many wrong PINs for {name}: try again in {wait}"),
                       name=person.name, wait=wait)

    # The device -------------------------------------------------------------
    def idle_minutes(self) -> int:
        """Minutes without a tap after which the app signs out and shows the chooser (0: never)."""
        value = self.setting(IDLE_MINUTES)
        try:
            return int(value) if value is not None else DEFAULT_IDLE_MINUTES
        except ValueError:
            return DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: int, *, by: str | None) -> None:
        self._require(Action.CHANGE_SETTINGS, by)
        if minutes not in IDLE_CHOICES:
            raise StoreError(message(QT_TRANSLATE_NOOP("core", "sign out after one of {choices} minutes (0: never)"),
                                     choices=", ".join(map(str, IDLE_CHOICES))))
        self.set_setting(IDLE_MINUTES, str(minutes))


__all__ = ["CURRENT_PROFILE", "NotAllowed", "PinLocked", "ProfileStore", "WrongPin"]
