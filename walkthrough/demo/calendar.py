"""The demo district's calendar: the last three school years, their terms and holidays.

A school year runs from the Monday on or after 15 August to the Friday on or before 10 June,
in two terms (fall: to the winter break; spring: from it). Schools are closed on weekends and
on the usual US holidays: Labor Day, Thanksgiving (Wednesday to Friday), the winter break
(21 December to 4 January), Martin Luther King Jr. Day, Presidents' Day, a spring break week
and Memorial Day. Visits happen on the days a school is open, some weeks more than others.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

YEARS = 3


@dataclass(frozen=True)
class Term:
    name: str  # "Fall 2025"
    first: date
    last: date


@dataclass(frozen=True)
class SchoolYear:
    name: str  # "2025–26"
    first: date
    last: date
    terms: tuple[Term, Term]
    holidays: frozenset[date]

    def is_school_day(self, day: date) -> bool:
        return self.first <= day <= self.last and day.weekday() < 5 and day not in self.holidays


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (0 Monday) of a month; ``n`` -1 the last."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def school_year(start_year: int) -> SchoolYear:
    """The school year that starts in August of ``start_year``."""
    aug = date(start_year, 8, 15)
    first = aug + timedelta(days=(0 - aug.weekday()) % 7)
    june = date(start_year + 1, 6, 10)
    last = june - timedelta(days=(june.weekday() - 4) % 7)
    holidays: set[date] = {_nth_weekday(start_year, 9, 0, 1)}  # Labor Day
    thanksgiving = _nth_weekday(start_year, 11, 3, 4)
    holidays |= {thanksgiving - timedelta(days=1), thanksgiving, thanksgiving + timedelta(days=1)}
    winter = date(start_year, 12, 21)
    holidays |= {winter + timedelta(days=i) for i in range(15)}  # to 4 January
    holidays.add(_nth_weekday(start_year + 1, 1, 0, 3))  # Martin Luther King Jr. Day
    holidays.add(_nth_weekday(start_year + 1, 2, 0, 3))  # Presidents' Day
    spring = _nth_weekday(start_year + 1, 3, 0, 4)  # the week of the fourth Monday of March
    holidays |= {spring + timedelta(days=i) for i in range(5)}
    holidays.add(_nth_weekday(start_year + 1, 5, 0, -1))  # Memorial Day
    fall_end = winter - timedelta(days=1)
    spring_start = date(start_year + 1, 1, 5)
    terms = (Term(f"Fall {start_year}", first, fall_end), Term(f"Spring {start_year + 1}", spring_start, last))
    return SchoolYear(f"{start_year}–{str(start_year + 1)[-2:]}", first, last, terms, frozenset(holidays))


def recent_years(today: date, years: int = YEARS) -> list[SchoolYear]:
    """The school year ``today`` is in (or the one just ended, in summer) and the ones before it."""
    current = today.year if today >= school_year(today.year).first else today.year - 1
    return [school_year(current - i) for i in reversed(range(years))]


def school_days(today: date, years: int = YEARS) -> list[date]:
    """Every day a school was open in the recent years, before ``today``."""
    days = []
    for year in recent_years(today, years):
        day = year.first
        while day <= year.last and day < today:
            if year.is_school_day(day):
                days.append(day)
            day += timedelta(days=1)
    return days


def busy_days(rng: random.Random, days: Sequence[date], count: int) -> list[date]:
    """``count`` days drawn from ``days`` (repeats allowed, in order), unevenly as schools walk: more in
    the middle of the week and in October and February, fewer in the first weeks and the testing weeks
    of May; each week a little busier or quieter than the last."""
    if not days:
        return []
    week_mood: dict[tuple[int, int], float] = {}
    weights = []
    for day in days:
        week = day.isocalendar()[:2]
        mood = week_mood.setdefault(week, rng.uniform(0.4, 1.6))
        weekday = (0.8, 1.2, 1.3, 1.2, 0.6)[day.weekday()]
        month = {8: 0.5, 9: 0.9, 10: 1.4, 11: 1.0, 12: 0.7, 1: 1.0, 2: 1.3, 3: 1.1, 4: 1.0, 5: 0.5, 6: 0.4}
        weights.append(mood * weekday * month.get(day.month, 1.0))
    return sorted(rng.choices(list(days), weights=weights, k=count))
