"""The evaluative-language nudge: find words that judge rather than describe.

While a visitor types a note, the UI underlines words and phrases from a
district-editable list (``forms/evaluative-language.<lang>.txt``) and shows a
short hint asking what was seen or heard instead. The nudge never blocks
anything: it only returns :class:`Flag` objects with character offsets.

The list file format (also documented in the header of each shipped file):

* one phrase per line; blank lines and lines starting with ``#`` are ignored;
* ``phrase | hint`` gives the phrase its own hint; without one the file's
  default hint is used (``@default-hint: text``, or a built-in one per
  language, the language being taken from the file name);
* ``! phrase`` is an exception: text it matches is never flagged, even when it
  contains a listed word (``! good morning`` protects the "good" in it);
* matching ignores case and accents (``debería`` matches ``deberia``), treats
  curly apostrophes as straight ones, and works on whole words only;
* a space or a hyphen in a phrase matches any run of spaces or one hyphen, so
  ``well paced`` matches "well-paced";
* ``*`` at the end of a word stands for any word ending: ``ineffective*``
  matches "ineffective" and "ineffectively", never "goodbye" for ``good``;
* ``(a|b)`` stands for either alternative and ``(...)?`` makes a part optional:
  ``should(n't)? have``, ``(good|great|nice) job``; groups do not nest.

Words inside quotation marks ("...", “...”, «...», or '...') are never flagged:
a quotation is what was heard, which is exactly what a note should hold.

This module is pure Python (standard library only) and never imports Qt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FORMS_DIR = Path(__file__).resolve().parents[2] / "forms"
LIST_GLOB = "evaluative-language.*.txt"

DEFAULT_HINTS: dict[str, str] = {
    "en": "This judges rather than describes. What did you see or hear?",
    "es": "Esto juzga en lugar de describir. ¿Qué vio u oyó?",
}
FALLBACK_LANGUAGE = "en"

# Characters folded before matching, beyond case and accents.
_CHAR_MAP = {
    "\u2018": "'",  # left single quotation mark
    "\u2019": "'",  # right single quotation mark, the usual curly apostrophe
    "\u02bc": "'",  # modifier letter apostrophe
    "\u201b": "'",
    "\u2032": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
}

# Separator between words of a phrase: a run of white space, or one hyphen.
_SEP = r"(?:\s+|\s*-\s*)"
# Whole words: not preceded by a letter or an apostrophe ("n't"), and not
# followed by a letter or by an apostrophe and a letter ("teacher's").
_BEFORE = r"(?<![\w'])"
_AFTER = r"(?!\w|'\w)"
# Quoted spans, in folded text (curly and angle quotes are folded to ASCII).
_QUOTES = re.compile(r""""[^"\n]*"|(?<![\w'])'(?:[^'\n]|'(?=\w))*?'(?!\w)""")
_LANG_IN_NAME = re.compile(r"\.([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)\.txt$")
_DIRECTIVE = re.compile(r"^@([a-z-]+)\s*:\s*(.*)$")


@dataclass(frozen=True)
class Flag:
    """A judging phrase found in a note.

    ``start`` and ``end`` are offsets into the text as given (end exclusive);
    ``phrase`` is the list entry that matched, as written in the file.
    """

    start: int
    end: int
    phrase: str
    hint: str


@dataclass(frozen=True)
class Entry:
    """One phrase (or exception) line of a list file."""

    phrase: str
    hint: str
    exception: bool
    language: str
    source: str
    line: int
    regex: str
    starts: frozenset[str] | None = None  # letters a match can start with; None: any


class PhraseListError(Exception):
    """A list file that cannot be used; the message names the file and line."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = self.path if line is None else f"{self.path}, line {line}"
        super().__init__(f"{where}: {message}")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    mapped = _CHAR_MAP.get(char)
    if mapped is not None:
        return mapped
    if char.isascii():
        return char.lower()
    out = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    return "".join(c for c in unicodedata.normalize("NFD", out.lower()) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Text as the matcher sees it: lower case, no accents, straight quotes."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


def _fold_with_map(text: str) -> tuple[str, list[int] | None]:
    """Fold ``text``; the map gives, per folded character, its index in ``text``.

    The map is None when folding kept every character in place.
    """
    if text.isascii():
        return text.lower(), None
    pieces = [_fold_char(c) for c in text]
    folded = "".join(pieces)
    if len(folded) == len(text) and all(len(p) == 1 for p in pieces):
        return folded, None
    index: list[int] = []
    for i, piece in enumerate(pieces):
        index.extend([i] * len(piece))
    return folded, index


# --- the phrase syntax -------------------------------------------------------


def _compile_phrase(phrase: str) -> tuple[str, frozenset[str] | None]:
    """The regular expression for one phrase, and the letters a match can start
    with (None if any). Raises ValueError saying what is wrong with the phrase.
    """
    text = fold(phrase.strip())
    out: list[str] = []
    in_group = False
    group_has_word = False
    prev = ""  # the previous token: "", "word", "sep", "open", "bar", "close", "star", "opt"
    has_word = False
    starts: set[str] = set()  # first letters seen so far
    group_starts: set[str] = set()  # first letters of the alternatives of the open group
    starts_known = True
    starts_done = False  # True once a part that cannot be skipped has been seen
    i = 0
    while i < len(text):
        c = text[i]
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if c.isalnum() or c == "_" or c == "'":
            out.append(re.escape(c))
            if not starts_done:
                if not in_group:
                    starts.add(c)
                    starts_done = True
                elif prev in ("open", "bar"):
                    group_starts.add(c)
            prev = "word"
            has_word = True
            group_has_word = group_has_word or in_group
        elif c.isspace() or c == "-":
            while i + 1 < len(text) and (text[i + 1].isspace() or text[i + 1] == "-"):
                i += 1
            out.append(_SEP)
            if not starts_done and (not in_group or prev in ("open", "bar")):
                starts_known = False
            prev = "sep"
        elif c == "*":
            if prev not in ("word", "close") or (nxt and not (nxt.isspace() or nxt in "-|)")):
                raise ValueError("a * may only end a word, as in ineffective*")
            out.append(r"\w*")
            prev = "star"
        elif c == "(":
            if in_group:
                raise ValueError("groups ( ) cannot be nested")
            in_group = True
            group_has_word = False
            group_starts = set()
            out.append("(?:")
            prev = "open"
        elif c == "|":
            if not in_group:
                raise ValueError("a | outside ( ) must be followed by a hint")
            if prev in ("open", "bar"):
                raise ValueError("empty alternative in ( )")
            out.append("|")
            prev = "bar"
        elif c == ")":
            if not in_group:
                raise ValueError("unbalanced ): no ( before it")
            if prev in ("open", "bar"):
                raise ValueError("empty alternative in ( )")
            if not group_has_word:
                raise ValueError("a group ( ) needs at least one word")
            in_group = False
            if not starts_done:
                starts |= group_starts
                starts_done = nxt != "?"
            out.append(")")
            prev = "close"
        elif c == "?":
            if prev != "close":
                raise ValueError("a ? may only follow a group, as in should(n't)? have")
            out.append("?")
            prev = "opt"
        else:
            raise ValueError(f"unexpected character {c!r} (use letters, spaces, ' - ( ) | ? *)")
        i += 1
    if in_group:
        raise ValueError("unbalanced (: no ) after it")
    if not has_word:
        raise ValueError("the phrase has no words")
    if not starts_done:
        raise ValueError("every part of the phrase is optional")
    regex = _BEFORE + "(?:" + "".join(out) + ")" + _AFTER
    return regex, frozenset(starts) if starts_known else None


def _split_hint(line: str) -> tuple[str, str | None]:
    """Split ``phrase | hint`` at the first | outside parentheses."""
    depth = 0
    for i, c in enumerate(line):
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == "|" and depth == 0:
            return line[:i], line[i + 1 :]
    return line, None


def _language_of(path: Path) -> str:
    match = _LANG_IN_NAME.search(path.name)
    return match.group(1).lower().replace("_", "-") if match else FALLBACK_LANGUAGE


def _parse(path: Path, lines: Sequence[str]) -> list[Entry]:
    language = _language_of(path)
    default_hint = DEFAULT_HINTS.get(language.split("-")[0], DEFAULT_HINTS[FALLBACK_LANGUAGE])
    raw: list[tuple[int, str, str | None, bool]] = []
    for number, original in enumerate(lines, start=1):
        line = original.strip().lstrip("\ufeff")
        if not line or line.startswith("#"):
            continue
        directive = _DIRECTIVE.match(line)
        if line.startswith("@"):
            if directive is None:
                raise PhraseListError(path, number, "a line starting with @ must look like @default-hint: text")
            name, value = directive.group(1), directive.group(2).strip()
            if name != "default-hint":
                raise PhraseListError(path, number, f"unknown setting @{name} (the only one is @default-hint)")
            if not value:
                raise PhraseListError(path, number, "@default-hint needs a text after the colon")
            default_hint = value
            continue
        exception = line.startswith("!")
        if exception:
            line = line[1:]
        phrase, hint = _split_hint(line)
        phrase = phrase.strip()
        if not phrase:
            raise PhraseListError(path, number, "empty phrase before |" if hint is not None else "empty phrase after !")
        if hint is not None:
            hint = hint.strip()
            if not hint:
                raise PhraseListError(path, number, "empty hint after |")
            if exception:
                raise PhraseListError(path, number, "an exception line (!) cannot have a hint")
        raw.append((number, phrase, hint, exception))
    entries: list[Entry] = []
    for number, phrase, hint, exception in raw:
        try:
            regex, starts = _compile_phrase(phrase)
        except ValueError as error:
            raise PhraseListError(path, number, f"{error} in {phrase!r}") from None
        entries.append(
            Entry(
                phrase=phrase,
                hint=hint if hint is not None else default_hint,
                exception=exception,
                language=language,
                source=str(path),
                line=number,
                regex=regex,
                starts=starts,
            )
        )
    return entries


# --- matching ----------------------------------------------------------------


class _Matcher:
    """Leftmost-longest search over a set of compiled phrases."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = list(entries)
        # Compiled on first use: a list has ~500 phrases, and compiling them
        # all up front cost the app most of a second at start.
        self._patterns: dict[int, re.Pattern[str]] = {}
        # One combined search finds where a match may start (its word-start
        # test is factored out, so other positions fail at once); then the
        # phrases that can start with that letter are tried there, so that the
        # longest one wins whatever the order.
        bodies = [e.regex[len(_BEFORE) :] for e in self.entries]
        self.combined = re.compile(_BEFORE + "(?:" + "|".join(bodies) + ")") if bodies else None
        self.any_start: list[int] = []
        self.by_start: dict[str, list[int]] = {}
        for k, entry in enumerate(self.entries):
            chars = entry.starts
            if chars is None:
                self.any_start.append(k)
            else:
                for char in chars:
                    self.by_start.setdefault(char, []).append(k)

    def _candidates(self, char: str) -> list[int]:
        listed = self.by_start.get(char, [])
        return listed + self.any_start if self.any_start else listed

    def pattern(self, k: int) -> re.Pattern[str]:
        compiled = self._patterns.get(k)
        if compiled is None:
            compiled = self._patterns[k] = re.compile(self.entries[k].regex)
        return compiled

    def _which(self, folded: str, start: int) -> int:
        return next((k for k in range(len(self.entries)) if self.pattern(k).match(folded, start)), 0)

    def spans(self, folded: str, blocked: Sequence[tuple[int, int]]) -> list[tuple[int, int, Entry]]:
        found: list[tuple[int, int, Entry]] = []
        if self.combined is None:
            return found
        search = self.combined.search
        pos = 0
        while True:
            hit = search(folded, pos)
            if hit is None:
                return found
            start = hit.start()
            best_end, best = -1, -1
            for k in self._candidates(folded[start]):
                m = self.pattern(k).match(folded, start)
                if m is not None and m.end() > best_end:
                    best_end, best = m.end(), k
            if best < 0:  # not expected: the hit is one of the phrases; keep it anyway
                best_end, best = hit.end(), self._which(folded, start)
            if any(s < best_end and start < e for s, e in blocked):
                pos = start + 1
                continue
            found.append((start, best_end, self.entries[best]))
            pos = best_end if best_end > start else start + 1


class PhraseList:
    """A set of judging phrases (and exceptions) that finds flags in text."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        self._matchers: tuple[_Matcher, _Matcher] | None = None

    def _ready(self) -> tuple[_Matcher, _Matcher]:
        """The flagging and protecting matchers, built on first use."""
        if self._matchers is None:
            self._matchers = (
                _Matcher([e for e in self.entries if not e.exception]),
                _Matcher([e for e in self.entries if e.exception]),
            )
        return self._matchers

    def warm_up(self) -> None:
        """Build the matchers now (the app does this off the UI thread)."""
        self._ready()

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"PhraseList({len(self.entries)} entries, languages={sorted(self.languages)})"

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(e.language for e in self.entries)

    @classmethod
    def parse(cls, text: str, source: Path | str = "<text>") -> PhraseList:
        """A list from the text of a list file; ``source`` names it in errors."""
        return cls(_parse(Path(source), text.splitlines()))

    @classmethod
    def load(cls, path: Path) -> PhraseList:
        """Load one list file; raises :class:`PhraseListError`."""
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise PhraseListError(path, None, f"not UTF-8 text ({error.reason})") from None
        except OSError as error:
            raise PhraseListError(path, None, f"cannot read the file ({error.strerror or error})") from None
        return cls(_parse(path, text.splitlines()))

    @classmethod
    def load_all(cls, paths: Iterable[Path]) -> PhraseList:
        """Load several list files into one list."""
        entries: list[Entry] = []
        for path in paths:
            entries.extend(cls.load(path).entries)
        return cls(entries)

    @classmethod
    def default(cls, forms_dir: Path | None = None) -> PhraseList:
        """Every ``evaluative-language.*.txt`` in ``forms/`` (all languages)."""
        directory = FORMS_DIR if forms_dir is None else forms_dir
        paths = sorted(directory.glob(LIST_GLOB))
        if not paths:
            raise PhraseListError(directory, None, f"no {LIST_GLOB} file found")
        return cls.load_all(paths)

    def for_languages(self, *languages: str) -> PhraseList:
        """Only the entries of the given languages."""
        wanted = {lang.lower() for lang in languages}
        return PhraseList(e for e in self.entries if e.language in wanted or e.language.split("-")[0] in wanted)

    def find(self, text: str) -> list[Flag]:
        """Judging phrases in ``text``: sorted, non-overlapping, longest first."""
        if not text:
            return []
        folded, index = _fold_with_map(text)
        blocked = [m.span() for m in _QUOTES.finditer(folded)]
        flagging, protecting = self._ready()
        blocked.extend((s, e) for s, e, _ in protecting.spans(folded, ()))
        flags: list[Flag] = []
        for start, end, entry in flagging.spans(folded, blocked):
            if index is not None:
                start, end = index[start], index[end - 1] + 1
                while end < len(text) and unicodedata.combining(text[end]):
                    end += 1
            flags.append(Flag(start=start, end=end, phrase=entry.phrase, hint=entry.hint))
        return flags

    def is_evaluative(self, text: str) -> bool:
        """Whether ``text`` holds at least one judging phrase."""
        return bool(self.find(text))
