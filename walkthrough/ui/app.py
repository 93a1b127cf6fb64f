"""Starting the app: the QApplication, the error hook, and the start-up.

The window frame is shown first, before the database and the pages are
loaded (``import sqlite_utils`` alone takes ~0.1 s), so the app appears as
quickly as a bare Qt window; the pages attach in the first turn of the event
loop. The log records both moments: ``window_shown`` and ``window_ready``.
What happens between, and the safe-start window when the data cannot be
opened, is ``ui/startup.py``.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from walkthrough import __version__
from walkthrough.log import current_log_file
from walkthrough.paths import FORMS_DIR, database_path
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.startup import keep_checkpointing
from walkthrough.ui.style import apply_style

if TYPE_CHECKING:
    from walkthrough.storage import Repository
    from walkthrough.storage.framework_store import InstallReport

log = logging.getLogger("walkthrough.ui")


def open_repository(data_dir: Path) -> tuple[Repository, list[InstallReport]]:
    """Open the database and install the built-in frameworks that changed."""
    from walkthrough.storage import Repository

    repo = Repository.open(database_path(data_dir), background_checkpoints=True)
    reports = repo.install_framework_files([FORMS_DIR])
    for report in reports:
        for problem in report.problems:
            log.warning("built-in framework not installed: %s", problem)
    return repo, reports


def attach_repository(window: MainWindow, data_dir: Path) -> None:
    repo, reports = open_repository(data_dir)
    window.attach(repo, reports)
    keep_checkpointing(window)


def create_window(data_dir: Path) -> MainWindow:
    """A main window with its pages open on the data folder's database (for tests)."""
    window = MainWindow(data_dir=data_dir)
    attach_repository(window, data_dir)
    return window


UNEXPECTED = QT_TRANSLATE_NOOP("ErrorHook",
                               "Something unexpected went wrong; everything already shown as saved is kept.")


def install_error_hook(parent_window: Callable[[], QWidget | None]) -> None:
    """No traceback reaches a user: an unexpected error is logged in full (to
    the log file only) and shown as one plain sentence that says where the
    log is; the app keeps running."""
    showing: list[QWidget] = []

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        from PySide6.QtCore import Qt  # not before the first page: naming Qt makes its 93 enum classes
        from PySide6.QtWidgets import QMessageBox

        log.error("unexpected error: %s", kind.__name__, exc_info=(kind, error, tb))
        if QApplication.instance() is None or any(box.isVisible() for box in showing):
            return
        where = current_log_file()
        box = QMessageBox(parent_window())
        box.setIcon(QMessageBox.Icon.Warning)
        title = QCoreApplication.translate("ErrorHook", "Something went wrong")
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        details = QCoreApplication.translate("ErrorHook", "The details are in the log: {file}").format(file=where)
        box.setText(QCoreApplication.translate("ErrorHook", str(UNEXPECTED)) + (" " + details if where else ""))
        box.setAccessibleName(title)
        showing[:] = [box]
        box.open()

    sys.excepthook = hook


def run(data_dir: Path, *, quit_after_ms: int | None = None, folder_chosen: bool = True) -> int:
    """Run the app until its window closes; return the exit code."""
    from walkthrough.ui.startup import Starter

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Walkthrough")
    app.setApplicationVersion(__version__)
    app.setFont(QFont(app.font().family(), 11))
    apply_style(app)
    from walkthrough.ui.i18n import install
    from walkthrough.ui.settings import AppSettings

    install(app, AppSettings().language)
    starter = Starter(app, data_dir, folder_chosen=folder_chosen)
    install_error_hook(lambda: starter.window or starter.safe_window)
    starter.start()
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, app.quit)
    try:
        code = app.exec()
    finally:
        starter.shutdown()
    return int(code)
