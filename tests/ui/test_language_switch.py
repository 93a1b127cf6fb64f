"""Choosing a language switches the interface at once: a new main window in the old one's place."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from walkthrough.core.model import Role
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.pages.first_run import FirstRunPage
from walkthrough.ui.pages.settings import SettingsPage
from walkthrough.ui.settings import AppSettings


def _navigation(window: MainWindow) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def test_choosing_spanish_in_settings_rebuilds_the_window_in_spanish_on_the_same_page(
    repo: Repository, qtbot: QtBot, tmp_path: Path
) -> None:
    admin = repo.add_person("Pat Rivera", Role.ADMINISTRATOR, by=None)
    repo.add_school("Cedar Park Elementary", by=admin.id)
    repo.switch_profile(admin.id)
    window = MainWindow(repo, data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    assert "Settings" in _navigation(window)
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    spanish = page.set_language("es")
    assert isinstance(spanish, MainWindow) and spanish is not window
    qtbot.addWidget(spanish)
    assert AppSettings().language == "es"
    assert spanish.current_page_key() == "settings"
    assert "Configuración" in _navigation(spanish) and "Settings" not in _navigation(spanish)
    assert "Nothing typed was lost" not in spanish.statusBar().currentMessage()
    assert "No se perdió nada" in spanish.statusBar().currentMessage()
    back = spanish.show_page("settings")
    assert isinstance(back, SettingsPage)
    english = back.set_language("en")
    assert isinstance(english, MainWindow)
    qtbot.addWidget(english)
    assert "Settings" in _navigation(english)
    assert AppSettings().language == "en"


def test_choosing_espanol_on_the_first_run_welcome_makes_the_setup_spanish(
    repo: Repository, qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow(data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    window.attach(repo, first_run=True)
    setup = window.findChild(FirstRunPage)
    assert setup is not None and setup.set_up_button.text() == "Set up my school"
    spanish = setup.set_language("es")
    assert isinstance(spanish, MainWindow)
    qtbot.addWidget(spanish)
    again = spanish.findChild(FirstRunPage)
    assert again is not None and again.set_up_button.text() == "Configurar mi escuela"
