"""About Walkthrough: the version, the data folder and the log folder, to copy and to open."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from pytestqt.qtbot import QtBot

from walkthrough import __version__
from walkthrough.log import setup_logging
from walkthrough.paths import log_dir
from walkthrough.storage import Repository
from walkthrough.ui.dialogs.about import AboutDialog
from walkthrough.ui.icon import DESKTOP_FILE_NAME
from walkthrough.ui.mainwindow import MainWindow


@pytest.fixture
def app_log(data_dir: Path) -> Iterator[Path]:
    """The app's log set up in the data folder, as the app does at start; let go afterwards."""
    path = setup_logging(data_dir)
    yield path
    root = logging.getLogger("walkthrough")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the dialog asked the desktop to open (no file manager is started in tests)."""
    urls: list[str] = []

    def fake_open(url: QUrl) -> bool:
        urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    return urls


def about_from_help(qtbot: QtBot, repo: Repository, data_dir: Path) -> AboutDialog:
    window = MainWindow(repo, data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("help")
    qtbot.mouseClick(window.help_page.about_button, Qt.MouseButton.LeftButton)
    dialog = window.help_page.about_dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible() and page is window.help_page
    return dialog


def test_about_shows_the_version_and_the_data_and_log_folders(
    qtbot: QtBot, repo: Repository, data_dir: Path, app_log: Path
) -> None:
    dialog = about_from_help(qtbot, repo, data_dir)
    assert dialog.version.text() == f"Version {__version__}"
    assert dialog.paths["data"].text() == str(data_dir)
    assert dialog.paths["log"].text() == str(app_log.parent) == str(log_dir(data_dir))


def test_about_copies_each_folder_and_everything_for_support(
    qtbot: QtBot, repo: Repository, data_dir: Path, app_log: Path
) -> None:
    dialog = about_from_help(qtbot, repo, data_dir)
    clipboard = QGuiApplication.clipboard()
    qtbot.mouseClick(dialog.copy_data, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert clipboard.text() == str(data_dir)
    qtbot.mouseClick(dialog.copy_log, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert clipboard.text() == str(app_log.parent)
    assert dialog.message.text() == f"Copied: {app_log.parent}"
    qtbot.mouseClick(dialog.copy_all, Qt.MouseButton.LeftButton)
    lines = clipboard.text().splitlines()
    assert lines[:3] == [f"Walkthrough {__version__}", f"Data folder: {data_dir}", f"Log folder: {app_log.parent}"]


def test_about_opens_each_folder_in_the_file_manager(
    qtbot: QtBot, repo: Repository, data_dir: Path, app_log: Path, opened: list[str]
) -> None:
    dialog = about_from_help(qtbot, repo, data_dir)
    qtbot.mouseClick(dialog.open_data, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.open_log, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert opened == [str(data_dir), str(app_log.parent)]


def test_about_shows_where_the_log_really_is(qtbot: QtBot, tmp_path: Path, data_dir: Path) -> None:
    """If the log is set up elsewhere (the platform's log folder), About follows it."""
    elsewhere = tmp_path / "platform-logs"
    elsewhere.mkdir()
    handler = logging.FileHandler(elsewhere / "walkthrough.log", encoding="utf-8")
    root = logging.getLogger("walkthrough")
    root.addHandler(handler)
    try:
        dialog = AboutDialog(data_dir)
        qtbot.addWidget(dialog)
        assert dialog.paths["log"].text() == str(elsewhere)
    finally:
        root.removeHandler(handler)
        handler.close()


def test_about_says_plainly_when_a_folder_cannot_be_opened(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = AboutDialog(tmp_path / "data")
    qtbot.addWidget(dialog)
    # Not yet written: nothing to open, and it says so.
    assert not dialog.open_folder("log")
    assert "does not exist yet" in dialog.message.text()
    # No file manager on this device: the path is copied instead.
    (tmp_path / "data").mkdir()
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    assert not dialog.open_folder("data")
    assert "path is copied" in dialog.message.text()
    assert QGuiApplication.clipboard().text() == str(tmp_path / "data")


def test_every_window_has_the_app_icon(qtbot: QtBot, repo: Repository) -> None:
    window = MainWindow(repo)
    qtbot.addWidget(window)
    icon = window.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
    assert not QGuiApplication.windowIcon().isNull()
    assert QGuiApplication.desktopFileName() == DESKTOP_FILE_NAME
    assert not icon.pixmap(32, 32).toImage().isNull()
