"""The evaluative-language nudge: find words that judge rather than describe.

While someone types a note, the UI underlines words and phrases from the
district-editable lists (``forms/evaluative-language.<lang>.txt``, described
for district staff in ``forms/README-evaluative-language.md``) and shows a short
hint, in the note's language, asking what was seen or heard instead. The nudge
never blocks anything: it only returns :class:`Flag` objects with character
offsets, each with the hint of the list line that made it.

What is never flagged:

* words inside quotation marks ("...", “...”, «...», '...'): a quotation is
  what was heard, which is exactly what a note should hold;
* what follows a quotation cue (a ``>`` line: "asked whether", "preguntó si",
  "Teacher:") to the end of the sentence: reported speech and the teacher's
  questions are what was heard too;
* text an exception (a ``!`` line) matches: "good morning", "the features of a
  good summary" (a judging word as the topic of the lesson).

A note's language is told from its common words (``@language-words``); only
that language's lists are used, so the hint is in the note's language. A note
too short to tell is searched with every list.

This module is pure Python (standard library only) and never imports Qt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from walkthrough.core.phrase_files import (
    DEFAULT_HINTS,
    FALLBACK_LANGUAGE,
    Entry,
    ListFile,
    ListProblem,
    load_list,
    parse_list,
)
from walkthrough.core.phrase_matching import Matchers, overlaps
from walkthrough.core.phrase_syntax import AFTER as _AFTER
from walkthrough.core.phrase_syntax import BEFORE as _BEFORE
from walkthrough.core.phrase_syntax import fold, fold_with_map

__all__ = [
    "DEFAULT_HINTS",
    "FALLBACK_LANGUAGE",
    "FORMS_DIR",
    "_AFTER",
    "_BEFORE",
    "Entry",
    "Flag",
    "ListProblem",
    "PhraseList",
    "PhraseListError",
    "describe_flags",
    "district_lists",
    "fold",
    "reload_district_lists",
]

FORMS_DIR = Path(__file__).resolve().parents[2] / "forms"
LIST_GLOB = "evaluative-language.*.txt"

# Quoted spans, in folded text (curly and angle quotes are folded to ASCII).
_QUOTES = re.compile(r""""[^"\n]*"|(?<![\w'])'(?:[^'\n]|'(?=\w))*?'(?!\w)""")
# Runs of word characters: where a phrase can start.
_WORDS = re.compile(r"[\w']+")
# Where a sentence ends, for the reach of a quotation cue.
_SENTENCE_END = re.compile(
    r"""[.!?;](?=\s|$|["')\]])|\n|,\s*(?:which|but|though|although|so that was|lo cual|lo que fue|pero|aunque)\b"""
)
# "and 2 more" in the hint line, per language; "+2" in any other.
_MORE = {"en": " (and {n} more)", "es": " (y {n} más)"}


@dataclass(frozen=True)
class Flag:
    """A judging phrase found in a note.

    ``start`` and ``end`` are offsets into the text as given (end exclusive);
    ``phrase`` is the list entry that matched, as written in the file, and
    ``source`` and ``line`` say where it is written.
    """

    start: int
    end: int
    phrase: str
    hint: str
    language: str = ""
    kind: str = ""
    source: str = ""
    line: int = 0


class PhraseListError(Exception):
    """A list that has problems, when asked to be strict; the message names the file and line."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = self.path if line is None else f"{self.path}, line {line}"
        super().__init__(f"{where}: {message}")


class PhraseList:
    """A set of judging phrases (with exceptions and cues) that finds flags in text."""

    def __init__(
        self,
        entries: Iterable[Entry],
        problems: Iterable[ListProblem] = (),
        language_words: dict[str, frozenset[str]] | None = None,
        _compiled: dict[str, re.Pattern[str]] | None = None,
    ) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        self.problems: tuple[ListProblem, ...] = tuple(problems)
        self.language_words: dict[str, frozenset[str]] = dict(language_words or {})
        self._matchers: dict[str | None, Matchers] = {}
        self._compiled: dict[str, re.Pattern[str]] = {} if _compiled is None else _compiled
        self._derived: dict[tuple[str, ...], PhraseList] = {}
        languages = {e.language for e in self.entries}
        self._languages = frozenset(languages)
        counts: dict[str, int] = {}
        for language, words in self.language_words.items():
            if language in languages:
                for word in words:
                    counts[word] = counts.get(word, 0) + 1
        # A word common to two languages tells neither.
        self._word_language = {
            word: language
            for language, words in self.language_words.items()
            if language in languages
            for word in words
            if counts[word] == 1
        }

    # Building -----------------------------------------------------------------
    @classmethod
    def _from_files(cls, files: Iterable[ListFile]) -> PhraseList:
        entries: list[Entry] = []
        problems: list[ListProblem] = []
        words: dict[str, frozenset[str]] = {}
        for one in files:
            entries.extend(one.entries)
            problems.extend(one.problems)
            if one.language_words:
                words[one.language] = words.get(one.language, frozenset()) | one.language_words
        return cls(entries, problems, words)

    @classmethod
    def parse(cls, text: str, source: Path | str = "<text>") -> PhraseList:
        """A list from the text of a list file; ``source`` names it (and its language)."""
        return cls._from_files([parse_list(text, source)])

    @classmethod
    def load(cls, path: Path) -> PhraseList:
        """One list file. Lines that cannot be used are left out and listed in ``problems``."""
        return cls._from_files([load_list(path)])

    @classmethod
    def load_all(cls, paths: Iterable[Path]) -> PhraseList:
        """Several list files as one list."""
        return cls._from_files(load_list(path) for path in paths)

    @classmethod
    def default(cls, forms_dir: Path | None = None) -> PhraseList:
        """Every ``evaluative-language.*.txt`` in ``forms/`` (all languages)."""
        directory = FORMS_DIR if forms_dir is None else forms_dir
        paths = sorted(directory.glob(LIST_GLOB))
        if not paths:
            return cls((), [ListProblem(str(directory), None, f"no {LIST_GLOB} file found: the nudge is off")])
        return cls.load_all(paths)

    def raise_for_problems(self) -> PhraseList:
        """This list, or :class:`PhraseListError` for its first problem (for strict callers)."""
        if self.problems:
            first = self.problems[0]
            raise PhraseListError(first.path, first.line, first.message)
        return self

    def _subset(self, key: tuple[str, ...], entries: Iterable[Entry]) -> PhraseList:
        derived = self._derived.get(key)
        if derived is None:
            derived = self._derived[key] = PhraseList(entries, self.problems, self.language_words, self._compiled)
        return derived

    def for_languages(self, *languages: str) -> PhraseList:
        """Only the entries of the given languages."""
        wanted = {lang.lower() for lang in languages}
        return self._subset(
            ("lang", *sorted(wanted)),
            (e for e in self.entries if e.language in wanted or e.language.split("-")[0] in wanted),
        )

    def without_kinds(self, *kinds: str) -> PhraseList:
        """The list without the phrases of some ``@kind``s (the host's next step leaves out advice)."""
        unwanted = set(kinds)
        return self._subset(
            ("without", *sorted(unwanted)),
            (e for e in self.entries if e.exception or e.cue or e.kind not in unwanted),
        )

    def _ready(self, language: str | None) -> Matchers:
        matchers = self._matchers.get(language)
        if matchers is None:
            chosen = self.entries if language is None else [e for e in self.entries if e.language == language]
            matchers = self._matchers[language] = Matchers(chosen, self._compiled)
        return matchers

    def warm_up(self, compile_patterns: bool = False, between: Callable[[], None] | None = None) -> None:
        """Build the matchers now, for every language and for notes too short to tell;
        with ``compile_patterns``, compile every phrase's pattern too (the app does
        this off the UI thread, so that no keystroke waits for it; ``between`` runs
        every few patterns, where that thread lets the UI thread run Python)."""
        for language in (None, *sorted(self.languages)):
            matchers = self._ready(language)
            if compile_patterns:
                for index in (matchers.flags, matchers.exceptions, matchers.cues):
                    index.compile_all(between)

    # Reading ------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"PhraseList({len(self.entries)} entries, languages={sorted(self.languages)})"

    @property
    def languages(self) -> frozenset[str]:
        return self._languages

    def _language(self, words: Sequence[tuple[int, str]], quoted: Sequence[tuple[int, int]]) -> str | None:
        scores: dict[str, int] = {}
        table = self._word_language
        for start, word in words:
            language = table.get(word)
            if language is not None and not (quoted and overlaps(start, start + 1, quoted)):
                scores[language] = scores.get(language, 0) + 1
        if not scores:
            return None
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]

    def language_of(self, text: str) -> str | None:
        """The language of a note among the list's languages, or None when it cannot tell."""
        folded = fold(text)
        return self._language([(m.start(), m.group()) for m in _WORDS.finditer(folded)],
                              [m.span() for m in _QUOTES.finditer(folded)])

    def find(self, text: str, language: str | None = None) -> list[Flag]:
        """Judging phrases in ``text``: sorted, non-overlapping, longest first.

        ``language`` chooses the lists to use; without it the note's language is
        told from its words, and every list is used when it cannot be told.
        """
        if not text:
            return []
        folded, index = fold_with_map(text)
        words = [(m.start(), m.group()) for m in _WORDS.finditer(folded)]
        if not words:
            return []
        blocked = [m.span() for m in _QUOTES.finditer(folded)] if ('"' in folded or "'" in folded) else []
        if language is None and self._word_language and len(self._languages) > 1:
            language = self._language(words, blocked)
        matchers = self._ready(language if language in self._languages else None)
        excepted = [(start, end) for start, end, _ in matchers.exceptions.longest(folded, words)]
        for start, end, _ in matchers.cues.longest(folded, words):
            if excepted and overlaps(start, end, excepted):
                continue  # an exception says this is not a cue ("me pregunto": I wonder)
            stop = _SENTENCE_END.search(folded, end)
            blocked.append((start, stop.start() if stop else len(folded)))
        blocked.extend(excepted)
        flags: list[Flag] = []
        taken = 0
        for start, end, entry in matchers.flags.longest(folded, words):
            if start < taken or (blocked and overlaps(start, end, blocked)):
                continue
            taken = end
            if index is not None:
                start, end = index[start], index[end - 1] + 1
                while end < len(text) and unicodedata.combining(text[end]):
                    end += 1
            flags.append(Flag(start, end, entry.phrase, entry.hint, entry.language, entry.kind, entry.source,
                              entry.line))
        return flags

    def is_evaluative(self, text: str) -> bool:
        """Whether ``text`` holds at least one judging phrase."""
        return bool(self.find(text))


def describe_flags(text: str, flags: Sequence[Flag]) -> str:
    """The line under a note field: the first judging phrase and its hint, in the hint's language."""
    if not flags:
        return ""
    first = flags[0]
    more = ""
    if len(flags) > 1:
        pattern = _MORE.get(first.language.split("-")[0], " (+{n})")
        more = pattern.format(n=len(flags) - 1)
    return f"“{text[first.start:first.end]}”{more}: {first.hint}"


@lru_cache(maxsize=1)
def district_lists() -> PhraseList:
    """The district's lists in ``forms/`` (every language), read once; see :meth:`reload_district_lists`."""
    return PhraseList.default()


def reload_district_lists() -> PhraseList:
    """Read the lists again (after district staff edited them)."""
    district_lists.cache_clear()
    return district_lists()

