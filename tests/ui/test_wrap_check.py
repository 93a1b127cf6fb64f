"""A check box whose sentence wraps (ui/widgets/wrap_check.py): it is as narrow as a pane needs, grows
taller instead, and a tap on its words ticks it, as on a plain check box."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from walkthrough.ui.widgets.wrap_check import WrapCheckBox

SENTENCE = "Acepto esta visita. Lo que escriban mis visitantes queda entre nosotros, a menos que yo lo comparta."


def test_a_long_sentence_wraps_instead_of_widening_the_box(qtbot: QtBot) -> None:
    box = WrapCheckBox(SENTENCE)
    qtbot.addWidget(box)
    plain = QCheckBox(SENTENCE)
    qtbot.addWidget(plain)
    assert box.text() == SENTENCE
    assert box.minimumSizeHint().width() < plain.minimumSizeHint().width() / 2
    assert box.heightForWidth(220) > box.heightForWidth(900)  # narrower: more lines, taller


def test_a_tap_on_the_words_ticks_the_box(qtbot: QtBot) -> None:
    box = WrapCheckBox(SENTENCE)
    qtbot.addWidget(box)
    box.resize(300, box.heightForWidth(300))
    box.show()
    qtbot.waitExposed(box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(250, box.height() // 2))
    assert box.isChecked()
    assert box.label.geometry().left() >= 20  # the words start after the indicator, never under it
