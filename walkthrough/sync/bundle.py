"""The bundle file: one zip with a manifest, written so that half a bundle is never taken for one.

Entries (each a single plain file name):

- ``manifest.json``: format and version, app version, bundle id, device id
  and name, export time (that device's clock: for people, never for merging),
  counts per kind of record, and the name, size and SHA-256 of every other entry;
- ``records.jsonl``: one record part a line (see :func:`walkthrough.storage.sync_records.record_line`);
- ``frameworks.jsonl``: the definition of every framework version the records use;
- ``sealed.jsonl``: private peer-visit content, sealed to the people in it.

A bundle is written under a temporary name in the target folder, flushed to
disk, then renamed: a folder never shows a partial bundle under a bundle's name.
Reading is :mod:`walkthrough.sync.bundle_read`.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from walkthrough import __version__
from walkthrough.core.lineage import LineageText

FORMAT = "walkthrough-sync-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
RECORDS = "records.jsonl"
FRAMEWORKS = "frameworks.jsonl"
SEALED = "sealed.jsonl"
ENTRIES = (RECORDS, FRAMEWORKS, SEALED)
SUFFIX = ".zip"
PARTIAL = ".partial-"  # in the name of a bundle being written


@dataclass(frozen=True)
class Written:
    path: Path
    bundle_id: str
    sha256: str
    size: int
    mtime_ns: int
    counts: dict[str, int]


def _jsonl(items: Iterable[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(i, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n" for i in items)


def _as_it_is(value: object) -> object:
    if isinstance(value, LineageText):
        return orjson.Fragment(str(value))
    raise TypeError(f"{type(value).__name__} is not JSON")


def _parsed(line: dict[str, Any]) -> dict[str, Any]:
    lineage = line.get("l")
    return {**line, "l": json.loads(lineage)} if isinstance(lineage, LineageText) else line


_FAST = orjson.OPT_APPEND_NEWLINE | orjson.OPT_PASSTHROUGH_SUBCLASS


def _record_lines(lines: Iterable[dict[str, Any]]) -> bytes:
    """The records entry, one line a record, as :func:`_jsonl` writes it but by orjson (several times
    quicker), a lineage stored as text put in as it is. A line orjson cannot write as the standard
    library does (a decimal number, which one of them may spell another way; a whole number past
    64 bits; text that is not Unicode) is written by the standard library."""
    out: list[bytes] = []
    fast, plain = orjson.dumps, _PLAIN
    for line in lines:
        values = line.get("v")
        if type(values) is dict and plain.issuperset(map(type, values.values())):
            try:
                out.append(fast(line, default=_as_it_is, option=_FAST))
                continue
            except TypeError:
                pass
        out.append(json.dumps(_parsed(line), ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n")
    return b"".join(out)


_PLAIN = frozenset({str, int, type(None)})


def write_bundle(
    path: Path,
    *,
    device_id: str,
    device_name: str,
    exported_at: str,
    lines: list[dict[str, Any]],
    frameworks: list[dict[str, Any]],
    sealed: list[dict[str, Any]],
    counts: dict[str, int],
    scope: str,
) -> Written:
    """Write a bundle at ``path`` (temporary name, flush, rename); return what was written."""
    bundle_id = secrets.token_hex(16)
    bodies = {RECORDS: _record_lines(lines), FRAMEWORKS: _jsonl(frameworks), SEALED: _jsonl(sealed)}
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "bundle_id": bundle_id,
        "device_id": device_id,
        "device_name": device_name,
        "exported_at": exported_at,
        "scope": scope,
        "counts": counts,
        "entries": [{"name": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()} for n, b in bodies.items()],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}{PARTIAL}{secrets.token_hex(4)}")
    try:
        with open(temporary, "wb") as raw:
            with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=3) as archive:
                archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
                for name, body in bodies.items():
                    archive.writestr(name, body)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder_entry(path.parent)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    stat = path.stat()
    return Written(path, bundle_id, digest, stat.st_size, stat.st_mtime_ns, counts)


def _sync_folder_entry(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows)."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
