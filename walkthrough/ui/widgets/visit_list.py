"""A list of visits (day, school, room, teacher, observer, groups): the visits behind a
figure, and the visit history. Double-click, Enter or *Open* opens one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from walkthrough.storage.report_store import VisitRow

COLUMNS = (QT_TRANSLATE_NOOP("VisitList", "Day"), QT_TRANSLATE_NOOP("VisitList", "Kind"),
           QT_TRANSLATE_NOOP("VisitList", "School"), QT_TRANSLATE_NOOP("VisitList", "Room"),
           QT_TRANSLATE_NOOP("VisitList", "Teacher"), QT_TRANSLATE_NOOP("VisitList", "Observer"),
           QT_TRANSLATE_NOOP("VisitList", "Grade band"), QT_TRANSLATE_NOOP("VisitList", "Subject"),
           QT_TRANSLATE_NOOP("VisitList", "Notes"))


class VisitList(QTableWidget):
    opened = Signal(str)  # visit id

    def __init__(self, accessible: str = "Visits") -> None:
        super().__init__(0, len(COLUMNS))
        self.setAccessibleName(accessible)
        self.setHorizontalHeaderLabels([self.tr(str(c)) for c in COLUMNS])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(48)  # a finger high
        header = self.horizontalHeader()
        # Every column in view on a 1024 px window, never behind a sideways scroll: they share the width.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows: list[VisitRow] = []
        self.doubleClicked.connect(lambda index: self._open(index.row()))

    def show_rows(self, rows: Sequence[VisitRow]) -> None:
        self.rows = list(rows)
        self.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            cells = (row.day, self.tr("Blast") if row.kind == "blast" else self.tr("Peer"), row.school,
                     row.room or self.tr("No room"), row.teacher or self.tr("Not tied to a teacher"), row.observer,
                     row.grade_band or "—", row.subject or "—",
                     str(row.notes) if row.notes else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.setItem(i, col, item)
        self.resizeColumnsToContents()
        if self.rows:
            self.selectRow(0)

    def chosen(self) -> str | None:
        row = self.currentRow()
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.opened.emit(self.rows[row].id)

    def keyPressEvent(self, event):  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open(self.currentRow())
            return
        super().keyPressEvent(event)
