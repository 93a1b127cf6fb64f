"""A look-for's options, opened in place over its row: no other row moves.

A compact row on the visit screen shows only its prompt and its current answer; a tap on it opens
this panel, laid over the row (and the rows below it, or above it near the bottom of the window),
with the look-for's option buttons, N/A and its note. A pick of a one-of-many answer commits and
closes it; a count or several picks stay open until Done, Escape or a tap outside. A tap outside
only closes the panel: it never lands on the row underneath by surprise.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from walkthrough.ui.widgets.controls import plain_label
from walkthrough.ui.widgets.segmented import touch_button

EDGE_PX = 4
NARROW_ROW_PX = 440  # a row narrower than this (a portrait phone) gets a panel as wide as it needs


def _host(row: QWidget) -> QWidget:
    """Where the panel floats: the visit screen (its style sheet applies), else the row's window."""
    parent = row.parentWidget()
    while parent is not None and parent.objectName() != "visitView":
        parent = parent.parentWidget()
    return parent if parent is not None else row.window()


class RowPanel(QFrame):
    closed = Signal()

    def __init__(self, title: str, body: QWidget | None, extras: Sequence[QWidget]) -> None:
        super().__init__()
        self.setObjectName("rowPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)  # opaque: the rows under it do not show through
        self.setAccessibleName(QCoreApplication.translate("RowPanel", "Options of: {title}").format(title=title))
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 6, 10, 8)
        column.setSpacing(6)
        self.title: QLabel = plain_label(title)
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)
        column.addWidget(self.title)
        if body is not None:
            column.addWidget(body)
        line = QHBoxLayout()
        line.setSpacing(8)
        for extra in extras:
            line.addWidget(extra)
        line.addStretch(1)
        self.done = touch_button(QCoreApplication.translate("RowPanel", "Done"),
                                 QCoreApplication.translate("RowPanel", "Close the options of: {title}").format(
                                     title=title), checkable=False)
        self.done.setMinimumWidth(88)
        self.done.clicked.connect(self.close_panel)
        line.addWidget(self.done)
        column.addLayout(line)
        self.hide()

    def is_open(self) -> bool:
        return self.isVisible()

    def open_over(self, row: QWidget) -> None:
        """Show the panel over ``row``, inside ``row``'s window, as wide as the row (or as it needs)."""
        host = _host(row)
        if self.parentWidget() is not host:
            self.setParent(host)
        wanted = row.width() if row.width() >= NARROW_ROW_PX else max(row.width(), self.sizeHint().width())
        width = min(wanted, host.width() - 2 * EDGE_PX)
        height = min(self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height(),
                     host.height() - 2 * EDGE_PX)
        height = max(height, self.minimumSizeHint().height())
        at = row.mapTo(host, QPoint(0, 0))
        x = max(EDGE_PX, min(at.x(), host.width() - width - EDGE_PX))
        y = max(EDGE_PX, min(at.y(), host.height() - height - EDGE_PX))
        self.setGeometry(x, y, width, height)
        self.show()
        self.raise_()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def close_panel(self) -> None:
        if self.isHidden():
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.hide()
        self.closed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent) and isinstance(watched, QWidget):
            if watched is not self and not self.isAncestorOf(watched) and watched.window() is self.window():
                self.close_panel()
                return True  # the tap that closes the panel does nothing else
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            self.close_panel()
            return True
        return False
