"""Every text field that saves itself, opened in the real main window, for the
fault tests: where to type, what the database holds, and the line that says
whether it is saved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from peer_helpers import make_district, planned_visit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot
from role_helpers import first_admin
from round_helpers import small_school

from walkthrough.core.frameworks import ResponseType
from walkthrough.core.model import NoteKind, Role
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.widgets.autosave import SaveStatus


@dataclass
class Field:
    window: MainWindow
    widget: QLineEdit | QPlainTextEdit
    stored: Callable[[], str]
    status: SaveStatus
    text: str  # what a test types (chosen so that no completer changes it)


def open_window(qtbot: QtBot, repo: Repository) -> MainWindow:
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _debrief(qtbot: QtBot, repo: Repository, which: str) -> Field:
    d = make_district(repo)
    visit = planned_visit(repo, d)
    observation = repo.begin_peer_notes(visit.id, by=d.visitor.id)
    repo.add_peer_note(observation.id, NoteKind.NOTICING, "Pairs compared answers.", by=d.visitor.id)
    repo.switch_profile(d.host.id)
    window = open_window(qtbot, repo)
    window.show_page("peer")
    qtbot.mouseClick(window.peer_page.debrief_button, Qt.MouseButton.LeftButton)
    editor = getattr(window.peer_page.debrief, which)
    return Field(window, editor.editor, lambda: str(getattr(repo.peer_visit(visit.id), which)), editor.status,
                 "Partners explained their sorting to each other, then asked why.")


def reflection(qtbot: QtBot, repo: Repository) -> Field:
    return _debrief(qtbot, repo, "reflection")


def next_step(qtbot: QtBot, repo: Repository) -> Field:
    return _debrief(qtbot, repo, "next_step")


def _plan(qtbot: QtBot, repo: Repository) -> tuple[MainWindow, str]:
    d = make_district(repo)
    visit = planned_visit(repo, d, focus="", consent=False)
    repo.switch_profile(d.host.id)
    window = open_window(qtbot, repo)
    window.show_page("peer")
    window.peer_page.list.setCurrentRow(0)
    return window, visit.id


def focus(qtbot: QtBot, repo: Repository) -> Field:
    window, visit_id = _plan(qtbot, repo)
    editor = window.peer_page.editor.focus
    return Field(window, editor.editor, lambda: repo.peer_visit(visit_id).focus, editor.status,
                 "Who does the talking during partner work?")


def period(qtbot: QtBot, repo: Repository) -> Field:
    window, visit_id = _plan(qtbot, repo)
    plan = window.peer_page.editor
    return Field(window, plan.period, lambda: repo.peer_visit(visit_id).period, plan.when_status,
                 "Period 5 after lunch")


def _directory(qtbot: QtBot, repo: Repository) -> tuple[MainWindow, str, str]:
    school = repo.add_school("Cedar Park Elementary", by=first_admin(repo).id)
    room = repo.add_room(school.id, "Room 3", grade_band="K-2", subject="General", by=first_admin(repo).id)
    person = repo.add_person("Ana Diallo", Role.TEACHER, school.id, by=first_admin(repo).id)
    repo.switch_profile(first_admin(repo).id)  # the directory is changed by its administrator
    window = open_window(qtbot, repo)
    page = window.directory_page
    window.show_page("directory")
    page.rooms.selectRow(0)
    page.people_editor.people.setCurrentRow(0)
    return window, room.id, person.id


def room_name(qtbot: QtBot, repo: Repository) -> Field:
    window, room_id, _ = _directory(qtbot, repo)
    page = window.directory_page
    return Field(window, page.room_name, lambda: repo.room(room_id).name, page.room_status, "Room 3B · Grade 2")


def room_grades(qtbot: QtBot, repo: Repository) -> Field:
    window, room_id, _ = _directory(qtbot, repo)
    page = window.directory_page
    edit = page.room_grades.lineEdit()
    assert edit is not None
    return Field(window, edit, lambda: repo.room(room_id).grade_band, page.room_status, "Pre-K and K")


def room_subject(qtbot: QtBot, repo: Repository) -> Field:
    window, room_id, _ = _directory(qtbot, repo)
    page = window.directory_page
    edit = page.room_subject.lineEdit()
    assert edit is not None
    return Field(window, edit, lambda: repo.room(room_id).subject, page.room_status, "Robotics and coding")


def person_name(qtbot: QtBot, repo: Repository) -> Field:
    window, _, person_id = _directory(qtbot, repo)
    editor = window.directory_page.people_editor
    return Field(window, editor.person_name, lambda: repo.person(person_id).name, editor.status,
                 "Ana Diallo-Reyes")


def route_name(qtbot: QtBot, repo: Repository) -> Field:
    school = small_school(repo, 3)
    route = repo.add_route(school.school.id, "Route 1", [r.id for r in school.rooms], by=first_admin(repo).id)
    window = open_window(qtbot, repo)
    start = window.walkthroughs_page.start
    start.route.setCurrentIndex(start.route.findData(route.id))
    qtbot.mouseClick(start.edit_route, Qt.MouseButton.LeftButton)
    editor = start.routes
    assert editor.isVisible() and editor.name.text() == "Route 1"
    return Field(window, editor.name, lambda: repo.route(route.id).name, editor.status, "Upstairs wing first")


def _blast(qtbot: QtBot, repo: Repository) -> tuple[MainWindow, str]:
    school = small_school(repo, 3)
    framework = repo.framework("blast-empowered-learning")
    round_ = repo.start_round(school.school.id, framework, by=school.observer.id)
    window = open_window(qtbot, repo)
    view = window.walkthroughs_page.visit
    assert view.round_id == round_.id and view.observation is not None
    return window, view.observation.id


def blast_text(qtbot: QtBot, repo: Repository) -> Field:
    window, observation_id = _blast(qtbot, repo)
    view = window.walkthroughs_page.visit
    key = next(k for k, row in view.rows.items() if row.look_for.response is ResponseType.TEXT)
    row = view.rows[key]
    assert row.text is not None

    def stored() -> str:
        response = repo.responses(observation_id).get(key)
        return str(response.value) if response is not None and response.value is not None else ""

    return Field(window, row.text, stored, row.status, "Two students explained their model to a third")


def blast_note(qtbot: QtBot, repo: Repository) -> Field:
    window, observation_id = _blast(qtbot, repo)
    view = window.walkthroughs_page.visit
    key = next(k for k, row in view.rows.items() if row.note is not None)
    row = view.rows[key]
    assert row.note is not None and row.note_button is not None
    qtbot.mouseClick(row.note_button, Qt.MouseButton.LeftButton)
    assert row.note.isVisible()

    def stored() -> str:
        response = repo.responses(observation_id).get(key)
        return response.note if response is not None else ""

    return Field(window, row.note, stored, row.status, "Students chose their own station")


EVERY_FIELD: dict[str, Callable[[QtBot, Repository], Field]] = {
    "debrief reflection": reflection,
    "debrief next step": next_step,
    "peer visit focus": focus,
    "peer visit period": period,
    "room name": room_name,
    "room grades": room_grades,
    "room subject": room_subject,
    "person name": person_name,
    "route name": route_name,
    "blast text look-for": blast_text,
    "blast evidence note": blast_note,
}


def type_over(qtbot: QtBot, field: Field, text: str) -> None:
    """Replace what the field holds by typing ``text``, key by key."""
    field.widget.setFocus()
    field.widget.selectAll()
    qtbot.keyClicks(field.widget, text)
