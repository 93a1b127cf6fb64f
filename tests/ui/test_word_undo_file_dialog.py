"""Word undo is for the app's own text fields, not the fields of Qt's file dialog (made and taken apart
by Qt with the dialog: a filter on them was once called half destroyed, through the error hook)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from walkthrough.ui.word_undo import WordUndo, word_undo


def test_the_file_dialogs_fields_get_no_word_undo_and_the_apps_fields_do(qtbot: QtBot) -> None:
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fields = [f for f in dialog.findChildren(QLineEdit) if f.isVisible()]
    assert fields
    assert all(word_undo(f) is None for f in fields)
    own = QLineEdit()
    qtbot.addWidget(own)
    assert isinstance(word_undo(own), WordUndo)
