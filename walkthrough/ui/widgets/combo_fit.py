"""Combo boxes whose words are never cut: the text they show closed, and every entry of the open list.

Spanish runs about a quarter longer than English, so a combo sized for "All schools" cuts "Todas las
escuelas". :func:`fit_combo` is called after a combo is (re)filled: the closed combo is made wide
enough for the entry it starts on (the "All …" choice), and the open list as wide as its widest entry
(Qt opens it only as wide as the combo).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

#: The open list never asks for more than this: a long framework title wraps nowhere, but a list
#: wider than a 1024 px window would leave it.
WIDEST_LIST_PX = 900


def fit_combo(combo: QComboBox, *, shown: str | None = None) -> None:
    """Make ``combo`` wide enough to show ``shown`` (default: its first entry) and its open list wide
    enough for its widest entry."""
    metrics = combo.fontMetrics()
    words = combo.itemText(0) if shown is None else shown
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    option.currentText = words
    need = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                          QSize(metrics.horizontalAdvance(words), metrics.height()), combo)
    combo.setMinimumWidth(need.width())
    view = combo.view()
    if not combo.count():
        return
    widest = max(view.sizeHintForColumn(0), max(metrics.horizontalAdvance(combo.itemText(i))
                                                for i in range(combo.count())) + 16)
    bar = view.verticalScrollBar().sizeHint().width() if combo.count() > combo.maxVisibleItems() else 0
    view.setMinimumWidth(min(WIDEST_LIST_PX, widest + bar + 2 * view.frameWidth()))
