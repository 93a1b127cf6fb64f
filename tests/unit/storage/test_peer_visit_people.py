"""Who takes part in a peer visit, and who reads it: only the host changes the people,
and the host's agreement covers the people it was given for."""

from __future__ import annotations

import pytest
import sqlite_utils
from peer_helpers import FOCUS, PeerDistrict, make_district, planned_visit

from walkthrough.core import privacy
from walkthrough.core.model import Visibility
from walkthrough.core.privacy import Output, PlanPart
from walkthrough.reports.visit_text import visit_text
from walkthrough.storage import Repository
from walkthrough.storage.access import NotAllowed
from walkthrough.storage.base import StoreError
from walkthrough.storage.db import connect
from walkthrough.storage.migrations import apply_migrations

REFLECTION = "Partners talked more than I expected (reflection-5e2d)."


@pytest.fixture
def d(repo: Repository) -> PeerDistrict:
    return make_district(repo)


def reads(repo: Repository, visit_id: str, person_id: str) -> bool:
    """Whether ``person_id`` may read the host's focus and debrief, on screen or in a document."""
    visit = repo.peer_visit(visit_id)
    on_screen = privacy.plan_visible_on_screen(visit, PlanPart.FOCUS, person_id)
    in_document = privacy.may_include_plan(visit, PlanPart.FOCUS, Output.VISIT_DOCUMENT, person_id)
    assert on_screen == in_document
    return on_screen


def test_a_visitor_cannot_add_a_colleague_to_an_agreed_visit(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    with pytest.raises(NotAllowed, match="only the host may change who takes part"):
        repo.add_peer_visitor(visit.id, d.outsider.id, by=d.visitor.id)
    assert repo.peer_visit(visit.id).visitor_ids == (d.visitor.id,)
    assert not reads(repo, visit.id, d.outsider.id)
    assert repo.my_peer_visits(d.outsider.id) == []


def test_a_visitor_added_after_consent_reads_nothing_until_the_host_agrees_again(
    repo: Repository, d: PeerDistrict
) -> None:
    visit = planned_visit(repo, d)
    repo.set_peer_debrief(visit.id, by=d.host.id, reflection=REFLECTION)
    first = repo.begin_peer_notes(visit.id, by=d.visitor.id)
    after = repo.add_peer_visitor(visit.id, d.second_visitor.id, by=d.host.id)
    assert after.awaiting_agreement == (d.second_visitor.id,) and not after.consented
    assert not reads(repo, visit.id, d.second_visitor.id)
    assert reads(repo, visit.id, d.visitor.id)  # the host agreed to Ana: she keeps reading
    assert [v.id for v in repo.my_peer_visits(d.second_visitor.id)] == [visit.id]  # she sees she is invited
    with pytest.raises(StoreError, match="agrees again for the new set of people"):
        repo.begin_peer_notes(visit.id, by=d.second_visitor.id)
    with pytest.raises(StoreError, match="belong to its host and visitor"):
        repo.peer_observation(first.id, d.second_visitor.id)
    repo.set_peer_consent(visit.id, True, by=d.host.id)
    assert reads(repo, visit.id, d.second_visitor.id)
    notes = repo.begin_peer_notes(visit.id, by=d.second_visitor.id)
    text = visit_text(repo, notes.id, d.second_visitor.id)
    assert FOCUS in text and REFLECTION in text


def test_a_visitor_removed_and_added_again_waits_for_the_host_again(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    repo.remove_peer_visitor(visit.id, d.visitor.id, by=d.host.id)
    repo.add_peer_visitor(visit.id, d.visitor.id, by=d.host.id)
    assert not reads(repo, visit.id, d.visitor.id)


def test_a_planner_who_takes_no_part_cannot_join_or_take_the_visit(repo: Repository, d: PeerDistrict) -> None:
    visit = repo.plan_peer_visit(host_id=d.host.id, day="2025-10-14", start_time="09:00", end_time="09:45",
                                 visitor_ids=[d.visitor.id], by=d.coach.id)
    assert visit.created_by == d.coach.id
    repo.set_peer_focus(visit.id, FOCUS, by=d.host.id)
    repo.set_peer_consent(visit.id, True, by=d.host.id)
    with pytest.raises(NotAllowed):
        repo.add_peer_visitor(visit.id, d.coach.id, by=d.coach.id)
    with pytest.raises(NotAllowed):
        repo.change_peer_host(visit.id, d.outsider.id, by=d.coach.id)
    assert not reads(repo, visit.id, d.coach.id)
    # The planner still moves the time: logistics, not the host's words.
    assert repo.update_peer_plan(visit.id, by=d.coach.id, start_time="10:00", end_time="10:45").start_time == "10:00"


def test_a_visitor_cannot_hand_the_visit_to_another_host(repo: Repository, d: PeerDistrict) -> None:
    visit = repo.plan_peer_visit(host_id=d.host.id, day="2025-10-14", start_time="09:00", end_time="09:45",
                                 visitor_ids=[d.visitor.id], by=d.visitor.id)
    with pytest.raises(NotAllowed, match="only the host"):
        repo.change_peer_host(visit.id, d.outsider.id, by=d.visitor.id)
    assert repo.peer_visit(visit.id).host_id == d.host.id


def test_a_host_who_wrote_a_debrief_cannot_hand_the_visit_on(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d, consent=False, focus="")
    repo.set_peer_debrief(visit.id, by=d.host.id, reflection=REFLECTION)
    with pytest.raises(StoreError, match="cancel it and plan a new one"):
        repo.change_peer_host(visit.id, d.outsider.id, by=d.host.id)


def test_a_substitute_covering_a_visit_sees_its_logistics_only(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    repo.set_peer_debrief(visit.id, by=d.host.id, reflection=REFLECTION)
    notes = repo.begin_peer_notes(visit.id, by=d.visitor.id)
    repo.assign_substitute(visit.id, d.visitor.id, d.sub.id, by=d.coach.id)
    assert [v.id for v in repo.peer_visits(person_id=d.sub.id)] == [visit.id]  # the schedule shows the cover
    assert repo.my_peer_visits(d.sub.id) == [] and not reads(repo, visit.id, d.sub.id)
    with pytest.raises(StoreError):
        repo.peer_observation(notes.id, d.sub.id)
    with pytest.raises(NotAllowed):
        repo.add_peer_visitor(visit.id, d.sub.id, by=d.sub.id)


def test_only_the_host_shares_a_peer_observation(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    notes = repo.begin_peer_notes(visit.id, by=d.visitor.id)
    for who in (d.visitor, d.coach, d.admin):
        with pytest.raises(StoreError, match="shared or made private by its host"):
            repo.set_visibility(notes.id, Visibility.SHARED, by=who.id)
    assert repo.observation(notes.id).visibility is Visibility.PRIVATE


def test_a_visitor_may_withdraw_but_not_remove_another(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    repo.add_peer_visitor(visit.id, d.second_visitor.id, by=d.host.id)
    with pytest.raises(NotAllowed):
        repo.remove_peer_visitor(visit.id, d.second_visitor.id, by=d.visitor.id)
    after = repo.remove_peer_visitor(visit.id, d.visitor.id, by=d.visitor.id)
    assert after.visitor_ids == (d.second_visitor.id,)


def test_visits_agreed_before_the_upgrade_ask_again_only_for_later_visitors(tmp_path: object) -> None:
    """m0005: a visitor whose row changed after the host agreed (added later) waits for the host again."""
    path = f"{tmp_path}/old.sqlite3"
    db = sqlite_utils.Database(connect(path))
    apply_migrations(db, stop_before="m0005_consent_per_visitor")
    db.execute("INSERT INTO schools (id, name, revision, updated_at, deleted) VALUES ('s', 'S', 1, 't', 0)")
    for person in ("host", "early", "late", "noted"):
        db.execute("INSERT INTO people (id, name, role, school_id, revision, updated_at, deleted)"
                   " VALUES (?, ?, 'teacher', 's', 1, 't', 0)", [person, person])
    db.execute("INSERT INTO frameworks (framework_id, version, sha256, title, modes, source_name, source_text,"
               " installed_at) VALUES ('peer-visit-protocol', '1.0', 'x', 'P', '[\"peer\"]', 'p.toml', '', 't')")
    db.execute("INSERT INTO peer_visits (id, school_id, host_id, framework_id, framework_version, day, start_time,"
               " end_time, consent_by, consent_at, revision, updated_at, deleted) VALUES ('v', 's', 'host',"
               " 'peer-visit-protocol', '1.0', '2025-10-14', '09:00', '09:45', 'host',"
               " '2025-10-10T10:00:00.000+00:00', 1, 't', 0)")
    db.execute("INSERT INTO observations (id, kind, framework_id, framework_version, framework_sha256, school_id,"
               " device_id, started_at, status, visibility, revision, updated_at, deleted) VALUES ('o', 'peer',"
               " 'peer-visit-protocol', '1.0', 'x', 's', 'd', 't', 'draft', 'private', 1, 't', 0)")
    for row, person, at, obs in (("r1", "early", "2025-10-09T10:00:00.000+00:00", None),
                                 ("r2", "late", "2025-10-11T10:00:00.000+00:00", None),
                                 ("r3", "noted", "2025-10-12T10:00:00.000+00:00", "o")):
        db.execute("INSERT INTO peer_visitors (id, visit_id, visitor_id, observation_id, revision, updated_at,"
                   " deleted) VALUES (?, 'v', ?, ?, 1, ?, 0)", [row, person, obs, at])
    db.close()
    repo = Repository.open(path)
    visit = repo.peer_visit("v")
    assert visit.agreed_to("early") and visit.agreed_to("noted") and not visit.agreed_to("late")
    assert visit.awaiting_agreement == ("late",)
    repo.close()
