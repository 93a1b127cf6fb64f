"""The schedule's .ics file, read back by the icalendar library."""

from __future__ import annotations

from datetime import datetime

import pytest
from icalendar import Calendar
from peer_helpers import FOCUS, PeerDistrict, make_district, planned_visit

from walkthrough.reports.schedule_ics import PRIVATE_NOTE, PRODID, schedule_ics
from walkthrough.storage import Repository


@pytest.fixture
def d(repo: Repository) -> PeerDistrict:
    return make_district(repo)


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def test_a_visit_and_its_cover_become_events_calendar_programs_import(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    repo.assign_substitute(visit.id, d.visitor.id, d.sub.id, by=d.coach.id)
    calendar = parse(schedule_ics(repo, since="2025-10-13", until="2025-10-20"))
    assert str(calendar["prodid"]) == PRODID and str(calendar["version"]) == "2.0"
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == 2
    visit_event = events[f"peer-visit-{visit.id}@walkthrough.invalid"]
    assert visit_event.decoded("dtstart") == datetime(2025, 10, 14, 9, 10)
    assert visit_event.decoded("dtend") == datetime(2025, 10, 14, 9, 55)
    assert str(visit_event["summary"]) == "Peer visit: Ana Diallo visiting Ben Ito's class"
    assert str(visit_event["location"]) == "Room 12"
    assert str(visit_event["status"]) == "CONFIRMED"
    description = str(visit_event["description"])
    assert "Cover for Ana Diallo's class: Maya Tanaka" in description and "Period: Period 2" in description
    cover = next(e for uid, e in events.items() if uid.startswith("cover-"))
    assert str(cover["summary"]) == "Substitute cover: Maya Tanaka covers Ana Diallo's class"
    assert str(cover["location"]) == "Room 4"  # where the substitute teaches: the visitor's room


def test_a_private_visits_focus_stays_out_until_the_host_shares_it(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    private = parse(schedule_ics(repo, viewer_id=d.host.id)).walk("VEVENT")[0]
    assert FOCUS not in str(private["description"]) and PRIVATE_NOTE in str(private["description"])
    repo.share_peer_visit(visit.id, True, by=d.host.id)
    shared = parse(schedule_ics(repo)).walk("VEVENT")[0]
    assert f"The host's focus: {FOCUS}" in str(shared["description"])


def test_an_unconsented_visit_is_tentative_and_uncovered_class_is_flagged(repo: Repository, d: PeerDistrict) -> None:
    planned_visit(repo, d, consent=False)
    events = parse(schedule_ics(repo)).walk("VEVENT")
    assert str(events[0]["status"]) == "TENTATIVE"
    assert str(events[1]["summary"]) == "Substitute needed: Ana Diallo's class"


def test_the_range_and_cancelled_visits(repo: Repository, d: PeerDistrict) -> None:
    planned_visit(repo, d, day="2025-10-14")
    later = planned_visit(repo, d, day="2025-10-21")
    assert len(parse(schedule_ics(repo, since="2025-10-13", until="2025-10-20")).walk("VEVENT")) == 2
    repo.cancel_peer_visit(later.id, by=d.host.id)
    assert len(parse(schedule_ics(repo)).walk("VEVENT")) == 2


def test_the_uid_is_stable_and_the_sequence_grows_with_changes(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    before = parse(schedule_ics(repo)).walk("VEVENT")[0]
    repo.update_peer_plan(visit.id, by=d.host.id, start_time="10:00", end_time="10:40")
    after = parse(schedule_ics(repo)).walk("VEVENT")[0]
    assert str(after["uid"]) == str(before["uid"]) and int(after["sequence"]) > int(before["sequence"])
