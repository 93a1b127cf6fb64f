"""Folding text for the evaluative-language nudge: lower case, no accents, straight quotes.

Phrases and notes are folded alike before matching, so that "debería" matches
"deberia" and a curly apostrophe matches a straight one. The map from folded
offsets back to the note's own lets the UI underline the note as typed.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

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


def fold_with_map(text: str) -> tuple[str, list[int] | None]:
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
