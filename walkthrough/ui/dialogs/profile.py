"""Who is using the app: choose a profile (with its PIN, if it has one), add
yourself, sign out, and set or remove your own PIN.

On a shared tablet switching profile is always explicit: the app never guesses.
Typing in the search box and pressing Enter chooses the one name that matches
(or moves to its PIN); no button of the dialog answers Enter by itself, so
Enter can never sign anyone out. "Add me" makes a teacher (the first profile
of a directory with no administrator is its administrator). An administrator
also sets here how long the app waits without a tap before it signs out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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

from walkthrough.core.model import Person
from walkthrough.core.permissions import Action
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.storage.profile_store import IDLE_CHOICES
from walkthrough.ui import core_text
from walkthrough.ui.profile_label import describe

PIN_PATTERN = r"\d{0,8}"


def _pin_field(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(PIN_PATTERN))
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    field.setAccessibleName(accessible)
    field.setPlaceholderText(QCoreApplication.translate("profile", "4 to 8 digits"))
    return field


def _no_enter(*buttons: QPushButton) -> None:
    """Enter in a field answers that field, never a button of the dialog."""
    for pushed in buttons:
        pushed.setAutoDefault(False)
        pushed.setDefault(False)


def _idle_label(minutes: int) -> str:
    return (QCoreApplication.translate("ProfileDialog", "never") if minutes == 0
            else QCoreApplication.translate("ProfileDialog", "after 1 minute without a tap") if minutes == 1
            else QCoreApplication.translate("ProfileDialog", "after {n} minutes without a tap").format(n=minutes))


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
        self.setWindowTitle(self.tr("Who is using the app?"))
        self.setAccessibleName(self.tr("Choose who is using the app"))
        self.resize(560, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose your own name. Peer visit notes show only to the host and the visitor, "
                       "so on a shared tablet switch to your profile before you open them."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find your name"))
        self.search.setAccessibleName(self.tr("Find your name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._search_entered)
        layout.addWidget(self.search)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People in the directory"))
        self.people.setStyleSheet("QListWidget::item { min-height: 48px; padding-left: 8px; }")
        self.people.currentItemChanged.connect(lambda *_: self._chosen())
        self.people.itemDoubleClicked.connect(lambda _item: self.use_chosen())
        layout.addWidget(self.people, 1)
        pin_row = QHBoxLayout()
        self.pin_label = QLabel(self.tr("PIN"))
        self.pin = _pin_field(self.tr("PIN of the chosen profile"))
        self.pin.returnPressed.connect(self.use_chosen)
        pin_row.addWidget(self.pin_label)
        pin_row.addWidget(self.pin, 1)
        layout.addLayout(pin_row)
        self.problem = _error_label(self.tr("Problem choosing the profile"))
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        self.sign_out_button = QPushButton(self.tr("Nobody: sign out"))
        self.sign_out_button.setAccessibleName(self.tr("Sign out: nobody is using the app"))
        self.sign_out_button.clicked.connect(self.sign_out)
        self.pin_button = QPushButton(self.tr("My PIN…"))
        self.pin_button.setAccessibleName(self.tr("Set or remove the PIN of the current profile"))
        self.pin_button.clicked.connect(self._edit_pin)
        self.use_button = QPushButton(self.tr("Use the app"))
        self.use_button.setProperty("primary", True)
        self.use_button.setAccessibleName(self.tr("Use the app as the chosen person"))
        self.use_button.clicked.connect(self.use_chosen)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel: keep the current profile"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.sign_out_button)
        buttons.addWidget(self.pin_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.use_button)
        layout.addLayout(buttons)
        layout.addWidget(self._add_yourself())
        layout.addWidget(self._idle_row())
        _no_enter(self.sign_out_button, self.pin_button, self.use_button, cancel, self.add_button)
        self._load()

    def _idle_row(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 4, 0, 0)
        row.addWidget(QLabel(self.tr("On this device, sign out")))
        self.idle = QComboBox()
        self.idle.setAccessibleName(self.tr("Sign out after this long without a tap"))
        for minutes in IDLE_CHOICES:
            self.idle.addItem(_idle_label(minutes), minutes)
        self.idle.activated.connect(lambda _i: self._idle_chosen())
        row.addWidget(self.idle, 1)
        self.idle_box = box
        return box

    def _add_yourself(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout()
        row.setContentsMargins(0, 8, 0, 0)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(row)
        row.addWidget(QLabel(self.tr("Not listed?")))
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Your name"))
        self.new_name.setAccessibleName(self.tr("Name of a new profile"))
        self.new_name.returnPressed.connect(self.add_me)
        self.add_button = QPushButton(self.tr("Add me"))
        self.add_button.setAccessibleName(self.tr("Add me to the directory and use the app as me"))
        self.add_button.clicked.connect(self.add_me)
        row.addWidget(self.new_name, 1)
        row.addWidget(self.add_button)
        self.add_note = QLabel()
        self.add_note.setWordWrap(True)
        self.add_note.setProperty("subtle", True)
        self.add_note.setAccessibleName(self.tr("What adding yourself makes you"))
        outer.addWidget(self.add_note)
        return box

    # State ------------------------------------------------------------------
    def _load(self) -> None:
        current = self.repo.current_profile()
        offered = current or self.repo.last_profile()  # a PIN holder at start: offered, PIN asked
        self.people.clear()
        for person in self.repo.people():
            lock = self.tr(" · PIN") if self.repo.has_pin(person.id) else ""
            item = QListWidgetItem(describe(person) + lock)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people.addItem(item)
            if offered is not None and person.id == offered.id:
                self.people.setCurrentItem(item)
        self.sign_out_button.setEnabled(current is not None)
        self.pin_button.setEnabled(current is not None)
        if self.repo.administrator_count() == 0:
            self.add_note.setText(self.tr("This directory has no administrator yet: adding yourself makes you its "
                                  "administrator, who sets up the school, its rooms and its people."))
        else:
            self.add_note.setText(
                    self.tr("Adding yourself makes you a teacher; an administrator can change your role."))
        if self.people.count() == 0:
            self.new_name.setFocus(Qt.FocusReason.OtherFocusReason)  # a new install: add yourself first
        me = current.id if current is not None else None
        self.idle_box.setVisible(self.repo.may(me, Action.CHANGE_SETTINGS))
        self.idle.setCurrentIndex(max(0, self.idle.findData(self.repo.idle_minutes())))
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
        if person_id is None:
            self.use_button.setText(self.tr("Use the app"))
            return
        self.use_button.setText(self.tr("Use the app as {name}").format(name=self.repo.person(person_id).name))
        wait_until = self.repo.pin_locked_until(person_id) if needs_pin else None
        if wait_until is not None:
            if self.repo.pin_is_locked(person_id):
                self.problem.setText(self.tr("This profile is locked after too many wrong PINs: an administrator can "
                                     "unlock it in School directory."))
            else:
                self.problem.setText(self.tr("Too many wrong PINs: wait a little before the next try."))

    def _visible_items(self) -> list[QListWidgetItem]:
        items = (self.people.item(row) for row in range(self.people.count()))
        return [item for item in items if item is not None and not item.isHidden()]

    def _filter(self, text: str) -> None:
        wanted = text.strip().lower()
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item is not None:
                item.setHidden(bool(wanted) and wanted not in item.text().lower())
        current = self.people.currentItem()
        if current is not None and current.isHidden():
            # The chosen person is filtered away: the button must never name someone not shown.
            shown = self._visible_items()
            if shown:
                self.people.setCurrentItem(shown[0])
            else:
                self.people.setCurrentRow(-1)
                self.people.clearSelection()
        elif current is None and len(self._visible_items()) == 1:
            self.people.setCurrentItem(self._visible_items()[0])
        self._chosen()

    def _search_entered(self) -> None:
        """Enter in the search box: the one match is chosen (its PIN asked, if it has one)."""
        shown = self._visible_items()
        if len(shown) != 1:
            if not shown:
                self.problem.setText(self.tr("Nobody matches that name: check the spelling, or add yourself below."))
            else:
                self.problem.setText(self.tr("{n} people match: choose yours in the list.").format(n=len(shown)))
            return
        self.people.setCurrentItem(shown[0])
        person_id = self.chosen_id()
        if person_id is not None and self.repo.has_pin(person_id):
            self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.use_chosen()

    # Actions ----------------------------------------------------------------
    def use_chosen(self) -> None:
        person_id = self.chosen_id()
        if person_id is None:
            return
        try:
            self.repo.switch_profile(person_id, self.pin.text() or None)
        except StoreError as exc:
            self.problem.setText(core_text.text(exc))
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
            self.problem.setText(self.tr("Write your name to add yourself."))
            return
        schools = self.repo.schools()
        try:
            self.repo.add_profile(name, schools[0].id if schools else None)
        except StoreError as exc:
            self.problem.setText(core_text.text(exc))
            return
        self.accept()

    def _idle_chosen(self) -> None:
        current = self.repo.current_profile()
        try:
            self.repo.set_idle_minutes(int(self.idle.currentData()), by=current.id if current else None)
        except StoreError as exc:
            self.problem.setText(core_text.text(exc))

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
        self.setWindowTitle(self.tr("PIN for {name}").format(name=person.name))
        self.setAccessibleName(self.tr("PIN for {name}").format(name=person.name))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A PIN stops anyone else on this tablet from switching to your profile "
                       "and reading your peer visit notes."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.old_pin = _pin_field(self.tr("Current PIN"))
        self.new_pin = _pin_field(self.tr("New PIN"))
        self.repeat_pin = _pin_field(self.tr("New PIN again"))
        if has_pin:
            form.addRow(self.tr("Current PIN"), self.old_pin)
        form.addRow(self.tr("New PIN"), self.new_pin)
        form.addRow(self.tr("New PIN again"), self.repeat_pin)
        layout.addLayout(form)
        self.problem = _error_label(self.tr("Problem with the PIN"))
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Remove my PIN"))
        self.remove_button.setAccessibleName(self.tr("Remove my PIN"))
        self.remove_button.setProperty("danger", True)
        self.remove_button.setVisible(has_pin)
        self.remove_button.clicked.connect(self.remove_pin)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel: leave the PIN as it is"))
        cancel.clicked.connect(self.reject)
        self.set_button = QPushButton(self.tr("Change my PIN") if has_pin else self.tr("Set my PIN"))
        self.set_button.setAccessibleName(self.set_button.text())
        self.set_button.setProperty("primary", True)
        self.set_button.clicked.connect(self.set_pin)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.set_button)
        layout.addLayout(buttons)
        _no_enter(self.remove_button, cancel, self.set_button)

    def _change(self, pin: str | None) -> bool:
        """Set (or remove) the PIN; the current one, if any, is checked (and counted) by the store."""
        try:
            self.repo.set_pin(self.person.id, pin, by=self.person.id, current_pin=self.old_pin.text() or None)
        except StoreError as exc:
            text = core_text.text(exc)
            wrong_pin = "not " + self.person.name in str(exc)  # told apart by its English, whatever is shown
            self.problem.setText(self.tr("The current PIN is not right: ") + text if wrong_pin
                                 else self.tr("Not changed: {text}.").format(text=text))
            self.old_pin.clear()
            return False
        return True

    def set_pin(self) -> None:
        if self.new_pin.text() != self.repeat_pin.text():
            self.problem.setText(self.tr("The two new PINs are not the same."))
            return
        if self._change(self.new_pin.text()):
            self.accept()

    def remove_pin(self) -> None:
        if self._change(None):
            self.accept()
