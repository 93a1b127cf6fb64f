"""The safe-start window: what stops the app from opening its data, and the ways on.

Shown instead of an empty main window whenever the data folder or its
database cannot be used (:class:`~walkthrough.paths.StartProblem`). It says
what is wrong and with what file, then offers what makes sense for that
problem: the newest good backup, a new empty data folder, trying again (a
full disk, a folder made writable) or quitting. It changes nothing itself:
the choices are signals the start-up (``ui/startup.py``) acts on, and the
file that could not be opened is never altered (a restore moves it, as it
is, into ``set-aside/``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from walkthrough.folder_lock import FolderInUse
from walkthrough.paths import StartProblem, set_aside_dir
from walkthrough.storage.backup import Backup
from walkthrough.storage.health import DatabaseProblem, ProblemKind
from walkthrough.ui import core_text
from walkthrough.ui.widgets.controls import touch_button


def plain_label(text: str = "", *, heading: bool = False, subtle: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if heading:
        label.setProperty("heading", True)
    if subtle:
        label.setProperty("subtle", True)
    return label


def _headline(problem: StartProblem) -> str:
    if isinstance(problem, FolderInUse):
        return QCoreApplication.translate("SafeStartWindow", "This data folder is already open")
    if isinstance(problem, DatabaseProblem):
        if problem.kind is ProblemKind.NEWER:
            return QCoreApplication.translate("SafeStartWindow", "This data needs a newer Walkthrough")
        if problem.kind is ProblemKind.DISK_FULL:
            return QCoreApplication.translate("SafeStartWindow", "The disk is full")
        return QCoreApplication.translate("SafeStartWindow", "Walkthrough cannot open its data")
    return QCoreApplication.translate("SafeStartWindow", "Walkthrough cannot use its data folder")


class SafeStartWindow(QWidget):
    """Says what is wrong and offers the ways on (see the module's description)."""

    restore_chosen = Signal(object)  # a Backup
    new_folder_chosen = Signal()
    retry_chosen = Signal()
    quit_chosen = Signal()

    def __init__(
        self,
        problem: StartProblem,
        *,
        backup: Backup | None = None,
        backups_checked: int = 0,
        new_folder: Path | None = None,
        log_file: Path | None = None,
    ) -> None:
        super().__init__()
        self.problem = problem
        self.backup = backup
        self.setObjectName("safe_start")
        self.setWindowTitle(self.tr("Walkthrough: the data cannot be opened"))
        self.setAccessibleName(self.tr("Walkthrough cannot open its data"))
        self.resize(760, 620)
        self._quitting = False

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(12)
        self.headline = plain_label(_headline(problem), heading=True)
        self.headline.setAccessibleName(self.tr("What happened"))
        layout.addWidget(self.headline)
        what = core_text.text(problem.what_message)
        self.what = plain_label(self.tr("{what}.").format(what=what[:1].upper() + what[1:]))
        self.what.setAccessibleName(self.tr("What is wrong"))
        layout.addWidget(self.what)
        self.where = plain_label(str(problem.path), subtle=True)
        self.where.setAccessibleName(self.tr("The file or folder concerned"))
        layout.addWidget(self.where)
        self.todo = plain_label(self.tr("What to do: {todo}.").format(todo=core_text.text(problem.todo_message)))
        self.todo.setAccessibleName(self.tr("What to do"))
        layout.addWidget(self.todo)
        layout.addSpacing(8)

        self.restore_button = None
        if problem.can_restore and backup is not None:
            self.restore_button = touch_button(
                self.tr("Restore the backup of {local_time}").format(
                        local_time=backup.local_time), self.tr("Restore the newest good backup"), primary=True
            )
            self.restore_button.clicked.connect(lambda: self.restore_chosen.emit(self.backup))
            layout.addWidget(self.restore_button)
            kept = set_aside_dir(problem.path.parent) if isinstance(problem, DatabaseProblem) else None
            detail = self.tr("The newest good backup: {backup}.").format(backup=backup.describe())
            if kept is not None:
                detail += self.tr(" The file that cannot be opened is kept as it is, in {folder}.").format(folder=kept)
            self.restore_detail = plain_label(detail, subtle=True)
            layout.addWidget(self.restore_detail)
        elif problem.can_restore:
            none = (self.tr("No backup was found in this data folder's backups.") if backups_checked == 0 else
                    self.tr("None of the {count} backups is usable in this data folder's backups.").format(
                        count=backups_checked))
            self.no_backup = plain_label(none, subtle=True)
            layout.addWidget(self.no_backup)

        self.retry_button = None
        if not isinstance(problem, DatabaseProblem) or not problem.can_restore:
            self.retry_button = touch_button(self.tr("Try again"), self.tr("Try again"), primary=backup is None)
            self.retry_button.clicked.connect(self.retry_chosen.emit)
            layout.addWidget(self.retry_button)

        self.new_folder_button = None
        if not isinstance(problem, FolderInUse):
            words = self.tr("Start with a new empty data folder")
            self.new_folder_button = touch_button(words, words)
            self.new_folder_button.clicked.connect(self.new_folder_chosen.emit)
            layout.addWidget(self.new_folder_button)
            where = f", {new_folder}," if new_folder is not None else ""
            layout.addWidget(
                plain_label(self.tr("Makes a new folder{where} and leaves the current one exactly as it is.").format(
                        where=where), subtle=True)
            )

        self.quit_button = touch_button(self.tr("Quit"), self.tr("Quit Walkthrough"))
        self.quit_button.clicked.connect(self._quit)
        layout.addWidget(self.quit_button)
        layout.addStretch(1)
        first = self.restore_button or self.retry_button or self.new_folder_button or self.quit_button
        self._first = first
        if log_file is not None:
            self.log_note = plain_label(self.tr("The details are in the log: {log_file}").format(log_file=log_file),
                    subtle=True)
            layout.addWidget(self.log_note)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:  # in the middle of the screen, never larger than it
            self.resize(min(self.width(), screen.width()), min(self.height(), screen.height()))
            self.move(screen.center() - self.rect().center())
        self._first.setFocus()  # the first way on takes Space (and a keyboard user starts there)

    def _quit(self) -> None:
        self._quitting = True
        self.quit_chosen.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting:
            self._quitting = True
            self.quit_chosen.emit()
        super().closeEvent(event)

    def dismiss(self) -> None:
        """Close without meaning "quit" (a choice was taken)."""
        self._quitting = True
        self.close()
