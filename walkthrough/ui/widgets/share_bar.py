"""A share drawn as a bar in its row, with its 95% interval as a whisker (painted, not text).

Fewer than five visits draw no bar: a dashed outline and "too few visits",
so a share from 4 visits never looks like one from 400. A click (or Enter,
Space) asks for the visits behind the figure.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from walkthrough.reports.figures import TOO_FEW, Proportion

BAR = QColor("#1f6feb")
TRACK = QColor("#e6ebf2")
WHISKER = QColor("#0b2545")
FEW = QColor("#8a94a6")


class ShareBar(QWidget):
    clicked = Signal()

    def __init__(self, proportion: Proportion, *, label: str = "", colour: QColor = BAR) -> None:
        super().__init__()
        self.proportion = proportion
        self.colour = colour
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)
        interval = proportion.interval
        said = proportion.text()
        if interval is not None:
            said += f", 95% interval {round(interval.low * 100)} to {round(interval.high * 100)}%"
        self.setAccessibleName(f"{label}: {said}" if label else said)
        self.setToolTip(said + "\nClick to see the visits behind this figure.")

    def sizeHint(self) -> QSize:
        return QSize(240, 28)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QRectF(1, 6, self.width() - 2, self.height() - 12)
        share = self.proportion.share
        if share is None:
            pen = QPen(FEW, 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(track, 3, 3)
            painter.drawText(track, Qt.AlignmentFlag.AlignCenter, TOO_FEW)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK)
            painter.drawRoundedRect(track, 3, 3)
            painter.setBrush(self.colour)
            painter.drawRoundedRect(QRectF(track.left(), track.top(), track.width() * share, track.height()), 3, 3)
            interval = self.proportion.interval
            if interval is not None:
                x1 = track.left() + track.width() * interval.low
                x2 = track.left() + track.width() * interval.high
                y = track.center().y()
                painter.setPen(QPen(WHISKER, 2))
                painter.drawLine(int(x1), int(y), int(x2), int(y))
                painter.drawLine(int(x1), int(track.top() - 3), int(x1), int(track.bottom() + 3))
                painter.drawLine(int(x2), int(track.top() - 3), int(x2), int(track.bottom() + 3))
        if self.hasFocus():
            painter.setPen(QPen(WHISKER, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
