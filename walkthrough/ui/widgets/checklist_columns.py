"""The visit screen's sections laid out to fit: two columns in a wide landscape window, one otherwise.

At 1280x800 a framework of up to 20 presence look-fors fits in two columns with no scrolling; in a
portrait or narrow window it stays one column (a look-for's buttons never squeeze its prompt to
a word a line). Reading order (and Tab order) goes down the first column, then down the second:
sections are never split, and the split point is the one that makes the two columns most even.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

TWO_COLUMNS_MIN_PX = 960  # the checklist's own width; a 1280 px wide window gives about 1060
COLUMN_GAP_PX = 12
SECTION_GAP_PX = 3  # between one section's last row and the next section's heading


def best_split(heights: Sequence[int]) -> int:
    """How many of ``heights`` (in order) go in the first column to make two columns most even."""
    total = sum(heights)
    best, best_tallest, running = len(heights), total, 0
    for index, height in enumerate(heights):
        running += height
        tallest = max(running, total - running)
        if tallest < best_tallest:
            best, best_tallest = index + 1, tallest
    return best


class ChecklistColumns(QWidget):
    def __init__(self, boxes: Sequence[QWidget]) -> None:
        super().__init__()
        self.setObjectName("checklistColumns")
        self.boxes = list(boxes)
        for box in self.boxes:  # the two columns share the width evenly, whatever their contents ask
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            box.setSizePolicy(policy)
        self.row = row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(COLUMN_GAP_PX)
        self.columns: list[QVBoxLayout] = []
        for _ in range(2):
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(SECTION_GAP_PX)
            column.addStretch(1)  # a shorter column keeps its rows at their height, at the top
            row.addLayout(column, 1)
            self.columns.append(column)
        self.count = 0
        self._placed: tuple[int, int] = (-1, -1)
        self._asked: tuple[object, ...] = ()
        self.arrange(1)

    def wanted_columns(self, width: int) -> int:
        window = self.window()
        landscape = window.width() >= window.height()
        return 2 if width >= TWO_COLUMNS_MIN_PX and landscape else 1

    def arrange(self, count: int | None = None) -> None:
        """Place the sections in ``count`` columns (by default: as many as the width wants)."""
        count = count or self.wanted_columns(self.width())
        shown = [box for box in self.boxes if not box.isHidden()]
        asked = (count, self.width(), tuple(box.isHidden() for box in self.boxes))
        if asked == self._asked:  # nothing changed since the last time (a tap): no measuring
            return
        self._asked = asked
        split = len(self.boxes)
        if count == 2:
            width = max(1, (self.width() - COLUMN_GAP_PX) // 2)
            heights = [box.heightForWidth(width) if box.hasHeightForWidth() else box.sizeHint().height()
                       for box in shown]
            cut = best_split(heights)
            split = self.boxes.index(shown[cut]) if cut < len(shown) else len(self.boxes)
        if (count, split) == self._placed:
            return
        self._placed = (count, split)
        self.count = count
        for box in self.boxes:
            for column in self.columns:
                column.removeWidget(box)
        for index, box in enumerate(self.boxes):
            column = self.columns[0 if index < split else 1]
            column.insertWidget(column.count() - 1, box)
        self.row.setStretch(1, 1 if count == 2 else 0)  # one column: it has the whole width


    def column_of(self, widget: QWidget) -> int:
        """Which column (0 or 1) ``widget`` is in."""
        for index, column in enumerate(self.columns):
            for i in range(column.count()):
                item = column.itemAt(i)
                box = item.widget() if item is not None else None
                if box is not None and (box is widget or box.isAncestorOf(widget)):
                    return index
        return 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()
