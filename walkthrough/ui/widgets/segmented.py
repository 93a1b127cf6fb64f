"""Big touch buttons: a segmented one-of-many choice, and a − count + stepper.

The buttons never change what they show on their own: a tap asks for a
change (a signal), and the owner shows the stored value once it is
committed (``display``). Tapping the chosen segment again asks to clear it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from walkthrough.ui.widgets.flow_layout import FlowLayout
from walkthrough.ui.widgets.wrap_button import WrapButton

TOUCH_PX = 48
COUNT_MIN_PX = 56
# An untouched count: a word (in the interface's language), never a dash that reads as a third minus.
EMPTY_COUNT = QT_TRANSLATE_NOOP("Stepper", "none")


def empty_count() -> str:
    return QCoreApplication.translate("Stepper", str(EMPTY_COUNT))


def touch_button(text: str, accessible: str, *, tone: str = "neutral", checkable: bool = True) -> QPushButton:
    """A finger-sized button whose label wraps (never cut off mid-word)."""
    button = WrapButton(text)
    button.setCheckable(checkable)
    button.setProperty("segment", True)
    button.setProperty("tone", tone)
    button.setAccessibleName(accessible)
    button.setMinimumHeight(TOUCH_PX)
    button.setMinimumWidth(TOUCH_PX)
    # A tap never moves keyboard focus out of what the observer is typing,
    # and the checklist keys work wherever focus is.
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class Segmented(QWidget):
    """One of several options; ``chosen(key)`` with ``None`` meaning clear."""

    chosen = Signal(object)

    def __init__(self, options: Sequence[tuple[str, str, str]], accessible_prefix: str,
                 *, multi: bool = False) -> None:
        """``options``: (key, label, tone) for each segment."""
        super().__init__()
        self.multi = multi
        layout = FlowLayout(self, spacing=6)  # too many to fit: the next line, not cut off
        self.buttons: dict[str, QPushButton] = {}
        for key, label, tone in options:
            button = touch_button(label, self.tr("{accessible_prefix}: {label}").format(
                    accessible_prefix=accessible_prefix, label=label), tone=tone)
            button.clicked.connect(lambda _checked=False, k=key: self._tapped(k))
            layout.addWidget(button)
            self.buttons[key] = button
        self._selected: set[str] = set()

    def _tapped(self, key: str) -> None:
        # Put back what is stored; the owner shows the new value once committed.
        self.display(self._selected)
        if self.multi:
            self.chosen.emit(key)
        else:
            self.chosen.emit(None if key in self._selected else key)

    def display(self, selected: set[str] | Sequence[str] | str | None) -> None:
        if selected is None:
            keys: set[str] = set()
        elif isinstance(selected, str):
            keys = {selected}
        else:
            keys = set(selected)
        self._selected = keys
        for key, button in self.buttons.items():
            button.setChecked(key in keys)

    def button(self, key: str) -> QPushButton:
        return self.buttons[key]

    def take(self, key: str) -> QPushButton:
        """Take the button of ``key`` out of this row of buttons to place it elsewhere; it still
        answers for this choice (a tap asks for it, ``display`` checks it)."""
        button = self.buttons[key]
        layout = self.layout()
        if layout is not None:
            layout.removeWidget(button)
        return button


class Stepper(QWidget):
    """A count with large − and + buttons; ``stepped(delta)``."""

    stepped = Signal(int)

    def __init__(self, accessible: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.minus = touch_button("−", self.tr("{accessible}: one less").format(accessible=accessible), checkable=False)
        self.plus = touch_button("+", self.tr("{accessible}: one more").format(accessible=accessible), checkable=False)
        for button in (self.minus, self.plus):
            button.setFixedWidth(64)
            button.setProperty("stepper", True)
        self.count = QLabel(empty_count())
        self.count.setAccessibleName(self.tr("{accessible}: count").format(accessible=accessible))
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setMinimumWidth(COUNT_MIN_PX)
        self.count.setProperty("count", True)
        self.count.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.minus.clicked.connect(lambda: self.stepped.emit(-1))
        self.plus.clicked.connect(lambda: self.stepped.emit(1))
        layout.addWidget(self.minus)
        layout.addWidget(self.count)
        layout.addWidget(self.plus)

    def show_count(self, value: int | None) -> None:
        self.count.setText(empty_count() if value is None else str(value))
        self.count.setProperty("empty", value is None)
        self.count.style().unpolish(self.count)
        self.count.style().polish(self.count)
        # The word for an empty count ("ninguno") is wider than a number: the label never cuts it.
        self.count.setMinimumWidth(max(COUNT_MIN_PX, self.count.sizeHint().width()))
