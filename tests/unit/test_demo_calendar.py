"""The demo's visits spread over the last three school years: school days only (no weekends, no
holidays), with terms, and unevenly, so that filters, coverage and period comparisons show something."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest

from walkthrough.core.model import ObservationKind
from walkthrough.demo import generate
from walkthrough.demo.calendar import recent_years, school_year
from walkthrough.paths import FORMS_DIR
from walkthrough.storage import Repository

TODAY = date(2026, 3, 11)  # a Wednesday in the spring term of 2025-26


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Repository:
    repo = Repository.open(tmp_path_factory.mktemp("cal") / "walkthrough.sqlite3")
    repo.install_framework_files([FORMS_DIR])
    generate(repo, observations=3000, seed=11, today=TODAY)
    return repo


def _days(repo: Repository, kind: ObservationKind) -> list[date]:
    return [datetime.fromisoformat(o.started_at).astimezone().date() for o in repo.observations(kind=kind)]


def test_a_school_year_has_two_terms_and_the_usual_holidays() -> None:
    year = school_year(2025)
    assert (year.first, year.last) == (date(2025, 8, 18), date(2026, 6, 5))
    assert [t.name for t in year.terms] == ["Fall 2025", "Spring 2026"]
    for closed in (date(2025, 9, 1), date(2025, 11, 27), date(2025, 12, 24), date(2026, 1, 1), date(2026, 1, 19),
                   date(2026, 2, 16), date(2026, 5, 25)):
        assert not year.is_school_day(closed), closed
    assert year.is_school_day(date(2025, 10, 14))
    assert [y.name for y in recent_years(TODAY)] == ["2023–24", "2024–25", "2025–26"]


def test_visits_spread_over_the_last_three_school_years(demo: Repository) -> None:
    days = _days(demo, ObservationKind.BLAST)
    earlier = [d for d in days if d != TODAY]
    assert min(earlier) < date(2023, 10, 1) and max(earlier) < TODAY
    years = Counter(next(y.name for y in recent_years(TODAY) if y.first <= d <= y.last) for d in earlier)
    assert set(years) == {"2023–24", "2024–25", "2025–26"}
    assert min(years.values()) > 300
    terms = Counter(t.name for d in earlier for y in recent_years(TODAY) for t in y.terms if t.first <= d <= t.last)
    assert len(terms) == 6 and all(n >= 100 for n in terms.values())  # the spring 2026 term is half gone


def test_no_visit_falls_on_a_weekend_or_a_holiday(demo: Repository) -> None:
    years = recent_years(TODAY)
    for kind in (ObservationKind.BLAST, ObservationKind.PEER):
        for day in _days(demo, kind):
            if day == TODAY:
                continue
            assert any(y.is_school_day(day) for y in years), (kind, day)


def test_some_rooms_are_seen_far_more_than_others_and_mornings_more_than_afternoons(demo: Repository) -> None:
    per_room = Counter(o.room_id for o in demo.observations(kind=ObservationKind.BLAST))
    counts = sorted(per_room.values())
    assert counts[-1] > 4 * counts[0]
    hours = Counter(datetime.fromisoformat(o.started_at).astimezone().hour
                    for o in demo.observations(kind=ObservationKind.BLAST))
    assert sum(hours[h] for h in (8, 9, 10)) > 2 * sum(hours[h] for h in (12, 13, 14))
    subjects = Counter(o.subject for o in demo.observations(kind=ObservationKind.BLAST))
    rooms = Counter(r.subject for s in demo.schools() for r in demo.rooms(s.id))
    assert subjects["Mathematics"] / rooms["Mathematics"] > 1.5 * subjects["Spanish"] / rooms["Spanish"]


def test_the_benchmark_demo_marks_exactly_the_asked_responses_per_visit(tmp_path: Path) -> None:
    repo = Repository.open(tmp_path / "large.sqlite3")
    repo.install_framework_files([FORMS_DIR])
    generate(repo, observations=200, seed=2, today=TODAY, responses_per_visit=43)
    per_visit = repo.db.execute(
        "SELECT count(*) FROM responses r JOIN observations o ON o.id = r.observation_id "
        "WHERE o.kind = 'blast' GROUP BY o.id").fetchall()
    assert per_visit and {n for (n,) in per_visit} == {43}
    frameworks = {row[0] for row in repo.db.execute("SELECT DISTINCT framework_id FROM observations "
                                                     "WHERE kind = 'blast'")}
    assert frameworks == {"demo-district-walkthrough"}
    repo.close()
