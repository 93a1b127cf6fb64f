"""Sealing a private peer visit's content to the people in it (libsodium, via PyNaCl).

Choice (issue 8): **PyNaCl's sealed boxes** rather than age (pyrage). Both are
well kept; PyNaCl is the long-standing binding of libsodium, ships wheels for
Windows and typing information, and gives in one library the three pieces
this needs: X25519 key pairs, sealed boxes (anyone may seal to a public key,
only the private key opens, the sender stays anonymous), and Argon2id to
protect a private key with the profile's PIN.

A sealed group is the content once, in a secret box under a fresh random
key, and that key in a sealed box for each recipient's public key: adding a
recipient costs 80 bytes, not another copy of the content.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

# PyNaCl is imported by each function that seals or opens (0.02-0.03 s that no start needs).


class SealError(Exception):
    """Content that cannot be sealed or opened; the message says why."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise SealError("not base64 text") from None


@dataclass(frozen=True)
class KeyPair:
    public: str  # base64, travels with the person
    secret: bytes  # 32 bytes, never leaves the device


def new_key_pair() -> KeyPair:
    from nacl.public import PrivateKey

    key = PrivateKey.generate()
    return KeyPair(b64(bytes(key.public_key)), bytes(key))


def public_of(secret: bytes) -> str:
    from nacl.public import PrivateKey

    return b64(bytes(PrivateKey(secret).public_key))


def check_public_key(text: str) -> None:
    from nacl.public import PublicKey

    raw = unb64(text)
    if len(raw) != PublicKey.SIZE:
        raise SealError(f"a public key is {PublicKey.SIZE} bytes, not {len(raw)}")


@dataclass(frozen=True)
class Sealed:
    keys: dict[str, str]  # recipient key id -> the content key sealed to it (base64)
    box: str  # the content in a secret box (base64)


def seal(content: bytes, recipients: dict[str, str]) -> Sealed:
    """``content`` sealed to each public key of ``recipients`` (key id -> public key)."""
    if not recipients:
        raise SealError("nobody to seal to")
    import nacl.secret
    import nacl.utils
    from nacl.public import PublicKey, SealedBox

    key = nacl.utils.random(nacl.secret.SecretBox.KEY_SIZE)
    box = nacl.secret.SecretBox(key).encrypt(content)
    keys = {kid: b64(SealedBox(PublicKey(unb64(pub))).encrypt(key)) for kid, pub in sorted(recipients.items())}
    return Sealed(keys, b64(bytes(box)))


def open_sealed(sealed_key: str, box: str, secret: bytes) -> bytes:
    """The content, opened with this device's private key; :class:`SealError` if it is not ours or was changed."""
    import nacl.exceptions
    import nacl.secret
    from nacl.public import PrivateKey, SealedBox

    try:
        key = SealedBox(PrivateKey(secret)).decrypt(unb64(sealed_key))
        return nacl.secret.SecretBox(key).decrypt(unb64(box))
    except nacl.exceptions.CryptoError:
        raise SealError("the sealed content does not open with this key, or was changed") from None


# A private key under the profile's PIN ---------------------------------------------

def _pin_key(pin: str, salt: bytes) -> bytes:
    import nacl.pwhash
    import nacl.secret

    return nacl.pwhash.argon2id.kdf(
        nacl.secret.SecretBox.KEY_SIZE, pin.encode("utf-8"), salt,
        opslimit=nacl.pwhash.argon2id.OPSLIMIT_INTERACTIVE, memlimit=nacl.pwhash.argon2id.MEMLIMIT_INTERACTIVE,
    )


def lock_secret(secret: bytes, pin: str) -> tuple[bytes, bytes]:
    """``secret`` sealed under ``pin`` (Argon2id); returns (sealed secret, salt)."""
    import nacl.pwhash
    import nacl.secret
    import nacl.utils

    salt = nacl.utils.random(nacl.pwhash.argon2id.SALTBYTES)
    return bytes(nacl.secret.SecretBox(_pin_key(pin, salt)).encrypt(secret)), salt


def unlock_secret(locked: bytes, salt: bytes, pin: str) -> bytes:
    import nacl.exceptions
    import nacl.secret

    try:
        return bytes(nacl.secret.SecretBox(_pin_key(pin, salt)).decrypt(locked))
    except nacl.exceptions.CryptoError:
        raise SealError("that PIN does not open this profile's key") from None
