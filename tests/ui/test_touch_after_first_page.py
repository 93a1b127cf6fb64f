"""Finger scrolling and word undo are installed after the first page is painted (``ui/startup``):
what was made before then gets them too."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from walkthrough.ui import touch
from walkthrough.ui.word_undo import _PROPERTY as WORD_UNDO


def test_a_list_and_a_field_made_before_finger_scrolling_is_installed_get_it(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    was = app.property(touch._DONE)
    filters = set(app.findChildren(touch._FingerScrolling))
    page = QWidget()  # not shown yet, so not polished: only the install can reach it
    qtbot.addWidget(page)
    names = QListWidget(page)
    field = QLineEdit(page)
    app.setProperty(touch._DONE, False)
    try:
        touch.install_finger_scrolling(app)
        assert names.property(touch._DONE) is True
        assert field.property(WORD_UNDO) is True
    finally:
        for added in set(app.findChildren(touch._FingerScrolling)) - filters:
            app.removeEventFilter(added)
            added.deleteLater()
        app.setProperty(touch._DONE, was)
