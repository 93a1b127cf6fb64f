"""Every figure of the engine against a direct SQL count on the same data, kept true as
records change (taps, deletes, rooms edited), and the visits behind a figure."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from demo_helpers import copy_of, make_demo
from role_helpers import first_admin

from walkthrough.core.framework_types import ResponseType
from walkthrough.core.model import ObservationKind
from walkthrough.reports.engine import ReportEngine
from walkthrough.reports.figures import Figures, LookForFigure
from walkthrough.reports.filters import VisitFilter
from walkthrough.storage import Repository

TODAY = date(2026, 3, 11)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory, "engine", observations=900, seed=11, today=TODAY)


@pytest.fixture
def repo(demo: Path, tmp_path: Path) -> Iterator[Repository]:
    with copy_of(demo, tmp_path) as repo:
        yield repo


def _sql_presence(repo: Repository, flt: VisitFilter) -> dict[tuple[str, str], tuple[int, int, int]]:
    """(framework, look-for) → (observed, marked, N/A), by one GROUP BY."""
    found: dict[tuple[str, str], list[int]] = {}
    for (fid, _version, key, value), n in repo.grouped_answer_counts(flt.query()).items():
        base = key.removesuffix(":na")
        tally = found.setdefault((fid, base), [0, 0, 0])
        if key.endswith(":na"):
            tally[2] += n
        elif value in ('"observed"', '"not_observed"'):
            tally[1] += n
            tally[0] += n if value == '"observed"' else 0
    return {k: (v[0], v[1], v[2]) for k, v in found.items()}


def _presence_rows(figures: Figures) -> dict[tuple[str, str], LookForFigure]:
    return {(lf.framework_id, lf.key): lf for fw in figures.frameworks for lf in fw.look_fors
            if lf.response is ResponseType.PRESENCE}


def _check_against_sql(repo: Repository, engine: ReportEngine, flt: VisitFilter) -> int:
    figures = engine.figures(flt)
    assert figures.visits == repo.counted_visits(flt.query())
    expected = _sql_presence(repo, flt)
    rows = _presence_rows(figures)
    checked = 0
    for key, (observed, marked, na) in expected.items():
        if key not in rows:  # not a presence look-for: no answer of it is "observed"
            assert marked == 0, key
            continue
        lf = rows[key]
        assert lf.presence is not None
        assert (lf.presence.n, lf.presence.total, lf.not_applicable) == (observed, marked, na), key
        checked += 1
    for key, lf in rows.items():
        if key not in expected:
            assert lf.presence is not None and lf.presence.total == 0
    return checked


def test_presence_figures_match_a_direct_sql_count_for_every_filter(repo: Repository) -> None:
    engine = ReportEngine(repo)
    engine.refresh()
    school = repo.schools()[0]
    observers = sorted({o.observer_id for o in repo.observations(kind=ObservationKind.BLAST) if o.observer_id})
    filters = [
        VisitFilter(),
        VisitFilter(school_ids=(school.id,)),
        VisitFilter(date_from=date(2025, 8, 1), date_to=date(2025, 12, 31)),
        VisitFilter(framework_id="blast-empowered-learning", grade_bands=("3-5",)),
        VisitFilter(subjects=("Mathematics", "Science")),
        VisitFilter(observer_ids=(observers[0],)),
        VisitFilter(kind=ObservationKind.PEER),
    ]
    assert sum(_check_against_sql(repo, engine, f) for f in filters) > 50


def test_other_kinds_of_look_for_match_their_sql_counts(repo: Repository) -> None:
    engine = ReportEngine(repo)
    engine.refresh()
    flt = VisitFilter(framework_id="blast-empowered-learning")
    [fw] = engine.figures(flt).frameworks
    counts = repo.grouped_answer_counts(flt.query())
    by_key: dict[str, dict[object, int]] = {}
    for (_f, _v, key, value), n in counts.items():
        if not key.endswith(":na") and value is not None:
            by_key.setdefault(key, {})[json.dumps(json.loads(value), sort_keys=True)] = n
    kinds = set()
    for lf in fw.look_fors:
        stored = by_key.get(lf.key, {})
        assert lf.answered == sum(stored.values()), lf.key
        if lf.response is ResponseType.FREQUENCY:
            for option in lf.options:
                assert option.count == stored.get(json.dumps(option.key), 0)
            kinds.add(lf.response)
        if lf.response is ResponseType.TALLY:
            values = {float(json.loads(v)): n for v, n in stored.items()}
            assert lf.mean == pytest.approx(sum(v * n for v, n in values.items()) / sum(values.values()))
            kinds.add(lf.response)
        if lf.response is ResponseType.MULTI_CHOICE:
            for option in lf.options:
                assert option.count == sum(n for v, n in stored.items() if option.key in json.loads(v))
            kinds.add(lf.response)
        if lf.response is ResponseType.SNAPSHOT:
            assert lf.snapshot or lf.snapshot_means
            kinds.add(lf.response)
    assert kinds == {ResponseType.FREQUENCY, ResponseType.TALLY, ResponseType.MULTI_CHOICE, ResponseType.SNAPSHOT}


def test_a_tap_a_delete_and_an_edited_room_are_seen_at_the_next_refresh(repo: Repository) -> None:
    engine = ReportEngine(repo)
    engine.refresh()
    flt = VisitFilter(framework_id="blast-empowered-learning")
    admin = first_admin(repo).id
    visits = repo.observations(kind=ObservationKind.BLAST)
    visit = next(v for v in visits if v.framework_id == "blast-empowered-learning")
    before = _presence_rows(engine.figures(flt))[("blast-empowered-learning", "norms-in-use")].presence
    current = repo.responses(visit.id).get("norms-in-use")
    flipped = "not_observed" if current is not None and current.value == "observed" else "observed"
    repo.record_response(visit.id, "norms-in-use", flipped, by=admin)
    assert engine.refresh()
    _check_against_sql(repo, engine, flt)
    after = _presence_rows(engine.figures(flt))[("blast-empowered-learning", "norms-in-use")].presence
    assert before is not None and after is not None and (after.n, after.total) != (before.n, before.total)
    other = next(v for v in visits if v.id != visit.id and v.framework_id == "blast-empowered-learning")
    repo.delete_visit(other.id, by=admin)
    engine.refresh()
    assert other.id not in engine.visits_behind(flt)
    _check_against_sql(repo, engine, flt)
    if visit.room_id:
        repo.update_room(visit.room_id, grade_band="Adult", by=admin)
        engine.refresh()
        assert engine.visits_behind(flt.but(grade_bands=("Adult",))) == []
    assert not engine.refresh()  # nothing new


def test_the_visits_behind_a_figure_are_those_it_counts(repo: Repository) -> None:
    engine = ReportEngine(repo)
    engine.refresh()
    flt = VisitFilter(framework_id="blast-empowered-learning")
    lf = _presence_rows(engine.figures(flt))[("blast-empowered-learning", "norms-in-use")]
    assert lf.presence is not None
    seen = engine.visits_behind(flt, "blast-empowered-learning", "norms-in-use", "observed")
    marked = engine.visits_behind(flt, "blast-empowered-learning", "norms-in-use")
    assert len(seen) == lf.presence.n and len(marked) == lf.answered
    for visit_id in seen[:20]:
        assert repo.responses(visit_id)["norms-in-use"].value == "observed"
    rows = repo.visit_rows(seen, first_admin(repo).id)
    assert [r.id for r in rows] == seen and rows == sorted(rows, key=lambda r: r.started_at, reverse=True)


def test_fewer_than_five_visits_show_too_few_never_a_percentage(repo: Repository) -> None:
    engine = ReportEngine(repo)
    engine.refresh()
    for visit in repo.observations(kind=ObservationKind.BLAST):
        day = date.fromisoformat(visit.started_at[:10])
        flt = VisitFilter(date_from=day, date_to=day, school_ids=(visit.school_id,), grade_bands=(visit.grade_band,),
                          subjects=(visit.subject,), framework_id=visit.framework_id)
        if 0 < engine.visit_count(flt) < 5:
            break
    figures = engine.figures(flt)
    assert figures.too_few
    small = [lf for fw in figures.frameworks for lf in fw.look_fors if lf.presence and lf.presence.total < 5]
    assert small
    for lf in small:
        assert lf.presence is not None
        assert lf.presence.share is None and lf.presence.interval is None
        assert lf.presence.percent_text() == "too few visits"


def test_shared_peer_visits_reach_a_coach_compilation_but_never_blast_figures(repo: Repository) -> None:
    from walkthrough.core.model import Visibility
    from walkthrough.core.privacy import Output

    peers = repo.observations(kind=ObservationKind.PEER)
    shared = {o.id for o in peers if o.visibility is Visibility.SHARED}
    private = {o.id for o in peers if o.visibility is Visibility.PRIVATE}
    assert shared and private
    engine = ReportEngine(repo, Output.COACH_COMPILATION)
    engine.refresh()
    blast = set(engine.visits_behind(VisitFilter()))
    assert not blast & (shared | private)
    assert set(engine.visits_behind(VisitFilter(kind=ObservationKind.PEER))) == shared
    dashboard = ReportEngine(repo)
    dashboard.refresh()
    assert dashboard.visits_behind(VisitFilter(kind=None)) == dashboard.visits_behind(VisitFilter())
    assert not set(dashboard.visits_behind(VisitFilter(kind=None))) & (shared | private)


def test_the_heatmap_matches_sql_counts_group_by_group(repo: Repository) -> None:
    engine = ReportEngine(repo)
    engine.refresh()
    flt = VisitFilter(framework_id="blast-empowered-learning")
    for by in ("grade_band", "subject"):
        heat = engine.heatmap(flt, by)
        assert heat.groups
        for group_index, group in enumerate(heat.groups):
            narrowed = flt.but(**({"grade_bands": (group,)} if by == "grade_band" else {"subjects": (group,)}))
            expected = _sql_presence(repo, narrowed)
            for lf, cells in heat.rows:
                observed, marked, _na = expected.get((lf.framework_id, lf.key), (0, 0, 0))
                cell = cells[group_index]
                assert (cell.proportion.n, cell.proportion.total) == (observed, marked), (by, group, lf.key)


def test_coverage_finds_the_rooms_sql_finds_unvisited_and_balances_add_up(repo: Repository) -> None:
    engine = ReportEngine(repo)
    engine.refresh()
    flt = VisitFilter()
    for days in (3, 30, 400):
        cover = engine.coverage(flt, days, TODAY)
        since = date.fromordinal(TODAY.toordinal() - days + 1)
        seen = {r.room_id for r in repo.visit_rows(engine.visits_behind(flt.but(date_from=since)), None)
                for r in [repo.observation(r.id)]}
        rooms = {r.room_id for r in repo.rooms_for_coverage(None)}
        assert {n.id for n in cover.rooms_not_visited} == rooms - seen, days
    cover = engine.coverage(flt, 30, TODAY)
    assert sum(n for _w, n in cover.by_weekday) == cover.visits == repo.counted_visits(flt.query())
    assert sum(n for _h, n in cover.by_hour) == cover.visits
    for subject, n in cover.by_subject:
        assert n == repo.counted_visits(flt.but(subjects=(subject,)).query())


def test_a_period_comparison_uses_each_periods_counts_and_marks_only_clear_changes(repo: Repository) -> None:
    from walkthrough.core import terms
    from walkthrough.reports.stats import newcombe_difference

    engine = ReportEngine(repo)
    engine.refresh()
    fall, spring = terms.terms_of_year(2025)
    base = VisitFilter(framework_id="blast-empowered-learning")
    comparison = engine.compare(base.in_term(fall), base.in_term(spring), fall.name, spring.name)
    before, after = _sql_presence(repo, base.in_term(fall)), _sql_presence(repo, base.in_term(spring))
    assert comparison.changes
    for change in comparison.changes:
        key = (change.look_for.framework_id, change.look_for.key)
        assert (change.before.n, change.before.total) == before.get(key, (0, 0, 0))[:2]
        assert (change.after.n, change.after.total) == after.get(key, (0, 0, 0))[:2]
        if change.interval is not None:
            expected = newcombe_difference(change.after.n, change.after.total, change.before.n, change.before.total)
            assert change.interval == expected
            assert change.changed == (expected is not None and (expected.low > 0 or expected.high < 0))


def test_look_fors_by_tag_add_up_their_look_fors(repo: Repository) -> None:
    engine = ReportEngine(repo)
    engine.refresh()
    tags = engine.by_tag(VisitFilter())
    assert any(t.tag.startswith("POG") for t in tags)
    for tag in tags:
        assert all(tag.tag in lf.tags for lf in tag.look_fors)
        assert tag.proportion.n == sum(lf.presence.n for lf in tag.look_fors if lf.presence)
        assert tag.proportion.total == sum(lf.presence.total for lf in tag.look_fors if lf.presence)


def test_the_visits_behind_a_tag_are_those_where_any_of_its_look_fors_was_observed(repo: Repository) -> None:
    engine = ReportEngine(repo)
    engine.refresh()
    school = repo.schools()[0]
    flt = VisitFilter(school_ids=(school.id,))
    tag = max(engine.by_tag(flt), key=lambda t: len(t.look_fors))
    ids = engine.visits_behind_any(flt, [(lf.framework_id, lf.key) for lf in tag.look_fors])
    placeholders = " OR ".join("(o.framework_id = ? AND r.look_for_key = ?)" for _ in tag.look_fors)
    expected = {row[0] for row in repo.db.execute(
        "SELECT DISTINCT o.id FROM observations o JOIN responses r ON r.observation_id = o.id "
        f"WHERE o.kind = 'blast' AND o.deleted = 0 AND r.deleted = 0 AND o.school_id = ? AND r.value = '\"observed\"' "
        f"AND ({placeholders})", [school.id, *[x for lf in tag.look_fors for x in (lf.framework_id, lf.key)]])}
    assert ids and len(ids) == len(set(ids)) and set(ids) == expected
    rows = repo.visit_rows(ids, first_admin(repo).id)
    assert rows == sorted(rows, key=lambda r: r.started_at, reverse=True)
