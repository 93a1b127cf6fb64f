"""The built-in guide: plain-text topics in each language, and a search over them.

The guide lives in ``resources/guide/<language>/NN-<topic>.md``, one file a
topic, in a small Markdown-like format (``resources/guide/README.md``):
``# Title``, ``## Heading``, paragraphs, ``- bullets``, ``1. steps`` and
``**bold**``. Nothing else is interpreted: the text is shown as text, never
as HTML, whatever a file holds.

Search finds *passages* (a paragraph, a bullet, a step or a heading) holding
every word of the query, ignoring case and accents, so that "evaluacion"
finds "evaluación".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
DEFAULT_LANGUAGE = "en"
MAX_TOPIC_BYTES = 256_000  # a topic is a few pages; anything bigger is not one
_FILE = re.compile(r"^(\d+)-([a-z0-9-]+)\.md$")
_STEP = re.compile(r"^(\d+)[.)]\s+(.*)$")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


class Kind(StrEnum):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    BULLET = "bullet"
    STEP = "step"


Span = tuple[int, int]


@dataclass(frozen=True)
class Passage:
    """One block of a topic: its text without markup, and where it is bold."""

    kind: Kind
    text: str
    bold: tuple[Span, ...] = ()
    number: int = 0  # a step's number


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    passages: tuple[Passage, ...]
    path: Path | None = None


@dataclass(frozen=True)
class Hit:
    """A passage that holds every word searched for, and where each is."""

    topic: Topic
    index: int  # the passage's position in its topic
    spans: tuple[Span, ...]

    @property
    def passage(self) -> Passage:
        return self.topic.passages[self.index]


@dataclass(frozen=True)
class Guide:
    language: str
    topics: tuple[Topic, ...]
    problems: tuple[str, ...] = field(default=())

    def keys(self) -> list[str]:
        return [t.key for t in self.topics]

    def topic(self, key: str) -> Topic | None:
        return next((t for t in self.topics if t.key == key), None)

    def search(self, query: str) -> list[Hit]:
        """Every passage holding all the words of ``query``, in guide order."""
        words = query_words(query)
        if not words:
            return []
        hits: list[Hit] = []
        for topic in self.topics:
            for index, passage in enumerate(topic.passages):
                spans = find_words(passage.text, words)
                if spans is not None:
                    hits.append(Hit(topic, index, tuple(spans)))
        return hits


def preferred_language(locale_name: str) -> str:
    """The guide's language for a locale name such as ``es_US`` or ``en-GB``."""
    code = locale_name.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


# Text ------------------------------------------------------------------------------------

def folded(text: str) -> tuple[str, list[int]]:
    """``text`` without case or accents, and for each of its characters the
    index of the character of ``text`` it came from."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFD", char):
            if unicodedata.combining(part):
                continue
            for piece in part.casefold():
                out.append(piece)
                origin.append(index)
    return "".join(out), origin


def query_words(query: str) -> list[str]:
    return [w for w in (folded(word)[0] for word in query.split()) if w]


def find_words(text: str, words: list[str]) -> list[Span] | None:
    """Where each of ``words`` (already folded) is in ``text``; None unless all are."""
    plain, origin = folded(text)
    spans: list[Span] = []
    for word in words:
        start = plain.find(word)
        if start < 0:
            return None
        while start >= 0:
            end = start + len(word)
            spans.append((origin[start], origin[end - 1] + 1))
            start = plain.find(word, end)
    return merged(spans)


def merged(spans: list[Span]) -> list[Span]:
    result: list[Span] = []
    for start, end in sorted(spans):
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(end, result[-1][1]))
        else:
            result.append((start, end))
    return result


def inline(text: str) -> tuple[str, tuple[Span, ...]]:
    """Strip ``**bold**`` markers; return the text and where it is bold."""
    plain: list[str] = []
    bold: list[Span] = []
    position = 0
    last = 0
    for match in _BOLD.finditer(text):
        before = text[last:match.start()]
        plain.append(before)
        position += len(before)
        inner = match.group(1)
        plain.append(inner)
        bold.append((position, position + len(inner)))
        position += len(inner)
        last = match.end()
    plain.append(text[last:])
    return "".join(plain), tuple(bold)


# Files -----------------------------------------------------------------------------------

def parse_topic(text: str, key: str, path: Path | None = None) -> Topic:
    """A topic from its file's text; the first ``# `` line is its title."""
    passages: list[Passage] = []
    paragraph: list[str] = []
    item: tuple[Kind, int, list[str]] | None = None

    def close() -> None:
        nonlocal item
        if paragraph:
            passages.append(Passage(Kind.PARAGRAPH, *inline(" ".join(paragraph))))
            paragraph.clear()
        if item is not None:
            kind, number, lines = item
            plain, bold = inline(" ".join(lines))
            passages.append(Passage(kind, plain, bold, number))
            item = None

    for raw in text.splitlines():
        line = raw.strip()
        step = _STEP.match(line)
        if not line:
            close()
        elif line.startswith("#"):
            close()
            level = len(line) - len(line.lstrip("#"))
            plain, bold = inline(line[level:].strip())
            passages.append(Passage(Kind.TITLE if level == 1 else Kind.HEADING, plain, bold))
        elif line.startswith(("- ", "* ")):
            close()
            item = (Kind.BULLET, 0, [line[2:].strip()])
        elif step is not None:
            close()
            item = (Kind.STEP, int(step.group(1)), [step.group(2).strip()])
        elif item is not None and raw[:1].isspace():
            item[2].append(line)  # an indented line goes on with the item above
        else:
            if item is not None:
                close()
            paragraph.append(line)
    close()
    title = next((p.text for p in passages if p.kind is Kind.TITLE), key.replace("-", " ").capitalize())
    return Topic(key, title, tuple(passages), path)


def topic_files(folder: Path) -> list[tuple[str, Path]]:
    """The topic files of one language folder, in their numbered order."""
    if not folder.is_dir():
        return []
    found: list[tuple[int, str, Path]] = []
    for path in folder.iterdir():
        match = _FILE.match(path.name)
        if match and path.is_file():
            found.append((int(match.group(1)), match.group(2), path))
    return [(key, path) for _, key, path in sorted(found)]


def load_guide(root: Path, language: str) -> Guide:
    """The guide in ``language`` from ``root`` (``resources/guide``).

    A file that cannot be read is left out and named in ``problems``; the
    rest of the guide still opens."""
    folder = root / language
    topics: list[Topic] = []
    problems: list[str] = []
    files = topic_files(folder)
    if not files:
        problems.append(f"{folder}: no guide topics found (files named like 01-welcome.md)")
    for key, path in files:
        try:
            size = path.stat().st_size
            if size > MAX_TOPIC_BYTES:
                problems.append(f"{path}: {size} bytes is too big for a guide topic (at most {MAX_TOPIC_BYTES})")
                continue
            text = path.read_bytes().decode("utf-8-sig", errors="replace")
        except OSError as exc:
            problems.append(f"{path}: cannot be read ({exc.strerror or exc})")
            continue
        topics.append(parse_topic(text, key, path))
    return Guide(language, tuple(topics), tuple(problems))
