"""The first-run setup's headings and wrapped texts."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("heading", True)
    label.setWordWrap(True)
    return label


def text(text: str = "", *, subtle: bool = False, plain: bool = True) -> QLabel:
    """A wrapped label; ``plain``: its text is shown as typed, never as rich text (``False`` for
    the welcome's own sentences, which have no markup: naming ``Qt`` before the first page is
    painted makes PySide's 93 enum classes of it)."""
    label = QLabel(text)
    label.setWordWrap(True)
    if plain:
        make_plain(label)
    if subtle:
        label.setProperty("subtle", True)
    return label


def make_plain(label: QLabel) -> None:
    from PySide6.QtCore import Qt

    label.setTextFormat(Qt.TextFormat.PlainText)
