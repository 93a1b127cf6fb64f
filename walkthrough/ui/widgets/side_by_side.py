"""Two (or more) panes side by side when the window is wide enough, one above the other when not.

A page that put its panes in a plain row could not be narrower than all of them together: at
1024x768 it ran off the screen. This widget asks only for the widest pane's minimum, and turns
its row into a column when the panes no longer fit next to each other.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLayout, QScrollArea, QWidget


class SideBySide(QWidget):
    def __init__(self, spacing: int = 16) -> None:
        super().__init__()
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        self._panes: list[QWidget | QLayout] = []

    def add(self, pane: QWidget | QLayout, stretch: int = 1) -> None:
        if isinstance(pane, QWidget):
            self.box.addWidget(pane, stretch)
        else:
            self.box.addLayout(pane, stretch)
        self._panes.append(pane)

    def _mins(self) -> list[QSize]:
        return [p.minimumSizeHint() if isinstance(p, QWidget) else p.minimumSize() for p in self._panes]

    def side_by_side_width(self) -> int:
        return sum(size.width() for size in self._mins()) + self.box.spacing() * max(0, len(self._panes) - 1)

    def minimumSizeHint(self) -> QSize:
        mins = self._mins()
        if self.box.direction() == QBoxLayout.Direction.LeftToRight:
            return QSize(max((m.width() for m in mins), default=0), max((m.height() for m in mins), default=0))
        return QSize(max((m.width() for m in mins), default=0),
                     sum(m.height() for m in mins) + self.box.spacing() * max(0, len(mins) - 1))

    def is_stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event: QResizeEvent) -> None:
        wanted = QBoxLayout.Direction.LeftToRight if event.size().width() >= self.side_by_side_width() else \
            QBoxLayout.Direction.TopToBottom
        if wanted != self.box.direction():
            self.box.setDirection(wanted)
        super().resizeEvent(event)


def scrolling_down(content: QWidget) -> QScrollArea:
    """``content`` in a frameless area that scrolls up and down (never sideways): stacked panes on a
    short window are reached by a finger's drag instead of making the window taller than the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.viewport().setAutoFillBackground(False)
    area.setWidget(content)
    content.setAutoFillBackground(False)
    return area
