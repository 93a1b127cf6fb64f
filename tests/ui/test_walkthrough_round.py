"""A blast walkthrough round on the screen: start, five rooms, undo, skip, summary, review."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from round_helpers import SmallSchool, install_twelve, small_school

from walkthrough.core.frameworks import Framework
from walkthrough.core.model import ObservationStatus
from walkthrough.core.rounds import RoundStatus, StopStatus
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.pages.walkthroughs import WalkthroughsPage


class Taps:
    """Clicks and key presses through QTest, counted."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def click(self, widget: QWidget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget.accessibleName()
        self.count += 1
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def key(self, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        self.qtbot.keyClick(widget, key, modifier)


@pytest.fixture
def school(repo: Repository) -> SmallSchool:
    return small_school(repo, 5)


@pytest.fixture
def twelve(repo: Repository) -> Framework:
    return install_twelve(repo)


@pytest.fixture
def window(qtbot: QtBot, repo: Repository, school: SmallSchool, twelve: Framework) -> Iterator[MainWindow]:
    win = MainWindow(repo)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win


def page_of(window: MainWindow) -> WalkthroughsPage:
    page = window.walkthroughs_page
    assert window.current_page_key() == "walkthroughs"
    return page


def start_round(window: MainWindow, taps: Taps, framework: Framework) -> str:
    page = page_of(window)
    combo = page.start.framework
    combo.setCurrentIndex(combo.findData(framework.id))
    taps.click(page.start.start)
    active = window.repo.active_round()
    assert active is not None and page.current_view() == "visit"
    return active.id


def presence_button(page: WalkthroughsPage, key: str, value: str) -> QPushButton:
    row = page.visit.rows[key]
    assert row.segments is not None
    return row.segments.buttons[value]


def test_a_full_round_of_five_rooms_is_stored_step_by_step(
    window: MainWindow, qtbot: QtBot, repo: Repository, school: SmallSchool, twelve: Framework
) -> None:
    taps = Taps(qtbot)
    round_id = start_round(window, taps, twelve)
    page = page_of(window)
    keys = [lf.key for lf in twelve.look_fors]
    visits: list[str] = []
    for room_index in range(5):
        stop, visit = repo.current_visit(round_id) or pytest.fail("no room open")
        assert stop.position == room_index and visit.room_id == school.rooms[room_index].id
        assert visit.teacher_id == school.teachers[room_index].id  # the framework says "named"
        assert page.visit.room.text() == school.rooms[room_index].name
        if room_index == 2:  # nobody in the room: skip it
            taps.click(page.visit.skip_button)
            assert repo.round_stops(round_id)[2].status is StopStatus.SKIPPED
            continue
        # Observed, not observed, N/A, and an untouched look-for that stays unmarked.
        taps.click(presence_button(page, keys[0], "observed"))
        assert repo.response(visit.id, keys[0]).value == "observed"
        assert page.visit.rows[keys[0]].chip.text().endswith("Observed")
        taps.click(presence_button(page, keys[1], "not_observed"))
        assert repo.response(visit.id, keys[1]).value == "not_observed"
        taps.click(page.visit.rows[keys[2]].prompt)  # N/A is in the look-for's options: a tap opens them
        taps.click(presence_button(page, keys[2], "__na__"))
        assert repo.response(visit.id, keys[2]).not_applicable
        assert not page.visit.rows[keys[2]].options_open()  # the pick closed them
        taps.click(presence_button(page, keys[0], "observed"))  # tapping the chosen one again clears it
        assert not repo.response(visit.id, keys[0]).is_marked
        assert page.visit.rows[keys[0]].chip.text().endswith("Not marked")
        taps.click(page.visit.undo_button)  # ...and Undo brings it back, as a new revision
        restored = repo.response(visit.id, keys[0])
        assert restored.value == "observed" and restored.revision == 3
        assert keys[5] not in repo.responses(visit.id)
        assert "Not marked" in page.visit.rows[keys[5]].chip.text()
        assert page.visit.marked.text() == "3 of 12 marked"
        visits.append(visit.id)
        taps.click(page.visit.next_button)
        assert repo.observation(visit.id).status is ObservationStatus.COMPLETE
    finished = repo.round(round_id)
    assert finished.status is RoundStatus.FINISHED and repo.active_round() is None
    assert page.current_view() == "summary"
    assert page.summary_model.rowCount() == 5
    assert "4 rooms visited · 1 skipped" in page.summary_text.text()
    for visit_id in visits:
        assert repo.marked_count(visit_id) == 3


def test_one_visit_and_next_room_take_at_most_14_taps(
    window: MainWindow, qtbot: QtBot, repo: Repository, twelve: Framework
) -> None:
    round_id = start_round(window, Taps(qtbot), twelve)
    page = page_of(window)
    _, visit = repo.current_visit(round_id) or pytest.fail("no room open")
    taps = Taps(qtbot)
    for index, look_for in enumerate(twelve.look_fors):
        taps.click(presence_button(page, look_for.key, "observed" if index % 3 else "not_observed"))
    taps.click(page.visit.next_button)
    assert taps.count <= 14, taps.count
    assert repo.marked_count(visit.id) == 12
    assert repo.observation(visit.id).status is ObservationStatus.COMPLETE
    stop, _ = repo.current_visit(round_id) or pytest.fail("the next room did not open")
    assert stop.position == 1


def test_the_whole_visit_works_from_the_keyboard(
    window: MainWindow, qtbot: QtBot, repo: Repository, twelve: Framework
) -> None:
    round_id = start_round(window, Taps(qtbot), twelve)
    page = page_of(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _, visit = repo.current_visit(round_id) or pytest.fail("no room open")
    taps = Taps(qtbot)
    target = page.visit
    for key in (Qt.Key.Key_O, Qt.Key.Key_X, Qt.Key.Key_A, Qt.Key.Key_O):  # ↓ moves on: an answer stays put
        taps.key(target, key)
        taps.key(target, Qt.Key.Key_Down)
    taps.key(target, Qt.Key.Key_Up)
    taps.key(target, Qt.Key.Key_Delete)
    stored = repo.responses(visit.id)
    keys = [lf.key for lf in twelve.look_fors]
    assert stored[keys[0]].value == "observed" and stored[keys[1]].value == "not_observed"
    assert stored[keys[2]].not_applicable and not stored[keys[3]].is_marked
    taps.key(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert repo.response(visit.id, keys[3]).value == "observed"
    taps.key(target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert repo.observation(visit.id).status is ObservationStatus.COMPLETE


def test_every_control_is_a_finger_high_and_named(
    window: MainWindow, qtbot: QtBot, repo: Repository, blast_framework: Framework
) -> None:
    start_round(window, Taps(qtbot), blast_framework)
    page = page_of(window)
    qtbot.wait(10)
    def shown() -> list[QWidget]:
        return [w for w in page.visit.findChildren(QWidget)
                if isinstance(w, QAbstractButton | QComboBox | QLineEdit) and w.isVisibleTo(page.visit)]

    controls = shown()
    for row in page.visit.rows.values():  # the options a tap on a row opens over it count too
        if row.open_options():
            qtbot.wait(5)
            controls += [w for w in shown() if row.panel is not None and row.panel.isAncestorOf(w)]
            assert row.panel is not None
            row.panel.close_panel()
    assert len(controls) > 60
    for control in controls:
        assert control.height() >= 48, (control.accessibleName(), control.height())
        assert control.accessibleName(), control


def test_a_round_in_progress_resumes_on_the_visit_screen_with_its_taps(
    qtbot: QtBot, repo: Repository, school: SmallSchool, twelve: Framework
) -> None:
    rnd = repo.start_round(school.school.id, twelve, by=school.observer.id)
    repo.next_room(rnd.id, by=school.observer.id)
    _, visit = repo.current_visit(rnd.id) or pytest.fail("no room open")
    repo.record_response(visit.id, "lf03", "observed", by=school.observer.id)
    win = MainWindow(repo)
    qtbot.addWidget(win)
    page = page_of(win)
    assert page.current_view() == "visit" and page.visit.room.text() == "Room 102"
    assert page.visit.rows["lf03"].chip.text().endswith("Observed")
    assert "resumed" in page.visit.notice.text()


def test_todays_visits_can_be_reviewed_edited_and_deleted(
    window: MainWindow, qtbot: QtBot, repo: Repository, twelve: Framework, qtmodeltester: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    taps = Taps(qtbot)
    round_id = start_round(window, taps, twelve)
    page = page_of(window)
    _, first = repo.current_visit(round_id) or pytest.fail("no room open")
    taps.click(presence_button(page, "lf01", "observed"))
    taps.click(page.visit.next_button)
    taps.click(page.visit.finish_button)  # rooms remain: it asks first
    assert page.current_view() == "visit" and page.visit.finish_button.text().startswith("Tap again")
    taps.click(page.visit.finish_button)
    assert page.current_view() == "summary"
    qtmodeltester.check(page.summary_model)  # type: ignore[attr-defined]
    page.show_home()
    assert page.visits_model.rowCount() == 1
    qtmodeltester.check(page.visits_model)  # type: ignore[attr-defined]
    page.visits.selectRow(0)
    taps.click(page.open_button)
    assert page.current_view() == "visit" and page.visit.next_button.text().startswith("Done")
    before = repo.observation(first.id).revision
    taps.click(presence_button(page, "lf02", "not_observed"))
    assert repo.observation(first.id).revision > before
    taps.click(page.visit.next_button)
    assert page.current_view() == "home"
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.visits.selectRow(0)
    taps.click(page.delete_button)
    assert repo.observation(first.id).deleted
    assert page.visits_model.rowCount() == 0


def test_going_back_to_a_skipped_room_from_the_rooms_menu(
    window: MainWindow, qtbot: QtBot, school: SmallSchool, twelve: Framework
) -> None:
    taps = Taps(qtbot)
    round_id = start_round(window, taps, twelve)
    page = page_of(window)
    repo = window.repo
    first_room = page.visit.room.text()
    taps.click(page.visit.skip_button)  # the teacher is giving a test: come back later
    assert "1 skipped" in page.visit.progress.text()
    taps.click(presence_button(page, "lf01", "observed"))  # in the second room now
    second = page.visit.observation
    assert second is not None and page.visit.room.text() != first_room

    button = page.visit.rooms_button
    assert button.isVisible()
    button.fill()
    actions = button.menu_.actions()
    assert len(actions) == 5
    enabled = [a.text() for a in actions if a.isEnabled()]
    assert any(first_room in text and "skipped" in text for text in enabled)
    assert not any("here now" in text for text in enabled)  # the room you are in cannot be chosen
    skipped_stop = next(s for s in repo.round_stops(round_id) if s.status is StopStatus.SKIPPED)
    button.room_chosen.emit(skipped_stop.id)

    assert page.visit.room.text() == first_room
    assert repo.observation(second.id).status is ObservationStatus.COMPLETE  # the room left was completed
    stops = {s.id: s for s in repo.round_stops(round_id)}
    assert stops[skipped_stop.id].status is StopStatus.VISITING
    assert "skipped" not in page.visit.progress.text()


def test_a_saved_route_keeps_start_in_view_and_its_rooms_open_on_demand(
    window: MainWindow, school: SmallSchool, twelve: Framework
) -> None:
    page = page_of(window)
    start = page.start
    start.new_route.click()  # a new route opens its editor at once
    assert start.edit_route.isVisible() and start.edit_route.isChecked() and start.routes.isVisible()
    start.edit_route.click()
    assert not start.routes.isVisible() and start.start.isVisible()
    start.route.setCurrentIndex(0)  # "All rooms, by name": no route to edit
    assert start.route.currentData() == ""
    assert not start.edit_route.isVisible() and not start.routes.isVisible()
