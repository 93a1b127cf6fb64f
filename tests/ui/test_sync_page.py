"""The Sync page: folder remembered, sync off the UI thread, pages refreshed, conflicts settled."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QTableWidget, QWidget
from pytestqt.qtbot import QtBot
from sync_helpers import Device, admin_of, devices, school_with_room

from walkthrough.core.model import NoteKind, Role
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Device, Device]]:
    a, b = devices(tmp_path, "office-tablet", "coach-pc")
    yield a, b
    a.repo.close()
    b.repo.close()


def _window(qtbot: QtBot, repo: Repository) -> MainWindow:
    """A window, shown, its start-up sync (when a folder is set) run to the end."""
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.wait(20)  # the start-up sync is queued for the first turn of the event loop
    _wait(qtbot, window)
    return window


def _wait(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.sync_page.runner.busy, timeout=30_000)
    qtbot.wait(20)  # its results delivered on the UI thread


def test_an_import_shows_on_the_open_page_without_a_restart(qtbot: QtBot, pair: tuple[Device, Device]) -> None:
    a, b = pair
    b.repo.add_school("Cedar Ridge Middle", by=admin_of(b))
    window = _window(qtbot, b.repo)
    window.show_page("directory")
    school_with_room(a, "Maple Hollow Elementary")
    bundle = a.export()
    with qtbot.waitSignal(window.changes.records_changed, timeout=30_000) as changed:
        assert window.sync_page.import_files([bundle])
    assert "schools" in changed.args[0]
    _wait(qtbot, window)
    names = [window.directory_page.school.itemText(i) for i in range(window.directory_page.school.count())]
    assert "Maple Hollow Elementary" in names


def test_the_folder_is_chosen_once_and_remembered(qtbot: QtBot, pair: tuple[Device, Device], tmp_path: Path) -> None:
    _, b = pair
    window = _window(qtbot, b.repo)
    page = window.show_page("sync")
    assert page is window.sync_page and not window.sync_page.sync_button.isEnabled()
    shared = tmp_path / "share"
    shared.mkdir()
    window.sync_page.set_folder(shared)
    assert window.sync_page.sync_button.isEnabled()
    again = Repository.open(b.repo.database_file)
    assert again.sync_folder() == str(shared)
    again.close()


def test_sync_now_runs_off_the_ui_thread_and_reports_what_it_brought(
    qtbot: QtBot, pair: tuple[Device, Device], tmp_path: Path
) -> None:
    a, b = pair
    shared = tmp_path / "share"
    shared.mkdir()
    school_with_room(a)
    a.folder_round(shared)
    window = _window(qtbot, b.repo)
    window.show_page("sync")
    page = window.sync_page
    page.set_folder(shared)
    with qtbot.waitSignal(page.runner.started, timeout=5_000):
        assert page.sync_now()
    assert page.bar.isVisible()  # the window stays responsive while the work runs elsewhere
    _wait(qtbot, window)
    assert not page.bar.isVisible()
    assert "1 bundle brought 4 new and 0 changed records" in page.last.text()  # admin, school, teacher, room
    assert page.reports.rowCount() == 1 and page.reports.item(0, 2).text() == "office-tablet"
    assert [s.name for s in b.repo.schools()] == ["Maple Hollow Elementary"]


def test_with_a_folder_set_the_app_syncs_when_it_starts(qtbot: QtBot, pair: tuple[Device, Device],
                                                        tmp_path: Path) -> None:
    a, b = pair
    shared = tmp_path / "share"
    shared.mkdir()
    school_with_room(a)
    a.folder_round(shared)
    b.repo.set_setting("sync_folder", str(shared))
    window = _window(qtbot, b.repo)  # nothing pressed: the start itself syncs
    assert [s.name for s in b.repo.schools()] == ["Maple Hollow Elementary"]
    assert window.sync_page.reports.rowCount() == 1


def test_a_finished_round_starts_a_sync(qtbot: QtBot, pair: tuple[Device, Device], tmp_path: Path) -> None:
    _, b = pair
    shared = tmp_path / "share"
    shared.mkdir()
    school_id, room_id, _ = school_with_room(b)
    admin = b.repo.person(admin_of(b))
    b.repo.switch_profile(admin.id)
    window = _window(qtbot, b.repo)
    _wait(qtbot, window)
    b.repo.set_setting("sync_folder", str(shared))
    round_ = b.repo.start_round(school_id, b.repo.framework("blast-empowered-learning"), by=admin.id,
                                room_ids=[room_id])
    window.walkthroughs_page._round_started(round_.id)
    with qtbot.waitSignal(window.sync_page.runner.started, timeout=5_000):
        qtbot.mouseClick(window.walkthroughs_page.visit.finish_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, window)
    assert len(list(shared.iterdir())) == 1  # the round went into the folder


def test_a_conflict_is_shown_side_by_side_and_settled(qtbot: QtBot, pair: tuple[Device, Device]) -> None:
    a, b = pair
    _, room_id, _ = school_with_room(a)
    admin = a.repo.person(admin_of(a))
    b.take(a.export())
    a.repo.update_room(room_id, name="Room 12 (library)", by=admin.id)
    b.repo.update_room(room_id, name="Room 12A", by=admin.id)
    b.take(a.export(since_last=True))
    b.repo.switch_profile(admin.id)
    window = _window(qtbot, b.repo)
    window.show_page("sync")
    page = window.sync_page
    assert page.tabs.tabText(0) == "Conflicts (1)" and page.conflict_list.count() == 1
    view = page.conflict_view

    def shown_text() -> list[str]:
        return [w.text() for w in view.findChildren(QLabel) if w.isVisible()]

    qtbot.waitUntil(lambda: "Room 12A" in shown_text(), timeout=5_000)
    shown = shown_text()
    assert "Room 12 (library)" in shown and "Room 12A" in shown
    assert any(t.startswith("From office-tablet") for t in shown)
    assert not view.keep.isEnabled()
    field = view.conflict.fields[0] if view.conflict else None
    assert field is not None
    pick = next(i for i, v in enumerate(field.versions) if v.value == "Room 12A")
    view.choose("name", pick)
    assert view.keep.isEnabled()
    qtbot.mouseClick(view.keep, Qt.MouseButton.LeftButton)
    assert b.repo.conflicts() == [] and b.repo.room(room_id).name == "Room 12A"
    assert page.tabs.tabText(0) == "Conflicts (0)"


def test_two_schools_typed_twice_are_merged_from_the_page(qtbot: QtBot, pair: tuple[Device, Device]) -> None:
    a, b = pair
    school_with_room(a)
    admin = b.repo.add_person("Pat Rivera", Role.ADMINISTRATOR, by=None)
    b.repo.add_school("maple hollow elementary", by=admin.id)
    b.take(a.export())
    b.repo.switch_profile(admin.id)
    window = _window(qtbot, b.repo)
    window.show_page("sync")
    page = window.sync_page
    assert page.tabs.tabText(1) == "Possible duplicates (1)" and page.merge_button.isEnabled()
    keep = next(i for i in range(page.keep_combo.count()) if "1 room" in page.keep_combo.itemText(i))
    page.keep_combo.setCurrentIndex(keep)
    page.merge_button.click()
    assert len(b.repo.schools()) == 1 and page.tabs.tabText(1) == "Possible duplicates (0)"


def _all_text(window: MainWindow) -> str:
    found: list[str] = []
    for key in window.page_keys():
        page = window.show_page(key)
        for widget in page.findChildren(QWidget):
            if isinstance(widget, QLabel):
                found.append(widget.text())
            elif isinstance(widget, QListWidget):
                found += [widget.item(i).text() for i in range(widget.count())]
            elif isinstance(widget, QTableWidget):
                found += [widget.item(r, c).text() for r in range(widget.rowCount())
                          for c in range(widget.columnCount()) if widget.item(r, c)]
            elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                top = QModelIndex()
                found += [str(model.data(model.index(r, c, top))) for r in range(model.rowCount(top))
                          for c in range(12) if model.index(r, c, top).isValid()]
    return "\n".join(found)


def test_a_third_devices_screens_show_no_word_of_a_private_visit(qtbot: QtBot, tmp_path: Path) -> None:
    from peer_helpers import FOCUS, NOTE, make_district

    host, visitor, coach = devices(tmp_path, "ben-laptop", "ana-tablet", "coach-pc")
    d = make_district(coach.repo)
    for device in (host, visitor):
        device.take(coach.export())
    host.repo.switch_profile(d.host.id)
    visitor.repo.switch_profile(d.visitor.id)
    host.take(visitor.export(since_last=True))
    plan = host.repo.plan_peer_visit(host_id=d.host.id, day="2025-10-14", start_time="09:10", end_time="09:55",
                                     visitor_ids=[d.visitor.id], by=d.host.id)
    host.repo.set_peer_focus(plan.id, FOCUS, by=d.host.id)
    host.repo.set_peer_consent(plan.id, True, by=d.host.id)
    visitor.take(host.export(since_last=True))
    notes = visitor.repo.begin_peer_notes(plan.id, by=d.visitor.id)
    visitor.repo.add_peer_note(notes.id, NoteKind.NOTICING, NOTE, by=d.visitor.id)
    coach.repo.switch_profile(d.coach.id)
    coach.take(visitor.export(), host.export())
    window = _window(qtbot, coach.repo)
    _wait(qtbot, window)
    text = _all_text(window)
    assert "Ben Ito" in text  # positive control: the screens were read
    assert NOTE not in text and FOCUS not in text
    # The host's own device shows them.
    host.take(visitor.export())
    own = _window(qtbot, host.repo)
    own.show_page("peer")
    own.peer_page.open_debrief(plan.id, notes.id)
    assert NOTE in _all_text_of(own.peer_page)
    for shown in (window, own):
        shown.close()
    for device in (host, visitor, coach):
        device.repo.close()


def _all_text_of(widget: QWidget) -> str:
    parts = [w.text() for w in widget.findChildren(QLabel)]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            parts += [str(model.data(model.index(r, 0, QModelIndex()))) for r in range(model.rowCount(QModelIndex()))]
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    parts += [w.toPlainText() for w in widget.findChildren(QPlainTextEdit)]
    parts += [w.toPlainText() for w in widget.findChildren(QTextEdit)]
    return "\n".join(parts)
