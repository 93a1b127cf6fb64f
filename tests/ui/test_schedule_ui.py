"""The visit schedule: a week view, substitute cover, double bookings, .ics export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from peer_helpers import FOCUS, PeerDistrict, make_district, planned_visit
from pytestqt.qtbot import QtBot

from walkthrough.storage import Repository
from walkthrough.ui.pages.schedule import SchedulePage


@pytest.fixture
def d(repo: Repository) -> PeerDistrict:
    return make_district(repo)


def schedule_page(repo: Repository, qtbot: QtBot) -> SchedulePage:
    page = SchedulePage(repo, today=date(2025, 10, 15))
    qtbot.addWidget(page)
    page.resize(1070, 760)
    page.show()
    return page


def test_the_week_shows_each_visit_on_its_day_without_its_focus(repo: Repository, d: PeerDistrict,
                                                                qtbot: QtBot) -> None:
    planned_visit(repo, d)  # Tuesday
    repo.switch_profile(d.host.id)  # even the host sees no focus here: the screen may be shared
    page = schedule_page(repo, qtbot)
    assert page.week_label.text() == "Week of Mon 13 Oct 2025"
    tuesday = page.day_lists[1]
    assert tuesday.count() == 1 and sum(day.count() for day in page.day_lists) == 1
    text = tuesday.item(0).text()
    assert "09:10–09:55 · Period 2" in text and "Ana Diallo → Ben Ito · Room 12" in text
    assert "⚠ Needs a substitute" in text and FOCUS not in text
    assert "Tue 14 Oct 09:10: Ana Diallo's class" in page.uncovered.text()
    page.show_week(date(2025, 10, 20))
    assert sum(day.count() for day in page.day_lists) == 0


def test_assigning_a_substitute_and_the_double_booking_warning(repo: Repository, d: PeerDistrict,
                                                               qtbot: QtBot) -> None:
    first = planned_visit(repo, d, start="09:00", end="09:45")
    second = repo.plan_peer_visit(host_id=d.outsider.id, day="2025-10-14", start_time="09:30", end_time="10:00",
                                  visitor_ids=[d.second_visitor.id], by=d.outsider.id)
    repo.switch_profile(d.coach.id)  # cover is arranged by coaches and administrators
    page = schedule_page(repo, qtbot)
    for visit in (first, second):
        page.select(visit.id)
        visitor = visit.visitor_ids[0]
        combo = page.cover.combos[visitor]
        index = combo.findData(d.sub.id)
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
    assert repo.peer_visit(second.id).visitor(d.second_visitor.id).substitute_id == d.sub.id  # type: ignore[union-attr]
    assert "⚠ Maya Tanaka is booked twice on Tue 14 Oct" in page.warnings.text()
    assert "Maya Tanaka: Tue 09:00 Ana Diallo's class; Tue 09:30 Carmen Silva's class" in page.subs.text()
    assert "Sami Rahman: free all week" in page.subs.text()
    page.select(second.id)
    combo = page.cover.combos[d.second_visitor.id]
    assert combo.itemText(combo.findData(d.sub.id)) == "Maya Tanaka (busy then)"
    combo.setCurrentIndex(combo.findData(d.other_sub.id))
    combo.activated.emit(combo.currentIndex())
    assert page.warnings.text() == "Nobody is booked twice."


def test_the_week_exports_as_an_ics_file(repo: Repository, d: PeerDistrict, qtbot: QtBot, tmp_path: Path) -> None:
    visit = planned_visit(repo, d)
    planned_visit(repo, d, day="2025-10-21")  # next week: not in this file
    page = schedule_page(repo, qtbot)
    target = tmp_path / "week.ics"
    assert page.export_to(target)
    calendar = Calendar.from_ical(target.read_bytes())
    visits = [e for e in calendar.walk("VEVENT") if str(e["uid"]).startswith("peer-visit-")]
    assert [str(e["uid"]) for e in visits] == [f"peer-visit-{visit.id}@walkthrough.invalid"]
    assert FOCUS not in target.read_text(encoding="utf-8").replace("\r\n ", "")
