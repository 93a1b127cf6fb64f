"""Peer visits in the store: host-owned focus and consent, visitors' own notes,
no ratings ever, sharing by the host alone, cover and double bookings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from peer_helpers import FOCUS, NOTE, PeerDistrict, make_district, planned_visit

from walkthrough.core.model import NoteKind, Observation, ObservationKind, ObservationStatus, Visibility, new_id
from walkthrough.core.responses import ResponseError
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError


@pytest.fixture
def d(repo: Repository) -> PeerDistrict:
    return make_district(repo)


# Planning -------------------------------------------------------------------

def test_a_planned_visit_is_private_in_the_hosts_room_with_the_default_prompts(repo: Repository,
                                                                                d: PeerDistrict) -> None:
    visit = repo.plan_peer_visit(host_id=d.host.id, day="2025-10-14", start_time="09:10", end_time="09:55",
                                 visitor_ids=[d.visitor.id, d.coach.id], by=d.host.id)
    assert visit.visibility is Visibility.PRIVATE
    assert visit.room_id == d.host_room.id and visit.school_id == d.school.id
    assert visit.framework_id == "peer-visit-protocol" and visit.framework_version == "1.0"
    assert visit.visitor_ids == (d.visitor.id, d.coach.id)
    # A teacher's class needs cover while they visit; a coach has no class.
    assert [v.cover_needed for v in visit.visitors] == [True, False]
    assert not visit.consented and visit.focus == ""


def test_a_plan_refuses_a_visit_that_ends_before_it_starts(repo: Repository, d: PeerDistrict) -> None:
    with pytest.raises(StoreError, match="end after it starts"):
        repo.plan_peer_visit(host_id=d.host.id, day="2025-10-14", start_time="10:00", end_time="09:00", by=d.host.id)
    with pytest.raises(StoreError, match="HH:MM"):
        repo.plan_peer_visit(host_id=d.host.id, day="2025-10-14", start_time="9am", end_time="10:00", by=d.host.id)


def test_a_plan_refuses_a_framework_that_is_not_for_peer_visits(repo: Repository, d: PeerDistrict) -> None:
    with pytest.raises(StoreError, match="not for peer visits"):
        repo.plan_peer_visit(host_id=d.host.id, day="2025-10-14", start_time="09:00", end_time="09:30",
                             framework_id="equity-sel-assured-practices", by=d.host.id)
    visit = planned_visit(repo, d)
    with pytest.raises(StoreError, match="not for peer visits"):
        repo.update_peer_plan(visit.id, by=d.host.id, framework_id="blast-empowered-learning")


def test_the_host_cannot_visit_their_own_class_and_substitutes_do_not_take_part(repo: Repository,
                                                                                d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    with pytest.raises(StoreError, match="host cannot also be a visitor"):
        repo.add_peer_visitor(visit.id, d.host.id, by=d.host.id)
    with pytest.raises(StoreError, match="substitute"):
        repo.add_peer_visitor(visit.id, d.sub.id, by=d.host.id)


def test_only_the_people_in_a_visit_may_change_its_plan(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    with pytest.raises(StoreError, match="only the host and the visitors"):
        repo.update_peer_plan(visit.id, by=d.outsider.id, start_time="10:00", end_time="10:40")
    changed = repo.update_peer_plan(visit.id, by=d.visitor.id, start_time="10:00", end_time="10:40")
    assert (changed.start_time, changed.end_time, changed.revision) == ("10:00", "10:40", visit.revision + 1)


def test_the_host_can_change_only_before_a_focus_or_consent(repo: Repository, d: PeerDistrict) -> None:
    visit = repo.plan_peer_visit(host_id=d.second_visitor.id, day="2025-10-14", start_time="09:00",
                                 end_time="09:30", visitor_ids=[d.visitor.id], by=d.visitor.id)
    moved = repo.change_peer_host(visit.id, d.host.id, by=d.second_visitor.id)  # the host hands it on
    assert moved.host_id == d.host.id and moved.room_id == d.host_room.id
    repo.set_peer_focus(visit.id, FOCUS, by=d.host.id)
    with pytest.raises(StoreError, match="cancel it and plan a new one"):
        repo.change_peer_host(visit.id, d.second_visitor.id, by=d.host.id)


# The host's part --------------------------------------------------------------

@pytest.mark.parametrize("who", ["visitor", "outsider", "coach", "nobody"])
def test_only_the_host_sets_focus_consent_sharing_and_debrief(repo: Repository, d: PeerDistrict, who: str) -> None:
    visit = planned_visit(repo, d, consent=False, focus="")
    by = None if who == "nobody" else getattr(d, who).id
    for action in (
        lambda: repo.set_peer_focus(visit.id, "my focus", by=by),
        lambda: repo.set_peer_consent(visit.id, True, by=by),
        lambda: repo.share_peer_visit(visit.id, True, by=by),
        lambda: repo.set_peer_debrief(visit.id, reflection="x", by=by),
    ):
        with pytest.raises(StoreError, match="only the host, Ben Ito"):
            action()
    after = repo.peer_visit(visit.id)
    assert (after.focus, after.consented, after.visibility, after.reflection) == ("", False, Visibility.PRIVATE, "")


def test_consent_is_recorded_with_who_and_when(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    assert visit.consent_by == d.host.id and visit.consent_at is not None


def test_notes_cannot_start_before_the_host_agrees(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d, consent=False)
    with pytest.raises(StoreError, match="has not agreed"):
        repo.begin_peer_notes(visit.id, by=d.visitor.id)


def test_sharing_records_who_and_when_and_carries_to_the_visitors_notes(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    observation = repo.begin_peer_notes(visit.id, by=d.visitor.id)
    assert observation.visibility is Visibility.PRIVATE
    shared = repo.share_peer_visit(visit.id, True, by=d.host.id)
    assert shared.visibility is Visibility.SHARED and shared.shared_by == d.host.id and shared.shared_at
    assert repo.observation(observation.id).visibility is Visibility.SHARED
    private = repo.share_peer_visit(visit.id, False, by=d.host.id)
    assert private.visibility is Visibility.PRIVATE
    assert repo.observation(observation.id).visibility is Visibility.PRIVATE


def test_the_debrief_is_the_hosts_reflection_and_next_step(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    repo.set_peer_debrief(visit.id, by=d.host.id, reflection="Partners talked more than I thought.")
    after = repo.set_peer_debrief(visit.id, by=d.host.id, next_step="Try talk stems on Friday.")
    assert (after.reflection, after.next_step) == ("Partners talked more than I thought.",
                                                   "Try talk stems on Friday.")


# Recording ----------------------------------------------------------------------

def test_each_visitor_records_their_own_observation_of_the_visit(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    repo.add_peer_visitor(visit.id, d.second_visitor.id, by=d.host.id)
    repo.set_peer_consent(visit.id, True, by=d.host.id)  # Carmen joined after Ben agreed: he agrees again
    first = repo.begin_peer_notes(visit.id, by=d.visitor.id)
    second = repo.begin_peer_notes(visit.id, by=d.second_visitor.id)
    assert first.id != second.id
    for obs, visitor in ((first, d.visitor), (second, d.second_visitor)):
        assert (obs.kind, obs.teacher_id, obs.observer_id) == (ObservationKind.PEER, d.host.id, visitor.id)
        assert obs.framework_id == "peer-visit-protocol" and obs.room_id == d.host_room.id
    assert repo.begin_peer_notes(visit.id, by=d.visitor.id).id == first.id  # kept, not made twice
    assert repo.peer_visit_of_observation(first.id) == repo.peer_visit(visit.id)
    with pytest.raises(StoreError, match="only a visitor"):
        repo.begin_peer_notes(visit.id, by=d.host.id)


def test_a_note_is_stamped_with_the_minute_of_the_visit(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    observation = repo.begin_peer_notes(visit.id, by=d.visitor.id)
    seven_ago = (datetime.now(UTC) - timedelta(minutes=7, seconds=5)).isoformat(timespec="milliseconds")
    repo.db.execute("UPDATE observations SET started_at = ? WHERE id = ?", [seven_ago, observation.id])
    note = repo.add_peer_note(observation.id, NoteKind.NOTICING, NOTE, by=d.visitor.id)
    assert note.minute == 7 and note.kind is NoteKind.NOTICING and note.text == NOTE


def test_one_tap_switches_a_note_between_noticing_wondering_and_evidence(repo: Repository, d: PeerDistrict) -> None:
    observation = repo.begin_peer_notes(planned_visit(repo, d).id, by=d.visitor.id)
    note = repo.add_peer_note(observation.id, NoteKind.NOTICING, NOTE, by=d.visitor.id)
    for kind in (NoteKind.WONDERING, NoteKind.EVIDENCE, NoteKind.NOTICING):
        assert repo.set_peer_note_kind(note.id, kind, by=d.visitor.id).kind is kind
    with pytest.raises(StoreError, match="noticing, a wondering or evidence"):
        repo.set_peer_note_kind(note.id, NoteKind.REFLECTION, by=d.visitor.id)


def test_only_the_visitor_writes_their_notes(repo: Repository, d: PeerDistrict) -> None:
    observation = repo.begin_peer_notes(planned_visit(repo, d).id, by=d.visitor.id)
    note = repo.add_peer_note(observation.id, NoteKind.NOTICING, NOTE, by=d.visitor.id)
    for by in (d.host.id, d.outsider.id, None):
        with pytest.raises(StoreError, match="only the visitor"):
            repo.add_peer_note(observation.id, NoteKind.NOTICING, "x", by=by)
        with pytest.raises(StoreError, match="only the visitor"):
            repo.set_peer_note_kind(note.id, NoteKind.WONDERING, by=by)
        with pytest.raises(StoreError, match="only the visitor"):
            repo.mark_peer_seen(observation.id, "seen-explaining", True, by=by)
    with pytest.raises(StoreError, match="belong to its host and visitor"):
        repo.peer_observation(observation.id, d.outsider.id)
    assert repo.peer_observation(observation.id, d.host.id).id == observation.id


def test_look_fors_are_marked_seen_and_take_notes(repo: Repository, d: PeerDistrict) -> None:
    observation = repo.begin_peer_notes(planned_visit(repo, d).id, by=d.visitor.id)
    repo.mark_peer_seen(observation.id, "seen-explaining", True, by=d.visitor.id)
    note = repo.add_peer_note(observation.id, NoteKind.EVIDENCE, "Jo said 'I counted by fives'.", by=d.visitor.id,
                              look_for_key="seen-explaining")
    assert repo.seen_look_fors(observation.id) == {"seen-explaining"}
    assert note.look_for_key == "seen-explaining"
    repo.mark_peer_seen(observation.id, "seen-explaining", False, by=d.visitor.id)
    assert repo.seen_look_fors(observation.id) == set()
    with pytest.raises(StoreError, match="prompt for notes"):
        repo.mark_peer_seen(observation.id, "heard", True, by=d.visitor.id)


# No rating, ever ------------------------------------------------------------------

def _peer_observation_on_a_rating_framework(repo: Repository, d: PeerDistrict) -> Observation:
    """A peer observation whose framework has rating look-fors: what a bad sync or a
    hand-edited import could bring. Installing such a framework for peer mode is
    refused by the framework loader; the store must refuse ratings on its own too."""
    framework = repo.framework("equity-sel-assured-practices")
    observation = Observation(
        id=new_id(), kind=ObservationKind.PEER, framework_id=framework.id, framework_version=framework.version,
        school_id=d.school.id, room_id=d.host_room.id, teacher_id=d.host.id, observer_id=d.visitor.id,
        device_id="test", started_at=datetime.now(UTC).isoformat(), status=ObservationStatus.DRAFT,
        visibility=Visibility.PRIVATE,
    )
    repo.import_records([observation], framework_hashes={(framework.id, framework.version): framework.sha256})
    return observation


@pytest.mark.parametrize("key", ["participation-distribution", "climate"])
def test_the_store_refuses_a_rating_on_a_peer_observation_by_every_write_path(
    repo: Repository, d: PeerDistrict, key: str
) -> None:
    observation = _peer_observation_on_a_rating_framework(repo, d)
    with pytest.raises(ResponseError, match="non-evaluative and cannot record a rating"):
        repo.set_response(observation.id, key, 2, by=d.visitor.id)
    with pytest.raises(ResponseError, match="non-evaluative and cannot record a rating"):
        repo.mark_peer_seen(observation.id, key, True, by=d.visitor.id)
    with pytest.raises(ResponseError, match="non-evaluative and cannot record a rating"):
        repo.add_peer_note(observation.id, NoteKind.EVIDENCE, "x", by=d.visitor.id, look_for_key=key)
    assert repo.responses(observation.id) == {} and repo.notes(observation.id) == []


def test_the_same_rating_is_accepted_on_a_blast_observation(repo: Repository, d: PeerDistrict) -> None:
    framework = repo.framework("equity-sel-assured-practices")
    blast = repo.start_observation("blast", framework, d.school.id, room_id=d.host_room.id,
                                   observer_id=d.admin.id, by=d.admin.id)
    assert repo.set_response(blast.id, "climate", 2, by=d.admin.id).value == 2


# Cancelling, cover and double bookings ----------------------------------------------

def test_a_visit_is_cancelled_as_a_tombstone_until_notes_start(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    with pytest.raises(StoreError, match="only the host and whoever planned it may cancel"):
        repo.cancel_peer_visit(visit.id, by=d.visitor.id)  # Ana withdraws instead
    repo.cancel_peer_visit(visit.id, by=d.host.id)
    assert repo.peer_visit(visit.id).deleted and repo.peer_visits() == []
    assert [v.id for v in repo.peer_visits(include_deleted=True)] == [visit.id]
    started = planned_visit(repo, d)
    repo.begin_peer_notes(started.id, by=d.visitor.id)
    with pytest.raises(StoreError, match="can no longer be cancelled"):
        repo.cancel_peer_visit(started.id, by=d.host.id)


def test_a_substitute_is_assigned_and_double_bookings_are_found(repo: Repository, d: PeerDistrict) -> None:
    first = planned_visit(repo, d, start="09:00", end="09:45")
    second = repo.plan_peer_visit(host_id=d.outsider.id, day="2025-10-14", start_time="09:30", end_time="10:00",
                                  visitor_ids=[d.second_visitor.id], by=d.outsider.id)
    repo.assign_substitute(first.id, d.visitor.id, d.sub.id, by=d.coach.id)
    assert repo.schedule_conflicts() == []
    repo.assign_substitute(second.id, d.second_visitor.id, d.sub.id, by=d.coach.id)
    conflicts = repo.schedule_conflicts(since="2025-10-13", until="2025-10-20")
    assert [c.person_id for c in conflicts] == [d.sub.id]
    assert [v.id for v in repo.peer_visits(person_id=d.sub.id)] == [first.id, second.id]
    repo.assign_substitute(second.id, d.second_visitor.id, d.other_sub.id, by=d.coach.id)
    assert repo.schedule_conflicts() == []
    with pytest.raises(StoreError, match="takes part in this visit"):
        repo.assign_substitute(first.id, d.visitor.id, d.host.id, by=d.coach.id)


def test_cover_not_needed_clears_the_substitute(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    repo.assign_substitute(visit.id, d.visitor.id, d.sub.id, by=d.coach.id)
    after = repo.set_cover_needed(visit.id, d.visitor.id, False, by=d.visitor.id)
    visitor = after.visitor(d.visitor.id)
    assert visitor is not None and (visitor.cover_needed, visitor.substitute_id) == (False, None)


def test_my_visits_are_the_ones_i_host_or_visit(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    assert [v.id for v in repo.my_peer_visits(d.host.id)] == [visit.id]
    assert [v.id for v in repo.my_peer_visits(d.visitor.id)] == [visit.id]
    assert repo.my_peer_visits(d.outsider.id) == [] and repo.my_peer_visits(None) == []


def test_a_removed_visitor_can_be_added_again(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    assert repo.remove_peer_visitor(visit.id, d.visitor.id, by=d.host.id).visitor_ids == ()
    assert repo.add_peer_visitor(visit.id, d.visitor.id, by=d.host.id).visitor_ids == (d.visitor.id,)
    repo.set_peer_consent(visit.id, True, by=d.host.id)
    repo.begin_peer_notes(visit.id, by=d.visitor.id)
    with pytest.raises(StoreError, match="started their notes"):
        repo.remove_peer_visitor(visit.id, d.visitor.id, by=d.host.id)
