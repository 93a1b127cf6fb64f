"""Finding a phrase list's entries in folded text: each role's entries (flags, exceptions, cues)
indexed by the words they start with, and the longest match at each word.

Used by :class:`walkthrough.core.nudge.PhraseList`. Qt-free.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from walkthrough.core.phrase_files import Entry

# What may stand between a sentence's start and its first word.
_LEADERS = set(" \t\r\"'(-\u2022*\u00bf\u00a1[")
_ENDERS = set(".!?;:\n")


class Index:
    """The entries of one role (flag, exception or cue), found by the words they start with."""

    def __init__(self, entries: Sequence[Entry], compiled: dict[str, re.Pattern[str]]) -> None:
        self.entries = list(entries)
        self.compiled = compiled  # shared by every index of a list: each pattern is compiled once
        self.by_word: dict[str, list[int]] = {}
        self.by_prefix: dict[str, list[int]] = {}
        self.any_head: list[int] = []
        for k, entry in enumerate(self.entries):
            if entry.any_head:
                self.any_head.append(k)
            for head in entry.heads:
                if head.endswith("*"):
                    self.by_prefix.setdefault(head[:-1], []).append(k)
                else:
                    self.by_word.setdefault(head, []).append(k)
        self.prefix_sizes = sorted({len(p) for p in self.by_prefix})
        self.has_at_start = any(e.at_start for e in self.entries)
        # Compiled on first use: most phrases never meet a word they could start at.
        self._patterns: dict[int, re.Pattern[str]] = {}

    def _pattern(self, k: int) -> re.Pattern[str]:
        compiled = self._patterns.get(k)
        if compiled is None:
            regex = self.entries[k].regex
            compiled = self.compiled.get(regex)
            if compiled is None:
                compiled = self.compiled[regex] = re.compile(regex)
            self._patterns[k] = compiled
        return compiled

    def compile_all(self, between: Callable[[], None] | None = None, every: int = 8) -> None:
        """Compile every pattern now; ``between`` runs after each ``every`` patterns (a
        background thread lets the UI thread have the interpreter there)."""
        for k in range(len(self.entries)):
            self._pattern(k)
            if between is not None and k % every == every - 1:
                between()

    def longest(self, folded: str, words: Sequence[tuple[int, str]]) -> list[tuple[int, int, Entry]]:
        """At every word where an entry matches, the longest match (the first listed of equals)."""
        found: list[tuple[int, int, Entry]] = []
        if not self.entries:
            return found
        by_word, by_prefix, sizes, any_head = self.by_word, self.by_prefix, self.prefix_sizes, self.any_head
        starts = sentence_starts(folded, words) if self.has_at_start else frozenset()
        entries, patterns = self.entries, self._patterns
        for start, word in words:
            candidates = by_word.get(word)
            for size in sizes:
                if size > len(word):
                    break
                listed = by_prefix.get(word[:size])
                if listed:
                    candidates = listed if candidates is None else candidates + listed
            if any_head:
                candidates = any_head if candidates is None else candidates + any_head
            if not candidates:
                continue
            best_end, best = -1, -1
            for k in candidates:
                if k == best or (entries[k].at_start and start not in starts):
                    continue
                pattern = patterns.get(k) or self._pattern(k)
                match = pattern.match(folded, start)
                if match is not None:
                    end = match.end()
                    if end > best_end or (end == best_end and k < best):
                        best_end, best = end, k
            if best >= 0 and best_end > start:
                found.append((start, best_end, entries[best]))
        return found


class Matchers:
    """The flagging phrases, exceptions and cues of one set of entries."""

    def __init__(self, entries: Sequence[Entry], compiled: dict[str, re.Pattern[str]]) -> None:
        self.flags = Index([e for e in entries if not e.exception and not e.cue], compiled)
        self.exceptions = Index([e for e in entries if e.exception], compiled)
        self.cues = Index([e for e in entries if e.cue], compiled)


def sentence_starts(folded: str, words: Sequence[tuple[int, str]]) -> frozenset[int]:
    """The offsets of the words that start a sentence (or a line, or a bullet)."""
    out: set[int] = set()
    for start, _ in words:
        i = start - 1
        while i >= 0 and folded[i] in _LEADERS:
            i -= 1
        if i < 0 or folded[i] in _ENDERS:
            out.add(start)
    return frozenset(out)


def overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps any of ``spans``."""
    return any(s < end and start < e for s, e in spans)
