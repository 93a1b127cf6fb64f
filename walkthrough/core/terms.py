"""The terms of a school year, for the reports' date presets ("Fall 2025", "Spring 2026").

A school year is named by the calendar year it starts in and runs from
1 August to 31 July. Its terms come from the device's settings (key
``school_year_terms``: JSON, a list of ``{"name": "Fall", "start": "08-01",
"end": "12-31"}``, month-day, the end inclusive; a term whose end comes
before its start runs into the next calendar year) or, by default, two:
Fall (August to December) and Spring (January to June).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta

from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, message

SETTING = "school_year_terms"
YEAR_STARTS = (8, 1)  # 1 August

DEFAULT_TERMS: tuple[tuple[str, str, str], ...] = (("Fall", "08-01", "12-31"), ("Spring", "01-01", "06-30"))
# The default terms' names as a person reads them, in the interface's language; a term named in
# the setting is shown as it was typed.
_DEFAULT_LABELS = {"Fall": QT_TRANSLATE_NOOP("core", "Fall {year}"),
                   "Spring": QT_TRANSLATE_NOOP("core", "Spring {year}")}


class TermsError(ValueError):
    """The terms setting cannot be read; the message says which term and what is wrong."""


@dataclass(frozen=True)
class Term:
    name: str  # "Fall 2025": the English, for the command line, files and logs
    start: date
    end: date  # inclusive
    label: Message | None = field(default=None, compare=False)  # the name to translate for the screen

    @property
    def shown(self) -> Message:
        """The term's name as the interface shows it (translated by ``ui.core_text.text``)."""
        return self.label or Message(self.name)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


def school_year_of(day: date) -> int:
    """The school year ``day`` is in, by the calendar year it starts in."""
    return day.year if (day.month, day.day) >= YEAR_STARTS else day.year - 1


def school_year(year: int) -> Term:
    """The whole school year ``year`` (1 August ``year`` to 31 July of the next)."""
    start = date(year, *YEAR_STARTS)
    label = message(QT_TRANSLATE_NOOP("core", "School year {first}–{last}"), first=year, last=str(year + 1)[-2:])
    return Term(str(label), start, date(year + 1, *YEAR_STARTS) - timedelta(days=1), label)


def _month_day(text: object, where: str) -> tuple[int, int]:
    if not isinstance(text, str):
        raise TermsError(f"{where}: a month-day like \"08-01\" is needed, not {text!r}")
    try:
        month, day = (int(p) for p in text.split("-"))
        date(2000, month, day)  # a leap year, so 02-29 is allowed
    except ValueError:
        raise TermsError(f"{where}: {text!r} is not a month-day like \"08-01\"") from None
    return month, day


def parse_terms(text: str | None) -> tuple[tuple[str, tuple[int, int], tuple[int, int]], ...]:
    """The terms setting read and checked; the default terms for ``None`` or an empty text."""
    if not text or not text.strip():
        return tuple((n, _month_day(s, n), _month_day(e, n)) for n, s, e in DEFAULT_TERMS)
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TermsError(f"the terms setting is not valid JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(items, list) or not items:
        raise TermsError("the terms setting must be a list of terms")
    found = []
    for number, item in enumerate(items, start=1):
        where = f"term {number}"
        if not isinstance(item, dict):
            raise TermsError(f"{where}: must be a table with name, start and end")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise TermsError(f"{where}: has no name")
        where = f"term {number} ({name})"
        found.append((name.strip(), _month_day(item.get("start"), f"{where} start"),
                      _month_day(item.get("end"), f"{where} end")))
    return tuple(found)


def _on(year: int, month_day: tuple[int, int]) -> date:
    month, day = month_day
    if (month, day) == (2, 29):
        try:
            return date(year, 2, 29)
        except ValueError:
            return date(year, 2, 28)
    return date(year, month, day)


def terms_of_year(year: int, setting: str | None = None) -> list[Term]:
    """The terms of school year ``year``, in order, each dated in the calendar year it falls in."""
    terms = []
    for name, start, end in parse_terms(setting):
        first = year if start >= YEAR_STARTS else year + 1
        begins = _on(first, start)
        ends = _on(first if end >= start else first + 1, end)
        label = message(_DEFAULT_LABELS[name], year=begins.year) if name in _DEFAULT_LABELS else None
        terms.append(Term(f"{name} {begins.year}", begins, ends, label))
    return sorted(terms, key=lambda t: t.start)


def term_of(day: date, setting: str | None = None) -> Term | None:
    """The term ``day`` falls in (None in a holiday between terms)."""
    for term in terms_of_year(school_year_of(day), setting):
        if day in term:
            return term
    return None


def recent_terms(today: date, years: int = 3, setting: str | None = None) -> list[Term]:
    """The terms of the last ``years`` school years up to today's, newest first (the presets)."""
    now = school_year_of(today)
    found = [t for y in range(now - years + 1, now + 1) for t in terms_of_year(y, setting) if t.start <= today]
    return sorted(found, key=lambda t: t.start, reverse=True)


def previous_term(term: Term, setting: str | None = None) -> Term | None:
    """The term before ``term`` (Fall before Spring, last Spring before Fall)."""
    year = school_year_of(term.start)
    listed = terms_of_year(year - 1, setting) + terms_of_year(year, setting)
    earlier = [t for t in listed if t.end < term.start]
    return earlier[-1] if earlier else None
