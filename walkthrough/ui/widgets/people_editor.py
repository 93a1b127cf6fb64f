"""The people of a school in the directory: add, rename, change role, remove."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.model import Role
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.ui.widgets.controls import line_edit, touch_button

ROLE_NAMES = {
    Role.ADMINISTRATOR: "Administrator",
    Role.COACH: "Coach",
    Role.TEACHER: "Teacher",
    Role.SUBSTITUTE: "Substitute",
}




class PeopleEditor(QWidget):
    """Every change is committed as it is made; removing asks first."""

    changed = Signal()  # someone was added, renamed, re-roled or removed
    message = Signal(str)  # what happened, for the page's message line

    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.school_id: str | None = None
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        heading = QLabel("People")
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        col.addWidget(heading)
        self.people = QListWidget()
        self.people.setAccessibleName("People of the school")
        self.people.setStyleSheet("QListWidget::item { min-height: 40px; padding-left: 6px; }")
        self.people.currentItemChanged.connect(lambda *_: self._person_chosen())
        col.addWidget(self.people, 1)
        form = QFormLayout()
        self.person_name = line_edit("Person's name", "First and last name")
        self.person_role = QComboBox()
        self.person_role.setAccessibleName("Role")
        for role, label in ROLE_NAMES.items():
            self.person_role.addItem(label, role.value)
        self.person_role.setCurrentIndex(self.person_role.findData(Role.TEACHER.value))
        form.addRow("Name", self.person_name)
        form.addRow("Role", self.person_role)
        col.addLayout(form)
        self.person_name.editingFinished.connect(self._person_renamed)
        self.person_role.activated.connect(lambda _i: self._person_role_changed())
        actions = QHBoxLayout()
        self.add_person = touch_button("Add as a new person", "Add the person", primary=True)
        self.add_person.clicked.connect(self._add_person)
        self.clear_person = touch_button("New…", "Clear the fields to add another person")
        self.clear_person.clicked.connect(self._clear_person)
        self.remove_person = touch_button("Remove…", "Remove the chosen person")
        self.remove_person.setProperty("danger", True)
        self.remove_person.clicked.connect(self._remove_person)
        for button in (self.add_person, self.clear_person, self.remove_person):
            actions.addWidget(button)
        actions.addStretch(1)
        col.addLayout(actions)

    def set_school(self, school_id: str | None) -> None:
        self.school_id = school_id
        self.fill()

    def fill(self, select: str | None = None) -> None:
        self.people.blockSignals(True)
        self.people.clear()
        people = self.repo.people(school_id=self.school_id) if self.school_id else []
        for person in people:
            item = QListWidgetItem(f"{person.name} — {ROLE_NAMES[person.role].lower()}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people.addItem(item)
            if person.id == select:
                self.people.setCurrentItem(item)
        self.people.blockSignals(False)
        if select is None:
            self._clear_person()

    @property
    def chosen_person_id(self) -> str | None:
        item = self.people.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _person_chosen(self) -> None:
        person_id = self.chosen_person_id
        if person_id is None:
            return
        person = self.repo.person(person_id)
        self.person_name.setText(person.name)
        self.person_role.setCurrentIndex(self.person_role.findData(person.role.value))
        self.add_person.setEnabled(False)
        self.remove_person.setEnabled(True)

    def _clear_person(self) -> None:
        self.people.setCurrentRow(-1)
        self.person_name.clear()
        self.person_role.setCurrentIndex(self.person_role.findData(Role.TEACHER.value))
        self.add_person.setEnabled(self.school_id is not None)
        self.remove_person.setEnabled(False)

    def _person_renamed(self) -> None:
        person_id = self.chosen_person_id
        if person_id is None or self.repo.person(person_id).name == self.person_name.text().strip():
            return
        try:
            person = self.repo.update_person(person_id, name=self.person_name.text())
        except StoreError as exc:
            self.message.emit(f"Not changed: {exc}.")
            return
        self.fill(select=person.id)
        self.changed.emit()
        self.message.emit(f"Saved: {person.name}.")

    def _person_role_changed(self) -> None:
        person_id = self.chosen_person_id
        if person_id is None:
            return
        person = self.repo.update_person(person_id, role=str(self.person_role.currentData()))
        self.fill(select=person.id)
        self.changed.emit()
        self.message.emit(f"Saved: {person.name} is now {ROLE_NAMES[person.role].lower()}.")

    def _add_person(self) -> None:
        if self.school_id is None:
            return
        try:
            person = self.repo.add_person(self.person_name.text(), str(self.person_role.currentData()), self.school_id)
        except StoreError as exc:
            self.message.emit(f"Not added: {exc}.")
            return
        self.fill()
        self.changed.emit()
        self.message.emit(f"Added {person.name} ({ROLE_NAMES[person.role].lower()}).")
        self.person_name.setFocus()

    def _remove_person(self) -> None:
        person_id = self.chosen_person_id
        if person_id is None:
            return
        person = self.repo.person(person_id)
        answer = QMessageBox.question(
            self, "Remove this person?", f"Remove {person.name} from the directory? Their past visits keep their name."
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.repo.remove_person(person_id)
            self.fill()
            self.changed.emit()
            self.message.emit(f"Removed {person.name}.")
