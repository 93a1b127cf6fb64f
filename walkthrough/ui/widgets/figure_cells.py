"""Figures painted in table cells: a share with its interval whisker, a distribution as a
stacked bar, a change with its interval around zero. The item's text stays the figure in
words (what a screen reader says, and what a copy gives)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from walkthrough.reports.figures import TOO_FEW, Change, OptionCount, Proportion
from walkthrough.ui.widgets.share_bar import BAR, FEW, TRACK, WHISKER

FIGURE = Qt.ItemDataRole.UserRole + 1  # a Proportion, a tuple of OptionCount, or a Change
CHANGE_SPAN = 0.3  # a change cell spans −30 to +30 percentage points
PALETTE = ("#0b2545", "#13315c", "#1f6feb", "#5a9bf6", "#a9c9fb", "#d6e4fd", "#f2b134", "#ed553b")


class FigureDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(260, 36)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        figure = index.data(FIGURE)
        if figure is None:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[operator]
            painter.fillRect(option.rect, option.palette.highlight().color().lighter(170))
        rect = QRectF(option.rect.adjusted(8, 9, -8, -9))
        if isinstance(figure, Proportion):
            _share(painter, rect, figure)
        elif isinstance(figure, Change):
            _change(painter, rect, figure)
        elif isinstance(figure, tuple):
            _distribution(painter, rect, figure)
        painter.restore()


def _share(painter: QPainter, rect: QRectF, figure: Proportion) -> None:
    share = figure.share
    if share is None:
        painter.setPen(QPen(FEW, 1, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect, 3, 3)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, TOO_FEW)
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(TRACK)
    painter.drawRoundedRect(rect, 3, 3)
    painter.setBrush(BAR)
    painter.drawRoundedRect(QRectF(rect.left(), rect.top(), rect.width() * share, rect.height()), 3, 3)
    interval = figure.interval
    if interval is not None:
        x1 = rect.left() + rect.width() * interval.low
        x2 = rect.left() + rect.width() * interval.high
        y = rect.center().y()
        painter.setPen(QPen(WHISKER, 2))
        painter.drawLine(int(x1), int(y), int(x2), int(y))
        painter.drawLine(int(x1), int(rect.top() - 3), int(x1), int(rect.bottom() + 3))
        painter.drawLine(int(x2), int(rect.top() - 3), int(x2), int(rect.bottom() + 3))


def _distribution(painter: QPainter, rect: QRectF, options: tuple[OptionCount, ...]) -> None:
    total = sum(o.count for o in options)
    if not options or options[0].of < 5 or not total:
        painter.setPen(QPen(FEW, 1, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect, 3, 3)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, TOO_FEW)
        return
    x = rect.left()
    painter.setPen(Qt.PenStyle.NoPen)
    for i, option in enumerate(options):
        width = rect.width() * option.count / total
        painter.setBrush(QColor(PALETTE[i % len(PALETTE)]))
        painter.drawRect(QRectF(x, rect.top(), width, rect.height()))
        x += width


def _change(painter: QPainter, rect: QRectF, change: Change) -> None:
    interval = change.interval
    difference = change.difference
    zero = rect.center().x()
    painter.setPen(QPen(FEW, 1))
    painter.drawLine(int(zero), int(rect.top() - 4), int(zero), int(rect.bottom() + 4))
    if interval is None or difference is None:
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, TOO_FEW)
        return
    half = rect.width() / 2

    def at(value: float) -> float:  # the cell spans −30 to +30 points; beyond that it is drawn at its edge
        return zero + half * max(-1.0, min(1.0, value / CHANGE_SPAN))

    colour = QColor("#1a7f37") if change.changed and difference > 0 else QColor("#cf222e") if change.changed \
        else FEW
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    left, right = sorted((zero, at(difference)))
    painter.drawRect(QRectF(left, rect.top() + 3, max(2.0, right - left), rect.height() - 6))
    painter.setPen(QPen(WHISKER, 2))
    y = rect.center().y()
    painter.drawLine(int(at(interval.low)), int(y), int(at(interval.high)), int(y))
    for end in (interval.low, interval.high):
        painter.drawLine(int(at(end)), int(rect.top()), int(at(end)), int(rect.bottom()))
