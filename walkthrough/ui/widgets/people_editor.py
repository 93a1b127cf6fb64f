"""The people of a school in the directory: add, rename, change role, remove,
and lift a PIN lockout. An administrator's to change; anyone else reads it.

A rename is saved after a pause in typing (written ahead at once, so a kill
keeps it) or when the field is left; a role is saved when it is chosen. The
line under the form says plainly what the database has not taken yet.
"""

from __future__ import annotations

from collections.abc import Callable

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

from walkthrough.core.model import Person, Role
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.storage.pending_edits import PendingEdit
from walkthrough.ui import core_text
from walkthrough.ui.access import me
from walkthrough.ui.pending import pending_writes
from walkthrough.ui.widgets.autosave import SaveStatus, line_autosave
from walkthrough.ui.widgets.controls import line_edit, touch_button
from walkthrough.ui.widgets.role_names import ROLE_NAMES, role_name


def person_edit(person_id: str, field: str, value: str, text: str | None = None, *, by: str | None) -> PendingEdit:
    label = "Name" if field == "name" else "Role"
    return PendingEdit(f"person/{person_id}/{field}", "update_person", (person_id,), {field: value, "by": by}, label,
                       text)


def _name_edit(person_id: str, by: str | None) -> Callable[[str], PendingEdit]:
    return lambda text: person_edit(person_id, "name", text, text, by=by)


class PeopleEditor(QWidget):
    """Every change is committed as it is made; removing asks first."""

    changed = Signal()  # someone was added, renamed, re-roled or removed
    message = Signal(str)  # what happened, for the page's message line

    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.pending = pending_writes(repo)
        self.school_id: str | None = None
        self.editable = False
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("People"))
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        col.addWidget(heading)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People of the school"))
        self.people.setStyleSheet("QListWidget::item { min-height: 48px; padding-left: 6px; }")
        self.people.currentItemChanged.connect(lambda *_: self._person_chosen())
        col.addWidget(self.people, 1)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        self.person_name = line_edit(self.tr("Person's name"), self.tr("First and last name"))
        self.person_role = QComboBox()
        self.person_role.setAccessibleName(self.tr("Role"))
        for role in ROLE_NAMES:
            self.person_role.addItem(role_name(role), role.value)
        self.person_role.setCurrentIndex(self.person_role.findData(Role.TEACHER.value))
        form.addRow(self.tr("Name"), self.person_name)
        form.addRow(self.tr("Role"), self.person_role)
        col.addWidget(self.form)
        self.status = SaveStatus(self.tr("The chosen person: saved or not"), name_fields=True)
        col.addWidget(self.status)
        self.name_saver = line_autosave(self.person_name, self.pending, self.status, "Name")
        self.person_role.activated.connect(lambda _i: self._person_role_changed())
        self.pending.saved.connect(self._edit_saved)
        self.pending.waiting.connect(self._role_waiting)
        self.pending.refused.connect(self._role_refused)
        self.action_row = QWidget()
        actions = QHBoxLayout(self.action_row)
        actions.setContentsMargins(0, 0, 0, 0)
        self.add_person = touch_button(self.tr("Add as a new person"), self.tr("Add the person"), primary=True)
        self.add_person.clicked.connect(self._add_person)
        # Enter in the name adds the person typed (when it is a new one: a chosen person saves as typed).
        self.person_name.returnPressed.connect(lambda: self._add_person() if self.add_person.isEnabled() else None)
        self.clear_person = touch_button(self.tr("New…"), self.tr("Clear the fields to add another person"))
        self.clear_person.clicked.connect(self._clear_person)
        self.remove_person = touch_button(self.tr("Remove…"), self.tr("Remove the chosen person"))
        self.remove_person.setProperty("danger", True)
        self.remove_person.clicked.connect(self._remove_person)
        self.unlock_person = touch_button(self.tr("Unlock after wrong PINs"),
                                          self.tr("Unlock the chosen profile after too many wrong PINs"))
        self.unlock_person.clicked.connect(self._unlock_person)
        for button in (self.add_person, self.clear_person, self.remove_person):
            actions.addWidget(button)
        actions.addStretch(1)
        col.addWidget(self.action_row)
        col.addWidget(self.unlock_person)  # a row of its own: shown only for a locked profile
        self.set_editable(False)

    def set_editable(self, editable: bool) -> None:
        """Administrators change people; anyone else sees the list only."""
        self.editable = editable
        for widget in (self.form, self.status, self.action_row):
            widget.setVisible(editable)
        if not editable:
            self.unlock_person.setVisible(False)

    def choose(self, person_id: str) -> None:
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == person_id:
                self.people.setCurrentItem(item)
                return

    def set_school(self, school_id: str | None) -> None:
        self.school_id = school_id
        self.fill()

    def fill(self, select: str | None = None, *, keep_form: bool = False) -> None:
        """List the school's people, ``select`` chosen; the form is emptied unless
        someone is chosen or ``keep_form`` (a save came in: keep what is typed)."""
        self.people.blockSignals(True)
        self.people.clear()
        people = self.repo.people(school_id=self.school_id) if self.school_id else []
        for person in people:
            locked = self.tr(" · locked (wrong PINs)") if self.repo.pin_is_locked(person.id) else ""
            left = "" if person.active else self.tr(" · left (no longer on the roster)")
            item = QListWidgetItem(f"{person.name} — {role_name(person.role, in_sentence=True)}{left}{locked}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people.addItem(item)
            if person.id == select:
                self.people.setCurrentItem(item)
        self.people.blockSignals(False)
        if select is None and not keep_form:
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
        self.name_saver.bind(f"person/{person_id}/name", person.name, _name_edit(person_id, me(self.repo)))
        waiting = self.pending.edit(f"person/{person_id}/role")
        role = waiting.kwargs.get("role") if waiting is not None else person.role.value
        self.person_role.setCurrentIndex(self.person_role.findData(role))
        self.status.drop("Role")
        if waiting is not None and self.pending.fault:
            self.status.waiting("Role", self.pending.fault, self.pending.journal_problem)
        self.add_person.setEnabled(False)
        self.remove_person.setEnabled(True)
        self.unlock_person.setVisible(self.editable and self.repo.pin_is_locked(person_id))

    def _clear_person(self) -> None:
        """An empty form for a new person (added with "Add as a new person")."""
        self.people.setCurrentRow(-1)
        self.name_saver.unbind()
        self.status.drop("Role")
        self.person_role.setCurrentIndex(self.person_role.findData(Role.TEACHER.value))
        self.add_person.setEnabled(self.school_id is not None)
        self.remove_person.setEnabled(False)
        self.unlock_person.setVisible(False)

    def flush(self) -> None:
        """Commit what is typed in the chosen person's name."""
        self.name_saver.commit()

    def _person_role_changed(self) -> None:
        person_id = self.chosen_person_id
        if person_id is None:
            return  # a new person is added with "Add as a new person"
        self.pending.submit(person_edit(person_id, "role", str(self.person_role.currentData()), by=me(self.repo)))

    def _is_role_edit(self, edit: PendingEdit) -> bool:
        return self.chosen_person_id is not None and edit.key == f"person/{self.chosen_person_id}/role"

    def _edit_saved(self, edit: PendingEdit, person: object) -> None:
        if edit.action != "update_person" or not isinstance(person, Person):
            return
        if self._is_role_edit(edit):
            self.status.saved("Role")
        self.fill(select=self.chosen_person_id, keep_form=True)  # the list shows it; the form keeps what is typed
        self.changed.emit()
        if "role" in edit.kwargs:
            self.message.emit(self.tr("Saved: {name} is now {role}.").format(name=person.name,
                              role=role_name(person.role, in_sentence=True)))
        else:
            self.message.emit(self.tr("Saved: {name}.").format(name=person.name))

    def _role_waiting(self, edit: PendingEdit, why: str) -> None:
        if self._is_role_edit(edit):
            self.status.waiting("Role", why, self.pending.journal_problem)

    def _role_refused(self, edit: PendingEdit, why: str) -> None:
        if self._is_role_edit(edit):
            self.status.refused("Role", why)

    def _add_person(self) -> None:
        if self.school_id is None:
            return
        try:
            person = self.repo.add_person(self.person_name.text(), str(self.person_role.currentData()), self.school_id,
                                          by=me(self.repo))
        except StoreError as exc:
            self.message.emit(self.tr("Not added: {exc}.").format(exc=core_text.text(exc)))
            return
        self.fill()
        self.changed.emit()
        self.message.emit(self.tr("Added {name} ({role}).").format(name=person.name,
                role=role_name(person.role, in_sentence=True)))
        self.person_name.setFocus()

    def _remove_person(self) -> None:
        person_id = self.chosen_person_id
        if person_id is None:
            return
        person = self.repo.person(person_id)
        pin = (self.tr(" {name} has a PIN: once removed, they can no longer sign in to read their own visits.").format(
                   name=person.name)
               if self.repo.has_pin(person_id) else "")
        answer = QMessageBox.question(
            self, self.tr("Remove this person?"),
            self.tr("Remove {name} from the directory? Their past visits keep their name.{pin}").format(
                    name=person.name, pin=pin),
            # the safe answer is the default: Enter or a stray tap keeps it
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.repo.remove_person(person_id, by=me(self.repo))
            except StoreError as exc:
                self.message.emit(self.tr("Not removed: {why}.").format(why=core_text.text(exc)))
                return
            self.fill()
            self.changed.emit()
            self.message.emit(f"Removed {person.name}.")

    def _unlock_person(self) -> None:
        person_id = self.chosen_person_id
        if person_id is None:
            return
        try:
            self.repo.unlock_profile(person_id, by=me(self.repo))
        except StoreError as exc:
            self.message.emit(self.tr("Not unlocked: {why}.").format(why=core_text.text(exc)))
            return
        self.fill(select=person_id)
        self.message.emit(f"Unlocked {self.repo.person(person_id).name}: they can try their PIN again.")
