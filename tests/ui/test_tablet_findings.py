"""The smaller findings of issue 10, tried again the same way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from round_helpers import SmallSchool, install_twelve, small_school

from walkthrough.core.model import Role
from walkthrough.core.rounds import clock, seconds_between
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow


@pytest.fixture
def school(repo: Repository) -> SmallSchool:
    return small_school(repo, 3)


@pytest.fixture
def window(qtbot: QtBot, repo: Repository, school: SmallSchool) -> MainWindow:
    win = MainWindow(repo)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_rooms_new_teacher_stays_in_the_form_after_it_is_saved(
        window: MainWindow, qtbot: QtBot, repo: Repository, school: SmallSchool) -> None:
    page = window.directory_page
    window.show_page("directory")
    page.refresh()
    room = school.rooms[0]
    row = next(i for i, r in enumerate(page._rooms) if r.id == room.id)
    page.rooms.selectRow(row)
    other = school.teachers[1]
    page.room_teacher.setCurrentIndex(page.room_teacher.findData(other.id))
    page.room_teacher.activated.emit(page.room_teacher.currentIndex())
    qtbot.waitUntil(lambda: repo.room(room.id).teacher_id == other.id)
    page.refresh()  # what a saved change does: the page is filled again
    assert page.room_teacher.currentData() == other.id  # not back to "No teacher"


def test_enter_in_the_name_field_adds_the_person(
        window: MainWindow, qtbot: QtBot, repo: Repository, school: SmallSchool) -> None:
    window.show_page("directory")
    editor = window.directory_page.people_editor
    editor._clear_person()
    qtbot.keyClicks(editor.person_name, "Rosa Ortiz")
    qtbot.keyClick(editor.person_name, Qt.Key.Key_Return)
    assert any(p.name == "Rosa Ortiz" for p in repo.people(role=Role.TEACHER))


def test_a_reviewed_visit_shows_the_length_today_s_visits_lists(
        window: MainWindow, qtbot: QtBot, repo: Repository, school: SmallSchool) -> None:
    framework = install_twelve(repo)
    round_ = repo.start_round(school.school.id, framework, by=school.observer.id)
    _stop, visit = repo.current_visit(round_.id) or pytest.fail("no room open")
    repo.record_response(visit.id, "lf01", "observed", by=school.observer.id)
    qtbot.wait(1100)
    repo.next_room(round_.id, by=school.observer.id)
    done = repo.observation(visit.id)
    assert done.ended_at
    listed = clock(seconds_between(done.started_at, done.ended_at))
    qtbot.wait(1100)  # time goes on: the review must not count it
    view = window.walkthroughs_page.visit
    view.open_visit(visit.id)
    assert view.timer.text().split(" / ")[0] == listed
    target = int(framework.target_minutes or 0) * 60
    assert view.timer_bar.value() == min(int(seconds_between(done.started_at, done.ended_at)), target)


def test_after_a_round_starts_the_profile_button_names_who_walks_it(
        window: MainWindow, qtbot: QtBot, repo: Repository, school: SmallSchool) -> None:
    window.profile_button.refresh()
    round_ = repo.start_round(school.school.id, install_twelve(repo), by=school.observer.id)
    window.walkthroughs_page._round_started(round_.id)
    assert "Choose your profile" not in window.profile_button.text()
    assert school.observer.name in window.profile_button.text()


# Peer visits and frameworks ------------------------------------------------------------------------
def _peer_page(qtbot: QtBot, repo: Repository, person_id: str):  # type: ignore[no-untyped-def]
    from walkthrough.ui.pages.peer_visits import PeerVisitsPage

    repo.switch_profile(person_id)
    page = PeerVisitsPage(repo)
    qtbot.addWidget(page)
    page.resize(1070, 760)
    page.show()
    return page


def test_the_debrief_lists_the_look_fors_seen_as_the_text_export_does(qtbot: QtBot, fresh_peer: tuple) -> None:  # type: ignore[type-arg]
    from walkthrough.reports.visit_text import visit_text

    repo, d, visit = fresh_peer
    observation = repo.begin_peer_notes(visit.id, by=d.visitor.id)
    framework = repo.observation_framework(observation)
    presence = [lf for lf in framework.look_fors if lf.response.value == "presence"]
    repo.mark_peer_seen(observation.id, presence[0].key, True, by=d.visitor.id)
    page = _peer_page(qtbot, repo, d.host.id)
    page.open_debrief(visit.id)
    shown = page.debrief.notes.toPlainText()
    assert "Look-fors seen" in shown and presence[0].prompt in shown
    assert presence[0].prompt in visit_text(repo, observation.id, d.host.id)
    assert all(lf.prompt not in shown for lf in presence[1:])


def test_a_visitor_cannot_start_notes_before_the_day_of_the_visit(qtbot: QtBot, repo: Repository) -> None:
    from datetime import date, timedelta

    from peer_helpers import make_district, planned_visit

    from walkthrough.storage.base import StoreError

    d = make_district(repo)
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    visit = planned_visit(repo, d, day=tomorrow)
    with pytest.raises(StoreError, match="day of the visit"):
        repo.begin_peer_notes(visit.id, by=d.visitor.id)
    page = _peer_page(qtbot, repo, d.visitor.id)
    page.list.setCurrentRow(0)
    assert page.notes_button.isVisible() and not page.notes_button.isEnabled()
    assert "day of the visit" in page.notes_button.toolTip()


def test_the_visit_planned_line_goes_when_the_profile_changes(qtbot: QtBot, repo: Repository) -> None:
    from peer_helpers import make_district

    d = make_district(repo)
    page = _peer_page(qtbot, repo, d.host.id)
    page.message.setText("Visit planned. Set the day and time here; every change is kept as you make it.")
    page.message.show()
    repo.switch_profile(d.visitor.id)
    page.refresh()
    assert not page.message.isVisible() or "Visit planned" not in page.message.text()


def test_the_frameworks_page_says_what_frozen_means_without_the_file_id(
        window: MainWindow, repo: Repository, school: SmallSchool) -> None:
    window.show_page("frameworks")
    page = window.frameworks_page
    page.select("blast-empowered-learning")
    text = page.meta.text()
    assert "(frozen)" not in text and "· id " not in text and "look-fors" in text
    assert page.tree.textElideMode() == Qt.TextElideMode.ElideNone


@pytest.fixture
def fresh_peer(repo: Repository) -> tuple:  # type: ignore[type-arg]
    from peer_helpers import make_district, planned_visit

    d = make_district(repo)
    return repo, d, planned_visit(repo, d)


def test_the_schedule_marks_today_in_words(window: MainWindow, repo: Repository, school: SmallSchool) -> None:
    from datetime import date

    window.show_page("schedule")
    page = window.schedule_page
    labels = [label.text() for label in page.day_labels]
    if date.today().weekday() < len(labels):
        assert labels[date.today().weekday()].startswith("Today")
        assert sum(text.startswith("Today") for text in labels) == 1


def test_the_visit_time_fields_have_room_for_their_digits(qtbot: QtBot, repo: Repository) -> None:
    from peer_helpers import make_district, planned_visit

    d = make_district(repo)
    planned_visit(repo, d)
    page = _peer_page(qtbot, repo, d.host.id)
    page.resize(1024 - 210, 700)
    page.list.setCurrentRow(0)
    qtbot.wait(10)
    for field in (page.editor.start, page.editor.end):
        assert field.width() >= field.fontMetrics().horizontalAdvance("00:00") + 40, field.width()


def test_the_visitor_list_is_searched_by_typing_and_leaves_out_administrators(qtbot: QtBot, repo: Repository) -> None:
    from peer_helpers import make_district, planned_visit

    d = make_district(repo)
    visit = planned_visit(repo, d)
    page = _peer_page(qtbot, repo, d.host.id)
    page.list.setCurrentRow(0)
    combo = page.editor.add_visitor
    names = [combo.itemText(i) for i in range(combo.count())]
    admins = [p.name for p in repo.people(role=Role.ADMINISTRATOR)]
    assert admins and not set(admins) & set(names)
    assert combo.isEditable() and combo.completer() is not None
    assert combo.completer().filterMode() == Qt.MatchFlag.MatchContains  # any part of a name finds it
    others = [p for p in repo.people(role=Role.TEACHER) if p.id not in visit.participants()]
    if others:
        combo.setEditText(others[0].name)
        combo.activated.emit(combo.findText(others[0].name))
        assert others[0].id in repo.peer_visit(visit.id).visitor_ids
