"""The demo district looks like what the app itself leaves behind: blast visits in
finished rounds with their stops, peer visits in plans with the host's focus and
consent, visits planned for this week and next, and the privacy rule intact."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from role_helpers import first_admin

from walkthrough.core import privacy, schedule
from walkthrough.core.model import Observation, ObservationKind, ObservationStatus, Role, Visibility, new_id
from walkthrough.core.peer import PeerVisit, PeerVisitor
from walkthrough.core.rounds import Round, RoundStatus, RoundStop, StopStatus
from walkthrough.demo import DemoSummary, generate
from walkthrough.paths import FORMS_DIR
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.storage.demo_bulk import import_peer_visits, import_rounds

TODAY = date(2026, 3, 11)  # a Wednesday


def _repo(path: Path) -> Repository:
    repo = Repository.open(path)
    repo.install_framework_files([FORMS_DIR])
    return repo


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Repository, DemoSummary]]:
    repo = _repo(tmp_path_factory.mktemp("demo") / "walkthrough.sqlite3")
    summary = generate(repo, observations=800, seed=5, today=TODAY)
    yield repo, summary
    repo.close()


@pytest.fixture(scope="module")
def demo(made: tuple[Repository, DemoSummary]) -> Repository:
    return made[0]


def _local_day(iso: str) -> date:
    return datetime.fromisoformat(iso).astimezone().date()


# Blast rounds ------------------------------------------------------------------


def test_every_blast_visit_belongs_to_a_finished_round_whose_stop_references_it(demo: Repository) -> None:
    visits = demo.observations(kind=ObservationKind.BLAST)
    stops = {}
    rounds = {}
    for row in demo.db.execute("SELECT id FROM rounds").fetchall():
        round_ = demo.round(row[0])
        rounds[round_.id] = round_
        for stop in demo.round_stops(round_.id):
            if stop.observation_id:
                assert stop.observation_id not in stops
                stops[stop.observation_id] = stop
    assert visits and len(stops) == len(visits)
    for visit in visits:
        assert visit.round_id is not None
        round_ = rounds[visit.round_id]
        assert round_.status is RoundStatus.FINISHED and round_.ended_at and round_.current_stop_id is None
        assert round_.school_id == visit.school_id and round_.observer_id == visit.observer_id
        assert (round_.framework_id, round_.framework_version) == (visit.framework_id, visit.framework_version)
        assert round_.started_at <= visit.started_at and visit.ended_at and visit.ended_at <= round_.ended_at
        stop = stops[visit.id]
        assert stop.round_id == visit.round_id and stop.status is StopStatus.VISITED
        assert stop.room_id == visit.room_id
        assert (stop.started_at, stop.ended_at) == (visit.started_at, visit.ended_at)
        assert visit.status is ObservationStatus.COMPLETE
        assert demo.marked_count(visit.id) > 0  # a visited room has marks; an untouched one is dropped
    assert demo.active_round() is None  # the app would open straight into a round in progress


def test_rounds_walk_the_schools_rooms_with_now_and_then_a_skipped_room(demo: Repository) -> None:
    statuses: Counter[StopStatus] = Counter()
    for row in demo.db.execute("SELECT id FROM rounds").fetchall():
        round_ = demo.round(row[0])
        stops = demo.round_stops(round_.id)
        assert [s.position for s in stops] == list(range(len(stops)))
        assert {s.room_id for s in stops} == {r.id for r in demo.rooms(round_.school_id)}
        for stop in stops:
            statuses[stop.status] += 1
            if stop.status is not StopStatus.VISITED:
                assert stop.observation_id is None and stop.started_at is None
        summary = demo.round_summary(round_.id)
        assert summary.visited == len(demo.observations(round_id=round_.id)) > 0
    assert statuses[StopStatus.SKIPPED] > 0 and statuses[StopStatus.VISITING] == 0
    assert statuses[StopStatus.SKIPPED] < statuses[StopStatus.VISITED] / 10


def test_each_school_has_a_saved_route_in_walking_order_that_rounds_use(demo: Repository) -> None:
    used = {r[0] for r in demo.db.execute("SELECT DISTINCT route_id FROM rounds").fetchall()}
    for school in demo.schools():
        routes = demo.routes(school.id)
        assert len(routes) == 1
        route = routes[0]
        rooms = demo.rooms(school.id)
        assert sorted(route.room_ids) == sorted(r.id for r in rooms)
        assert list(route.room_ids) != [r.id for r in sorted(rooms, key=lambda r: r.name)]
        assert demo.last_route(school.id) == route
        assert route.id in used
    assert None in used  # some rounds walk "All rooms, by name"


def test_todays_visits_are_not_empty(demo: Repository) -> None:
    start = datetime.combine(TODAY, time()).astimezone()
    since, until = (d.astimezone(UTC).isoformat(timespec="milliseconds") for d in (start, start + timedelta(days=1)))
    today = demo.blast_visits_between(since, until)
    assert 5 <= len(today) <= 8
    assert all(line.complete and line.round_id and line.marked for line in today)
    assert len({line.round_id for line in today}) == 1


def test_the_summary_counts_what_was_written(made: tuple[Repository, DemoSummary]) -> None:
    repo, summary = made
    assert summary.blast + summary.peer == repo.observation_count() == 800
    assert summary.rounds == repo.db.execute("SELECT count(*) FROM rounds").fetchone()[0]
    assert summary.peer_plans + summary.planned == len(repo.peer_visits())
    assert "rounds" in str(summary) and "planned" in str(summary)


# Peer visits ---------------------------------------------------------------------


def test_every_peer_visit_has_its_plan_with_focus_and_consent(demo: Repository) -> None:
    visits = demo.observations(kind=ObservationKind.PEER)
    assert len(visits) == 40
    plans = set()
    for visit in visits:
        plan = demo.peer_visit_of_observation(visit.id)
        assert plan is not None
        plans.add(plan.id)
        visitor = plan.visitor(visit.observer_id or "")
        assert visitor is not None and visitor.observation_id == visit.id
        assert plan.focus.strip().endswith("?")
        assert plan.consented and plan.consent_by == plan.host_id and (plan.consent_at or "") < visit.started_at
        assert visit.teacher_id == plan.host_id and visit.room_id == plan.room_id
        assert demo.room(plan.room_id or "").teacher_id == plan.host_id
        assert (visit.framework_id, visit.framework_version) == (plan.framework_id, plan.framework_version)
        assert visit.visibility is plan.visibility
        assert visit.status is ObservationStatus.COMPLETE and visit.round_id is None
        begins = datetime.fromisoformat(visit.started_at).astimezone()
        assert begins.date() == plan.date and plan.start <= begins.time() < plan.end
        assert plan.date < TODAY
        assert plan.period
        for person_id in plan.participants():
            assert demo.person(person_id).role is not Role.SUBSTITUTE
        assert plan.host_id not in plan.visitor_ids
        for note in demo.notes(visit.id):
            assert note.minute is not None and 0 < note.minute < 30
        for response in demo.responses(visit.id).values():
            assert response.value == "observed"  # a visitor only marks a look-for seen, never rates
    visited = [demo.peer_visit(p) for p in plans]
    assert any(len(p.visitors) > 1 for p in visited)
    assert any(p.reflection and p.next_step for p in visited)
    assert any(not p.reflection for p in visited)
    assert len({p.focus for p in visited}) >= 6
    visitors = [v for p in visited for v in p.visitors]
    assert any(v.cover_needed and v.substitute_id for v in visitors)
    assert any(not v.cover_needed for v in visitors)
    for v in visitors:
        if v.substitute_id:
            assert demo.person(v.substitute_id).role is Role.SUBSTITUTE


def test_visits_are_planned_for_this_week_and_next_some_needing_cover(demo: Repository) -> None:
    monday, next_monday = schedule.week_of(TODAY)
    planned = [p for p in demo.peer_visits() if not any(v.observation_id for v in p.visitors)]
    assert 6 <= len(planned) <= 10
    assert all(TODAY < p.date < next_monday + timedelta(days=7) for p in planned)
    assert any(p.date < next_monday for p in planned) and any(p.date >= next_monday for p in planned)
    assert demo.peer_visits(since=monday.isoformat(), until=next_monday.isoformat())
    assert schedule.uncovered(planned)
    assert any(v.substitute_id for p in planned for v in p.visitors)
    assert any(not p.consented for p in planned) and any(p.consented and p.focus for p in planned)
    assert all(p.visibility is Visibility.PRIVATE for p in planned)


def test_one_substitute_is_booked_twice_in_the_weeks_to_come_and_nobody_else_ever(demo: Repository) -> None:
    conflicts = schedule.conflicts_of(demo.peer_visits())
    assert len(conflicts) == 1
    clash = conflicts[0]
    assert clash.first.role is clash.second.role is schedule.BookingRole.SUBSTITUTE
    assert demo.person(clash.person_id).role is Role.SUBSTITUTE
    assert clash.first.day > TODAY and clash.first.visit_id != clash.second.visit_id
    assert demo.schedule_conflicts(since=TODAY.isoformat()) == conflicts


# Privacy ---------------------------------------------------------------------------


def test_private_demo_visits_stay_private(demo: Repository) -> None:
    peer = demo.observations(kind=ObservationKind.PEER)
    private = {o.id for o in peer if o.visibility is Visibility.PRIVATE}
    shared = {o.id for o in peer if o.visibility is Visibility.SHARED}
    assert private and shared
    for output in privacy.SUMMARY_OUTPUTS:
        assert all(o.kind is ObservationKind.BLAST for o in demo.observations_for(output))
        assert demo.peer_visits_for(output) == []
    for output in (privacy.Output.SYNC_BUNDLE, privacy.Output.COACH_COMPILATION):
        ids = {o.id for o in demo.observations_for(output)}
        assert not ids & private and shared <= ids
    assert demo.observations_for(privacy.Output.SCHEDULE) == []
    focus = demo.peer_visits_for(privacy.Output.SCHEDULE, part=privacy.PlanPart.FOCUS)
    assert focus and all(p.visibility is Visibility.SHARED for p in focus)
    assert len(demo.peer_visits_for(privacy.Output.SCHEDULE)) == len(demo.peer_visits())
    outsider = demo.people(Role.ADMINISTRATOR)[0].id
    for observation_id in private:
        visit = demo.observation(observation_id)
        assert not privacy.visible_on_screen(visit, outsider)
        assert privacy.visible_on_screen(visit, visit.teacher_id)


# Seeds and sizes -------------------------------------------------------------------


def _fingerprint(repo: Repository) -> list[object]:
    name = {p.id: p.name for p in repo.people()}
    rooms = {r.id: r.name for s in repo.schools() for r in repo.rooms(s.id)}
    rounds = repo.db.execute("SELECT id, started_at, ended_at, with_teacher FROM rounds ORDER BY started_at").fetchall()
    return [
        [(r[1], r[2], r[3], [(rooms[s.room_id], s.status.value) for s in repo.round_stops(r[0])]) for r in rounds],
        [
            (
                p.day,
                p.start_time,
                p.end_time,
                p.period,
                name[p.host_id],
                p.focus,
                p.consent_at,
                p.reflection,
                [(name[v.visitor_id], v.cover_needed, name.get(v.substitute_id or "")) for v in p.visitors],
            )
            for p in repo.peer_visits()
        ],
        repo.db.execute(
            "SELECT o.started_at, o.kind, o.visibility, r.look_for_key, r.value FROM observations o"
            " LEFT JOIN responses r ON r.observation_id = o.id ORDER BY o.started_at, r.look_for_key"
        ).fetchall(),
        repo.db.execute("SELECT minute, kind, text FROM notes ORDER BY created_at, text").fetchall(),
    ]


def test_the_same_seed_makes_the_same_district(tmp_path: Path) -> None:
    prints = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        repo = _repo(tmp_path / f"{name}.sqlite3")
        generate(repo, observations=300, seed=seed, today=TODAY)
        prints.append(_fingerprint(repo))
        repo.close()
    assert prints[0] == prints[1]
    assert prints[0] != prints[2]


def test_record_ids_are_fresh_version_4_uuids(demo: Repository) -> None:
    ids = [
        row[0]
        for table in ("observations", "responses", "notes", "rounds", "round_stops", "peer_visits", "peer_visitors")
        for row in demo.db.execute(f"SELECT id FROM {table}").fetchall()
    ]
    assert len(ids) == len(set(ids)) > 10_000
    assert all(str(uuid.UUID(i)) == i and uuid.UUID(i).version == 4 for i in ids)


@pytest.mark.parametrize("count", [0, 1, 7, 25, 61])
def test_any_count_is_written_exactly_and_no_round_is_left_open(tmp_path: Path, count: int) -> None:
    repo = _repo(tmp_path / "small.sqlite3")
    summary = generate(repo, observations=count, seed=count, today=date(2026, 5, 16))  # a Saturday
    assert repo.observation_count() == count == summary.blast + summary.peer
    assert repo.active_round() is None
    assert len(schedule.conflicts_of(repo.peer_visits())) == 1
    planned = [p for p in repo.peer_visits() if p.date > date(2026, 5, 16)]
    assert 6 <= len(planned) <= 10
    repo.close()


# The bulk writes refuse a batch that does not hang together ---------------------------


def test_the_bulk_writes_refuse_a_batch_the_app_could_not_have_left(repo: Repository) -> None:
    admin = first_admin(repo).id
    school = repo.add_school("Test school", by=admin)
    host = repo.add_person("Host", Role.TEACHER, school.id, by=admin)
    visitor = repo.add_person("Visitor", Role.TEACHER, school.id, by=admin)
    room = repo.add_room(school.id, "Room 1", teacher_id=host.id, by=admin)
    blast = repo.framework("blast-empowered-learning")
    peer = repo.framework("peer-visit-protocol")
    hashes = {(f.id, f.version): f.sha256 for f in (blast, peer)}
    at = "2026-03-10T09:00:00.000+00:00"
    round_ = Round(
        id=new_id(),
        school_id=school.id,
        framework_id=blast.id,
        framework_version=blast.version,
        started_at=at,
        ended_at=at,
        status=RoundStatus.FINISHED,
    )
    visit = Observation(
        id=new_id(),
        framework_id=blast.id,
        framework_version=blast.version,
        school_id=school.id,
        room_id=room.id,
        started_at=at,
        ended_at=at,
        round_id=round_.id,
    )
    stop = RoundStop(
        id=new_id(),
        round_id=round_.id,
        room_id=room.id,
        status=StopStatus.VISITED,
        observation_id=visit.id,
        started_at=at,
        ended_at=at,
    )
    with pytest.raises(StoreError, match="not finished"):
        import_rounds(repo, [replace(round_, status=RoundStatus.ACTIVE)], [stop], [visit], framework_hashes=hashes)
    with pytest.raises(StoreError, match="on no stop"):
        import_rounds(
            repo,
            [round_],
            [replace(stop, observation_id=None, status=StopStatus.SKIPPED)],
            [visit],
            framework_hashes=hashes,
        )
    with pytest.raises(StoreError, match="not a blast visit of a round"):
        import_rounds(repo, [round_], [stop], [replace(visit, round_id=None)], framework_hashes=hashes)
    assert repo.observation_count() == 0
    assert import_rounds(repo, [round_], [stop], [visit], framework_hashes=hashes) == 1

    plan_id = new_id()
    notes = Observation(
        id=new_id(),
        kind=ObservationKind.PEER,
        framework_id=peer.id,
        framework_version=peer.version,
        school_id=school.id,
        room_id=room.id,
        teacher_id=host.id,
        observer_id=visitor.id,
        started_at=at,
        visibility=Visibility.PRIVATE,
    )
    plan = PeerVisit(
        id=plan_id,
        school_id=school.id,
        host_id=host.id,
        room_id=room.id,
        framework_id=peer.id,
        framework_version=peer.version,
        day="2026-03-10",
        start_time="09:00",
        end_time="09:30",
        focus="What do students do when they are stuck?",
        consent_by=host.id,
        consent_at=at,
        visitors=(PeerVisitor(id=new_id(), visit_id=plan_id, visitor_id=visitor.id, observation_id=notes.id,
                              agreed_at=at),),
    )
    with pytest.raises(StoreError, match="belongs to no visitor"):
        import_peer_visits(repo, [replace(plan, visitors=())], [notes], framework_hashes=hashes)
    with pytest.raises(StoreError, match="not agreed"):
        import_peer_visits(repo, [replace(plan, consent_at=None)], [notes], framework_hashes=hashes)
    with pytest.raises(StoreError, match="not agreed"):  # a visitor the host's agreement does not cover
        import_peer_visits(repo, [replace(plan, visitors=(replace(plan.visitors[0], agreed_at=None),))], [notes],
                           framework_hashes=hashes)
    assert repo.observation_count() == 1 and repo.peer_visits() == []
    assert import_peer_visits(repo, [plan], [notes], framework_hashes=hashes) == 1
    assert repo.peer_visit_of_observation(notes.id) == repo.peer_visit(plan_id)
