"""The app's basic controls: finger-sized, always with an accessible name."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from walkthrough.ui.style import TOUCH_TARGET_PX


def touch_button(
    text: str, accessible: str, *, primary: bool = False, danger: bool = False, height: int = TOUCH_TARGET_PX
) -> QPushButton:
    """A push button at least ``height`` px high; ``primary``/``danger`` pick the style sheet's look."""
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.setMinimumHeight(height)
    if primary:
        button.setProperty("primary", True)
    if danger:
        button.setProperty("danger", True)
    return button


def wrap_touch_button(
    text: str, accessible: str, *, primary: bool = False, danger: bool = False, height: int = TOUCH_TARGET_PX
) -> QPushButton:
    """A :func:`touch_button` whose words go onto a second line when the bar is narrow (a long
    translation, a small window), never cut off and never widening the window past the screen."""
    from walkthrough.ui.widgets.wrap_button import WrapButton  # it names Qt (93 enum classes): not for the welcome

    button = WrapButton(text)
    button.setAccessibleName(accessible)
    button.setMinimumHeight(height)
    button.setProperty("primary", primary)
    button.setProperty("danger", danger)
    return button


def line_edit(accessible: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    return edit


def plain_label(text: str = "") -> QLabel:
    """A label that shows its text as typed: Qt's rich-text guess never applies, so a framework
    prompt or a note that contains ``<b>`` or ``<img>`` shows those characters, not markup."""
    from PySide6.QtCore import Qt  # here: naming Qt makes its 93 enum classes (not before the first page)

    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_tooltip(text: str) -> str:
    """Tooltip text that shows ``text`` as typed (tooltips guess rich text too); wraps long text."""
    import html  # here: its table of named entities is not needed before the first page is painted

    return f"<p>{html.escape(text)}</p>" if text else ""
