"""The app's basic controls: finger-sized, always with an accessible name."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton

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


def line_edit(accessible: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    return edit
