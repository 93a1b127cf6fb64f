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
from typing import Any

from walkthrough.core.framework_checks import build
from walkthrough.core.framework_messages import explain_toml_error
from walkthrough.core.framework_types import (
    DEFAULT_FREQUENCY_KEYS,
    DEFAULT_FREQUENCY_LABELS,
    KEY_PATTERN,
    PRESENCE_KEYS,
    Band,
    Condition,
    ConditionTest,
    Framework,
    FrameworkError,
    LookFor,
    Mode,
    Option,
    Part,
    Problem,
    RatingLevel,
    Repeat,
    ResponseType,
    Scope,
    Score,
    ScoreMethod,
    Section,
    SnapshotPick,
    TeacherLink,
    response_key,
    split_response_key,
)
from walkthrough.core.i18n import QT_TRANSLATE_NOOP, message
from walkthrough.core.text_files import TextFileError, normalise_text, read_text_file

__all__ = [
    "DEFAULT_FREQUENCY_KEYS",
    "DEFAULT_FREQUENCY_LABELS",
    "FRAMEWORK_SUFFIX",
    "KEY_PATTERN",
    "MAX_FRAMEWORK_BYTES",
    "MAX_NESTING",
    "PRESENCE_KEYS",
    "Band",
    "Condition",
    "ConditionTest",
    "Framework",
    "FrameworkError",
    "LookFor",
    "Mode",
    "Option",
    "Part",
    "Problem",
    "RatingLevel",
    "Repeat",
    "ResponseType",
    "Scope",
    "Score",
    "ScoreMethod",
    "Section",
    "SnapshotPick",
    "TeacherLink",
    "framework_files",
    "load_framework",
    "load_framework_text",
    "parse_framework",
    "response_key",
    "split_response_key",
]

FRAMEWORK_SUFFIX = ".toml"
# The largest built-in framework is 12 KB; a district's own is unlikely to
# pass 100 KB. A file over this cap is refused before it is parsed (a 50 MB
# one froze the window for 42 s and slowed every start).
MAX_FRAMEWORK_BYTES = 1_000_000
# Tables and lists nested deeper than this are refused (the deepest a
# framework needs is about 7: sections, look-fors, options, their tables).
MAX_NESTING = 32


def parse_framework(text: str, source_name: str, *, lenient: bool = False) -> Framework:
    """Parse and validate framework text; ``source_name`` names it in errors.

    ``lenient``: the text is a version the app stored earlier, so checks added
    since then warn instead of refusing it (old visits must always read)."""
    text = normalise_text(text)
    deep = message(QT_TRANSLATE_NOOP("core", "tables or lists are nested more than {most} deep; a framework needs "
                                     "far fewer"), most=MAX_NESTING)
    too_deep = Problem(source_name, "", str(deep), words=deep)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        explained = explain_toml_error(str(exc), text)
        raise FrameworkError([Problem(source_name, "", str(explained), words=explained)]) from None
    except RecursionError:
        raise FrameworkError([too_deep]) from None
    if _depth(data) > MAX_NESTING:
        raise FrameworkError([too_deep])
    return build(data, source_name, lenient=lenient)


def _depth(value: Any) -> int:
    """How deeply tables and lists nest in ``value`` (without recursion)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        deepest = max(deepest, depth)
        if depth <= MAX_NESTING:
            stack.extend((child, depth + 1) for child in children)
    return deepest


def load_framework_text(path: Path) -> str:
    """The text of a framework file, read safely and normalised (no byte-order
    mark, ``\\n`` line ends): what the store keeps. Refuses folders, pipes,
    devices and files over :data:`MAX_FRAMEWORK_BYTES`."""
    try:
        return read_text_file(path, max_bytes=MAX_FRAMEWORK_BYTES, what=QT_TRANSLATE_NOOP("core", "framework file"))
    except TextFileError as exc:
        raise FrameworkError([Problem(str(path), "", str(exc.reason), words=exc.reason)]) from None


def load_framework(path: Path) -> Framework:
    """Read, parse and validate one framework file."""
    return parse_framework(load_framework_text(path), str(path))


def framework_files(paths: Iterable[Path]) -> list[Path]:
    """The framework files named: a file as itself, a folder as every .toml in it."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            # Everything named *.toml but a folder: a pipe or a device is
            # reported (by load_framework_text), not silently skipped.
            found.extend(sorted(p for p in path.iterdir() if p.suffix == FRAMEWORK_SUFFIX and not p.is_dir()))
        else:
            found.append(path)
    return found
