"""Settings: each choice saved as it is made, and still there after a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from walkthrough.core.framework_types import Mode
from walkthrough.core.model import Role
from walkthrough.paths import backup_dir, data_dir
from walkthrough.storage import Repository
from walkthrough.storage.backup import Reason, make_backup
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.pages.settings import SettingsPage
from walkthrough.ui.settings import AppSettings
from walkthrough.ui.widgets.round_start import RoundStartPanel


def _admin(repo: Repository) -> None:
    admin = repo.add_person("Pat Rivera", Role.ADMINISTRATOR, by=None)
    repo.add_school("Cedar Park Elementary", by=admin.id)
    repo.switch_profile(admin.id)


def test_settings_survive_a_restart(repo: Repository, qtbot: QtBot, tmp_path: Path) -> None:
    _admin(repo)
    window = MainWindow(repo, data_dir=tmp_path / "data")
    qtbot.addWidget(window)
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    page.set_language("es")
    box = page.framework_boxes[Mode.BLAST]
    box.setCurrentIndex(box.findData("standards-proficiency-scales"))
    box.activated.emit(box.currentIndex())
    page.set_backup_folder(tmp_path / "usb" / "backups")
    page.set_sync_folder(tmp_path / "shared")
    page.set_data_folder(tmp_path / "elsewhere")
    window.close()
    # A new start: a new settings object and a new window read the same choices back.
    assert AppSettings().language == "es"
    assert AppSettings().default_framework(Mode.BLAST) == "standards-proficiency-scales"
    again = MainWindow(repo, data_dir=tmp_path / "data")
    qtbot.addWidget(again)
    page = again.show_page("settings")
    assert isinstance(page, SettingsPage)
    assert page.language.currentData() == "es"
    assert page.framework_boxes[Mode.BLAST].currentData() == "standards-proficiency-scales"
    assert page.backup_field.text() == str(tmp_path / "usb" / "backups")
    assert page.sync_field.text() == str(tmp_path / "shared")
    assert repo.sync_folder() == str(tmp_path / "shared")  # the Sync page's own setting


def test_the_data_folder_takes_effect_at_the_next_start_and_says_so(
    repo: Repository, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _admin(repo)
    page = SettingsPage(repo, tmp_path / "data")
    qtbot.addWidget(page)
    page.set_data_folder(tmp_path / "elsewhere")
    assert "from the next start" in page.data_note.text()
    monkeypatch.delenv("WALKTHROUGH_DATA_DIR", raising=False)
    assert data_dir() == tmp_path / "elsewhere"


def test_backups_go_to_the_chosen_backup_folder(repo: Repository, qtbot: QtBot, tmp_path: Path) -> None:
    _admin(repo)
    page = SettingsPage(repo, tmp_path)
    qtbot.addWidget(page)
    page.set_backup_folder(tmp_path / "usb")
    assert backup_dir(tmp_path) == tmp_path / "usb"
    made = make_backup(Path(repo.database_file), Reason.DAILY)
    assert made.path.parent == tmp_path / "usb"


def test_a_backup_folder_that_cannot_be_written_is_not_taken(repo: Repository, qtbot: QtBot, tmp_path: Path) -> None:
    _admin(repo)
    page = SettingsPage(repo, tmp_path)
    qtbot.addWidget(page)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    page.set_backup_folder(blocker / "backups")
    assert page.backup_note.text().startswith("Not changed:")
    assert backup_dir(tmp_path) == tmp_path / "backups"


def test_the_default_framework_is_what_a_new_round_starts_with(repo: Repository, qtbot: QtBot) -> None:
    _admin(repo)
    AppSettings().set_default_framework(Mode.BLAST, "standards-proficiency-scales")
    window = MainWindow(repo)
    qtbot.addWidget(window)
    start = window.walkthroughs_page.findChild(RoundStartPanel)
    assert start is not None
    assert start.framework.currentData() == "standards-proficiency-scales"
