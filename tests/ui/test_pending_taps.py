"""A tap on a look-for that the database cannot take yet (another process
holds it, the disk is full) is never shown as recorded: the row says "Not
saved yet", the tap is tried again, and it is recorded once the fault clears.
The room is not left while its marks wait."""

from __future__ import annotations

from pathlib import Path

import pytest
from fault_helpers import fill, small_disk, write_lock
from pending_fields import open_window
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from round_helpers import small_school

from walkthrough.core.frameworks import Framework, ResponseType
from walkthrough.core.rounds import StopStatus
from walkthrough.paths import FORMS_DIR
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.widgets.visit_view import VisitView


def _round_window(qtbot: QtBot, repo: Repository) -> tuple[MainWindow, VisitView, Framework]:
    school = small_school(repo, 3)
    framework = repo.framework("blast-empowered-learning")
    repo.start_round(school.school.id, framework, by=school.observer.id)
    window = open_window(qtbot, repo)
    return window, window.walkthroughs_page.visit, framework


def _key(framework: Framework, kind: ResponseType) -> str:
    return next(lf.key for lf in framework.look_fors if lf.response is kind)


def _value(view: VisitView, key: str) -> object:
    assert view.observation is not None
    response = view.repo.responses(view.observation.id).get(key)
    return None if response is None else response.value


def test_a_tap_while_another_process_holds_the_database_shows_not_saved_yet_and_is_recorded_once_it_lets_go(
    qtbot: QtBot, repo: Repository,
) -> None:
    window, view, framework = _round_window(qtbot, repo)
    key = _key(framework, ResponseType.PRESENCE)
    row = view.rows[key]
    assert row.segments is not None
    with write_lock(repo.database_file) as lock:
        qtbot.mouseClick(row.segments.buttons["observed"], Qt.MouseButton.LeftButton)
        assert "Not saved yet" in row.chip.text() and "Observed" not in row.chip.text()
        assert row.property("state") == "waiting"
        assert view.notice.isVisible() and "database is busy" in view.notice.text()
        assert "1 change is not saved yet" in window.waiting_label.text()
        qtbot.wait(1000)
        assert _value(view, key) is None, "the lock held: the tap cannot have been written"
        assert "Not saved yet" in row.chip.text()
        lock.release()
        qtbot.waitUntil(lambda: _value(view, key) == "observed", timeout=3000)
    assert row.chip.text() == "✓  Observed" and row.property("state") == "observed"
    assert not view.notice.isVisible() and not window.waiting_label.isVisible()
    assert view.marked.text().startswith("1 of")


def test_counting_while_the_database_is_held_counts_every_tap(qtbot: QtBot, repo: Repository) -> None:
    _, view, framework = _round_window(qtbot, repo)
    key = _key(framework, ResponseType.TALLY)
    stepper = view.rows[key].stepper
    assert stepper is not None
    with write_lock(repo.database_file) as lock:
        for _ in range(3):
            qtbot.mouseClick(stepper.plus, Qt.MouseButton.LeftButton)
        assert stepper.count.text() == "3" and "Not saved yet" in view.rows[key].chip.text()
        lock.release()
        qtbot.waitUntil(lambda: _value(view, key) == 3, timeout=3000)


def test_next_room_waits_while_a_mark_of_this_room_is_not_saved_and_says_so(qtbot: QtBot, repo: Repository) -> None:
    _, view, framework = _round_window(qtbot, repo)
    key = _key(framework, ResponseType.PRESENCE)
    row = view.rows[key]
    assert row.segments is not None and view.observation is not None and view.round_id is not None
    first = view.observation.id
    with write_lock(repo.database_file) as lock:
        qtbot.mouseClick(row.segments.buttons["not_observed"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
        assert view.observation.id == first, "the room must not be left while its marks wait"
        assert "Not moved on yet" in view.notice.text() and "not saved yet" in view.notice.text()
        lock.release()
        qtbot.waitUntil(lambda: _value(view, key) == "not_observed", timeout=3000)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.observation is not None and view.observation.id != first
    stops = repo.round_stops(view.round_id)
    assert [s.status for s in stops].count(StopStatus.VISITED) == 1


def test_undo_while_the_database_is_held_says_plainly_it_was_not_done(qtbot: QtBot, repo: Repository) -> None:
    _, view, framework = _round_window(qtbot, repo)
    key = _key(framework, ResponseType.PRESENCE)
    row = view.rows[key]
    assert row.segments is not None
    qtbot.mouseClick(row.segments.buttons["observed"], Qt.MouseButton.LeftButton)
    assert _value(view, key) == "observed"
    with write_lock(repo.database_file):
        qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
        assert "Not undone" in view.notice.text() and "busy" in view.notice.text()
        assert row.chip.text() == "✓  Observed"  # still what is stored
    assert _value(view, key) == "observed"


def test_a_tap_on_a_real_full_disk_shows_not_saved_yet_and_is_recorded_once_there_is_room(
    qtbot: QtBot, tmp_path: Path,
) -> None:
    with small_disk(tmp_path, 8192) as disk:
        repo = Repository.open(disk / "walkthrough.sqlite3", background_checkpoints=True)
        try:
            repo.install_framework_files([FORMS_DIR])
            _, view, framework = _round_window(qtbot, repo)
            presence = [lf.key for lf in framework.look_fors if lf.response is ResponseType.PRESENCE]
            filler = fill(disk)
            waited = None
            for key in presence:  # the write-ahead log grows onto the full disk within a few taps
                segments = view.rows[key].segments
                assert segments is not None
                qtbot.mouseClick(segments.buttons["observed"], Qt.MouseButton.LeftButton)
                if "Not saved yet" in view.rows[key].chip.text():
                    waited = key
                    break
            if waited is None:
                pytest.fail("the full disk never refused a tap")
            assert "disk is full" in view.notice.text()
            assert _value(view, waited) is None
            filler.unlink()
            qtbot.waitUntil(lambda: _value(view, waited) == "observed", timeout=3000)
            assert view.rows[waited].chip.text() == "✓  Observed"
        finally:
            view.ticker.stop()
            repo.close()
