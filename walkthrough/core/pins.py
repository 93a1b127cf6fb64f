"""PINs on a shared tablet: how they are kept, and how many guesses they allow.

A PIN is kept as an Argon2id hash (argon2-cffi's defaults, RFC 9106's
low-memory profile: 64 MiB, 3 passes, 4 lanes; about 0.1 s per try on a
laptop) in the encoded form that carries its own salt and parameters. PINs
made by earlier versions (salted PBKDF2-SHA256, 120,000 rounds) still work
and are upgraded to Argon2id on their next good sign-in.

A 4-digit PIN has only 10,000 values, so no hash alone protects it: what
does is how few guesses the app allows (:func:`wait_after`). The first
:data:`FREE_TRIES` wrong PINs cost nothing (a typo is not an attack); then
each one makes the next try wait longer; after :data:`LOCK_AFTER` the
profile is locked until an administrator lifts it, or for
:data:`LOCK_HOURS` hours, after which each wrong PIN locks it again at once.
The store keeps the count in the database, committed before the PIN is even
checked, so closing or killing the app does not reset it.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # argon2-cffi loads when a PIN is first hashed or checked, not at every start
    from argon2 import PasswordHasher

from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, MessageError, message

FREE_TRIES = 3
LOCK_AFTER = 10
LOCK_HOURS = 24
FIRST_WAIT_SECONDS = 15
LEGACY_ROUNDS = 120_000



@cache
def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher

    return PasswordHasher()


class PinFormatError(MessageError, ValueError):
    """A PIN that is not 4 to 8 digits; the message is for the user."""


def check_format(pin: str) -> None:
    if not pin.isdigit() or not 4 <= len(pin) <= 8 or not pin.isascii():
        raise PinFormatError(message(QT_TRANSLATE_NOOP("core", "a PIN is 4 to 8 digits")))


def hash_pin(pin: str) -> str:
    """The Argon2id hash to keep for ``pin`` (salt and parameters inside)."""
    check_format(pin)
    return _hasher().hash(pin)


def _legacy_hash(pin: str, salt: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), bytes.fromhex(salt), LEGACY_ROUNDS).hex()


def is_legacy(stored: str, salt: str | None) -> bool:
    """Whether ``stored`` is an earlier version's PBKDF2 hash."""
    return salt is not None and not stored.startswith("$argon2")


def verify_pin(pin: str, stored: str, salt: str | None) -> bool:
    """Whether ``pin`` matches the kept hash (Argon2id, or an earlier PBKDF2 one with its salt)."""
    if is_legacy(stored, salt):
        assert salt is not None
        return hmac.compare_digest(stored, _legacy_hash(pin, salt))
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(stored, pin)
    except (VerificationError, InvalidHashError):
        return False


def needs_upgrade(stored: str, salt: str | None) -> bool:
    """Whether a good PIN's hash should be made again (an old scheme, or weaker parameters)."""
    if is_legacy(stored, salt):
        return True
    from argon2.exceptions import InvalidHashError

    try:
        return _hasher().check_needs_rehash(stored)
    except InvalidHashError:
        return True


def wait_after(failures: int) -> timedelta:
    """How long the next try must wait after ``failures`` wrong PINs in a row (before the lock)."""
    if failures < FREE_TRIES:
        return timedelta(0)
    return timedelta(seconds=FIRST_WAIT_SECONDS * 2 ** (failures - FREE_TRIES))


def next_try_at(failures: int, last_failure_at: datetime, locked_at: datetime | None) -> datetime | None:
    """When the next try is allowed (``None``: now). A locked profile waits :data:`LOCK_HOURS`
    from its last wrong PIN, unless an administrator lifts the lock first."""
    if locked_at is not None or failures >= LOCK_AFTER:
        return last_failure_at + timedelta(hours=LOCK_HOURS)
    wait = wait_after(failures)
    return last_failure_at + wait if wait else None


def wait_in_words(delta: timedelta) -> Message:
    """A wait, rounded up, as a translatable message: "15 seconds", "3 minutes", "2 hours"."""
    seconds = max(1, int(delta.total_seconds() + 0.999))
    if seconds < 90:
        return message(QT_TRANSLATE_NOOP("core", "{n} seconds"), n=seconds)
    minutes = (seconds + 59) // 60
    if minutes < 90:
        return message(QT_TRANSLATE_NOOP("core", "{n} minutes"), n=minutes)
    return message(QT_TRANSLATE_NOOP("core", "{n} hours"), n=(minutes + 59) // 60)


def in_words(delta: timedelta) -> str:
    return str(wait_in_words(delta))
