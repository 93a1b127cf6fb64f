"""Setting up a school from an empty install: school, people, rooms, then a round can start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from role_helpers import first_admin

from walkthrough.core.model import Role
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow


@pytest.fixture
def window(qtbot: QtBot, repo: Repository) -> MainWindow:
    win = MainWindow(repo)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    return win


def signed_in_admin(window: MainWindow) -> str:
    """The directory's administrator, signed in (as after "Add me" on a new install)."""
    admin = first_admin(window.repo)
    window.repo.switch_profile(admin.id)
    window.profile_button.refresh()
    window.directory_page.refresh()
    return admin.id


def test_an_empty_install_opens_on_the_directory_and_the_start_form_says_why(window: MainWindow) -> None:
    assert window.current_page_key() == "directory"
    page = window.directory_page
    assert "no administrator yet" in page.role_line.text() and page.choose_button.isVisible()
    assert not page.new_school.isVisible()  # nobody may change the directory before its administrator exists
    signed_in_admin(window)
    assert "Start by adding your school" in page.message.text() and page.new_school.isVisible()
    start = window.walkthroughs_page.start
    assert not start.start.isEnabled()
    assert "No school yet" in start.message.text()


def test_a_principal_sets_up_a_school_and_can_start_a_round(window: MainWindow, qtbot: QtBot) -> None:
    page = window.directory_page
    repo = window.repo
    chooser = window.profile_button.choose()  # the first profile on a new install is its administrator
    qtbot.keyClicks(chooser.new_name, "Pat Rivera")
    qtbot.mouseClick(chooser.add_button, Qt.MouseButton.LeftButton)
    principal = repo.current_profile()
    assert principal is not None and principal.role is Role.ADMINISTRATOR
    page.refresh()
    qtbot.keyClicks(page.new_school, "Cedar Park Elementary")
    qtbot.mouseClick(page.add_school, Qt.MouseButton.LeftButton)
    [school] = repo.schools()
    assert school.name == "Cedar Park Elementary" and page.school_id == school.id

    for name, role in (("Ana Diallo", "teacher"), ("Lee Park", "administrator")):
        page.people_editor.person_name.setText(name)
        page.people_editor.person_role.setCurrentIndex(page.people_editor.person_role.findData(role))
        qtbot.mouseClick(page.people_editor.add_person, Qt.MouseButton.LeftButton)
    assert {(p.name, p.role) for p in repo.people(school_id=school.id)} == {
        ("Ana Diallo", Role.TEACHER), ("Lee Park", Role.ADMINISTRATOR), ("Pat Rivera", Role.ADMINISTRATOR)}
    teacher = repo.people(role=Role.TEACHER)[0]

    page.room_name.setText("Room 12 · Grade 4")
    page.room_grades.setCurrentText("3-5")
    page.room_subject.setCurrentText("General")
    page.room_teacher.setCurrentIndex(page.room_teacher.findData(teacher.id))
    qtbot.mouseClick(page.add_room, Qt.MouseButton.LeftButton)
    [room] = repo.rooms(school.id)
    assert (room.name, room.grade_band, room.subject, room.teacher_id) == (
        "Room 12 · Grade 4", "3-5", "General", teacher.id)
    assert page.rooms.item(0, 3).text() == "Ana Diallo"

    window.show_page("walkthroughs")
    start = window.walkthroughs_page.start
    assert start.start.isEnabled() and start.message.text() == ""


def test_editing_a_chosen_room_is_saved_as_it_is_made(window: MainWindow, qtbot: QtBot) -> None:
    repo = window.repo
    admin = signed_in_admin(window)
    school = repo.add_school("Cedar Park Elementary", by=admin)
    room = repo.add_room(school.id, "Room 3", by=admin)
    page = window.directory_page
    page.refresh()
    page.rooms.selectRow(0)
    assert page.room_name.text() == "Room 3" and not page.add_room.isEnabled()
    subject = page.room_subject.lineEdit()
    assert subject is not None
    subject.clear()
    qtbot.keyClicks(subject, "Mathematics")
    qtbot.keyClick(subject, Qt.Key.Key_Return)
    stored = repo.room(room.id)
    assert stored.subject == "Mathematics" and stored.revision == room.revision + 1
    assert page.rooms.item(0, 2).text() == "Mathematics"
    page.room_name.selectAll()
    qtbot.keyClick(page.room_name, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.room_name, Qt.Key.Key_Return)
    assert "a room needs a name" in page.room_status.text() and page.room_status.isVisible()
    assert repo.room(room.id).name == "Room 3"


def test_removing_a_teacher_leaves_a_tombstone_and_frees_their_room(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = window.repo
    admin = signed_in_admin(window)
    school = repo.add_school("Cedar Park Elementary", by=admin)
    teacher = repo.add_person("Ana Diallo", Role.TEACHER, school.id, by=admin)
    room = repo.add_room(school.id, "Room 3", teacher_id=teacher.id, by=admin)
    page = window.directory_page
    page.refresh()
    page.people_editor.choose(teacher.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.people_editor.remove_person.click()
    assert repo.people(role=Role.TEACHER) == []
    assert repo.person(teacher.id).deleted  # kept for past visits
    assert repo.room(room.id).teacher_id is None


def test_the_first_step_hint_goes_once_a_school_exists(window: MainWindow) -> None:
    page = window.directory_page
    admin = signed_in_admin(window)
    assert page.message.text().startswith("Start by adding")
    window.repo.add_school("Cedar Park Elementary", by=admin)
    page.refresh()
    assert page.message.text() == ""


def test_renaming_a_teacher_shows_in_the_rooms_table(window: MainWindow) -> None:
    repo = window.repo
    admin = signed_in_admin(window)
    school = repo.add_school("Cedar Park Elementary", by=admin)
    teacher = repo.add_person("Ana Diallo", Role.TEACHER, school.id, by=admin)
    repo.add_room(school.id, "Room 3", teacher_id=teacher.id, by=admin)
    page = window.directory_page
    page.refresh()
    editor = page.people_editor
    editor.choose(teacher.id)
    editor.person_name.setText("Ana Diallo-Reyes")
    editor.person_name.editingFinished.emit()
    assert repo.person(teacher.id).name == "Ana Diallo-Reyes"
    assert page.rooms.item(0, 3).text() == "Ana Diallo-Reyes"
    assert "Saved: Ana Diallo-Reyes" in page.message.text()
