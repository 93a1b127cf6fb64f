"""The languages of an XLSForm's ``label::<language>`` and ``hint::<language>`` columns.

pyxform reads ``label::Español (es)`` (its convention: a name and the code in brackets),
``label::es`` or plain ``label`` (language ``default``) into one text per language. One language
gives the framework its own text: the form's ``default_language``, else the plain columns, else
English, else the first. Every other language with a code becomes the framework's stored
translations (``[translations.<code>]``); one without a code is listed as not carried over.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from walkthrough.core.framework_translations import LANGUAGE_PATTERN

_CODE = re.compile(r"\(\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\s*\)\s*$")
#: Names written without a code that are common in district forms.
_NAMED = {"english": "en", "spanish": "es", "español": "es", "espanol": "es"}
DEFAULT = "default"

#: One text in several languages: "" is the framework's own text, then language code -> text.
Words = dict[str, str]


def language_code(column: str) -> str | None:
    """"es" for "Español (es)", "es", "Spanish"; None when the column names no language code."""
    found = _CODE.search(column)
    code = found.group(1) if found else column.strip()
    parts = re.split(r"[-_]", code)
    code = "-".join([parts[0].lower(), *parts[1:]])
    if LANGUAGE_PATTERN.match(code):
        return code
    return _NAMED.get(column.strip().lower())


def _texts(element: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for name in ("label", "hint"):
        value = element.get(name)
        if isinstance(value, dict):
            yield value
    for child in element.get("children", []) or []:
        if isinstance(child, dict):
            yield from _texts(child)
    for choice in element.get("choices", []) or []:
        if isinstance(choice, dict):
            yield from _texts(choice)


@dataclass(frozen=True)
class Languages:
    source: str | None = None  # the column name of the framework's own text (None: no translated columns)
    others: tuple[tuple[str, str], ...] = ()  # (column name, language code) kept as translations

    def text(self, value: object) -> str:
        """The framework's own text of a label or hint (its first language when the source has none)."""
        if isinstance(value, dict):
            own = value.get(self.source) if self.source is not None else None
            if isinstance(own, str) and own.strip():
                return own.strip()
            for v in value.values():
                if isinstance(v, str) and v.strip():
                    return v.strip()
            return ""
        return str(value).strip() if value is not None else ""

    def words(self, value: object, fallback: str = "") -> Words:
        """The text in every language the value has it in ("" first: the framework's own)."""
        found: Words = {"": self.text(value) or fallback}
        if isinstance(value, dict):
            for column, code in self.others:
                text = value.get(column)
                if isinstance(text, str) and text.strip():
                    found[code] = text.strip()
        return found


def join(*parts: Words) -> Words:
    """Texts joined by a line break, language by language (a missing language uses the own text)."""
    codes = {code for words in parts for code in words if code}
    return {code: "\n".join(w.get(code, w[""]) for w in parts if w.get(code, w[""])).strip()
            for code in ("", *sorted(codes))}


def languages(survey: dict[str, Any], not_carried: list[str]) -> Languages:
    """Which column gives the framework's own text, and which become translations."""
    columns: list[str] = []
    for value in _texts(survey):
        columns.extend(c for c in value if c not in columns)
    choice_lists: Iterable[Any] = (survey.get("choices") or {}).values()
    for items in choice_lists:
        for item in items if isinstance(items, list) else []:
            label = item.get("label") if isinstance(item, dict) else None
            if isinstance(label, dict):
                columns.extend(c for c in label if c not in columns)
    if not columns:
        return Languages()
    wanted = survey.get("default_language")
    english = [c for c in columns if language_code(c) == "en"]
    source = (wanted if wanted in columns else DEFAULT if DEFAULT in columns
              else english[0] if english else columns[0])
    own = language_code(source) if source != DEFAULT else None
    others: list[tuple[str, str]] = []
    for column in columns:
        code = language_code(column) if column != source else None
        if column == source:
            continue
        if code is None:
            not_carried.append(f"labels and hints in '{column}' are not carried over: name the column with its "
                               f"language code, e.g. label::Español (es)")
        elif code == "en":
            not_carried.append(f"labels and hints in '{column}' are not carried over: English shows the "
                               f"framework's own text (from '{source}')")
        elif code == own or code in {c for _, c in others}:
            not_carried.append(f"labels and hints in '{column}' are not carried over: the framework already has "
                               f"its text in that language")
        else:
            others.append((column, code))
    return Languages(source, tuple(others))
