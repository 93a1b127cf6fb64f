"""Roles and profiles in the app, tried as a hostile tester would: what each role is
offered (and told), the profile chooser's search and Enter, a PIN holder at start,
and a shared tablet left alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from peer_helpers import FOCUS, PeerDistrict, make_district, planned_visit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from walkthrough.storage import Repository
from walkthrough.ui.dialogs.profile import ProfileDialog
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.pages.peer_visits import PeerVisitsPage


@pytest.fixture
def d(repo: Repository) -> PeerDistrict:
    return make_district(repo)


def window_as(qtbot: QtBot, repo: Repository, person_id: str | None) -> MainWindow:
    repo.switch_profile(person_id)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def chooser(qtbot: QtBot, repo: Repository) -> ProfileDialog:
    made = ProfileDialog(repo)
    qtbot.addWidget(made)
    made.open()
    return made


def activate(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


# What each role is offered ---------------------------------------------------------

def test_a_teacher_is_told_blast_rounds_are_for_administrators_and_coaches(
    repo: Repository, d: PeerDistrict, qtbot: QtBot
) -> None:
    window = window_as(qtbot, repo, d.outsider.id)
    window.show_page("walkthroughs")
    start = window.walkthroughs_page.start
    assert start.role_line.isVisible()
    assert "Blast rounds are walked by administrators and coaches" in start.role_line.text()
    assert not start.start.isVisible() and not start.form_box.isVisible()
    page = window.walkthroughs_page
    assert not page.visits.isVisible() and not page.visits_heading.isVisible()
    assert "review today's visits" in start.role_line.text()


def test_the_directory_is_read_only_for_a_teacher_and_says_who_changes_it(
    repo: Repository, d: PeerDistrict, qtbot: QtBot
) -> None:
    window = window_as(qtbot, repo, d.outsider.id)
    page = window.directory_page
    window.show_page("directory")
    assert "Only administrators change the school directory" in page.role_line.text()
    for hidden in (page.new_school, page.add_school, page.room_form, page.add_room, page.remove_room,
                   page.people_editor.form, page.people_editor.remove_person):
        assert not hidden.isVisible(), hidden.accessibleName()
    assert page.rooms.rowCount() == 4 and page.people_editor.people.count() > 0  # still readable


def test_pages_follow_a_switch_of_profile(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    window = window_as(qtbot, repo, d.admin.id)
    window.show_page("directory")
    page = window.directory_page
    assert page.new_school.isVisible() and not page.role_line.isVisible()
    dialog = window.profile_button.choose()
    dialog.choose(d.outsider.id)
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert not page.new_school.isVisible() and page.role_line.isVisible()
    window.show_page("walkthroughs")
    assert window.walkthroughs_page.start.role_line.isVisible()


def test_a_coach_opens_an_administrators_visit_read_only(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    round_ = repo.start_round(d.school.id, repo.framework("blast-empowered-learning"), by=d.admin.id)
    current = repo.current_visit(round_.id)
    assert current is not None
    repo.record_response(current[1].id, "norms-in-use", "observed", by=d.admin.id)
    repo.finish_round(round_.id, by=d.admin.id)
    window = window_as(qtbot, repo, d.coach.id)
    window.show_page("walkthroughs")
    page = window.walkthroughs_page
    page.visits.selectRow(0)
    assert not page.delete_button.isEnabled()
    page._open_visit(0)
    view = page.visit
    assert view.isVisible() and "read only" in view.notice.text()
    assert not view.checklist_scroll.widget().isEnabled() and not view.delete_button.isVisible()


def test_a_visitor_cannot_add_visitors_and_a_newcomer_sees_no_focus(
    repo: Repository, d: PeerDistrict, qtbot: QtBot
) -> None:
    visit = planned_visit(repo, d)
    repo.switch_profile(d.visitor.id)
    page = PeerVisitsPage(repo)
    qtbot.addWidget(page)
    page.show()
    assert page.editor.focus.text() == FOCUS
    assert not page.editor.add_visitor.isVisible()  # only the host changes who takes part
    repo.add_peer_visitor(visit.id, d.second_visitor.id, by=d.host.id)
    repo.switch_profile(d.second_visitor.id)
    page.refresh()
    assert page.selected_id() == visit.id
    assert page.editor.focus.text() == "" and FOCUS not in page.editor.focus.editor.placeholderText()
    assert "waiting for Ben Ito to agree again" in page.editor.consent.text()
    assert not page.notes_button.isEnabled()
    repo.switch_profile(d.host.id)
    page.refresh()
    assert "joined after you agreed" in page.editor.consent.text() and not page.editor.consent.isChecked()


# The profile chooser ---------------------------------------------------------------

def test_filtering_to_one_match_names_that_person_on_the_button(
    repo: Repository, d: PeerDistrict, qtbot: QtBot
) -> None:
    repo.switch_profile(d.host.id)
    dialog = chooser(qtbot, repo)
    assert dialog.use_button.text() == "Use the app as Ben Ito"
    qtbot.keyClicks(dialog.search, "dial")
    assert dialog.use_button.text() == "Use the app as Ana Diallo" and dialog.chosen_id() == d.visitor.id
    qtbot.keyClicks(dialog.search, "zzz")
    assert dialog.chosen_id() is None and not dialog.use_button.isEnabled()


def test_enter_in_the_search_box_chooses_the_match_and_never_signs_out(
    repo: Repository, d: PeerDistrict, qtbot: QtBot
) -> None:
    repo.switch_profile(d.host.id)
    dialog = chooser(qtbot, repo)
    qtbot.keyClicks(dialog.search, "zzz")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Nobody matches" in dialog.problem.text()
    current = repo.current_profile()
    assert current is not None and current.id == d.host.id  # not signed out
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "dial")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    current = repo.current_profile()
    assert current is not None and current.id == d.visitor.id


def test_enter_on_a_match_with_a_pin_asks_for_the_pin(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    repo.set_pin(d.visitor.id, "2468", by=d.visitor.id)
    repo.switch_profile(d.host.id)
    dialog = chooser(qtbot, repo)
    qtbot.keyClicks(dialog.search, "dial")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.pin
    assert repo.db.execute("SELECT count(*) FROM pin_attempts").fetchone()[0] == 0  # no try was spent
    qtbot.keyClicks(dialog.pin, "2468")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    current = repo.current_profile()
    assert current is not None and current.id == d.visitor.id


def test_a_pin_holder_is_asked_for_the_pin_when_the_app_starts(
    repo: Repository, d: PeerDistrict, qtbot: QtBot, tmp_path: Path
) -> None:
    repo.set_pin(d.host.id, "2468", by=d.host.id)
    repo.switch_profile(d.host.id, "2468")
    path = repo.database_file
    repo.close()
    again = Repository.open(path)  # the app closed and started again
    try:
        window = MainWindow(again)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.profile_button.dialog is not None
                        and window.profile_button.dialog.isVisible(), timeout=3000)
        dialog = window.profile_button.dialog
        assert dialog is not None and dialog.chosen_id() == d.host.id and dialog.pin.isVisible()
        assert again.current_profile() is None
        window.show_page("peer")
        assert window.peer_page.nobody.isVisibleTo(window.peer_page) and window.peer_page.list.count() == 0
        qtbot.keyClicks(dialog.pin, "2468")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        current = again.current_profile()
        assert current is not None and current.id == d.host.id
        dialog.close()
        window.close()
    finally:
        again.close()


def test_wrong_pins_in_the_chooser_wait_then_lock(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    repo.set_pin(d.host.id, "2468", by=d.host.id)
    repo.switch_profile(None)
    dialog = chooser(qtbot, repo)
    dialog.choose(d.host.id)
    for _ in range(5):
        dialog.pin.setText("1111")
        dialog.use_chosen()
    assert "try again in" in dialog.problem.text() and repo.current_profile() is None
    dialog.pin.setText("2468")
    dialog.use_chosen()
    assert repo.current_profile() is None and dialog.isVisible()


def test_an_administrator_unlocks_a_locked_profile_in_the_directory(
    repo: Repository, d: PeerDistrict, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.set_pin(d.host.id, "2468", by=d.host.id)
    repo.db.execute("INSERT INTO pin_attempts (person_id, failures, last_failure_at, locked_at)"
                    " VALUES (?, 10, ?, ?)", [d.host.id, repo.clock().isoformat(), repo.clock().isoformat()])
    window = window_as(qtbot, repo, d.admin.id)
    window.show_page("directory")
    editor = window.directory_page.people_editor
    editor.choose(d.host.id)
    assert "locked" in editor.people.currentItem().text() and editor.unlock_person.isVisible()
    qtbot.mouseClick(editor.unlock_person, Qt.MouseButton.LeftButton)
    assert not repo.pin_is_locked(d.host.id) and "Unlocked Ben Ito" in window.directory_page.message.text()


def test_only_an_administrator_sets_the_idle_time(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    repo.switch_profile(d.coach.id)
    assert not chooser(qtbot, repo).idle_box.isVisibleTo(chooser(qtbot, repo))
    repo.switch_profile(d.admin.id)
    dialog = chooser(qtbot, repo)
    assert dialog.idle_box.isVisibleTo(dialog)
    activate(dialog.idle, 5)
    assert repo.idle_minutes() == 5


# A shared tablet left alone ----------------------------------------------------------

@pytest.fixture
def idle_window(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> Iterator[MainWindow]:
    window = window_as(qtbot, repo, d.host.id)
    yield window
    window.idle.set_interval_ms(0)


def test_an_idle_tablet_returns_to_the_chooser_and_keeps_what_was_typed(
    repo: Repository, d: PeerDistrict, qtbot: QtBot, idle_window: MainWindow
) -> None:
    visit = planned_visit(repo, d, focus="")
    window = idle_window
    window.show_page("peer")
    window.peer_page.refresh()
    window.peer_page.editor.focus.editor.setPlainText("What do pairs say when stuck?")  # not yet committed
    window.idle.set_interval_ms(200)
    qtbot.waitUntil(lambda: repo.current_profile() is None, timeout=3000)
    assert repo.peer_visit(visit.id).focus == "What do pairs say when stuck?"
    dialog = window.profile_button.dialog
    assert dialog is not None and dialog.isVisible()
    assert window.profile_button.text().startswith("Who is using the app?")
    assert window.peer_page.nobody.isVisibleTo(window.peer_page)


def test_input_keeps_the_tablet_signed_in(repo: Repository, d: PeerDistrict, qtbot: QtBot,
                                          idle_window: MainWindow) -> None:
    window = idle_window
    for key in window.page_keys():  # built now: building a page on a busy machine can outlast the interval
        window.page(key)
    window.idle.set_interval_ms(1000)  # input every 150 ms for 1.5 s: longer than the interval, far more often
    for _ in range(10):
        qtbot.wait(150)
        qtbot.mouseMove(window, window.rect().center())
        qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert repo.current_profile() is not None

