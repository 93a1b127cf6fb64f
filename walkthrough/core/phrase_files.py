"""Reading the district's evaluative-language list files.

A list file is plain text, one entry a line (see ``forms/README-evaluative-language.md``).
A line that cannot be used is skipped and reported as a :class:`ListProblem`
naming the file, the line and what is wrong; the rest of the file still
applies, and so do the other languages' files. A file that cannot be read at
all (missing, not text, too big, not a regular file) is one problem, and only
that file is left out.

Files saved by Notepad are read as they are: a UTF-8 byte-order mark is
dropped, and "Unicode" (UTF-16 with a byte-order mark) is decoded too.
"""

from __future__ import annotations

import codecs
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from walkthrough.core.phrase_syntax import (
    PhraseError,
    WordSet,
    compile_phrase,
    compile_word_set,
    fold,
    merge_word_sets,
)

MAX_LIST_BYTES = 2_000_000
FALLBACK_LANGUAGE = "en"
DEFAULT_HINTS: dict[str, str] = {
    "en": "This judges rather than describes. What did you see or hear?",
    "es": "Esto juzga en lugar de describir. ¿Qué vio u oyó?",
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that tell a note's language, for an English or Spanish file with no @language-words line.
LANGUAGE_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and of to was were is are with they she he it students teacher their this that for on at "
        "when what which who did had has then from but not an i my you we our"
    ),
    "es": _words(
        "el la los las del que y en con por para una un se su sus es fue era estaba alumnos alumnas "
        "maestra maestro muy mas pero como lo le les al cuando yo mi nos ellos ellas hay"
    ),
}
_LANG_IN_NAME = re.compile(r"\.([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)\.txt$")
_DIRECTIVE = re.compile(r"^@([a-z-]+)(?:\s+([^:]*?))?\s*:\s*(.*)$")
_KIND = re.compile(r"[a-z0-9][a-z0-9-]*")
SETTINGS = "@default-hint, @kind, @words and @language-words"


@dataclass(frozen=True)
class ListProblem:
    """A line (or a whole file) of a list that was left out, and why."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}, line {self.line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Entry:
    """One phrase, exception (``!``) or quotation cue (``>``) line of a list file."""

    phrase: str
    hint: str
    exception: bool
    language: str
    source: str
    line: int
    regex: str
    heads: frozenset[str] = frozenset()
    any_head: bool = False
    cue: bool = False
    kind: str = ""
    at_start: bool = False  # ^ phrase: only at the start of a sentence


@dataclass
class ListFile:
    """What one file gave: its entries, its problems, and its language's common words."""

    language: str
    entries: list[Entry] = field(default_factory=list)
    problems: list[ListProblem] = field(default_factory=list)
    language_words: frozenset[str] = frozenset()


def language_of_file(path: Path) -> str:
    match = _LANG_IN_NAME.search(path.name)
    return match.group(1).lower().replace("_", "-") if match else FALLBACK_LANGUAGE


def read_list_text(path: Path) -> str:
    """The text of a list file; raises ValueError saying why it cannot be read."""
    try:
        info = path.stat()
    except OSError as error:
        raise ValueError(f"cannot read the file ({error.strerror or error})") from None
    if not stat.S_ISREG(info.st_mode):
        raise ValueError("is not a regular file (a folder, a device or a pipe); use a plain text file")
    if info.st_size > MAX_LIST_BYTES:
        raise ValueError(f"is too big for a word list ({info.st_size:,} bytes; at most {MAX_LIST_BYTES:,})")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValueError(f"cannot read the file ({error.strerror or error})") from None
    # Notepad's "Unicode" is UTF-16 with a byte-order mark; utf-8-sig drops a UTF-8 one.
    encoding = "utf-16" if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ValueError(
            f"is not UTF-8 text (bad byte at position {error.start}); save it as UTF-8"
        ) from None


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


class _Reader:
    """Reads the lines of one file, keeping what it can and noting what it cannot."""

    def __init__(self, path: Path, language: str) -> None:
        self.path = path
        self.out = ListFile(language)
        self.hint = DEFAULT_HINTS.get(language.split("-")[0], DEFAULT_HINTS[FALLBACK_LANGUAGE])
        self.kind = ""
        self.sets: dict[str, WordSet] = {}
        self.words: set[str] = set()

    def problem(self, number: int, message: str) -> None:
        self.out.problems.append(ListProblem(str(self.path), number, message))

    def directive(self, number: int, line: str) -> None:
        match = _DIRECTIVE.match(line)
        if match is None:
            self.problem(number, f"a line starting with @ must look like @default-hint: text (settings: {SETTINGS})")
            return
        name, argument, value = match.group(1), (match.group(2) or "").strip(), match.group(3).strip()
        if name == "words":
            set_name = fold(argument)
            if not _KIND.fullmatch(set_name):
                self.problem(number, "@words needs a set name before the colon, as in @words teacher: she | he")
                return
            if not value:
                self.problem(number, f"@words {set_name} needs its entries after the colon, separated by |")
                return
            try:
                word_set = compile_word_set(fold(value), self.sets)
            except PhraseError as error:
                self.problem(number, f"{error} in the word set {set_name!r}")
                return
            known = self.sets.get(set_name)
            self.sets[set_name] = word_set if known is None else merge_word_sets(known, word_set)
            return
        if argument:
            self.problem(number, f"unknown setting @{name} {argument} (settings: {SETTINGS})")
            return
        if name == "default-hint":
            if not value:
                self.problem(number, "@default-hint needs a text after the colon")
                return
            self.hint = value
        elif name == "kind":
            kind = fold(value)
            if not _KIND.fullmatch(kind):
                self.problem(number, "@kind needs a name after the colon (letters, digits and -), as in @kind: advice")
                return
            self.kind = kind
        elif name == "language-words":
            words = fold(value).replace(",", " ").split()
            if not words:
                self.problem(number, "@language-words needs words after the colon, separated by spaces")
                return
            self.words.update(words)
        else:
            self.problem(number, f"unknown setting @{name} (settings: {SETTINGS})")

    def entry(self, number: int, line: str) -> None:
        exception, cue = line.startswith("!"), line.startswith(">")
        if exception or cue:
            line = line[1:]
        phrase, hint = _split_hint(line)
        phrase = phrase.strip()
        at_start = phrase.startswith("^")
        if at_start:
            phrase = phrase[1:].strip()
        mark = "!" if exception else ">"
        if not phrase:
            if at_start:
                self.problem(number, "empty phrase after ^")
            else:
                self.problem(number, "empty phrase before |" if hint is not None else f"empty phrase after {mark}")
            return
        if hint is not None:
            hint = hint.strip()
            if not hint:
                self.problem(number, "empty hint after |")
                return
            if exception:
                self.problem(number, "an exception line (!) cannot have a hint")
                return
            if cue:
                self.problem(number, "a quotation cue line (>) cannot have a hint")
                return
        try:
            compiled = compile_phrase(fold(phrase), self.sets)
        except PhraseError as error:
            self.problem(number, f"{error} in {phrase!r}")
            return
        self.out.entries.append(
            Entry(
                phrase=("^ " + phrase) if at_start else phrase,
                hint=hint if hint is not None else self.hint,
                exception=exception,
                language=self.out.language,
                source=str(self.path),
                line=number,
                regex=compiled.regex,
                heads=compiled.heads,
                any_head=compiled.any_head,
                cue=cue,
                kind=self.kind,
                at_start=at_start,
            )
        )

    def read(self, lines: Sequence[str]) -> ListFile:
        for number, original in enumerate(lines, start=1):
            line = original.strip().lstrip("\ufeff").strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                self.directive(number, line)
            else:
                self.entry(number, line)
        base = self.out.language.split("-")[0]
        self.out.language_words = frozenset(self.words) if self.words else LANGUAGE_WORDS.get(base, frozenset())
        return self.out


def parse_list(text: str, source: Path | str) -> ListFile:
    """The entries and problems of a list file's text; ``source`` names it and gives its language."""
    where = Path(source)
    return _Reader(where, language_of_file(where)).read(text.splitlines())


def load_list(path: Path) -> ListFile:
    """One list file; a file that cannot be read is one problem and no entries."""
    try:
        text = read_list_text(path)
    except ValueError as error:
        out = ListFile(language_of_file(path))
        out.problems.append(ListProblem(str(path), None, str(error)))
        return out
    return parse_list(text, path)
