"""Rounds in the store: routes, room to room, skip, finish, undo, review, delete."""

from __future__ import annotations

import pytest
from round_helpers import install_twelve, small_school

from walkthrough.core.model import ObservationStatus
from walkthrough.core.rounds import RoundStatus, StopStatus
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError


def test_routes_keep_walking_order_and_the_last_used_route_per_school(repo: Repository) -> None:
    s = small_school(repo, 4)
    ids = [r.id for r in s.rooms]
    route = repo.add_route(s.school.id, "East wing", [ids[2], ids[0]], by=s.observer.id)
    route = repo.update_route(route.id, room_ids=[ids[0], ids[2], ids[3]], by=s.observer.id)
    assert route.room_ids == (ids[0], ids[2], ids[3]) and route.revision == 2
    assert repo.last_route(s.school.id) is None
    framework = install_twelve(repo)
    rnd = repo.start_round(s.school.id, framework, by=s.observer.id, route_id=route.id)
    assert repo.last_route(s.school.id) == route
    assert [st.room_id for st in repo.round_stops(rnd.id)] == [ids[0], ids[2], ids[3]]
    with pytest.raises(StoreError):
        repo.update_route(route.id, room_ids=["not-a-room"], by=s.observer.id)


def test_a_round_walks_room_to_room_and_next_room_completes_the_visit(repo: Repository) -> None:
    s = small_school(repo, 3)
    framework = install_twelve(repo)
    rnd = repo.start_round(s.school.id, framework, by=s.observer.id)
    stop, visit = repo.current_visit(rnd.id) or pytest.fail("no visit open")
    assert stop.position == 0 and visit.teacher_id == s.teachers[0].id and visit.round_id == rnd.id
    repo.record_response(visit.id, "lf01", "observed", by=s.observer.id)
    assert repo.active_round() == repo.round(rnd.id)
    second = repo.next_room(rnd.id, by=s.observer.id)
    assert second is not None and second.position == 1
    assert repo.observation(visit.id).status is ObservationStatus.COMPLETE
    with pytest.raises(StoreError):
        repo.start_round(s.school.id, framework, by=s.observer.id)
    repo.skip_room(rnd.id, by=s.observer.id)
    _, third = repo.current_visit(rnd.id) or pytest.fail("no visit open")
    finished = repo.finish_round(rnd.id, by=s.observer.id)
    assert finished.status is RoundStatus.FINISHED and repo.active_round() is None
    stops = repo.round_stops(rnd.id)
    assert [st.status for st in stops] == [StopStatus.VISITED, StopStatus.SKIPPED, StopStatus.PENDING]
    assert repo.observation(third.id).deleted  # an untouched visit is dropped, not counted
    summary = repo.round_summary(rnd.id)
    assert (summary.visited, summary.skipped, summary.not_reached) == (1, 1, 1)


def test_skipping_a_visit_with_marks_is_refused(repo: Repository) -> None:
    s = small_school(repo, 2)
    rnd = repo.start_round(s.school.id, install_twelve(repo), by=s.observer.id)
    _, visit = repo.current_visit(rnd.id) or pytest.fail("no visit open")
    repo.record_response(visit.id, "lf02", "not_observed", by=s.observer.id)
    with pytest.raises(StoreError, match="marks"):
        repo.skip_room(rnd.id, by=s.observer.id)


def test_undo_restores_the_value_before_as_a_new_revision(repo: Repository) -> None:
    s = small_school(repo, 1)
    rnd = repo.start_round(s.school.id, install_twelve(repo), by=s.observer.id)
    _, visit = repo.current_visit(rnd.id) or pytest.fail("no visit open")
    repo.record_response(visit.id, "lf01", "observed", by=s.observer.id)
    assert repo.record_response(visit.id, "lf01", "observed", by=s.observer.id) is None  # same value: nothing written
    repo.record_response(visit.id, "lf01", None, not_applicable=True, by=s.observer.id)
    revision = repo.response(visit.id, "lf01").revision
    undo = repo.undo_last_change(visit.id, by=s.observer.id)
    assert undo is not None and undo.new_value == "observed"
    restored = repo.response(visit.id, "lf01")
    assert (restored.value, restored.not_applicable, restored.revision) == ("observed", False, revision + 1)
    repo.undo_last_change(visit.id, by=s.observer.id)
    assert not repo.response(visit.id, "lf01").is_marked
    assert repo.undo_last_change(visit.id, by=s.observer.id) is None
    assert len(repo.changes(visit.id)) == 4


def test_visits_are_reviewed_edited_and_deleted_as_tombstones(repo: Repository) -> None:
    s = small_school(repo, 2)
    rnd = repo.start_round(s.school.id, install_twelve(repo), by=s.observer.id)
    _, visit = repo.current_visit(rnd.id) or pytest.fail("no visit open")
    repo.record_response(visit.id, "lf01", "observed", by=s.observer.id)
    with pytest.raises(StoreError, match="in progress"):
        repo.delete_visit(visit.id, by=s.observer.id)
    repo.next_room(rnd.id, by=s.observer.id)
    lines = repo.blast_visits_between("2000-01-01", "2999-01-01")
    assert [(line.room_name, line.marked, line.complete) for line in lines][-1] == ("Room 101", 1, True)
    before = repo.observation(visit.id).revision
    repo.record_response(visit.id, "lf02", "observed", by=s.observer.id)
    assert repo.observation(visit.id).revision > before
    repo.delete_visit(visit.id, by=s.observer.id)
    assert repo.observation(visit.id).deleted
    assert visit.id not in [line.observation_id for line in repo.blast_visits_between("2000-01-01", "2999-01-01")]
    assert repo.round_summary(rnd.id).visited == 0


def test_a_framework_not_for_blast_cannot_start_a_round(repo: Repository) -> None:
    s = small_school(repo, 1)
    with pytest.raises(StoreError):
        repo.start_round(s.school.id, repo.framework("peer-visit-protocol"), by=s.observer.id)
