"""The language setting reaches the interface: our catalogs, Qt's own buttons, and the locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from walkthrough.ui.i18n import install


def test_spanish_translates_the_widgets_qt_buttons_and_month_names_and_english_undoes_it(qapp: QApplication) -> None:
    loaded = install(qapp, "es")
    try:
        assert "widgets_es.qm" in loaded and "qtbase_es.qm" in loaded
        assert QCoreApplication.translate("RoundStartPanel", "Start a round") == "Empezar una ronda"
        box = QMessageBox()
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)
        assert yes is not None and yes.text().replace("&", "") == "Sí"
        assert QLocale().monthName(3) == "marzo"
    finally:
        assert install(qapp, "en") == []
    assert QCoreApplication.translate("RoundStartPanel", "Start a round") == "Start a round"
    assert QLocale().monthName(3) == "March"


def test_an_unknown_language_loads_no_catalog_and_keeps_english(qapp: QApplication) -> None:
    try:
        assert [name for name in install(qapp, "xx") if not name.startswith("qtbase")] == []
        assert QCoreApplication.translate("RoundStartPanel", "Start a round") == "Start a round"
    finally:
        install(qapp, "en")
