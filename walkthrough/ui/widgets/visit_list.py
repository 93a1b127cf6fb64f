"""A list of visits (day, school, room, teacher, observer, groups): the visits behind a
figure, and the visit history. Double-click, Enter or *Open* opens one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from walkthrough.storage.report_store import VisitRow


def shared_widths(floors: Sequence[int], total: int) -> list[int]:
    """Split ``total`` px among columns as evenly as can be, no column under its floor (its header's
    words, its longest word): a column that needs more than an even share keeps its floor, the others
    share the rest. When the floors alone are wider than ``total``, each column gets its floor."""
    fixed: set[int] = set()
    while True:
        free = [i for i in range(len(floors)) if i not in fixed]
        if not free:
            return list(floors)
        share = (total - sum(floors[i] for i in fixed)) // len(free)
        more = {i for i in free if floors[i] > share}
        if not more:
            return [floors[i] if i in fixed else share for i in range(len(floors))]
        fixed |= more


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
        # Every column in view on a 1024 px window, never behind a sideways scroll: they share the width,
        # each at least as wide as its header's words ("Nivel de grados") and its longest word.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self._floors = [0] * len(COLUMNS)
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
        self._floors = self._column_floors()
        self._share_width()
        if self.rows:
            self.selectRow(0)

    def _column_floors(self) -> list[int]:
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        floors = []
        for col in range(self.columnCount()):
            words = {word for row in range(min(self.rowCount(), 200)) if (item := self.item(row, col)) is not None
                     for word in item.text().split()}
            longest = max((metrics.horizontalAdvance(w) for w in words), default=0) + 16  # the cell's padding
            floors.append(max(header.sectionSizeFromContents(col).width(), longest))
        return floors

    def _share_width(self) -> None:
        if not any(self._floors):
            self._floors = self._column_floors()
        for col, width in enumerate(shared_widths(self._floors, self.viewport().width())):
            self.horizontalHeader().resizeSection(col, width)

    def resizeEvent(self, event):  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._share_width()

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
