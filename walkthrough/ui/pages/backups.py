"""Backups: the copies of this device's data, and restoring one.

The app backs up the database at start (once a day), before every update of
its schema and before every restore; the newest 14 are kept in the data
folder's ``backups`` folder. Anyone may make a backup now; restoring one
replaces everything on this device with the backup's content, so once
anyone is in the directory only an administrator may (the store refuses the
others: ``Action.RESTORE_BACKUP``). The current state is backed up first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMessageBox, QVBoxLayout, QWidget

from walkthrough.core.permissions import NotAllowed
from walkthrough.paths import StartProblem
from walkthrough.storage import Repository
from walkthrough.storage.backup import Backup, Reason
from walkthrough.ui import core_text
from walkthrough.ui.widgets.controls import touch_button

if TYPE_CHECKING:
    from walkthrough.ui.mainwindow import MainWindow


def _label(text: str = "", *, heading: bool = False, subtle: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if heading:
        label.setProperty("heading", True)
    if subtle:
        label.setProperty("subtle", True)
    return label


class BackupsPage(QWidget):
    def describe(self, backup: Backup) -> str:
        """A backup in the list: when, why, how big ("2026-03-02 08:15 (daily backup, 1.2 MB)")."""
        reasons = {Reason.DAILY: self.tr("daily backup"),
                   Reason.BEFORE_MIGRATION: self.tr("before an update of the database"),
                   Reason.BEFORE_RESTORE: self.tr("before a restore"), Reason.BY_HAND: self.tr("made by hand")}
        return self.tr("{when} ({why}, {size} MB)").format(
            when=backup.local_time, why=reasons.get(backup.reason, str(backup.reason)),
            size=QLocale().toString(backup.size / 1_000_000, "f", 1))

    def __init__(self, repo: Repository, window: MainWindow) -> None:
        super().__init__()
        self.repo = repo
        self.window_ = window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(_label(self.tr("Backups"), heading=True))
        folder = repo.data_folder
        layout.addWidget(
            _label(
                self.tr("Walkthrough copies this device's data once a day when it starts, before every update, "
                        "and before every restore; the newest 14 copies are kept in {folder}.")
                .format(folder=folder / "backups" if folder else "—"),
                subtle=True,
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setSpacing(2)
        layout.addWidget(self.list, 1)
        self.status = _label()
        self.status.setAccessibleName(self.tr("What happened"))
        self.status.hide()
        layout.addWidget(self.status)
        self.back_up_button = touch_button(self.tr("Back up now"), self.tr("Back up now"))
        self.back_up_button.clicked.connect(self.back_up_now)
        layout.addWidget(self.back_up_button)
        self.restore_button = touch_button(self.tr("Restore the chosen backup…"), self.tr("Restore the chosen backup"),
                                           danger=True)
        self.restore_button.clicked.connect(lambda: self.restore_chosen(confirm=True))
        layout.addWidget(self.restore_button)
        self.restore_note = _label(subtle=True)
        layout.addWidget(self.restore_note)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.refresh()

    def _profile_id(self) -> str | None:
        current = self.repo.current_profile()
        return current.id if current else None

    def refresh(self) -> None:
        self.list.clear()
        for backup in self.repo.backups():
            item = QListWidgetItem(self.describe(backup))
            item.setData(Qt.ItemDataRole.UserRole, backup)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        allowed = self.repo.may_restore(self._profile_id())
        self.restore_button.setEnabled(allowed and self.chosen() is not None)
        self.restore_note.setText(
            self.tr("Restoring replaces everything on this device with the backup; the current data is backed up "
                    "first.")
            if allowed
            else self.tr("Only an administrator may restore a backup.")
        )

    def chosen(self) -> Backup | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, Backup) else None

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def back_up_now(self) -> None:
        try:
            backup = self.repo.back_up()
        except StartProblem as problem:
            self.say(self.tr("The backup could not be made: {why}").format(why=core_text.text(problem)))
            return
        self.refresh()
        self.say(self.tr("Backed up: {backup}.").format(backup=self.describe(backup)))

    def restore_chosen(self, *, confirm: bool) -> bool:
        backup = self.chosen()
        if backup is None:
            return False
        if confirm:
            box = QMessageBox(self)
            box.setWindowTitle(self.tr("Restore this backup?"))
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(
                self.tr("Replace everything on this device with the backup of {when}? What was recorded since "
                        "then is kept only in the backup made now, before the restore.").format(when=backup.local_time)
            )
            box.setStandardButtons(QMessageBox.StandardButton.Cancel)
            restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
            box.exec()
            if box.clickedButton() is not restore:
                return False
        self.window_.flush()  # typed text waiting for its pause is committed (and so in the backup made first)
        try:
            self.repo.restore_backup(backup, by=self._profile_id())
        except (NotAllowed, StartProblem) as exc:
            self.say(self.tr("Not restored: {why}").format(why=core_text.text(exc)))
            return False
        self.window_.reopen_requested.emit()
        return True
