"""A message kept only as its English text, read back into its template and values.

Some texts were stored as plain English before they were kept as messages (the Sync
page's import reports and last summary). To show them in the interface's language, the
English is matched against the templates it can have come from: a match gives the
:class:`~walkthrough.core.i18n.Message` again, and the UI translates it as any other.
A value that is itself one of the templates' texts is read back the same way; a text no
template matches stays as it is (it is then shown in English, as before).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from functools import lru_cache

from walkthrough.core.i18n import Message

_DEPTH = 4  # messages in messages in messages (a bundle's entry's problem's field)


@lru_cache(maxsize=512)
def _pattern(template: str) -> re.Pattern[str]:
    parts: list[str] = []
    named: set[str] = set()
    for literal, name, _spec, _conversion in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name is None:
            continue
        if name in named:
            parts.append(f"(?P={name})")
        else:
            named.add(name)
            parts.append(f"(?P<{name}>.+?)")
    return re.compile("".join(parts), re.DOTALL)


@lru_cache(maxsize=512)
def _literal_size(template: str) -> int:
    return sum(len(literal) for literal, *_ in string.Formatter().parse(template))


class MessageReader:
    """Reads English texts back into messages of the given templates."""

    def __init__(self, templates: Iterable[str]) -> None:
        self.templates = tuple(sorted(set(templates)))

    def read(self, text: str) -> Message | None:
        """The message ``text`` is the English of, or ``None``."""
        found = self._best(text, _DEPTH)
        return found[0] if found else None

    def _best(self, text: str, depth: int) -> tuple[Message, int] | None:
        """Of the templates ``text`` fits, the reading that explains most of it (the most
        template text, its values' included): "{bundle}: {problem}" whose problem is
        "sealed part {gid}: {problem}" beats "{bundle}: {entry}: {problem}" with an entry
        no template knows."""
        if depth <= 0 or not text:
            return None
        best: tuple[Message, int] | None = None
        for template in self.templates:
            found = _pattern(template).fullmatch(text)
            if found is None:
                continue
            values: dict[str, object] = {}
            covered = _literal_size(template)
            for name, value in found.groupdict().items():
                inner = self._best(value, depth - 1)
                values[name] = inner[0] if inner else value
                covered += inner[1] if inner else 0
            if best is None or covered > best[1]:
                best = (Message(template, values), covered)
        return best
