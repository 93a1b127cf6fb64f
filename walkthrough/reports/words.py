"""A report's words in the language it is made in: headings, labels, dates and numbers (Qt-free).

Every phrase a report prints is written as ``words.translate("core", "English text {field}")``:
pyside6-lupdate reads those calls and puts the text in ``resources/i18n/core_<lang>.ts``, the
catalog the app already loads. :data:`ENGLISH` (the command line's default) returns the text as
written and writes dates as "1 Aug 2025"; the app passes the words of its interface language
(``walkthrough.ui.report_words``: Qt's translation and ``QLocale``'s dates and numbers), so a
report made from the app reads as the app does. ``language`` also picks the framework text the
report shows (:func:`walkthrough.core.framework_text.localize`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from walkthrough.core.framework_text import SOURCE_LANGUAGE


def _same(_context: str, text: str) -> str:
    return text


def _english_day(day: date) -> str:
    return day.strftime("%-d %b %Y")


def _english_long_day(day: date) -> str:
    return day.strftime("%A %-d %B %Y")


def _english_moment(moment: datetime) -> str:
    return moment.strftime("%-d %B %Y, %H:%M")


def _english_number(value: float, places: int) -> str:
    return f"{value:,.{places}f}"


@dataclass(frozen=True)
class Words:
    """How a report says things: ``translate`` (context, English) → text, and how it writes a day,
    a moment and a number."""

    language: str = SOURCE_LANGUAGE
    translator: Callable[[str, str], str] = _same
    day_format: Callable[[date], str] = _english_day
    moment_format: Callable[[datetime], str] = _english_moment
    number_format: Callable[[float, int], str] = _english_number
    long_day_format: Callable[[date], str] = _english_long_day

    def translate(self, context: str, text: str) -> str:
        """``text`` (English, a literal at the call so lupdate finds it) in the report's language."""
        found = self.translator(context, text)
        return found or text

    def day(self, day: date) -> str:
        """"1 Aug 2025" (or the language's way)."""
        return self.day_format(day)

    def long_day(self, day: date) -> str:
        """"Tuesday 14 October 2025" (or the language's way)."""
        return self.long_day_format(day)

    def moment(self, moment: datetime) -> str:
        return self.moment_format(moment)

    def number(self, value: float, places: int = 0) -> str:
        """"1,234", "2.5" (or "1.234", "2,5")."""
        return self.number_format(value, places)

    def percent(self, share: float) -> str:
        return f"{self.number(round(share * 100))}%"


ENGLISH = Words()
