"""School directory: the schools, their rooms (teacher, grade band, subject)
and the people who use the app or are visited.

Every change is committed as it is made: adding is one tap on "Add", and an
edit to a chosen room or person is saved after a pause in typing (written
ahead at once, so a kill keeps it), when the field is left, or when a choice
is made; if the database cannot take it yet, the line under the form says
so and it is saved as soon as it can be. Removing asks first and leaves a tombstone, so past visits keep
their room and names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.model import Person, Role, Room
from walkthrough.core.permissions import Action
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.storage.pending_edits import PendingEdit
from walkthrough.ui import core_text
from walkthrough.ui.access import can, me, role_note, say_role, why_not
from walkthrough.ui.pages.directory_rooms import NO_TEACHER, RoomsColumn, edit_of, field_label, room_edit, room_field
from walkthrough.ui.pending import pending_writes
from walkthrough.ui.widgets.autosave import TextAutosave, line_autosave
from walkthrough.ui.widgets.controls import line_edit, touch_button
from walkthrough.ui.widgets.people_editor import PeopleEditor
from walkthrough.ui.widgets.side_by_side import SideBySide, scrolling_down
from walkthrough.ui.widgets.teams_editor import TeamsEditor

if TYPE_CHECKING:
    from walkthrough.ui.dialogs.roster_import import RosterImportDialog

class DirectoryPage(QWidget):
    choose_profile = Signal()  # ask who is using the app (the first profile is the administrator)
    roster_imported = Signal()  # rooms and people changed behind the other pages

    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.pending = pending_writes(repo)
        self._rooms: list[Room] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        title = QLabel(self.tr("School directory"))
        title.setProperty("heading", True)
        outer.addWidget(title)
        lead = QLabel(self.tr(
            "The rooms of each school, who teaches in them, and everyone who walks, visits or covers. "
            "Changes are saved as you make them."
        ))
        lead.setProperty("subtle", True)
        lead.setWordWrap(True)
        outer.addWidget(lead)
        role_row = QHBoxLayout()
        self.role_line = role_note(self.tr("Who changes the directory"))
        role_row.addWidget(self.role_line, 1)
        self.choose_button = touch_button(self.tr("Choose or add your profile"), self.tr("Choose or add your profile"),
                                          primary=True)
        self.choose_button.clicked.connect(self.choose_profile.emit)
        role_row.addWidget(self.choose_button)
        outer.addLayout(role_row)

        school_row = QHBoxLayout()
        self.school = QComboBox()
        self.school.setAccessibleName(self.tr("School"))
        self.school.setMinimumWidth(320)
        self.school.currentIndexChanged.connect(lambda _i: self._show_school())
        self.new_school = line_edit(self.tr("New school's name"), self.tr("A new school's name"))
        self.add_school = touch_button(self.tr("Add school"), self.tr("Add the school"))
        self.add_school.clicked.connect(self._add_school)
        self.new_school.returnPressed.connect(self._add_school)
        school_row.addWidget(QLabel(self.tr("School")))
        school_row.addWidget(self.school, 1)
        school_row.addSpacing(24)
        school_row.addWidget(self.new_school, 1)
        school_row.addWidget(self.add_school)
        outer.addLayout(school_row)
        roster_row = QHBoxLayout()
        self.import_roster_button = touch_button(self.tr("Import a roster…"),
                                                 self.tr("Import rooms and teachers from a file"))
        self.import_roster_button.clicked.connect(self.open_roster_import)
        roster_hint = QLabel(self.tr("A spreadsheet (.xlsx or .csv) of rooms and teachers; import it again when it "
                                     "changes."))
        roster_hint.setProperty("subtle", True)
        roster_hint.setWordWrap(True)
        self.roster_hint = roster_hint
        roster_row.addWidget(self.import_roster_button)
        roster_row.addWidget(roster_hint, 1)
        outer.addLayout(roster_row)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setWordWrap(True)
        outer.addWidget(self.message)

        columns = SideBySide(20)  # rooms beside people and teams; one above the other on a narrow window
        columns.add(self._rooms_column(), 3)
        right = QVBoxLayout()
        self.people_editor = PeopleEditor(repo)
        self.people_editor.changed.connect(self._people_changed)
        self.people_editor.message.connect(self.say)
        right.addWidget(self.people_editor)
        self.teams_editor = TeamsEditor(repo)
        self.teams_editor.message.connect(self.say)
        right.addWidget(self.teams_editor)
        columns.add(right, 2)
        outer.addWidget(scrolling_down(columns), 1)
        self.refresh()

    # Layout -------------------------------------------------------------
    def _rooms_column(self) -> QWidget:
        parts = RoomsColumn()
        self.rooms, self.room_form, self.room_status = parts.rooms, parts.room_form, parts.room_status
        self.room_name, self.room_grades = parts.room_name, parts.room_grades
        self.room_subject, self.room_teacher = parts.room_subject, parts.room_teacher
        self.add_room, self.clear_room, self.remove_room = parts.add_room, parts.clear_room, parts.remove_room
        self.rooms.itemSelectionChanged.connect(self._room_chosen)
        self.room_savers: dict[str, TextAutosave] = {
            "name": line_autosave(self.room_name, self.pending, self.room_status, field_label("name")),
            "grade_band": line_autosave(edit_of(self.room_grades), self.pending, self.room_status,
                                        field_label("grade_band")),
            "subject": line_autosave(edit_of(self.room_subject), self.pending, self.room_status,
                                     field_label("subject")),
        }
        # A choice from the list is a tap: committed at once.
        self.room_grades.activated.connect(lambda _i: self.room_savers["grade_band"].commit())
        self.room_subject.activated.connect(lambda _i: self.room_savers["subject"].commit())
        self.room_teacher.activated.connect(lambda _i: self._teacher_chosen())
        self.pending.saved.connect(self._edit_saved)
        self.pending.waiting.connect(self._teacher_waiting)
        self.pending.refused.connect(self._teacher_refused)
        self.add_room.clicked.connect(self._add_room)
        self.clear_room.clicked.connect(self._clear_room)
        self.remove_room.clicked.connect(self._remove_room)
        return parts.box

    # Roster ---------------------------------------------------------------
    def open_roster_import(self) -> RosterImportDialog | None:
        from walkthrough.ui.dialogs.roster_import import RosterImportDialog

        if self.school_id is None:
            return None
        dialog = RosterImportDialog(self.repo, self.school_id, self)
        dialog.imported.connect(lambda _plan: self._roster_imported())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.roster_dialog = dialog
        return dialog

    def _roster_imported(self) -> None:
        self.refresh()
        self.roster_imported.emit()

    # Reading ------------------------------------------------------------
    @property
    def school_id(self) -> str | None:
        value = self.school.currentData()
        return str(value) if value else None

    def refresh(self) -> None:
        chosen = self.school_id
        room = self.chosen_room  # a record changed (a teacher saved): the same room stays in the form
        self.school.blockSignals(True)
        self.school.clear()
        for school in self.repo.schools():
            self.school.addItem(school.name, school.id)
        if chosen:
            self.school.setCurrentIndex(max(0, self.school.findData(chosen)))
        self.school.blockSignals(False)
        self._show_school(room.id if room is not None and self.school_id == chosen else None)

    @property
    def editable(self) -> bool:
        return can(self.repo, Action.EDIT_DIRECTORY)

    def _show_role(self) -> None:
        """Say who changes the directory, and make it read-only for anyone else."""
        editable = self.editable
        if self.repo.administrator_count() == 0:
            say_role(self.role_line, self.tr("This directory has no administrator yet. Add yourself first: the "
                                             "first profile added is the administrator, who sets up the school, "
                                             "its rooms and people."))
        elif not editable:
            who = "" if me(self.repo) is None else self.tr(" You can read it here.")
            say_role(self.role_line, why_not(Action.EDIT_DIRECTORY).replace("may change", "change") + who)
        else:
            say_role(self.role_line, "")
        self.choose_button.setVisible(me(self.repo) is None)
        for widget in (self.new_school, self.add_school, self.room_form, self.room_status, self.add_room,
                       self.clear_room, self.remove_room):
            widget.setVisible(editable)
        self.people_editor.set_editable(can(self.repo, Action.ADD_PERSON))
        may_import = can(self.repo, Action.IMPORT_ROSTER) and self.school_id is not None
        self.import_roster_button.setVisible(may_import)
        self.roster_hint.setVisible(may_import)

    def _show_school(self, room_id: str | None = None) -> None:
        has_school = self.school_id is not None
        self._show_role()
        for widget in (self.add_room, self.room_name):
            widget.setEnabled(has_school)
        if not self.editable:
            self.say("")
        elif not has_school:
            self.say(self._start_here)
        elif self.message.text() == self._start_here:
            self.say("")
        self.people_editor.set_school(self.school_id)
        self.teams_editor.set_school(self.school_id)
        self._fill_rooms(select=room_id)

    @property
    def _start_here(self) -> str:
        return self.tr("Start by adding your school: type its name above and tap Add school.")

    def _teachers(self) -> list[Person]:
        return [p for p in self.repo.people(role=Role.TEACHER, school_id=self.school_id)] if self.school_id else []

    def _fill_rooms(self, select: str | None = None, *, keep_form: bool = False) -> None:
        self._rooms = self.repo.rooms(self.school_id) if self.school_id else []
        names = {p.id: p.name for p in self._teachers()}
        self.rooms.blockSignals(True)
        self.rooms.setRowCount(len(self._rooms))
        for row, room in enumerate(self._rooms):
            teacher = names.get(room.teacher_id or "", "—")
            for column, text in enumerate((room.name, room.grade_band, room.subject, teacher)):
                self.rooms.setItem(row, column, QTableWidgetItem(text))
        self.rooms.blockSignals(False)
        shown_teacher = self.room_teacher.currentData()
        self.room_teacher.blockSignals(True)
        self.room_teacher.clear()
        self.room_teacher.addItem(self.tr("No teacher"), NO_TEACHER)
        for person in self._teachers():
            self.room_teacher.addItem(person.name, person.id)
        # Filled again (a change was saved): the form keeps the teacher it shows, never snaps back.
        self.room_teacher.setCurrentIndex(max(0, self.room_teacher.findData(shown_teacher)))
        self.room_teacher.blockSignals(False)
        index = next((i for i, r in enumerate(self._rooms) if r.id == select), -1)
        if index >= 0:
            self.rooms.selectRow(index)
        elif not keep_form:
            self.rooms.clearSelection()
            self._clear_room()

    @property
    def chosen_room(self) -> Room | None:
        rows = self.rooms.selectionModel().selectedRows()
        return self._rooms[rows[0].row()] if rows else None

    def _people_changed(self) -> None:
        self.teams_editor.refresh()
        room = self.chosen_room
        self._fill_rooms(select=room.id if room else None, keep_form=True)

    def say(self, text: str) -> None:
        self.message.setText(text)

    # Schools ------------------------------------------------------------
    def _add_school(self) -> None:
        try:
            school = self.repo.add_school(self.new_school.text(), by=me(self.repo))
        except StoreError as exc:
            self.say(self.tr("The school was not added: {exc}.").format(exc=core_text.text(exc)))
            return
        self.new_school.clear()
        self.refresh()
        self.school.setCurrentIndex(self.school.findData(school.id))
        self.say(self.tr("Added {name}. Now add its rooms and people.").format(name=school.name))

    # Rooms --------------------------------------------------------------
    def _room_chosen(self) -> None:
        room = self.chosen_room
        if room is None:
            return
        for field, saver in self.room_savers.items():
            saver.bind(f"room/{room.id}/{field}", str(getattr(room, field)), room_field(room.id, field, me(self.repo)))
        waiting = self.pending.edit(f"room/{room.id}/teacher_id")
        teacher = waiting.kwargs.get("teacher_id") if waiting is not None else room.teacher_id
        self.room_teacher.setCurrentIndex(max(0, self.room_teacher.findData(teacher or NO_TEACHER)))
        self.room_status.drop(field_label("teacher_id"))
        if waiting is not None and self.pending.fault:
            self.room_status.waiting(field_label("teacher_id"), self.pending.fault, self.pending.journal_problem)
        self.add_room.setEnabled(False)
        self.remove_room.setEnabled(True)

    def _clear_room(self) -> None:
        """An empty form for a new room (what is typed here is added with "Add as a new room")."""
        self.rooms.clearSelection()
        for saver in self.room_savers.values():
            saver.unbind()
        self.room_status.drop(field_label("teacher_id"))
        self.room_grades.setCurrentText("")
        self.room_subject.setCurrentText("")
        self.room_teacher.setCurrentIndex(0)
        self.add_room.setEnabled(self.school_id is not None)
        self.remove_room.setEnabled(False)

    def flush(self) -> None:
        """Commit what is typed in the chosen room's fields."""
        for saver in self.room_savers.values():
            saver.commit()

    def _room_saved(self, room: object) -> None:
        """A room's field is in the database: show it in the table (the form keeps what is typed)."""
        if not isinstance(room, Room):
            return
        for row, shown in enumerate(self._rooms):
            if shown.id == room.id:
                self._rooms[row] = room
                names = {p.id: p.name for p in self._teachers()}
                cells = (room.name, room.grade_band, room.subject, names.get(room.teacher_id or "", "—"))
                for column, text in enumerate(cells):
                    item = self.rooms.item(row, column)
                    if item is not None:
                        item.setText(text)
        self.say(self.tr("Saved: {name}.").format(name=room.name))

    def _teacher_chosen(self) -> None:
        room = self.chosen_room
        if room is None:
            return  # a new room is added with "Add as a new room"
        teacher = self.room_teacher.currentData() or None
        if teacher != room.teacher_id or self.pending.edit(f"room/{room.id}/teacher_id") is not None:
            self.pending.submit(room_edit(room.id, "teacher_id", teacher, by=me(self.repo)))

    def _is_teacher_edit(self, edit: PendingEdit) -> bool:
        room = self.chosen_room
        return room is not None and edit.key == f"room/{room.id}/teacher_id"

    def _edit_saved(self, edit: PendingEdit, result: object) -> None:
        if self._is_teacher_edit(edit):
            self.room_status.saved(field_label("teacher_id"))
        if edit.action == "update_room":  # this room's or one chosen before: the table shows it
            self._room_saved(result)

    def _teacher_waiting(self, edit: PendingEdit, why: str) -> None:
        if self._is_teacher_edit(edit):
            self.room_status.waiting(field_label("teacher_id"), why, self.pending.journal_problem)

    def _teacher_refused(self, edit: PendingEdit, why: str) -> None:
        if self._is_teacher_edit(edit):
            self.room_status.refused(field_label("teacher_id"), why)

    def _add_room(self) -> None:
        if self.school_id is None:
            return
        try:
            room = self.repo.add_room(
                self.school_id,
                self.room_name.text(),
                teacher_id=self.room_teacher.currentData() or None,
                grade_band=self.room_grades.currentText().strip(),
                subject=self.room_subject.currentText().strip(),
                by=me(self.repo),
            )
        except StoreError as exc:
            self.say(self.tr("The room was not added: {exc}.").format(exc=core_text.text(exc)))
            return
        self._fill_rooms()
        self.say(self.tr("Added {name}.").format(name=room.name))
        self.room_name.setFocus()

    def _remove_room(self) -> None:
        room = self.chosen_room
        if room is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove this room?"),
            self.tr("Remove {name} from the directory? Past visits keep it.").format(name=room.name),
            # the safe answer is the default: Enter or a stray tap keeps it
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.repo.remove_room(room.id, by=me(self.repo))
            except StoreError as exc:
                self.say(self.tr("Not removed: {exc}.").format(exc=core_text.text(exc)))
                return
            self._fill_rooms()
            self.say(self.tr("Removed {name}.").format(name=room.name))
