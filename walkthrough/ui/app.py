"""Starting the app: the QApplication, the repository and the main window."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from walkthrough import __version__
from walkthrough.paths import FORMS_DIR, database_path
from walkthrough.storage import Repository
from walkthrough.storage.framework_store import InstallReport
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.style import apply_style

log = logging.getLogger("walkthrough.ui")


def open_repository(data_dir: Path) -> tuple[Repository, list[InstallReport]]:
    """Open the database and install the built-in frameworks that changed."""
    repo = Repository.open(database_path(data_dir))
    reports = repo.install_framework_files([FORMS_DIR])
    for report in reports:
        for problem in report.problems:
            log.warning("built-in framework not installed: %s", problem)
    return repo, reports


def create_window(data_dir: Path) -> MainWindow:
    repo, reports = open_repository(data_dir)
    window = MainWindow(repo, data_dir=data_dir, install_reports=reports)
    return window


def run(data_dir: Path, *, quit_after_ms: int | None = None) -> int:
    """Run the app until its window closes; return the exit code."""
    started = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Walkthrough")
    app.setApplicationVersion(__version__)
    app.setFont(QFont(app.font().family(), 11))
    apply_style(app)
    window = create_window(data_dir)
    window.show()
    QTimer.singleShot(
        0,
        lambda: log.info(
            "main window shown",
            extra={"event": {"event": "window_shown", "seconds": round(time.perf_counter() - started, 4)}},
        ),
    )
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, window.close)
    code = app.exec()
    window.repo.close()
    return int(code)
