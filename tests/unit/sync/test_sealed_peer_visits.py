"""A private peer visit travels sealed: readable by its host and visitor, by nobody else."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from peer_helpers import FOCUS, NOTE, PeerDistrict, make_district
from sync_helpers import Device, database_bytes, devices, state

from walkthrough.core.model import NoteKind
from walkthrough.core.privacy import Output, PlanPart
from walkthrough.reports.visit_text import visit_text
from walkthrough.storage.base import NotFound

REFLECTION = "We both noticed the quiet pair by the window (reflection-b77e)."
WONDERING = "What if partners swapped roles halfway? (wondering-3c9d)"


@dataclass
class Trio:
    host: Device  # Ben's laptop
    visitor: Device  # Ana's tablet
    coach: Device  # the coach's machine, in no peer visit
    d: PeerDistrict


@pytest.fixture
def trio(tmp_path: Path) -> Trio:
    host, visitor, coach = devices(tmp_path, "ben-laptop", "ana-tablet", "coach-pc")
    d = make_district(coach.repo)
    coach.repo.switch_profile(d.coach.id)
    directory = coach.export()
    host.take(directory)
    visitor.take(directory)
    host.repo.switch_profile(d.host.id)  # first use: Ben's key pair is made on his laptop
    visitor.repo.switch_profile(d.visitor.id)
    host.take(visitor.export(since_last=True))  # Ana's public key reaches Ben's laptop
    yield Trio(host, visitor, coach, d)
    for device in (host, visitor, coach):
        device.repo.close()


def _private_visit(t: Trio) -> tuple[str, str]:
    """Ben plans a private visit by Ana, writes the focus and agrees; Ana takes notes; Ben writes the debrief."""
    d = t.d
    plan = t.host.repo.plan_peer_visit(host_id=d.host.id, day="2025-10-14", start_time="09:10", end_time="09:55",
                                       visitor_ids=[d.visitor.id], by=d.host.id)
    t.host.repo.set_peer_focus(plan.id, FOCUS, by=d.host.id)
    t.host.repo.set_peer_consent(plan.id, True, by=d.host.id)
    t.visitor.take(t.host.export(since_last=True))
    obs = t.visitor.repo.begin_peer_notes(plan.id, by=d.visitor.id)
    t.visitor.repo.add_peer_note(obs.id, NoteKind.NOTICING, NOTE, by=d.visitor.id)
    t.visitor.repo.add_peer_note(obs.id, NoteKind.WONDERING, WONDERING, by=d.visitor.id)
    t.visitor.repo.mark_peer_seen(obs.id, "seen-student-talk", True, by=d.visitor.id)
    t.visitor.repo.finish_peer_notes(obs.id, by=d.visitor.id)
    t.host.take(t.visitor.export(since_last=True))
    t.host.repo.set_peer_debrief(plan.id, by=d.host.id, reflection=REFLECTION)
    return plan.id, obs.id


SECRETS = (FOCUS, NOTE, WONDERING, REFLECTION)


def _bundle_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(n).decode("utf-8") for n in archive.namelist())


def test_the_visitors_notes_reach_the_host_who_opens_and_reads_them(trio: Trio) -> None:
    plan_id, obs_id = _private_visit(trio)
    host = trio.host.repo
    assert [n.text for n in host.notes(obs_id)] == [NOTE, WONDERING]
    assert host.peer_visit(plan_id).focus == FOCUS
    assert "seen-student-talk" in host.seen_look_fors(obs_id)
    text = visit_text(host, obs_id, trio.d.host.id)
    assert NOTE in text and FOCUS in text and REFLECTION in text
    # ...and the debrief Ben wrote on his laptop reaches Ana's tablet.
    trio.visitor.take(trio.host.export(since_last=True))
    assert trio.visitor.repo.peer_visit(plan_id).reflection == REFLECTION


def test_no_word_of_a_private_visit_is_readable_in_a_bundle(trio: Trio) -> None:
    plan_id, obs_id = _private_visit(trio)
    for bundle in (trio.host.export(), trio.visitor.export()):
        text = _bundle_text(bundle)
        for secret in SECRETS:
            assert secret not in text, secret
        assert obs_id not in text  # not even which observation holds the notes
        assert plan_id in text  # the logistics travel, so the schedule works everywhere


def test_a_third_device_keeps_the_visit_sealed_and_never_shows_or_counts_it(trio: Trio) -> None:
    plan_id, obs_id = _private_visit(trio)
    coach = trio.coach
    report = coach.take(trio.host.export(), trio.visitor.export())
    assert not report.refused
    data = database_bytes(coach)
    for secret in SECRETS:
        assert secret.encode() not in data, f"{secret!r} is readable in the coach's database"
    assert obs_id.encode() not in data
    assert coach.repo.sealed_parts_count() > 0  # kept sealed, to pass on
    viewer = trio.d.coach.id
    for output in Output:
        assert obs_id not in {o.id for o in coach.repo.observations_for(output, viewer)}
    assert coach.repo.observation_count() == 0
    visit = coach.repo.peer_visit(plan_id)  # the schedule still knows who visits whom, when
    assert visit.focus == "" and visit.reflection == "" and visit.visitor_ids == (trio.d.visitor.id,)
    assert plan_id in {v.id for v in coach.repo.peer_visits_for(Output.SCHEDULE, viewer)}
    assert plan_id not in {v.id for v in coach.repo.peer_visits_for(Output.SCHEDULE, viewer, part=PlanPart.FOCUS)}
    assert coach.repo.conflicts(viewer) == []
    with pytest.raises(NotFound):  # the coach's device holds no such visit to write about
        visit_text(coach.repo, obs_id, viewer)


def test_sealed_content_passes_through_a_third_device_to_the_host(trio: Trio) -> None:
    """A USB stick from Ana's tablet to the coach's machine, then from it to Ben's laptop."""
    d = trio.d
    plan = trio.host.repo.plan_peer_visit(host_id=d.host.id, day="2025-10-15", start_time="10:00",
                                          end_time="10:30", visitor_ids=[d.visitor.id], by=d.host.id)
    trio.host.repo.set_peer_consent(plan.id, True, by=d.host.id)
    trio.visitor.take(trio.host.export(since_last=True))
    obs = trio.visitor.repo.begin_peer_notes(plan.id, by=d.visitor.id)
    trio.visitor.repo.add_peer_note(obs.id, NoteKind.NOTICING, NOTE, by=d.visitor.id)
    trio.coach.take(trio.visitor.export(since_last=True))
    trio.host.take(trio.coach.export(since_last=True))
    assert [n.text for n in trio.host.repo.notes(obs.id)] == [NOTE]


def test_once_the_host_shares_it_the_visit_travels_in_the_clear_to_the_coach(trio: Trio) -> None:
    plan_id, obs_id = _private_visit(trio)
    trio.host.repo.share_peer_visit(plan_id, True, by=trio.d.host.id)
    trio.coach.take(trio.host.export())
    coach = trio.coach.repo
    assert [n.text for n in coach.notes(obs_id)] == [NOTE, WONDERING]
    assert obs_id in {o.id for o in coach.observations_for(Output.COACH_COMPILATION, trio.d.coach.id)}
    assert obs_id not in {o.id for o in coach.observations_for(Output.DASHBOARD, trio.d.coach.id)}
    # Made private again: the coach's device stops showing it, and sends it on only sealed.
    trio.host.repo.share_peer_visit(plan_id, False, by=trio.d.host.id)
    trio.coach.take(trio.host.export(since_last=True))
    assert obs_id not in {o.id for o in coach.observations_for(Output.COACH_COMPILATION, trio.d.coach.id)}
    text = _bundle_text(trio.coach.export())
    assert NOTE not in text and WONDERING not in text


def test_a_key_behind_a_pin_opens_what_waited_for_it(trio: Trio) -> None:
    d = trio.d
    trio.visitor.repo.set_pin(d.visitor.id, "2468", by=d.visitor.id)  # Ana's key is now sealed under her PIN
    trio.visitor.repo.switch_profile(None)
    from walkthrough.storage import key_store

    key_store._OPEN.clear()  # the app restarted: nothing is unlocked
    plan = trio.host.repo.plan_peer_visit(host_id=d.host.id, day="2025-10-16", start_time="11:00",
                                          end_time="11:30", visitor_ids=[d.visitor.id], by=d.host.id)
    trio.host.repo.set_peer_focus(plan.id, FOCUS, by=d.host.id)
    trio.host.repo.set_peer_consent(plan.id, True, by=d.host.id)
    trio.visitor.take(trio.host.export(since_last=True))
    assert trio.visitor.repo.peer_visit(plan.id).focus == ""  # locked: kept sealed
    trio.visitor.repo.switch_profile(d.visitor.id, "2468")
    assert trio.visitor.repo.peer_visit(plan.id).focus == FOCUS


def test_a_visitor_the_host_has_not_agreed_to_cannot_open_the_focus(trio: Trio) -> None:
    """The host's words are sealed to the host and the visitors the host agreed to, no one else."""
    d = trio.d
    plan = trio.host.repo.plan_peer_visit(host_id=d.host.id, day="2025-10-17", start_time="09:00",
                                          end_time="09:30", visitor_ids=[d.visitor.id], by=d.host.id)
    trio.host.repo.set_peer_focus(plan.id, FOCUS, by=d.host.id)  # written, not yet agreed
    trio.visitor.take(trio.host.export(since_last=True))
    assert trio.visitor.repo.peer_visit(plan.id).focus == ""
    trio.host.repo.set_peer_consent(plan.id, True, by=d.host.id)
    trio.visitor.take(trio.host.export(since_last=True))
    assert trio.visitor.repo.peer_visit(plan.id).focus == FOCUS


def test_every_device_ends_with_the_same_records_it_may_read(trio: Trio) -> None:
    _private_visit(trio)
    bundles = [trio.host.export(), trio.visitor.export(), trio.coach.export()]
    for device in (trio.host, trio.visitor, trio.coach):
        device.take(*bundles)
    host, visitor = state(trio.host.repo), state(trio.visitor.repo)
    assert host == visitor
    coach = state(trio.coach.repo)
    assert {k: v for k, v in coach.items() if k not in ("observations", "responses", "notes")} == \
        {k: v for k, v in host.items() if k not in ("observations", "responses", "notes")}
