"""A part's content hash is the SHA-256 of its values as canonical() spells them, whichever
writer spells them (orjson for texts, whole numbers and nulls; the standard library otherwise)."""

from __future__ import annotations

import hashlib

import pytest

from walkthrough.core import lineage

FIELDS = ("a", "b", "c")


def _by_the_standard_library(values: dict[str, object]) -> str:
    return hashlib.sha256(lineage.canonical([values.get(f) for f in FIELDS]).encode("utf-8")).hexdigest()


@pytest.mark.parametrize("value", [
    "plain", "é ü 漢字 \U0001f600 \u2028 \u2029 \x7f \x00 \x1f \" \\ / \n \t", "", 0, -1, 2 ** 63 - 1, -(2 ** 63),
    2 ** 64, -(2 ** 70), 1.5, 1e16, float("inf"), True, None,
])
def test_a_content_hash_is_the_hash_of_the_canonical_spelling(value: object) -> None:
    values = {"a": value, "b": "x", "c": None}
    assert lineage.content_hash(FIELDS, values) == _by_the_standard_library(values)


def test_a_content_hash_of_every_character_is_the_hash_of_the_canonical_spelling() -> None:
    text = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    values = {"a": text, "b": 7, "c": text[::-1]}
    assert lineage.content_hash(FIELDS, values) == _by_the_standard_library(values)


def test_a_content_hash_of_text_that_is_not_unicode_fails_as_before() -> None:
    values = {"a": "\ud800", "b": 1, "c": None}
    with pytest.raises(UnicodeEncodeError):
        _by_the_standard_library(values)
    with pytest.raises(UnicodeEncodeError):
        lineage.content_hash(FIELDS, values)
