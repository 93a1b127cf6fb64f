"""Who is using the app: the current profile, and PINs on a shared tablet.

Switching profile is explicit. A PIN is stored as a salted PBKDF2 hash,
never as text.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from walkthrough.core.model import Person, Role
from walkthrough.storage.base import StoreBase, StoreError
from walkthrough.storage.directory import DirectoryStore

CURRENT_PROFILE = "current_profile_id"
_ROUNDS = 120_000


class WrongPin(StoreError):
    pass


def _hash(pin: str, salt: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), bytes.fromhex(salt), _ROUNDS).hex()


class ProfileStore(DirectoryStore, StoreBase):
    def current_profile(self) -> Person | None:
        person_id = self.setting(CURRENT_PROFILE)
        if not person_id:
            return None
        try:
            person = self.person(person_id)
        except StoreError:
            return None
        return None if person.deleted else person

    def has_pin(self, person_id: str) -> bool:
        row = self.db.execute("SELECT pin_hash FROM people WHERE id = ?", [person_id]).fetchone()
        return bool(row and row[0])

    def set_pin(self, person_id: str, pin: str | None) -> None:
        """Set (or with ``None`` remove) the PIN that guards switching to this profile."""
        if pin is not None and (not pin.isdigit() or not 4 <= len(pin) <= 8):
            raise StoreError("a PIN is 4 to 8 digits")
        salt = secrets.token_hex(16) if pin is not None else None
        with self.transaction():
            self._update(
                "people",
                person_id,
                {
                    "pin_hash": _hash(pin, salt) if pin is not None and salt else None,
                    "pin_salt": salt,
                },
            )

    def check_pin(self, person_id: str, pin: str) -> bool:
        row = self.db.execute("SELECT pin_hash, pin_salt FROM people WHERE id = ?", [person_id]).fetchone()
        if not row or not row[0]:
            return True
        return hmac.compare_digest(row[0], _hash(pin, row[1]))

    def switch_profile(self, person_id: str | None, pin: str | None = None) -> Person | None:
        """Make ``person_id`` the current profile (``None``: nobody)."""
        if person_id is None:
            self.set_setting(CURRENT_PROFILE, None)
            return None
        person = self.person(person_id)
        if person.deleted:
            raise StoreError(f"{person.name} is no longer in the directory")
        if self.has_pin(person_id) and not self.check_pin(person_id, pin or ""):
            raise WrongPin(f"that PIN is not {person.name}'s")
        self.set_setting(CURRENT_PROFILE, person_id)
        return person

    def add_profile(self, name: str, role: Role | str, school_id: str | None = None) -> Person:
        """Add a person to the directory and make them the current profile, in one action."""
        with self.transaction():
            person = self.add_person(name, role, school_id)
            self.set_setting(CURRENT_PROFILE, person.id)
        return person
