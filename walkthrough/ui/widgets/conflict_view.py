"""A conflict side by side: each device's version of each field, and "keep this one".

Two devices changed the same field at once (or one deleted what the other
changed). Each version is shown with the device it came from; the value in
use now (the same on every device) is marked. A person picks one per field
and keeps it: that choice syncs like any change.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.permissions import NotAllowed
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.storage.conflict_store import Conflict, FieldConflict
from walkthrough.ui import core_text
from walkthrough.ui.widgets.controls import touch_button

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("ConflictView", "Name"),
    "subject": QT_TRANSLATE_NOOP("ConflictView", "Subject"),
    "grade_band": QT_TRANSLATE_NOOP("ConflictView", "Grade band"),
    "teacher_id": QT_TRANSLATE_NOOP("ConflictView", "Teacher"),
    "role": QT_TRANSLATE_NOOP("ConflictView", "Role"),
    "school_id": QT_TRANSLATE_NOOP("ConflictView", "School"),
    "room_id": QT_TRANSLATE_NOOP("ConflictView", "Room"),
    "deleted": QT_TRANSLATE_NOOP("ConflictView", "Kept or deleted"),
    "value": QT_TRANSLATE_NOOP("ConflictView", "Response"),
    "not_applicable": QT_TRANSLATE_NOOP("ConflictView", "Not applicable"),
    "note": QT_TRANSLATE_NOOP("ConflictView", "Note"),
    "text": QT_TRANSLATE_NOOP("ConflictView", "Text"),
    "kind": QT_TRANSLATE_NOOP("ConflictView", "Kind"),
    "status": QT_TRANSLATE_NOOP("ConflictView", "Status"),
    "focus": QT_TRANSLATE_NOOP("ConflictView", "Focus"),
    "reflection": QT_TRANSLATE_NOOP("ConflictView", "Reflection"),
    "next_step": QT_TRANSLATE_NOOP("ConflictView", "Next step"),
    "day": QT_TRANSLATE_NOOP("ConflictView", "Day"),
    "start_time": QT_TRANSLATE_NOOP("ConflictView", "Starts"),
    "end_time": QT_TRANSLATE_NOOP("ConflictView", "Ends"),
    "period": QT_TRANSLATE_NOOP("ConflictView", "Period"),
    "visibility": QT_TRANSLATE_NOOP("ConflictView", "Shared or private"),
    "observer_id": QT_TRANSLATE_NOOP("ConflictView", "Observer"),
    "host_id": QT_TRANSLATE_NOOP("ConflictView", "Host"),
    "substitute_id": QT_TRANSLATE_NOOP("ConflictView", "Substitute"),
    "cover_needed": QT_TRANSLATE_NOOP("ConflictView", "Cover needed"),
    "room_ids": QT_TRANSLATE_NOOP("ConflictView", "Rooms of the route"),
    "position": QT_TRANSLATE_NOOP("ConflictView", "Position"),
}
_PEOPLE_FIELDS = {"teacher_id", "observer_id", "host_id", "substitute_id", "consent_by", "shared_by", "created_by"}


class ConflictView(QWidget):
    resolved = Signal()

    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.conflict: Conflict | None = None
        self.groups: dict[str, QButtonGroup] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Choose a conflict on the left to settle it."))
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Conflict"))
        self.title.setStyleSheet("font-size: 17px; font-weight: 600;")
        outer.addWidget(self.title)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setProperty("subtle", True)
        outer.addWidget(self.explain)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(self.body)
        outer.addWidget(scroll, 1)
        self.keep = touch_button(self.tr("Keep the chosen values"), self.tr("Keep the chosen values"), primary=True)
        self.keep.clicked.connect(self.keep_chosen)
        outer.addWidget(self.keep)
        self.show_conflict(None)

    def show_conflict(self, conflict: Conflict | None) -> None:
        self.conflict = conflict
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.groups = {}
        self.keep.setVisible(conflict is not None)
        if conflict is None:
            self.title.setText(self.tr("Choose a conflict on the left to settle it."))
            self.explain.setText("")
            return
        self.title.setText(self.tr("{capitalize}: {title}").format(capitalize=conflict.kind.capitalize(),
                title=conflict.title))
        self.explain.setText(
            (self.tr("It was deleted on one device and changed on another, so it is kept until you choose. ")
             if conflict.deleted_on_one else self.tr("Two devices changed it at the same time. "))
            + self.tr("The version marked “In use now” is what every device shows until you choose."))
        for field in conflict.fields:
            box = self._field_box(field)
            self.body_layout.addWidget(box)
            box.show()  # at once, not on the next turn of the event loop
        self._update_keep()

    def _field_box(self, field: FieldConflict) -> QGroupBox:
        label = FIELD_LABELS.get(field.field)
        box = QGroupBox(self.tr(str(label)) if label else field.field.replace("_", " ").capitalize())
        box.setStyleSheet("QGroupBox { font-weight: 600; border: none; margin-top: 18px; }"
                          " QGroupBox::title { subcontrol-origin: margin; left: 0; }")
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 4, 0, 4)
        group = QButtonGroup(box)
        group.setExclusive(True)
        self.groups[field.field] = group
        for number, version in enumerate(field.versions):
            card = QFrame()
            card.setObjectName("conflictVersion")
            card.setStyleSheet("QFrame#conflictVersion { background: white; border: 1px solid #d5dbe1;"
                               " border-radius: 8px; }"
                               + (" QFrame#conflictVersion { border: 2px solid #1f6feb; }" if version.shown else ""))
            column = QVBoxLayout(card)
            device = QLabel(self.tr("From {device_name}").format(device_name=version.device_name))
            device.setProperty("subtle", True)
            device.setWordWrap(True)
            column.addWidget(device)
            if version.shown:
                badge = QLabel(self.tr("In use now on every device"))
                badge.setStyleSheet("color: #1f6feb; font-weight: 600;")
                column.addWidget(badge)
            value = QLabel(self.describe(field.field, version.value))
            value.setWordWrap(True)
            value.setAccessibleName(self.tr("{title} from {device_name}").format(title=box.title(),
                    device_name=version.device_name))
            value.setStyleSheet("font-size: 17px;")
            choose = touch_button(self.tr("Keep this one"), self.tr("Keep {lower} from {device_name}").format(
                    lower=box.title().lower(), device_name=version.device_name))
            choose.setCheckable(True)
            group.addButton(choose, number)
            choose.toggled.connect(lambda _on: self._update_keep())
            column.addWidget(value)
            column.addWidget(choose)
            row.addWidget(card, 1)
        return box

    def describe(self, field: str, value: object) -> str:
        if field == "deleted":
            return self.tr("Deleted") if value else self.tr("Kept (with the other device's changes)")
        if value is None or value == "":
            return self.tr("(empty)")
        if field in _PEOPLE_FIELDS and isinstance(value, str):
            return self._name("people", value)
        if field == "room_id" and isinstance(value, str):
            return self._name("rooms", value)
        if field == "school_id" and isinstance(value, str):
            return self._name("schools", value)
        if field == "value" and isinstance(value, str):
            try:
                shown = json.loads(value)
            except ValueError:
                return value
            return str(shown).replace("_", " ")
        return str(value)

    def _name(self, table: str, record_id: str) -> str:
        return self.repo.record_name(table, record_id) or self.tr("(someone no longer in the directory)")

    def _update_keep(self) -> None:
        self.keep.setEnabled(bool(self.groups) and all(g.checkedId() >= 0 for g in self.groups.values()))

    def choose(self, field: str, number: int) -> None:
        """Pick version ``number`` of ``field`` (as a tap on its "Keep this one")."""
        button = self.groups[field].button(number)
        assert button is not None
        button.setChecked(True)

    def keep_chosen(self) -> None:
        conflict = self.conflict
        if conflict is None:
            return
        choices = {f.field: f.versions[self.groups[f.field].checkedId()].value for f in conflict.fields}
        profile = self.repo.current_profile()
        try:
            self.repo.resolve_conflict(conflict.table, conflict.part, conflict.record_id, choices,
                                       by=profile.id if profile else None)
        except (StoreError, NotAllowed) as exc:
            QMessageBox.information(self, self.tr("Not settled"), core_text.text(exc))
            return
        self.resolved.emit()
