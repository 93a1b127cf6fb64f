"""School directory: the schools, their rooms (teacher, grade band, subject)
and the people who use the app or are visited.

Every change is committed as it is made: adding is one tap on "Add", and an
edit to a chosen room or person is saved when the field is left or a choice
is made. Removing asks first and leaves a tombstone, so past visits keep
their room and names.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.model import Person, Role, Room
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.ui.widgets.controls import line_edit, touch_button
from walkthrough.ui.widgets.people_editor import PeopleEditor

GRADE_BANDS = ("K-2", "3-5", "K-5", "6-8", "9-12")
SUBJECTS = (
    "General",
    "Mathematics",
    "English language arts",
    "Science",
    "Social studies",
    "Art",
    "Music",
    "Physical education",
    "Spanish",
    "Special education",
)
NO_TEACHER = ""




def _editable_combo(accessible: str, values: tuple[str, ...]) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(values)
    combo.setAccessibleName(accessible)
    combo.setCurrentText("")
    return combo


def _edit_of(combo: QComboBox) -> QLineEdit:
    edit = combo.lineEdit()
    assert edit is not None, "an editable combo box has a line edit"
    return edit


class DirectoryPage(QWidget):
    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self._rooms: list[Room] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        title = QLabel("School directory")
        title.setProperty("heading", True)
        outer.addWidget(title)
        lead = QLabel(
            "The rooms of each school, who teaches in them, and everyone who walks, visits or covers. "
            "Changes are saved as you make them."
        )
        lead.setProperty("subtle", True)
        lead.setWordWrap(True)
        outer.addWidget(lead)

        school_row = QHBoxLayout()
        self.school = QComboBox()
        self.school.setAccessibleName("School")
        self.school.setMinimumWidth(320)
        self.school.currentIndexChanged.connect(lambda _i: self._show_school())
        self.new_school = line_edit("New school's name", "A new school's name")
        self.add_school = touch_button("Add school", "Add the school")
        self.add_school.clicked.connect(self._add_school)
        self.new_school.returnPressed.connect(self._add_school)
        school_row.addWidget(QLabel("School"))
        school_row.addWidget(self.school, 1)
        school_row.addSpacing(24)
        school_row.addWidget(self.new_school, 1)
        school_row.addWidget(self.add_school)
        outer.addLayout(school_row)
        self.message = QLabel()
        self.message.setAccessibleName("Message")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)

        columns = QGridLayout()
        columns.setHorizontalSpacing(20)
        columns.addWidget(self._rooms_column(), 0, 0)
        self.people_editor = PeopleEditor(repo)
        self.people_editor.changed.connect(self._people_changed)
        self.people_editor.message.connect(self.say)
        columns.addWidget(self.people_editor, 0, 1)
        columns.setColumnStretch(0, 3)
        columns.setColumnStretch(1, 2)
        outer.addLayout(columns, 1)
        self.refresh()

    # Layout -------------------------------------------------------------
    def _rooms_column(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        heading = QLabel("Rooms")
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        col.addWidget(heading)
        self.rooms = QTableWidget(0, 4)
        self.rooms.setAccessibleName("Rooms of the school")
        self.rooms.setHorizontalHeaderLabels(["Room", "Grades", "Subject", "Teacher"])
        self.rooms.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rooms.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rooms.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rooms.verticalHeader().hide()
        self.rooms.verticalHeader().setDefaultSectionSize(40)
        self.rooms.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rooms.itemSelectionChanged.connect(self._room_chosen)
        col.addWidget(self.rooms, 1)
        form = QFormLayout()
        self.room_name = line_edit("Room name", "e.g. Room 104 · Grade 2")
        self.room_grades = _editable_combo("Grade band", GRADE_BANDS)
        self.room_subject = _editable_combo("Subject", SUBJECTS)
        self.room_teacher = QComboBox()
        self.room_teacher.setAccessibleName("Teacher of the room")
        form.addRow("Room", self.room_name)
        form.addRow("Grades", self.room_grades)
        form.addRow("Subject", self.room_subject)
        form.addRow("Teacher", self.room_teacher)
        col.addLayout(form)
        self.room_name.editingFinished.connect(lambda: self._room_changed("name", self.room_name.text()))
        _edit_of(self.room_grades).editingFinished.connect(
            lambda: self._room_changed("grade_band", self.room_grades.currentText().strip())
        )
        self.room_grades.activated.connect(
            lambda _i: self._room_changed("grade_band", self.room_grades.currentText().strip())
        )
        _edit_of(self.room_subject).editingFinished.connect(
            lambda: self._room_changed("subject", self.room_subject.currentText().strip())
        )
        self.room_subject.activated.connect(
            lambda _i: self._room_changed("subject", self.room_subject.currentText().strip())
        )
        self.room_teacher.activated.connect(
            lambda _i: self._room_changed("teacher_id", self.room_teacher.currentData() or None)
        )
        actions = QHBoxLayout()
        self.add_room = touch_button("Add as a new room", "Add the room", primary=True)
        self.add_room.clicked.connect(self._add_room)
        self.clear_room = touch_button("New room…", "Clear the fields to add another room")
        self.clear_room.clicked.connect(self._clear_room)
        self.remove_room = touch_button("Remove room…", "Remove the chosen room")
        self.remove_room.setProperty("danger", True)
        self.remove_room.clicked.connect(self._remove_room)
        for button in (self.add_room, self.clear_room, self.remove_room):
            actions.addWidget(button)
        actions.addStretch(1)
        col.addLayout(actions)
        return box

    # Reading ------------------------------------------------------------
    @property
    def school_id(self) -> str | None:
        value = self.school.currentData()
        return str(value) if value else None

    def refresh(self) -> None:
        chosen = self.school_id
        self.school.blockSignals(True)
        self.school.clear()
        for school in self.repo.schools():
            self.school.addItem(school.name, school.id)
        if chosen:
            self.school.setCurrentIndex(max(0, self.school.findData(chosen)))
        self.school.blockSignals(False)
        self._show_school()

    def _show_school(self) -> None:
        has_school = self.school_id is not None
        for widget in (self.add_room, self.room_name):
            widget.setEnabled(has_school)
        if not has_school:
            self.say("Start by adding your school: type its name above and tap Add school.")
        elif self.message.text().startswith("Start by adding"):
            self.say("")
        self.people_editor.set_school(self.school_id)
        self._fill_rooms()

    def _teachers(self) -> list[Person]:
        return [p for p in self.repo.people(role=Role.TEACHER, school_id=self.school_id)] if self.school_id else []

    def _fill_rooms(self, select: str | None = None) -> None:
        self._rooms = self.repo.rooms(self.school_id) if self.school_id else []
        names = {p.id: p.name for p in self._teachers()}
        self.rooms.blockSignals(True)
        self.rooms.setRowCount(len(self._rooms))
        for row, room in enumerate(self._rooms):
            teacher = names.get(room.teacher_id or "", "—")
            for column, text in enumerate((room.name, room.grade_band, room.subject, teacher)):
                self.rooms.setItem(row, column, QTableWidgetItem(text))
        self.rooms.blockSignals(False)
        self.room_teacher.clear()
        self.room_teacher.addItem("No teacher", NO_TEACHER)
        for person in self._teachers():
            self.room_teacher.addItem(person.name, person.id)
        index = next((i for i, r in enumerate(self._rooms) if r.id == select), -1)
        if index >= 0:
            self.rooms.selectRow(index)
        else:
            self.rooms.clearSelection()
            self._clear_room()

    @property
    def chosen_room(self) -> Room | None:
        rows = self.rooms.selectionModel().selectedRows()
        return self._rooms[rows[0].row()] if rows else None

    def _people_changed(self) -> None:
        room = self.chosen_room
        self._fill_rooms(select=room.id if room else None)

    def say(self, text: str) -> None:
        self.message.setText(text)

    # Schools ------------------------------------------------------------
    def _add_school(self) -> None:
        try:
            school = self.repo.add_school(self.new_school.text())
        except StoreError as exc:
            self.say(f"The school was not added: {exc}.")
            return
        self.new_school.clear()
        self.refresh()
        self.school.setCurrentIndex(self.school.findData(school.id))
        self.say(f"Added {school.name}. Now add its rooms and people.")

    # Rooms --------------------------------------------------------------
    def _room_chosen(self) -> None:
        room = self.chosen_room
        if room is None:
            return
        self.room_name.setText(room.name)
        self.room_grades.setCurrentText(room.grade_band)
        self.room_subject.setCurrentText(room.subject)
        self.room_teacher.setCurrentIndex(max(0, self.room_teacher.findData(room.teacher_id or NO_TEACHER)))
        self.add_room.setEnabled(False)
        self.remove_room.setEnabled(True)

    def _clear_room(self) -> None:
        self.rooms.clearSelection()
        self.room_name.clear()
        self.room_grades.setCurrentText("")
        self.room_subject.setCurrentText("")
        self.room_teacher.setCurrentIndex(0)
        self.add_room.setEnabled(self.school_id is not None)
        self.remove_room.setEnabled(False)

    def _room_changed(self, field: str, value: object) -> None:
        room = self.chosen_room
        if room is None or getattr(room, field) == value:
            return  # a new room is added with "Add as a new room"
        try:
            self.repo.update_room(room.id, **{field: value})
        except StoreError as exc:
            self.say(f"Not changed: {exc}.")
            self._room_chosen()
            return
        self._fill_rooms(select=room.id)
        self.say(f"Saved: {self.repo.room(room.id).name}.")

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
            )
        except StoreError as exc:
            self.say(f"The room was not added: {exc}.")
            return
        self._fill_rooms()
        self.say(f"Added {room.name}.")
        self.room_name.setFocus()

    def _remove_room(self) -> None:
        room = self.chosen_room
        if room is None:
            return
        answer = QMessageBox.question(
            self, "Remove this room?", f"Remove {room.name} from the directory? Past visits keep it."
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.repo.remove_room(room.id)
            self._fill_rooms()
            self.say(f"Removed {room.name}.")
