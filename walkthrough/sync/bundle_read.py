"""Reading a bundle that may be damaged, half-copied or hostile.

Never ``extractall``, never a path on disk made from a name in the archive:
each entry the manifest names is read into memory, through a size limit and
a SHA-256, and only those. Refused, each with one line naming the bundle and
the entry (:class:`BundleRefused`): an archive that is not a complete zip
(truncated, still being copied, bit-flipped), too many entries, names that
are not a single plain file name (absolute paths, ``..``, folders, drive
letters), links, duplicate names, entries the manifest does not name or names
that are missing, size or hash mismatches, an unknown or newer format,
entries larger than the caps or compressed beyond a plausible ratio (a zip
bomb), lines longer than a record can be, and JSON that does not parse.
"""

from __future__ import annotations

import hashlib
import json
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, MessageError, message
from walkthrough.sync.bundle import ENTRIES, FORMAT, FORMAT_VERSION, MANIFEST, RECORDS, SEALED

MAX_FILE_BYTES = 2 * 1024**3
MAX_ENTRIES = 16
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_ENTRY_BYTES = 1024**3
MAX_RATIO = 200  # uncompressed / compressed, for entries past RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_LINE_BYTES = 16 * 1024 * 1024  # a sealed peer visit is the longest line
_CHUNK = 1 << 20
_PIECE = 1 << 20  # bytes of an entry's lines worked through at a time


class BundleRefused(MessageError):
    """A bundle that is not imported; the message is one line naming the bundle and the entry
    (a translatable :class:`~walkthrough.core.i18n.Message`; ``str()`` is the English)."""


@dataclass(frozen=True)
class Bundle:
    path: Path
    manifest: dict[str, Any]
    sha256: str
    lines: list[Any]
    frameworks: list[dict[str, Any]]
    sealed: list[dict[str, Any]]

    @property
    def bundle_id(self) -> str:
        return str(self.manifest["bundle_id"])

    @property
    def device_id(self) -> str:
        return str(self.manifest["device_id"])

    @property
    def device_name(self) -> str:
        return str(self.manifest.get("device_name") or self.device_id[:8])


def _refuse(path: Path, entry: str | None, why: Message | str) -> BundleRefused:
    """``why`` is a message, or a template with no values marked with ``QT_TRANSLATE_NOOP("core", ...)``."""
    why = why if isinstance(why, Message) else Message(why)
    if entry:
        return BundleRefused(message(QT_TRANSLATE_NOOP("core", "{bundle}: {entry}: {problem}"),
                                     bundle=path.name, entry=entry, problem=why))
    return BundleRefused(message(QT_TRANSLATE_NOOP("core", "{bundle}: {problem}"), bundle=path.name, problem=why))


def _too_many() -> Message:
    return message(QT_TRANSLATE_NOOP("core", "has more than {most} entries: it is not a Walkthrough bundle"),
                   most=MAX_ENTRIES)


def cannot_be_read(exc: OSError) -> Message:
    """"cannot be read (Permission denied)": the system's own words for why stay as they are."""
    return message(QT_TRANSLATE_NOOP("core", "cannot be read ({why})"), why=exc.strerror or str(exc))


def _entry_count(path: Path) -> int:
    """The entry count from the end-of-archive record, read before any zip library parses the rest."""
    with open(path, "rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        back = min(size, 22 + 65535)
        handle.seek(size - back)
        tail = handle.read(back)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise ValueError("no end-of-archive record")
    return int(struct.unpack("<H", tail[at + 10:at + 12])[0])


def _check_name(path: Path, info: zipfile.ZipInfo) -> None:
    name = info.filename
    if (not name or "/" in name or "\\" in name or name in (".", "..") or ":" in name
            or any(ord(c) < 32 for c in name) or info.is_dir()):
        raise _refuse(path, name or "(empty name)", QT_TRANSLATE_NOOP(
            "core", "is not a single plain file name (a path, folder or drive)"))
    if stat.S_ISLNK(info.external_attr >> 16):
        raise _refuse(path, name, QT_TRANSLATE_NOOP("core", "is a link, not a file"))
    if info.flag_bits & 0x1:
        raise _refuse(path, name, QT_TRANSLATE_NOOP("core", "is encrypted"))
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise _refuse(path, name, QT_TRANSLATE_NOOP("core", "uses a compression this app does not read"))


def _read(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, size: int, limit: int) -> bytes:
    if info.file_size != size or size > limit:
        raise _refuse(path, info.filename, message(QT_TRANSLATE_NOOP(
            "core", "is {found} bytes, not the {size} its manifest says"), found=info.file_size, size=size)
                      if info.file_size != size else message(QT_TRANSLATE_NOOP(
            "core", "is larger than the {limit} bytes a bundle entry may be"), limit=limit))
    if size > RATIO_FLOOR and size > MAX_RATIO * max(1, info.compress_size):
        raise _refuse(path, info.filename, QT_TRANSLATE_NOOP(
            "core", "is compressed far beyond what records compress to (a zip bomb?)"))
    parts: list[bytes] = []
    read = 0
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            read += len(chunk)
            if read > size:
                raise _refuse(path, info.filename, QT_TRANSLATE_NOOP("core", "holds more than its manifest says"))
            parts.append(chunk)
    if read != size:
        raise _refuse(path, info.filename, message(QT_TRANSLATE_NOOP(
            "core", "holds {read} bytes, not the {size} its manifest says"), read=read, size=size))
    return b"".join(parts)


# A run of 19 digits may be a whole number past 64 bits, which orjson reads as a float: such a
# line (rare: a few in a thousand, where a hash has them) is read by the standard library, as before.
_LONG_RUN = b"9" * 19
_DIGITS_AS_NINES = bytes.maketrans(b"012345678", b"999999999")


def _lines_with_long_numbers(body: bytes) -> set[int]:
    """The numbers (from 1) of the lines of ``body`` with a run of 19 digits (a few passes over
    it in C, far quicker than a regular expression)."""
    nines = body.translate(_DIGITS_AS_NINES)  # every digit a 9: a run of digits is a run of 9s
    found: set[int] = set()
    line, at = 1, 0
    start = nines.find(_LONG_RUN)
    while start >= 0:
        line += body.count(b"\n", at, start)
        at = start
        found.add(line)
        end = body.find(b"\n", start)
        if end < 0:
            break
        start = nines.find(_LONG_RUN, end)
    return found


def _pieces(body: bytes) -> list[bytes]:
    """``body`` cut after a newline about every :data:`_PIECE` bytes: the lines of the pieces,
    each but the last without the empty one after its last newline, are ``body``'s lines."""
    pieces: list[bytes] = []
    start = 0
    while len(body) - start > _PIECE:
        cut = body.find(b"\n", start + _PIECE)
        if cut < 0:
            break
        pieces.append(body[start:cut + 1])
        start = cut + 1
    pieces.append(body[start:] if start else body)
    return pieces


def _json_lines(path: Path, name: str, body: bytes, pause: Callable[[], None] | None = None) -> list[Any]:
    """The entry's lines, each a JSON value, read by orjson (several times faster). Every line
    orjson refuses, and every line with a number it could read otherwise, is read again by the
    standard library, whose verdict and value stand: what orjson accepts, the standard library
    accepts with the same value, so a line is accepted or refused, and reads, as it always did.

    The entry is worked through a piece at a time (``pause`` between them): no step over all of
    it at once keeps a tap on another thread waiting for Python's interpreter lock."""
    pieces = _pieces(body)
    text = True  # the whole entry is UTF-8: the standard library's way below reads its lines as text
    for piece in pieces:  # (b"\n" is part of no other UTF-8 character: each piece is UTF-8 if the whole is)
        if pause is not None:
            pause()
        try:
            piece.decode("utf-8")
        except UnicodeDecodeError:
            text = False
            break
    found: list[Any] = []
    decode = json.JSONDecoder().raw_decode
    fast, number = orjson.loads, 0
    for at, piece in enumerate(pieces):
        lines = piece.split(b"\n")
        if at < len(pieces) - 1:
            lines.pop()  # the empty one after the piece's last newline
        slow = {number + n for n in _lines_with_long_numbers(piece)}
        for raw in lines:
            number += 1
            if pause is not None and number % 64 == 0:
                pause()
            if len(raw) <= MAX_LINE_BYTES and number not in slow:
                try:
                    found.append(fast(raw))
                    continue
                except orjson.JSONDecodeError:
                    pass  # blank, or read (or refused) below as the standard library reads it
            line = raw.decode("utf-8") if text else raw
            if not line.strip():
                continue
            if len(raw) > MAX_LINE_BYTES:
                raise _refuse(path, name, message(QT_TRANSLATE_NOOP(
                    "core", "line {number} is longer than any record can be"), number=number))
            try:
                stripped = line.decode("utf-8").strip() if isinstance(line, bytes) else line.strip()
                value, end = decode(stripped)  # json.loads without its per-call set-up
                if end != len(stripped):
                    raise ValueError("more after the value")
                found.append(value)
            except (ValueError, UnicodeDecodeError):
                raise _refuse(path, name, message(QT_TRANSLATE_NOOP(
                    "core", "line {number} is not valid JSON"), number=number)) from None
    return found


def read_manifest(path: Path) -> tuple[zipfile.ZipFile, dict[str, Any], dict[str, zipfile.ZipInfo]]:
    """Open the archive and read its manifest (nothing else yet)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _refuse(path, None, QT_TRANSLATE_NOOP("core", "is larger than a bundle can be"))
        if _entry_count(path) > MAX_ENTRIES:
            raise _refuse(path, None, _too_many())
        archive = zipfile.ZipFile(path)
    except BundleRefused:
        raise
    except (zipfile.BadZipFile, ValueError, EOFError, struct.error):
        raise _refuse(path, None, QT_TRANSLATE_NOOP(
            "core", "is not a complete bundle (damaged, or still being copied)")) from None
    except OSError as exc:
        raise _refuse(path, None, cannot_be_read(exc)) from None
    try:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise _refuse(path, None, _too_many())
        by_name: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            _check_name(path, info)
            if info.filename in by_name:
                raise _refuse(path, info.filename, QT_TRANSLATE_NOOP("core", "appears twice in the archive"))
            by_name[info.filename] = info
        if MANIFEST not in by_name:
            raise _refuse(path, MANIFEST, QT_TRANSLATE_NOOP("core", "is missing: this is not a Walkthrough bundle"))
        info = by_name[MANIFEST]
        body = _read(path, archive, info, info.file_size, MAX_MANIFEST_BYTES)
        try:
            manifest = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise _refuse(path, MANIFEST, QT_TRANSLATE_NOOP("core", "is not valid JSON")) from None
        _check_manifest(path, manifest, by_name)
    except BundleRefused:
        archive.close()
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
        archive.close()
        raise _refuse(path, MANIFEST, QT_TRANSLATE_NOOP(
            "core", "is damaged (the archive does not read back as written)")) from None
    return archive, manifest, by_name


def _check_manifest(path: Path, manifest: object, by_name: dict[str, zipfile.ZipInfo]) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse(path, MANIFEST, QT_TRANSLATE_NOOP("core", "does not describe a Walkthrough bundle"))
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _refuse(path, MANIFEST, message(QT_TRANSLATE_NOOP(
            "core", "has an unknown format version {version}"), version=repr(version)))
    if version > FORMAT_VERSION:
        raise _refuse(path, MANIFEST, message(QT_TRANSLATE_NOOP(
            "core", "is format {version}, made by a newer Walkthrough: update this app to read it"), version=version))
    for key in ("bundle_id", "device_id", "exported_at"):
        if not isinstance(manifest.get(key), str) or not manifest[key]:
            raise _refuse(path, MANIFEST, message(QT_TRANSLATE_NOOP("core", "has no {key}"), key=key))
    entries = manifest.get("entries")
    if not isinstance(entries, list) or not all(
            isinstance(e, dict) and isinstance(e.get("name"), str) and isinstance(e.get("size"), int)
            and isinstance(e.get("sha256"), str) for e in entries):
        raise _refuse(path, MANIFEST, QT_TRANSLATE_NOOP(
            "core", "does not list its entries with name, size and SHA-256"))
    named = [e["name"] for e in entries]
    if len(set(named)) != len(named):
        raise _refuse(path, MANIFEST, QT_TRANSLATE_NOOP("core", "names an entry twice"))
    for name in named:
        if name not in ENTRIES:
            raise _refuse(path, name, QT_TRANSLATE_NOOP("core", "is not an entry a bundle has"))
        if name not in by_name:
            raise _refuse(path, name, QT_TRANSLATE_NOOP(
                "core", "is named by the manifest but missing from the archive"))
    stray = sorted(set(by_name) - set(named) - {MANIFEST})
    if stray:
        raise _refuse(path, stray[0], QT_TRANSLATE_NOOP("core", "is in the archive but not named by the manifest"))


def read_bundle(path: Path, *, sha256: str | None = None, pause: Callable[[], None] | None = None) -> Bundle:
    """Read and check the whole bundle at ``path``; :class:`BundleRefused` when it cannot be used."""
    from walkthrough.sync.bundle import file_sha256

    archive, manifest, by_name = read_manifest(path)
    with archive:
        bodies: dict[str, bytes] = {}
        for entry in manifest["entries"]:
            name = entry["name"]
            try:
                body = _read(path, archive, by_name[name], int(entry["size"]), MAX_ENTRY_BYTES)
            except BundleRefused:
                raise
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
                raise _refuse(path, name, QT_TRANSLATE_NOOP(
                    "core", "is damaged (the archive does not read back as written)")) from None
            if hashlib.sha256(body).hexdigest() != entry["sha256"]:
                raise _refuse(path, name, QT_TRANSLATE_NOOP(
                    "core", "does not match its SHA-256 in the manifest (damaged or changed)"))
            bodies[name] = body
    lines = {name: _json_lines(path, name, body, pause) for name, body in bodies.items()}
    frameworks = lines.get("frameworks.jsonl", [])
    sealed = lines.get(SEALED, [])
    for name, items in (("frameworks.jsonl", frameworks), (SEALED, sealed)):
        if not all(isinstance(i, dict) for i in items):
            raise _refuse(path, name, QT_TRANSLATE_NOOP("core", "holds a line that is not a JSON object"))
    return Bundle(path, manifest, sha256 or file_sha256(path), lines.get(RECORDS, []), frameworks, sealed)
