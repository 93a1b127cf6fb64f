"""Two directory entries for one teacher who are both visitors of one peer visit (typed twice,
each invited): merging them keeps the visit sound (one visitor row per person) and loses
neither entry's notes, on the device that merges and on every device the merge reaches."""

from __future__ import annotations

from pathlib import Path

import pytest
from peer_helpers import FOCUS, make_district
from sync_helpers import Device, admin_of, devices, state

from walkthrough.core.model import NoteKind, Role

FIRST = "First entry's noticing (first-5a1c)."
SECOND = "Second entry's noticing (second-8e2d)."


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Device, Device, dict[str, str]]:
    office, laptop = devices(tmp_path, "office-pc", "host-laptop")
    repo = office.repo
    d = make_district(repo)
    twin = repo.add_person("Ana  Diallo", Role.TEACHER, d.school.id, by=admin_of(office))  # typed again
    plan = repo.plan_peer_visit(host_id=d.host.id, day="2025-10-14", start_time="09:10", end_time="09:55",
                                visitor_ids=[d.visitor.id, twin.id], by=d.host.id)
    repo.set_peer_focus(plan.id, FOCUS, by=d.host.id)
    repo.set_peer_consent(plan.id, True, by=d.host.id)
    repo.share_peer_visit(plan.id, True, by=d.host.id)  # in the clear: the test reads every device's copy
    first = repo.begin_peer_notes(plan.id, by=d.visitor.id)
    repo.add_peer_note(first.id, NoteKind.NOTICING, FIRST, by=d.visitor.id)
    second = repo.begin_peer_notes(plan.id, by=twin.id)
    repo.add_peer_note(second.id, NoteKind.NOTICING, SECOND, by=twin.id)
    laptop.take(office.export())
    ids = {"plan": plan.id, "keep": d.visitor.id, "drop": twin.id, "first": first.id, "second": second.id,
           "host": d.host.id}
    yield office, laptop, ids
    office.repo.close()
    laptop.repo.close()


def _check_sound(device: Device, ids: dict[str, str]) -> None:
    repo = device.repo
    rows = repo.db.execute("SELECT visitor_id, count(*) FROM peer_visitors WHERE visit_id = ? AND deleted = 0"
                           " GROUP BY visitor_id", [ids["plan"]]).fetchall()
    assert all(n == 1 for _, n in rows), rows
    texts = {n.text for obs in (ids["first"], ids["second"]) for n in repo.notes(obs)}
    assert texts == {FIRST, SECOND}, "a visitor's notes were lost in the merge"
    for obs in (ids["first"], ids["second"]):  # both visits are the kept person's now
        assert repo.observation(obs).observer_id == ids["keep"]
    visit = repo.peer_visit(ids["plan"])
    assert ids["drop"] not in visit.visitor_ids and ids["keep"] in visit.visitor_ids
    linked = {v.observation_id for v in visit.visitors}
    assert {ids["first"], ids["second"]} & linked, "the visit no longer leads to the visitor's notes"


def test_merging_two_visitors_of_one_visit_keeps_the_visit_sound_and_both_notes(
        pair: tuple[Device, Device, dict[str, str]]) -> None:
    office, laptop, ids = pair
    office.repo.merge_records("people", ids["drop"], ids["keep"], by=admin_of(office))
    _check_sound(office, ids)
    # The merge travels: the other device makes the same change, and both end the same.
    report = laptop.take(office.export(since_last=True))
    assert not report.refused, [f.message for f in report.refused]
    _check_sound(laptop, ids)
    assert state(laptop.repo) == state(office.repo)
