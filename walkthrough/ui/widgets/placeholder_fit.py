"""A field's hint text kept whole: its long wording when the field is wide enough, else its short one.

Qt cuts a placeholder that does not fit with "…" ("Type here when th…"); in a narrow column, or in
a language whose words are longer, the field shows the short wording ("Type here…") instead, and
the long one is its tooltip. The choice is made again whenever the field's width or font changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

LINE_EDIT_MARGIN_PX = 2  # QLineEdit's own space on each side of its text, inside its contents


def text_room(edit: QLineEdit) -> int:
    """How wide a text ``edit`` can show without cutting it (its frame, padding and margins taken off)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return contents.width() - margins.left() - margins.right() - 2 * LINE_EDIT_MARGIN_PX


def placeholder_fits(edit: QLineEdit, text: str | None = None) -> bool:
    shown = edit.placeholderText() if text is None else text
    return edit.fontMetrics().horizontalAdvance(shown) <= text_room(edit)


class PlaceholderFit(QObject):
    """Watches ``edit`` and shows ``long`` as its placeholder when it fits, else ``short``."""

    def __init__(self, edit: QLineEdit, long: str, short: str) -> None:
        super().__init__(edit)
        self.edit, self.long, self.short = edit, long, short
        edit.setPlaceholderText(long)
        edit.installEventFilter(self)

    def fit(self) -> None:
        shown = self.long if placeholder_fits(self.edit, self.long) else self.short
        if shown != self.edit.placeholderText():
            self.edit.setPlaceholderText(shown)
        if not self.edit.toolTip() or self.edit.toolTip() in (self.long, ""):
            self.edit.setToolTip(self.long if shown != self.long else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange,
                                                     QEvent.Type.StyleChange, QEvent.Type.Polish):
            self.fit()
        return False


def fit_placeholder(edit: QLineEdit, long: str, short: str) -> PlaceholderFit:
    return PlaceholderFit(edit, long, short)
