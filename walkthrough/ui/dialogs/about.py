"""About Walkthrough: the version, the data folder and the log folder, to copy or open.

The log folder is wherever the log is really written: the folder of the file
handler that :mod:`walkthrough.log` set up, else the data folder's ``logs``.
"""

from __future__ import annotations

import logging
import platform
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from walkthrough import __version__
from walkthrough.paths import data_dir as default_data_dir
from walkthrough.paths import log_dir
from walkthrough.ui.icon import app_icon
from walkthrough.ui.widgets.controls import touch_button


def log_file_in_use() -> Path | None:
    """The file the app's log is written to, as :mod:`walkthrough.log` set it up."""
    for handler in logging.getLogger("walkthrough").handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def log_folder(data_folder: Path) -> Path:
    in_use = log_file_in_use()
    return in_use.parent if in_use is not None else log_dir(data_folder)


class AboutDialog(QDialog):
    def __init__(self, data_folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Walkthrough"))
        self.setMinimumWidth(720)
        self.data_folder = data_folder or default_data_dir()
        self.log_folder = log_folder(self.data_folder)
        self.folders = {"data": self.data_folder, "log": self.log_folder}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(12)

        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("Walkthrough's icon"))
        head.addWidget(icon)
        titles = QVBoxLayout()
        name = QLabel(self.tr("Walkthrough"))
        name.setProperty("heading", True)
        self.version = QLabel(self.tr("Version {version}").format(version=__version__))
        self.version.setAccessibleName(self.tr("Version"))
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        titles.addWidget(name)
        titles.addWidget(self.version)
        head.addLayout(titles, 1)
        outer.addLayout(head)
        about = QLabel(self.tr("Classroom walkthroughs and non-evaluative peer visits, offline. "
                               "Everything you record stays in the data folder on this device."))
        about.setWordWrap(True)
        outer.addWidget(about)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        self.paths: dict[str, QLineEdit] = {}
        rows = (
            ("data", self.tr("Data folder"), self.tr("Copy the data folder's path"), self.tr("Open the data folder")),
            ("log", self.tr("Log folder"), self.tr("Copy the log folder's path"), self.tr("Open the log folder")),
        )
        for row, (key, label, copy_name, open_name) in enumerate(rows):
            grid.addWidget(QLabel(label), row, 0)
            path = QLineEdit(str(self.folders[key]))
            path.setReadOnly(True)
            path.setAccessibleName(label)
            path.setMinimumHeight(48)
            path.setCursorPosition(0)
            grid.addWidget(path, row, 1)
            self.paths[key] = path
            copy = touch_button(self.tr("Copy"), copy_name)
            copy.clicked.connect(lambda _checked=False, k=key: self.copy(k))
            opener = touch_button(self.tr("Open"), open_name)
            opener.clicked.connect(lambda _checked=False, k=key: self.open_folder(k))
            grid.addWidget(copy, row, 2)
            grid.addWidget(opener, row, 3)
            setattr(self, f"copy_{key}", copy)
            setattr(self, f"open_{key}", opener)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What happened"))
        self.message.setProperty("subtle", True)
        outer.addWidget(self.message)

        buttons = QHBoxLayout()
        self.copy_all = touch_button(self.tr("Copy all for support"),
                                     self.tr("Copy the version and both folders, to send to whoever supports the app"))
        self.copy_all.clicked.connect(self.copy_everything)
        self.close_button = touch_button(self.tr("Close"), self.tr("Close About"), primary=True)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.copy_all)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

    def support_text(self) -> str:
        return "\n".join((
            f"Walkthrough {__version__}",
            self.tr("Data folder: {path}").format(path=self.data_folder),
            self.tr("Log folder: {path}").format(path=self.log_folder),
            f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}"
            + (self.tr(" (installed app)") if getattr(sys, "frozen", False) else ""),
        ))

    def copy(self, key: str) -> None:
        QGuiApplication.clipboard().setText(str(self.folders[key]))
        self.message.setText(self.tr("Copied: {path}").format(path=self.folders[key]))

    def copy_everything(self) -> None:
        QGuiApplication.clipboard().setText(self.support_text())
        self.message.setText(self.tr("Copied the version and both folders."))

    def open_folder(self, key: str) -> bool:
        """Open the folder in the file manager; say so plainly when it cannot be."""
        folder = self.folders[key]
        if not folder.is_dir():
            self.message.setText(self.tr("{path} does not exist yet: nothing has been written there.")
                                 .format(path=folder))
            return False
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.message.setText(self.tr("Opened {path}").format(path=folder))
            return True
        QGuiApplication.clipboard().setText(str(folder))
        self.message.setText(self.tr("This device has no file manager to open {path}; its path is copied instead.")
                             .format(path=folder))
        return False
