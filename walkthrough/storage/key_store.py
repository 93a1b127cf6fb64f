"""Profile keys: a key pair per profile and device, made on first use.

The public key is a synced record (``profile_keys``), so every device can
seal a private peer visit to the people in it. The private key stays in
``profile_secret_keys`` on this device, sealed under the profile's PIN when
the profile has one; it is opened when the person switches to their profile
with the PIN and kept open in this process only (:data:`_OPEN`), never on disk.
"""

from __future__ import annotations

import logging
from typing import Any

from walkthrough.core import sealing
from walkthrough.core.model import now_iso
from walkthrough.storage.base import StoreBase, stable_id

log = logging.getLogger("walkthrough.storage.keys")

# key id -> private key, for keys opened by a PIN in this process (every
# Repository of the process shares it, so a sync on a background thread can open
# what the person unlocked on the UI thread).
_OPEN: dict[str, bytes] = {}


class KeyStore(StoreBase):
    def profile_key_id(self, person_id: str) -> str:
        return stable_id("key", person_id, self._device)

    def ensure_profile_key(self, person_id: str, pin: str | None = None) -> bool:
        """Make this profile's key pair on this device if it has none; open it with ``pin``.

        Returns whether the private key is usable now. A profile with a PIN gets
        its key only when the PIN is given (the key is sealed under it).
        """
        key_id = self.profile_key_id(person_id)
        row = self.db.execute("SELECT secret, salt FROM profile_secret_keys WHERE key_id = ?", [key_id]).fetchone()
        if row is not None:
            if row[1] is None:
                return True
            if key_id in _OPEN:
                return True
            if pin is None:
                return False
            try:
                _OPEN[key_id] = sealing.unlock_secret(bytes(row[0]), bytes(row[1]), pin)
            except sealing.SealError:
                log.warning("a profile key did not open with the PIN that opened the profile")
                return False
            return True
        has_pin = self._person_has_pin(person_id)
        if has_pin and pin is None:
            return False
        pair = sealing.new_key_pair()
        secret, salt = (sealing.lock_secret(pair.secret, pin) if has_pin and pin is not None
                        else (pair.secret, None))
        with self.transaction():
            self.db.execute(
                "INSERT INTO profile_secret_keys (key_id, person_id, secret, salt, made_at) VALUES (?, ?, ?, ?, ?)",
                [key_id, person_id, secret, salt, now_iso()],
            )
            existing = self.db.execute("SELECT 1 FROM profile_keys WHERE id = ?", [key_id]).fetchone()
            if existing is None:
                self._insert("profile_keys", {"id": key_id, "person_id": person_id, "device_id": self._device,
                                              "public_key": pair.public})
            else:
                self._update("profile_keys", key_id, {"public_key": pair.public, "deleted": 0})
        if salt is not None:
            _OPEN[key_id] = pair.secret
        return True

    def relock_profile_key(self, person_id: str, pin: str | None, current_pin: str | None = None) -> None:
        """After a PIN change: seal the open key under the new PIN (or store it plain).

        A key that is sealed and not open (the PIN was reset by someone else) is
        replaced by a new key pair: what was sealed to the old one is opened on
        the person's other devices, or once it arrives sealed to the new one.
        """
        key_id = self.profile_key_id(person_id)
        row = self.db.execute("SELECT secret, salt FROM profile_secret_keys WHERE key_id = ?", [key_id]).fetchone()
        if row is None:
            return
        secret = bytes(row[0]) if row[1] is None else _OPEN.get(key_id)
        if secret is None and row[1] is not None and current_pin:
            try:
                secret = sealing.unlock_secret(bytes(row[0]), bytes(row[1]), current_pin)
            except sealing.SealError:
                secret = None
        with self.transaction():
            if secret is None:
                self.db.execute("DELETE FROM profile_secret_keys WHERE key_id = ?", [key_id])
            else:
                stored, salt = sealing.lock_secret(secret, pin) if pin else (secret, None)
                self.db.execute("UPDATE profile_secret_keys SET secret = ?, salt = ? WHERE key_id = ?",
                                [stored, salt, key_id])
        if secret is None:
            self.ensure_profile_key(person_id, pin)
        elif pin:
            _OPEN[key_id] = secret

    def _openable_keys(self) -> dict[str, bytes]:
        """The private keys this device can use now: key id -> secret."""
        found: dict[str, bytes] = {}
        for key_id, secret, salt in self.db.execute(
                "SELECT key_id, secret, salt FROM profile_secret_keys").fetchall():
            if salt is None:
                found[key_id] = bytes(secret)
            elif key_id in _OPEN:
                found[key_id] = _OPEN[key_id]
        return found

    def _people_with_keys_here(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT person_id FROM profile_secret_keys").fetchall()}

    def _public_keys(self, person_ids: set[str]) -> dict[str, str]:
        """Every known public key of these people: key id -> public key."""
        if not person_ids:
            return {}
        marks = ", ".join("?" for _ in person_ids)
        rows = self.db.execute(
            f"SELECT id, public_key FROM profile_keys WHERE deleted = 0 AND person_id IN ({marks})",
            sorted(person_ids)).fetchall()
        return {r[0]: r[1] for r in rows}

    def _person_has_pin(self, person_id: str) -> bool:
        row: Any = self.db.execute("SELECT pin_hash FROM people WHERE id = ?", [person_id]).fetchone()
        return bool(row and row[0])
