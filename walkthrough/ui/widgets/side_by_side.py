"""Two (or more) panes side by side when the window is wide enough, one above the other when not.

A page that put its panes in a plain row could not be narrower than all of them together: at
1024x768 it ran off the screen. This widget asks only for the widest pane's minimum, and turns
its row into a column when the panes no longer fit next to each other.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLayout, QScrollArea, QWidget


def _least(pane: QWidget | QLayout) -> QSize:
    """The least size ``pane`` can be shown at without cutting anything off (a pane that scrolls
    down only still needs its content's width)."""
    content = pane.widget() if isinstance(pane, QScrollArea) else None
    if isinstance(pane, QScrollArea) and content is not None and \
            pane.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        inner = content.minimumSizeHint()
        width = inner.width() + 2 * pane.frameWidth() + pane.verticalScrollBar().sizeHint().width()
        return QSize(max(width, pane.minimumWidth()), pane.minimumSizeHint().height())
    return pane.minimumSizeHint() if isinstance(pane, QWidget) else pane.minimumSize()


class SideBySide(QWidget):
    def __init__(self, spacing: int = 16) -> None:
        super().__init__()
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        self._panes: list[QWidget | QLayout] = []

    def add(self, pane: QWidget | QLayout, stretch: int = 1) -> None:
        content = pane.widget() if isinstance(pane, QScrollArea) else None
        if content is not None:
            content.installEventFilter(self)
        if isinstance(pane, QWidget):
            self.box.addWidget(pane, stretch)
        else:
            self.box.addLayout(pane, stretch)
        self._panes.append(pane)

    def _mins(self) -> list[QSize]:
        return [_least(p) for p in self._panes]

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

    def refit(self, width: int | None = None) -> None:
        """Side by side if the panes fit in ``width`` (by default, this widget's), else one above the other."""
        for pane in self._panes:  # a pane that scrolls only down is never narrower than its content
            if isinstance(pane, QScrollArea) and pane.widget() is not None and \
                    pane.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
                least = _least(pane).width()
                if pane.minimumWidth() != least:
                    pane.setMinimumWidth(least)
        width = self.width() if width is None else width
        wanted = QBoxLayout.Direction.LeftToRight if width >= self.side_by_side_width() else \
            QBoxLayout.Direction.TopToBottom
        if wanted != self.box.direction():
            self.box.setDirection(wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a pane's content changed its needs (data came in)
            self.refit()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.refit(event.size().width())
        super().resizeEvent(event)


def see_through_viewport(area: QScrollArea) -> QWidget:
    """Give ``area`` a viewport made here, that paints no background of its own (the page's shows
    through, not a grey box). Asking Qt for the viewport it made instead (``area.viewport()``) costs
    20-30 ms the first time in a process: PySide then sets up every QWidget subclass it knows to find
    the returned widget's type (with their ~80 enum classes), which delayed the Walkthroughs page's
    first paint. Call it before ``setWidget``."""
    viewport = QWidget()
    viewport.setAutoFillBackground(False)
    area.setViewport(viewport)
    return viewport


def scrolling_down(content: QWidget) -> QScrollArea:
    """``content`` in a frameless area that scrolls up and down (never sideways): stacked panes on a
    short window are reached by a finger's drag instead of making the window taller than the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    see_through_viewport(area)
    area.setWidget(content)
    content.setAutoFillBackground(False)
    return area
