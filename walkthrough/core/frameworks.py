"""Framework files: load, validate, canonicalise and hash.

A framework is a TOML file that district staff edit (its schema is documented
in ``forms/README.md``). Loading either returns a :class:`Framework` or raises
:class:`FrameworkError` listing every problem found, each naming the file, the
section and look-for where it applies, and what is wrong.

A framework version is identified by (id, version, SHA-256 of its canonical
form). The canonical form is the parsed content with every default filled in,
serialised as sorted JSON, so comments and layout do not change the hash but
any change of meaning does. The types live in ``framework_types``, the checks
in ``framework_checks``; this module is the way in.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path

from walkthrough.core.framework_checks import build
from walkthrough.core.framework_types import (
    DEFAULT_FREQUENCY_KEYS,
    DEFAULT_FREQUENCY_LABELS,
    KEY_PATTERN,
    PRESENCE_KEYS,
    Framework,
    FrameworkError,
    LookFor,
    Mode,
    Option,
    Problem,
    RatingLevel,
    ResponseType,
    Section,
    TeacherLink,
)

__all__ = [
    "DEFAULT_FREQUENCY_KEYS",
    "DEFAULT_FREQUENCY_LABELS",
    "FRAMEWORK_SUFFIX",
    "KEY_PATTERN",
    "PRESENCE_KEYS",
    "Framework",
    "FrameworkError",
    "LookFor",
    "Mode",
    "Option",
    "Problem",
    "RatingLevel",
    "ResponseType",
    "Section",
    "TeacherLink",
    "framework_files",
    "load_framework",
    "parse_framework",
]

FRAMEWORK_SUFFIX = ".toml"


def parse_framework(text: str, source_name: str) -> Framework:
    """Parse and validate framework text; ``source_name`` names it in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FrameworkError([Problem(source_name, "", f"not valid TOML: {exc}")]) from None
    return build(data, source_name)


def load_framework(path: Path) -> Framework:
    """Read, parse and validate one framework file."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FrameworkError([Problem(name, "", f"cannot be read: {exc.strerror or exc}")]) from None
    try:
        text = raw.decode("utf-8-sig")  # tolerate the BOM that Windows Notepad may add
    except UnicodeDecodeError as exc:
        raise FrameworkError(
            [Problem(name, "", f"is not UTF-8 text (bad byte at position {exc.start}); save it as UTF-8")]
        ) from None
    return parse_framework(text, name)


def framework_files(paths: Iterable[Path]) -> list[Path]:
    """The framework files named: a file as itself, a folder as every .toml in it."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix == FRAMEWORK_SUFFIX and p.is_file()))
        else:
            found.append(path)
    return found
