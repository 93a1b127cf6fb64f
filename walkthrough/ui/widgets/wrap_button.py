"""A push button whose label wraps onto a second line instead of being cut off mid-word.

Qt's ``QPushButton`` draws its text on one line and clips it when the button is narrower; in a narrow
column "Stations or centers" read "ations or ce". This button draws nothing itself: a word-wrapping
label sits on it (transparent to taps), and the button asks for the height its wrapped label needs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

PADDING_PX = 10  # left and right, inside the border


class WrapButton(QPushButton):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, max_width: int = 0) -> None:
        super().__init__(parent)
        self.label = QLabel(text)
        self.label.setObjectName("wrapLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        inner = QHBoxLayout(self)
        inner.setContentsMargins(PADDING_PX, 4, PADDING_PX, 4)
        inner.addWidget(self.label)
        self._max_width = max_width
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.toggled.connect(self._restyle)
        self.installEventFilter(self)

    # The label is the text ------------------------------------------------
    def text(self) -> str:  # type: ignore[override]
        return self.label.text()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.updateGeometry()

    # Size -----------------------------------------------------------------
    def _one_line_width(self) -> int:
        lines = self.label.text().split("\n")
        metrics = self.label.fontMetrics()
        return max(metrics.horizontalAdvance(line) for line in lines) + 2 * PADDING_PX + 6

    def sizeHint(self) -> QSize:
        width = self._one_line_width()
        if self._max_width:
            width = min(width, self._max_width)
        width = max(width, self.minimumWidth())
        return QSize(width, self.heightForWidth(width))

    def widest_word_width(self) -> int:
        """The narrowest the button can be with no word cut: its longest word, padding and border."""
        self.label.ensurePolished()  # the style sheet's font, not the default one
        metrics = self.label.fontMetrics()
        return max((metrics.horizontalAdvance(w) for w in self.label.text().split()), default=0) + 2 * PADDING_PX + 6

    def minimumSizeHint(self) -> QSize:
        return QSize(max(self.widest_word_width(), self.minimumWidth()), max(self.minimumHeight(), 48))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        text_height = self.label.heightForWidth(max(1, width - 2 * PADDING_PX - 6))
        return max(self.minimumHeight(), 48, text_height + 10)  # the label's margins (8) and the border (2)

    # Look -----------------------------------------------------------------
    def _restyle(self, checked: bool) -> None:
        self.label.setProperty("checked", checked)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() in (QEvent.Type.EnabledChange, QEvent.Type.DynamicPropertyChange):
            self.label.setEnabled(self.isEnabled())
            self.label.setProperty("tone", self.property("tone"))
            self._restyle(self.isChecked())
        return False
