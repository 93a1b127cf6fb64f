"""The Backups page: back up now, restore for an administrator (refused for a teacher), and the
error hook that shows one plain sentence and keeps tracebacks in the log."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from role_helpers import first_admin

from walkthrough.log import setup_logging
from walkthrough.storage import Repository
from walkthrough.storage.backup import Reason
from walkthrough.ui.app import install_error_hook
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.pages.backups import BackupsPage


@pytest.fixture
def data_repo(tmp_path: Path) -> Repository:
    repo = Repository.open(tmp_path / "data" / "walkthrough.sqlite3")
    yield repo  # type: ignore[misc]
    repo.close()


def _page(qtbot: QtBot, repo: Repository) -> tuple[MainWindow, BackupsPage]:
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("backups")
    assert isinstance(page, BackupsPage)
    return window, page


def test_an_administrator_backs_up_now_and_restores_and_the_window_reopens_on_the_restored_data(
    qtbot: QtBot, data_repo: Repository
) -> None:
    admin = data_repo.add_profile("Pat Principal")  # the first profile: the administrator
    data_repo.add_school("Before", by=admin.id)
    window, page = _page(qtbot, data_repo)
    qtbot.mouseClick(page.back_up_button, Qt.MouseButton.LeftButton)
    assert page.list.count() == 1 and "made by hand" in page.list.item(0).text()
    data_repo.add_school("After the backup", by=admin.id)
    assert page.restore_button.isEnabled()
    with qtbot.waitSignal(window.reopen_requested, timeout=5000):
        assert page.restore_chosen(confirm=False)
    assert [s.name for s in data_repo.schools()] == ["Before"]
    assert data_repo.current_profile() == admin
    assert [b.reason for b in data_repo.backups()] == [Reason.BEFORE_RESTORE, Reason.BY_HAND], data_repo.backups()


def test_a_teacher_cannot_restore_a_backup_the_button_is_off_and_the_store_refuses(
    qtbot: QtBot, data_repo: Repository
) -> None:
    data_repo.back_up()
    first_admin(data_repo)
    data_repo.add_profile("Ana Diallo")  # "Add me" makes a teacher
    _window, page = _page(qtbot, data_repo)
    assert not page.restore_button.isEnabled()
    assert "Only an administrator" in page.restore_note.text()
    assert not page.restore_chosen(confirm=False)
    assert "only administrators may restore a backup" in page.status.text()
    assert [p.name for p in data_repo.people()] == ["Ana Diallo", "Pat Principal"]


def test_an_unexpected_error_is_one_plain_sentence_with_the_log_and_no_traceback_on_stderr(
    qtbot: QtBot, tmp_path: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    log_file = setup_logging(tmp_path / "data")
    assert log_file is not None
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_error_hook(lambda: None)
    try:
        raise RuntimeError("a bug deep inside (secret-detail-91)")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1
    text = boxes[0].text()
    assert str(log_file) in text and "Traceback" not in text and "secret-detail-91" not in text
    assert text.count(".") <= 3
    boxes[0].close()
    for handler in logging.getLogger("walkthrough").handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "secret-detail-91" in logged
    err = capfd.readouterr().err
    assert "Traceback" not in err and "secret-detail-91" not in err
    root = logging.getLogger("walkthrough")
    for handler in list(root.handlers):
        handler.close()
        root.removeHandler(handler)
