"""A check box whose text wraps onto more lines instead of widening the pane or being cut off.

Qt's ``QCheckBox`` draws its text on one line, so a sentence ("I agree to this visit. What my
visitors write stays between us unless I share it.", longer still in Spanish) made the whole plan
pane as wide as the sentence. Here the box draws only its indicator; a word-wrapping label sits
beside it (transparent to taps: a tap anywhere on the row ticks the box, as before), and the box asks
for the height its wrapped label needs. ``text()``/``setText()`` are the label's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QStyle, QStyleOptionButton, QWidget

MIN_TEXT_PX = 160  # the narrowest the text goes before the pane has to be wider


class WrapCheckBox(QCheckBox):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(text)
        self.label.setObjectName("wrapLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setStyleSheet("background: transparent; border: none; padding: 0;")
        self._inner = QHBoxLayout(self)
        self._inner.setContentsMargins(self._text_left(), 4, 0, 4)
        self._inner.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.installEventFilter(self)

    def _text_left(self) -> int:
        """Where the text starts: after the indicator and its spacing (the style sheet's sizes)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        indicator = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, self)
        width = max(indicator.width(), self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, self))
        return max(indicator.left(), 0) + width + max(spacing, 6)

    # The label is the text ------------------------------------------------
    def text(self) -> str:  # type: ignore[override]
        return self.label.text()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.updateGeometry()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the text is part of the target, as on a plain check box

    # Size -----------------------------------------------------------------
    def sizeHint(self) -> QSize:
        metrics = self.label.fontMetrics()
        widest = max((metrics.horizontalAdvance(line) for line in self.label.text().split("\n")), default=0)
        width = self._text_left() + widest + 4
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        metrics = self.label.fontMetrics()
        word = max((metrics.horizontalAdvance(w) for w in self.label.text().split()), default=0)
        return QSize(self._text_left() + min(max(word, 40), MIN_TEXT_PX), max(self.minimumHeight(), 48))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        text_height = self.label.heightForWidth(max(1, width - self._text_left())) if self.label.text() else 0
        return max(self.minimumHeight(), 48, text_height + 8)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() in (QEvent.Type.EnabledChange, QEvent.Type.StyleChange,
                                                QEvent.Type.Polish, QEvent.Type.Show):
            self.label.setEnabled(self.isEnabled())
            left = self._text_left()  # the style sheet's indicator size is known once the box is polished
            if self._inner.contentsMargins().left() != left:
                self._inner.setContentsMargins(left, 4, 0, 4)
                self.updateGeometry()
        return False
