"""The school year's terms, from the default split or the device's setting."""

from __future__ import annotations

import json
from datetime import date

import pytest

from walkthrough.core.terms import (
    TermsError,
    previous_term,
    recent_terms,
    school_year,
    school_year_of,
    term_of,
    terms_of_year,
)


def test_the_default_terms_are_fall_august_to_december_and_spring_january_to_june() -> None:
    fall, spring = terms_of_year(2025)
    assert (fall.name, fall.start, fall.end) == ("Fall 2025", date(2025, 8, 1), date(2025, 12, 31))
    assert (spring.name, spring.start, spring.end) == ("Spring 2026", date(2026, 1, 1), date(2026, 6, 30))
    assert school_year_of(date(2026, 3, 11)) == 2025 and school_year_of(date(2026, 8, 1)) == 2026
    assert term_of(date(2026, 7, 10)) is None  # the summer holiday


def test_terms_from_the_setting_and_the_one_before() -> None:
    setting = json.dumps([{"name": "T1", "start": "08-15", "end": "11-20"}, {"name": "T2", "start": "11-21",
                          "end": "03-05"}, {"name": "T3", "start": "03-06", "end": "06-10"}])
    t1, t2, t3 = terms_of_year(2025, setting)
    assert t2.start == date(2025, 11, 21) and t2.end == date(2026, 3, 5) and t3.name == "T3 2026"
    assert previous_term(t1, setting) == terms_of_year(2024, setting)[-1]
    assert previous_term(t3, setting) == t2
    presets = recent_terms(date(2026, 3, 11), 2, setting)
    assert presets[0] == t3 and len(presets) == 6


@pytest.mark.parametrize(("setting", "says"), [
    ("[", "not valid JSON"), ("{}", "a list of terms"), ('[{"start": "08-01", "end": "12-31"}]', "term 1: has no name"),
    ('[{"name": "Fall", "start": "13-01", "end": "12-31"}]', "term 1 (Fall) start: '13-01' is not a month-day"),
])
def test_a_bad_terms_setting_says_which_term_and_what_is_wrong(setting: str, says: str) -> None:
    with pytest.raises(TermsError, match=says.replace("(", r"\(").replace(")", r"\)")):
        terms_of_year(2025, setting)


def test_the_default_terms_and_the_school_year_carry_a_name_to_translate_and_keep_their_english() -> None:
    fall, spring = terms_of_year(2025)
    assert (fall.name, fall.shown.template, fall.shown.values) == ("Fall 2025", "Fall {year}", {"year": 2025})
    assert (spring.name, spring.shown.template) == ("Spring 2026", "Spring {year}")
    year = school_year(2025)
    assert (year.name, str(year.shown), year.shown.template) == \
        ("School year 2025–26", "School year 2025–26", "School year {first}–{last}")


def test_a_term_named_in_the_setting_is_shown_as_it_was_typed() -> None:
    (term,) = terms_of_year(2025, '[{"name": "Trimestre 1", "start": "08-01", "end": "11-30"}]')
    assert str(term.shown) == term.name == "Trimestre 1 2025"
    assert term.shown.values == {}
