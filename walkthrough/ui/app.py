"""Starting the app: the QApplication, the repository and the main window.

The window frame is shown first, before the database and the pages are
loaded (``import sqlite_utils`` alone takes ~0.1 s), so the app appears as
quickly as a bare Qt window; the pages attach in the first turn of the event
loop. The log records both moments: ``window_shown`` and ``window_ready``.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from walkthrough import __version__
from walkthrough.paths import FORMS_DIR, database_path
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.style import apply_style
from walkthrough.ui.tasks import TaskManager

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


CHECKPOINT_EVERY_MS = 20_000


def keep_checkpointing(window: MainWindow) -> QTimer:
    """Copy the WAL into the database every 20 s on the background thread,
    so no tap ever waits for it (see storage.db.open_database)."""
    from walkthrough.storage.db import checkpoint

    path = window.repo.database_file
    tasks = TaskManager(window)
    timer = QTimer(window)
    timer.setInterval(CHECKPOINT_EVERY_MS)
    timer.timeout.connect(lambda: tasks.run(lambda: checkpoint(path)))
    if path:
        timer.start()
    window.destroyed.connect(lambda: tasks.wait(5000))
    return timer


def attach_repository(window: MainWindow, data_dir: Path) -> None:
    repo, reports = open_repository(data_dir)
    window.attach(repo, reports)
    keep_checkpointing(window)


def create_window(data_dir: Path) -> MainWindow:
    """A main window with its pages open on the data folder's database."""
    window = MainWindow(data_dir=data_dir)
    attach_repository(window, data_dir)
    return window


def install_error_hook(parent_window: Callable[[], QWidget | None]) -> None:
    """No traceback reaches a user: an unexpected error is logged in full and
    shown as one plain sentence; the app keeps running."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, error, tb))
        if QApplication.instance() is not None:
            QMessageBox.warning(
                parent_window(),
                "Something went wrong",
                f"{error}\n\nEverything already shown as recorded is saved. "
                "The details are in the log in the data folder.",
            )

    sys.excepthook = hook


def run(data_dir: Path, *, quit_after_ms: int | None = None) -> int:
    """Run the app until its window closes; return the exit code."""
    started = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Walkthrough")
    app.setApplicationVersion(__version__)
    app.setFont(QFont(app.font().family(), 11))
    apply_style(app)
    window = MainWindow(data_dir=data_dir)
    install_error_hook(lambda: window)
    window.show()

    def shown_then_attach() -> None:
        log.info(
            "main window shown",
            extra={"event": {"event": "window_shown", "seconds": round(time.perf_counter() - started, 4)}},
        )
        attach_repository(window, data_dir)
        log.info(
            "main window ready",
            extra={"event": {"event": "window_ready", "seconds": round(time.perf_counter() - started, 4)}},
        )

    QTimer.singleShot(0, shown_then_attach)
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, window.close)
    code = app.exec()
    if hasattr(window, "repo"):
        from walkthrough.storage.db import checkpoint

        path = window.repo.database_file
        window.repo.close()
        if path:
            checkpoint(path)
    return int(code)
