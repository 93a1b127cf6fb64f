"""Who is using the app: choose a profile (with its PIN, if it has one), add
yourself, sign out, and set or remove your own PIN.

On a shared tablet switching profile is always explicit: the app never guesses.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.model import Person, Role
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError

ROLE_LABELS = {Role.TEACHER: "teacher", Role.COACH: "coach", Role.ADMINISTRATOR: "administrator",
               Role.SUBSTITUTE: "substitute"}
PIN_PATTERN = r"\d{0,8}"


def describe(person: Person) -> str:
    return f"{person.name} ({ROLE_LABELS[person.role]})"


def _pin_field(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(PIN_PATTERN))
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    field.setAccessibleName(accessible)
    field.setPlaceholderText("4 to 8 digits")
    return field


def _error_label(accessible: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(accessible)
    label.setStyleSheet("color: #8a1c11;")
    return label


class ProfileDialog(QDialog):
    """Choose who is using the app."""

    def __init__(self, repo: Repository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.setWindowTitle("Who is using the app?")
        self.setAccessibleName("Choose who is using the app")
        self.resize(560, 640)
        layout = QVBoxLayout(self)
        intro = QLabel("Choose your own name. Peer visit notes show only to the host and the visitor, "
                       "so on a shared tablet switch to your profile before you open them.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Find your name")
        self.search.setAccessibleName("Find your name")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.people = QListWidget()
        self.people.setAccessibleName("People in the directory")
        self.people.setStyleSheet("QListWidget::item { min-height: 48px; padding-left: 8px; }")
        self.people.currentItemChanged.connect(lambda *_: self._chosen())
        self.people.itemDoubleClicked.connect(lambda _item: self.use_chosen())
        layout.addWidget(self.people, 1)
        pin_row = QHBoxLayout()
        self.pin_label = QLabel("PIN")
        self.pin = _pin_field("PIN of the chosen profile")
        self.pin.returnPressed.connect(self.use_chosen)
        pin_row.addWidget(self.pin_label)
        pin_row.addWidget(self.pin, 1)
        layout.addLayout(pin_row)
        self.problem = _error_label("Problem choosing the profile")
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        self.sign_out_button = QPushButton("Nobody: sign out")
        self.sign_out_button.setAccessibleName("Sign out: nobody is using the app")
        self.sign_out_button.clicked.connect(self.sign_out)
        self.pin_button = QPushButton("My PIN…")
        self.pin_button.setAccessibleName("Set or remove the PIN of the current profile")
        self.pin_button.clicked.connect(self._edit_pin)
        self.use_button = QPushButton("Use the app")
        self.use_button.setProperty("primary", True)
        self.use_button.setAccessibleName("Use the app as the chosen person")
        self.use_button.clicked.connect(self.use_chosen)
        cancel = QPushButton("Cancel")
        cancel.setAccessibleName("Cancel: keep the current profile")
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.sign_out_button)
        buttons.addWidget(self.pin_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.use_button)
        layout.addLayout(buttons)
        layout.addWidget(self._add_yourself())
        self._load()

    def _add_yourself(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 8, 0, 0)
        row.addWidget(QLabel("Not listed?"))
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText("Your name")
        self.new_name.setAccessibleName("Name of a new profile")
        self.new_role = QComboBox()
        self.new_role.setAccessibleName("Role of a new profile")
        for role in (Role.TEACHER, Role.COACH, Role.ADMINISTRATOR, Role.SUBSTITUTE):
            self.new_role.addItem(ROLE_LABELS[role], role.value)
        self.add_button = QPushButton("Add me")
        self.add_button.setAccessibleName("Add me to the directory and use the app as me")
        self.add_button.clicked.connect(self.add_me)
        row.addWidget(self.new_name, 1)
        row.addWidget(self.new_role)
        row.addWidget(self.add_button)
        return box

    # State ------------------------------------------------------------------
    def _load(self) -> None:
        current = self.repo.current_profile()
        self.people.clear()
        for person in self.repo.people():
            lock = " · PIN" if self.repo.has_pin(person.id) else ""
            item = QListWidgetItem(describe(person) + lock)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people.addItem(item)
            if current is not None and person.id == current.id:
                self.people.setCurrentItem(item)
        self.sign_out_button.setEnabled(current is not None)
        self.pin_button.setEnabled(current is not None)
        self._chosen()

    def chosen_id(self) -> str | None:
        item = self.people.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def choose(self, person_id: str) -> None:
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == person_id:
                self.people.setCurrentItem(item)
                return

    def _chosen(self) -> None:
        person_id = self.chosen_id()
        needs_pin = person_id is not None and self.repo.has_pin(person_id)
        self.pin.setVisible(needs_pin)
        self.pin_label.setVisible(needs_pin)
        self.pin.clear()
        self.problem.clear()
        self.use_button.setEnabled(person_id is not None)
        if person_id is not None:
            self.use_button.setText(f"Use the app as {self.repo.person(person_id).name}")

    def _filter(self, text: str) -> None:
        wanted = text.strip().lower()
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item is not None:
                item.setHidden(bool(wanted) and wanted not in item.text().lower())

    # Actions ----------------------------------------------------------------
    def use_chosen(self) -> None:
        person_id = self.chosen_id()
        if person_id is None:
            return
        try:
            self.repo.switch_profile(person_id, self.pin.text() or None)
        except StoreError as exc:
            self.problem.setText(str(exc))
            self.pin.selectAll()
            self.pin.setFocus()
            return
        self.accept()

    def sign_out(self) -> None:
        self.repo.switch_profile(None)
        self.accept()

    def add_me(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            self.problem.setText("Write your name to add yourself.")
            return
        schools = self.repo.schools()
        try:
            self.repo.add_profile(name, str(self.new_role.currentData()), schools[0].id if schools else None)
        except StoreError as exc:
            self.problem.setText(str(exc))
            return
        self.accept()

    def _edit_pin(self) -> None:
        current = self.repo.current_profile()
        if current is not None:
            dialog = PinDialog(self.repo, current, self)
            dialog.finished.connect(lambda _result: self._load())
            dialog.open()


class PinDialog(QDialog):
    """Set, change or remove the PIN that guards switching to a profile."""

    def __init__(self, repo: Repository, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.person = person
        has_pin = repo.has_pin(person.id)
        self.setWindowTitle(f"PIN for {person.name}")
        self.setAccessibleName(f"PIN for {person.name}")
        layout = QVBoxLayout(self)
        intro = QLabel("A PIN stops anyone else on this tablet from switching to your profile "
                       "and reading your peer visit notes.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.old_pin = _pin_field("Current PIN")
        self.new_pin = _pin_field("New PIN")
        self.repeat_pin = _pin_field("New PIN again")
        if has_pin:
            form.addRow("Current PIN", self.old_pin)
        form.addRow("New PIN", self.new_pin)
        form.addRow("New PIN again", self.repeat_pin)
        layout.addLayout(form)
        self.problem = _error_label("Problem with the PIN")
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton("Remove my PIN")
        self.remove_button.setAccessibleName("Remove my PIN")
        self.remove_button.setProperty("danger", True)
        self.remove_button.setVisible(has_pin)
        self.remove_button.clicked.connect(self.remove_pin)
        cancel = QPushButton("Cancel")
        cancel.setAccessibleName("Cancel: leave the PIN as it is")
        cancel.clicked.connect(self.reject)
        self.set_button = QPushButton("Change my PIN" if has_pin else "Set my PIN")
        self.set_button.setAccessibleName(self.set_button.text())
        self.set_button.setProperty("primary", True)
        self.set_button.clicked.connect(self.set_pin)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.set_button)
        layout.addLayout(buttons)

    def _old_pin_ok(self) -> bool:
        if self.repo.has_pin(self.person.id) and not self.repo.check_pin(self.person.id, self.old_pin.text()):
            self.problem.setText("The current PIN is not right.")
            return False
        return True

    def set_pin(self) -> None:
        if not self._old_pin_ok():
            return
        if self.new_pin.text() != self.repeat_pin.text():
            self.problem.setText("The two new PINs are not the same.")
            return
        try:
            self.repo.set_pin(self.person.id, self.new_pin.text())
        except StoreError as exc:
            self.problem.setText(f"Not set: {exc}.")
            return
        self.accept()

    def remove_pin(self) -> None:
        if self._old_pin_ok():
            self.repo.set_pin(self.person.id, None)
            self.accept()
