"""Settings: where the data and the backups live, the language, the default framework
per mode, and the sync folder (the same one the Sync page sets).

Each choice is saved the moment it is made (``ui/settings.py`` says where) and the
line under it says when it takes effect.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.framework_types import Mode
from walkthrough.core.permissions import Action
from walkthrough.paths import backup_dir, data_dir_is_chosen, remember_backup_dir, remember_data_dir
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.ui import core_text
from walkthrough.ui.access import can, me
from walkthrough.ui.framework_text import shown_title
from walkthrough.ui.settings import LANGUAGES, AppSettings
from walkthrough.ui.widgets.combo_fit import fit_combo
from walkthrough.ui.widgets.controls import touch_button

NONE_CHOSEN = ""


def _path_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setReadOnly(True)
    field.setAccessibleName(name)
    field.setMinimumHeight(44)
    return field


def _note() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("subtle", True)
    return label


class SettingsPage(QWidget):
    def __init__(self, repo: Repository, data_dir: Path | None) -> None:
        super().__init__()
        self.repo = repo
        self.data_dir = data_dir
        self.settings = AppSettings()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroll)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(20, 16, 20, 16)
        title = QLabel(self.tr("Settings"))
        title.setProperty("heading", True)
        outer.addWidget(title)
        lead = QLabel(self.tr("Saved as you choose, on this device ({where}).").format(where=self.settings.location()))
        lead.setWordWrap(True)
        lead.setProperty("subtle", True)
        outer.addWidget(lead)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)
        self._row = 0

        self.data_field = _path_field(self.tr("Data folder"))
        self.data_button = touch_button(self.tr("Choose…"), self.tr("Choose another data folder"))
        self.data_button.clicked.connect(self._choose_data_folder)
        self.data_note = self._add(grid, self.tr("Data folder"), self.data_field, self.data_button)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setMinimumHeight(44)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.activated.connect(lambda _i: self.set_language(str(self.language.currentData())))
        self.language_note = self._add(grid, self.tr("Language"), self.language)

        self.framework_boxes: dict[Mode, QComboBox] = {}
        self.framework_notes: dict[Mode, QLabel] = {}
        for mode, label in ((Mode.BLAST, self.tr("Walkthroughs use")), (Mode.PEER, self.tr("Peer visits use"))):
            box = QComboBox()
            box.setAccessibleName(self.tr("Default framework for walkthroughs") if mode is Mode.BLAST
                                  else self.tr("Default framework for peer visits"))
            box.setMinimumHeight(44)
            box.activated.connect(
                lambda _i, m=mode: self.set_default_framework(m, self.framework_boxes[m].currentData()))
            self.framework_boxes[mode] = box
            self.framework_notes[mode] = self._add(grid, label, box)

        self.sync_field = _path_field(self.tr("Sync folder"))
        self.sync_button = touch_button(self.tr("Choose…"), self.tr("Choose the sync folder"))
        self.sync_button.clicked.connect(self._choose_sync_folder)
        self.sync_note = self._add(grid, self.tr("Sync folder"), self.sync_field, self.sync_button)

        self.backup_field = _path_field(self.tr("Backup folder"))
        self.backup_button = touch_button(self.tr("Choose…"), self.tr("Choose the backup folder"))
        self.backup_button.clicked.connect(self._choose_backup_folder)
        self.backup_note = self._add(grid, self.tr("Backup folder"), self.backup_field, self.backup_button)
        outer.addStretch(1)
        self.refresh()

    def _add(self, grid: QGridLayout, label: str, field: QWidget, button: QWidget | None = None) -> QLabel:
        grid.addWidget(QLabel(label), self._row, 0)
        grid.addWidget(field, self._row, 1)
        if button is not None:
            grid.addWidget(button, self._row, 2)
        note = _note()
        note.setAccessibleName(self.tr("{label}: note").format(label=label))
        grid.addWidget(note, self._row + 1, 1, 1, 2)
        grid.setRowMinimumHeight(self._row + 2, 14)
        self._row += 3
        return note

    # Reading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        folder = str(self.data_dir) if self.data_dir is not None else ""
        self.data_field.setText(folder)
        if self.data_dir is not None and data_dir_is_chosen():
            self.data_note.setText(self.tr("This start was given its data folder (--data-dir or WALKTHROUGH_DATA_DIR), "
                                           "which wins over the folder chosen here."))
        elif not self.data_note.text():
            self.data_note.setText(self.tr("A new folder takes effect the next time Walkthrough starts."))
        language = self.settings.language or "en"
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        if not self.language_note.text():
            self.language_note.setText(self.tr(
                "Every page and dialog, the guide (Help, F1) and the built-in frameworks' look-fors use this "
                "language; a change takes effect at once."))
        for mode, box in self.framework_boxes.items():
            box.clear()
            box.addItem(self.tr("The first in the list"), NONE_CHOSEN)
            for framework in self.repo.frameworks(mode):
                box.addItem(shown_title(framework.id, framework.title), framework.id)
            fit_combo(box)
            box.setCurrentIndex(max(0, box.findData(self.settings.default_framework(mode))))
            box.setEnabled(can(self.repo, Action.CHANGE_SETTINGS))
            if not self.framework_notes[mode].text():
                self.framework_notes[mode].setText(
                    self.tr("A new round starts with this framework; it can still be changed there.")
                    if mode is Mode.BLAST else
                    self.tr("A new peer visit is planned with this framework; it can still be changed there."))
        self.sync_field.setText(self.repo.sync_folder() or "")
        self.sync_field.setPlaceholderText(self.tr("No sync folder yet"))
        if not self.sync_note.text():
            self.sync_note.setText(self.tr("The folder every device shares; the same setting as on the Sync page."))
        if self.data_dir is not None:
            self.backup_field.setText(str(backup_dir(self.data_dir)))
        if not self.backup_note.text():
            self.backup_note.setText(self.tr("A backup is made every day the app is used, and before a restore."))

    # Choices ----------------------------------------------------------------------------------
    def _pick_folder(self, title: str, start: str) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self, title, start or str(Path.home()))
        return Path(chosen) if chosen else None

    def _choose_data_folder(self) -> None:
        folder = self._pick_folder(self.tr("The data folder"), self.data_field.text())
        if folder is not None:
            self.set_data_folder(folder)

    def set_data_folder(self, folder: Path) -> None:
        self._saved(self.data_note, lambda: remember_data_dir(folder),
                    self.tr("Saved: Walkthrough opens {folder} from the next start (this window keeps the folder it "
                            "opened). A folder with no data in it starts a new setup there.").format(folder=folder))

    def set_language(self, language: str) -> QWidget:
        """Save the language and show the window in it now (``ui/language_switch``); the window shown."""
        from walkthrough.ui.language_switch import switch_language

        if language == (self.settings.language or "en"):
            return self.window()
        return switch_language(self, language)

    def set_default_framework(self, mode: Mode, framework_id: object) -> None:
        chosen = str(framework_id or "")
        self.settings.set_default_framework(mode, chosen or None)
        title = next((shown_title(f.id, f.title) for f in self.repo.frameworks(mode) if f.id == chosen),
                     self.tr("the first in the list"))
        self.framework_notes[mode].setText(self.tr("Saved: {title}.").format(title=title))

    def _choose_sync_folder(self) -> None:
        folder = self._pick_folder(self.tr("The folder every device shares"), self.sync_field.text())
        if folder is not None:
            self.set_sync_folder(folder)

    def set_sync_folder(self, folder: Path) -> None:
        try:
            self.repo.set_sync_folder(str(folder), by=me(self.repo))
        except StoreError as exc:
            self.sync_note.setText(self.tr("Not changed: {why}.").format(why=core_text.text(exc)))
            return
        self.sync_field.setText(str(folder))
        self.sync_note.setText(self.tr("Saved: every start, every finished round and Sync now sync through it."))

    def _choose_backup_folder(self) -> None:
        folder = self._pick_folder(self.tr("The backup folder"), self.backup_field.text())
        if folder is not None:
            self.set_backup_folder(folder)

    def set_backup_folder(self, folder: Path) -> None:
        def write() -> object:
            folder.mkdir(parents=True, exist_ok=True)
            probe = folder / ".walkthrough-write-test"
            probe.write_bytes(b"")
            probe.unlink()
            return remember_backup_dir(folder)

        said = self.tr("Saved: the next backup goes to {folder}.").format(folder=folder)
        if self._saved(self.backup_note, write, said):
            self.backup_field.setText(str(folder))

    def _saved(self, note: QLabel, write: Callable[[], object], said: str) -> bool:
        try:
            write()
        except OSError as exc:
            note.setText(self.tr("Not changed: {folder} cannot be written ({why}).").format(
                folder=getattr(exc, "filename", None) or self.tr("the folder"), why=exc.strerror or exc))
            return False
        note.setText(said)
        return True
