"""The school directory's rooms: the table of a school's rooms, the form for the chosen (or a new) room
and its buttons, and the edit each field saves. Part of
:class:`walkthrough.ui.pages.directory.DirectoryPage` (its strings keep that context).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from walkthrough.storage.pending_edits import PendingEdit
from walkthrough.ui.widgets.autosave import SaveStatus
from walkthrough.ui.widgets.controls import line_edit, touch_button

GRADE_BANDS = ("K-2", "3-5", "K-5", "6-8", "9-12")
#: Offered in the subject field (free text: a school types its own); shown in the interface's language.
SUBJECTS = (
    QT_TRANSLATE_NOOP("DirectoryPage", "General"),
    QT_TRANSLATE_NOOP("DirectoryPage", "Mathematics"),
    QT_TRANSLATE_NOOP("DirectoryPage", "English language arts"),
    QT_TRANSLATE_NOOP("DirectoryPage", "Science"),
    QT_TRANSLATE_NOOP("DirectoryPage", "Social studies"),
    QT_TRANSLATE_NOOP("DirectoryPage", "Art"),
    QT_TRANSLATE_NOOP("DirectoryPage", "Music"),
    QT_TRANSLATE_NOOP("DirectoryPage", "Physical education"),
    QT_TRANSLATE_NOOP("DirectoryPage", "Spanish"),
    QT_TRANSLATE_NOOP("DirectoryPage", "Special education"),
)
NO_TEACHER = ""
ROOM_FIELDS = {"name": QT_TRANSLATE_NOOP("DirectoryPage", "Room name"),
               "grade_band": QT_TRANSLATE_NOOP("DirectoryPage", "Grades"),
               "subject": QT_TRANSLATE_NOOP("DirectoryPage", "Subject")}


def _tr(text: object) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP, typed ``object`` in PySide6) in the interface's language."""
    return QCoreApplication.translate("DirectoryPage", str(text))


def field_label(field: str) -> str:
    """A room field's name as the form and its save line say it (the teacher's field is "Teacher")."""
    return _tr(str(ROOM_FIELDS[field])) if field in ROOM_FIELDS else _tr("Teacher")


def room_edit(room_id: str, field: str, value: object, text: str | None = None, *, by: str | None) -> PendingEdit:
    """The edit that sets one field of a room (``text``: what the field shows), made by ``by``."""
    label = field_label(field)
    return PendingEdit(f"room/{room_id}/{field}", "update_room", (room_id,), {field: value, "by": by}, label, text)


def room_field(room_id: str, field: str, by: str | None) -> Callable[[str], PendingEdit]:
    """The edit a room field's autosave makes of what is typed."""
    return lambda text: room_edit(room_id, field, text.strip(), text, by=by)


class _OpensOnTap(QObject):
    """A tap anywhere in an editable dropdown's field opens its list (not only the 14 px arrow);
    typing still types."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and not self.combo.view().isVisible():
            self.combo.showPopup()
        return False


def editable_combo(accessible: str, values: tuple[str, ...]) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(values)
    combo.setAccessibleName(accessible)
    combo.setCurrentText("")
    combo.setMinimumHeight(48)
    edit_of(combo).installEventFilter(_OpensOnTap(combo))
    return combo


def edit_of(combo: QComboBox) -> QLineEdit:
    edit = combo.lineEdit()
    assert edit is not None, "an editable combo box has a line edit"
    return edit


class RoomsColumn:
    """The rooms table, the room form and its buttons, laid out in ``box`` (the page connects them)."""

    def __init__(self) -> None:
        self.box = QWidget()
        col = QVBoxLayout(self.box)
        col.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(QCoreApplication.translate("DirectoryPage", "Rooms"))
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        col.addWidget(heading)
        self.rooms = QTableWidget(0, 4)
        self.rooms.setAccessibleName(QCoreApplication.translate("DirectoryPage", "Rooms of the school"))
        self.rooms.setHorizontalHeaderLabels([
            QCoreApplication.translate("DirectoryPage", "Room"), QCoreApplication.translate("DirectoryPage", "Grades"),
            QCoreApplication.translate("DirectoryPage", "Subject"),
            QCoreApplication.translate("DirectoryPage", "Teacher")])
        self.rooms.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rooms.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rooms.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rooms.verticalHeader().hide()
        self.rooms.verticalHeader().setDefaultSectionSize(40)
        self.rooms.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        col.addWidget(self.rooms, 1)
        self.room_form = QWidget()
        form = QFormLayout(self.room_form)
        form.setContentsMargins(0, 0, 0, 0)
        self.room_name = line_edit(QCoreApplication.translate("DirectoryPage", "Room name"),
                                   QCoreApplication.translate("DirectoryPage", "e.g. Room 104 · Grade 2"))
        self.room_grades = editable_combo(QCoreApplication.translate("DirectoryPage", "Grade band"), GRADE_BANDS)
        self.room_subject = editable_combo(QCoreApplication.translate("DirectoryPage", "Subject"),
                                           tuple(_tr(str(subject)) for subject in SUBJECTS))
        self.room_teacher = QComboBox()
        self.room_teacher.setAccessibleName(QCoreApplication.translate("DirectoryPage", "Teacher of the room"))
        form.addRow(QCoreApplication.translate("DirectoryPage", "Room"), self.room_name)
        form.addRow(QCoreApplication.translate("DirectoryPage", "Grades"), self.room_grades)
        form.addRow(QCoreApplication.translate("DirectoryPage", "Subject"), self.room_subject)
        form.addRow(QCoreApplication.translate("DirectoryPage", "Teacher"), self.room_teacher)
        col.addWidget(self.room_form)
        self.room_status = SaveStatus(QCoreApplication.translate("DirectoryPage", "The chosen room: saved or not"),
                                      name_fields=True)
        col.addWidget(self.room_status)
        actions = QHBoxLayout()
        self.add_room = touch_button(QCoreApplication.translate("DirectoryPage", "Add as a new room"),
                                     QCoreApplication.translate("DirectoryPage", "Add the room"), primary=True)
        self.clear_room = touch_button(QCoreApplication.translate("DirectoryPage", "New room…"),
                                       QCoreApplication.translate("DirectoryPage",
                                                                  "Clear the fields to add another room"))
        self.remove_room = touch_button(QCoreApplication.translate("DirectoryPage", "Remove room…"),
                                        QCoreApplication.translate("DirectoryPage", "Remove the chosen room"))
        self.remove_room.setProperty("danger", True)
        for button in (self.add_room, self.clear_room, self.remove_room):
            actions.addWidget(button)
        actions.addStretch(1)
        col.addLayout(actions)
