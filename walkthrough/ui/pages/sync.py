"""Sync: the shared folder, what waits to go out, the last sync, import reports, conflicts.

The folder is chosen once and remembered. "Sync now" (and, when a folder is
set, the start of the app and the end of every round) writes this device's
new changes into it and imports every other device's bundles, off the UI
thread with a progress bar. Conflicts are listed with each device's version
side by side; duplicates in the directory can be merged.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.permissions import Action, NotAllowed, may
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.storage.conflict_store import Conflict, Duplicate
from walkthrough.storage.sync_store import Report
from walkthrough.ui import core_text
from walkthrough.ui.changes import Changes
from walkthrough.ui.pages.sync_stored import shown
from walkthrough.ui.pages.sync_words import counted, kind_title, outcome_word, records
from walkthrough.ui.sync_runner import Outcome, SyncRunner
from walkthrough.ui.widgets.conflict_view import ConflictView
from walkthrough.ui.widgets.controls import line_edit, touch_button
from walkthrough.ui.widgets.role_names import role_name

log = logging.getLogger("walkthrough.ui.sync")


def _when(iso: str) -> str:
    return iso[:16].replace("T", " ")


class SyncPage(QWidget):
    def __init__(self, repo: Repository, changes: Changes) -> None:
        super().__init__()
        self.repo = repo
        self.changes = changes
        self.runner = SyncRunner(repo.database_file, changes, self)
        self.runner.started.connect(self._started)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self._conflicts: list[Conflict] = []
        self._duplicates: list[Duplicate] = []
        self._refused_words: dict[str, str] = {}  # a refusal's English (as reported) -> in the interface's language
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        top = QHBoxLayout()
        title = QLabel(self.tr("Sync"))
        title.setProperty("heading", True)
        top.addWidget(title, 1)
        self.export_button = touch_button(self.tr("Export to a file…"), self.tr("Export everything to a bundle file"))
        self.export_button.clicked.connect(self._export_dialog)
        self.import_button = touch_button(self.tr("Import bundle files…"), self.tr("Import bundle files"))
        self.import_button.clicked.connect(self._import_dialog)
        self.sync_button = touch_button(self.tr("Sync now"), self.tr("Sync now with the shared folder"), primary=True)
        self.sync_button.clicked.connect(self.sync_now)
        for button in (self.export_button, self.import_button, self.sync_button):
            top.addWidget(button)
        outer.addLayout(top)
        lead = QLabel(self.tr("Records travel between this device and the others through a shared folder (OneDrive, "
                              "SharePoint, a network share or a USB stick). Private peer visits travel sealed: "
                              "only their host and visitor can read them."))
        lead.setWordWrap(True)
        lead.setProperty("subtle", True)
        outer.addWidget(lead)
        outer.addWidget(self._build_status())
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sync details"))
        self.tabs.addTab(self._build_conflicts(), self.tr("Conflicts"))
        self.tabs.addTab(self._build_duplicates(), self.tr("Possible duplicates"))
        self.tabs.addTab(self._build_reports(), self.tr("Import reports"))
        outer.addWidget(self.tabs, 1)
        self.refresh()

    # Building ---------------------------------------------------------------------------
    def _build_status(self) -> QFrame:
        frame = QFrame()
        frame.setStyleSheet("QFrame#syncStatus { background: white; border: 1px solid #d5dbe1;"
                            " border-radius: 8px; }")
        frame.setObjectName("syncStatus")
        frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        grid = QGridLayout(frame)
        grid.setColumnStretch(1, 1)
        grid.addWidget(QLabel(self.tr("Shared folder")), 0, 0)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setAccessibleName(self.tr("Shared folder"))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.folder_label, 0, 1)
        self.choose_button = touch_button(self.tr("Choose folder…"), self.tr("Choose the shared folder"))
        self.choose_button.clicked.connect(self._choose_folder)
        grid.addWidget(self.choose_button, 0, 2)
        grid.addWidget(QLabel(self.tr("This device")), 1, 0)
        self.device_name = line_edit(self.tr("This device's name"),
                                     self.tr("a name others will see, e.g. Office tablet"))
        self.device_name.setMaximumWidth(360)
        self.device_name.editingFinished.connect(self._rename_device)
        grid.addWidget(self.device_name, 1, 1, 1, 2, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(QLabel(self.tr("Waiting to go out")), 2, 0)
        self.outbox = QLabel()
        self.outbox.setWordWrap(True)
        self.outbox.setAccessibleName(self.tr("Waiting to go out"))
        grid.addWidget(self.outbox, 2, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Last sync")), 3, 0)
        self.last = QLabel()
        self.last.setWordWrap(True)
        self.last.setAccessibleName(self.tr("Last sync"))
        grid.addWidget(self.last, 3, 1, 1, 2)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Sync progress"))
        self.bar.setTextVisible(True)
        self.bar.hide()
        grid.addWidget(self.bar, 4, 0, 1, 3)
        return frame

    def _build_conflicts(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        self.conflict_list = QListWidget()
        self.conflict_list.setAccessibleName(self.tr("Conflicts to settle"))
        self.conflict_list.setMinimumWidth(260)
        self.conflict_list.currentRowChanged.connect(self._show_conflict)
        row.addWidget(self.conflict_list, 2)
        self.conflict_view = ConflictView(self.repo)
        self.conflict_view.resolved.connect(self._conflict_resolved)
        row.addWidget(self.conflict_view, 5)
        return page

    def _build_duplicates(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        hint = QLabel(self.tr("The same school, room or person typed on two devices. Choose the entry to keep; the "
                              "others' rooms, visits and plans move to it, on every device."))
        hint.setWordWrap(True)
        hint.setProperty("subtle", True)
        column.addWidget(hint)
        self.duplicate_list = QListWidget()
        self.duplicate_list.setAccessibleName(self.tr("Possible duplicates"))
        self.duplicate_list.currentRowChanged.connect(self._show_duplicate)
        column.addWidget(self.duplicate_list, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Keep")))
        self.keep_combo = QComboBox()
        self.keep_combo.setAccessibleName(self.tr("The entry to keep"))
        row.addWidget(self.keep_combo, 1)
        self.merge_button = touch_button(self.tr("Merge the others into it"),
                                         self.tr("Merge the duplicates into the chosen entry"))
        self.merge_button.clicked.connect(self._merge)
        row.addWidget(self.merge_button)
        column.addLayout(row)
        return page

    def _build_reports(self) -> QWidget:
        self.reports = QTableWidget(0, 5)
        self.reports.setAccessibleName(self.tr("Import reports"))
        self.reports.setHorizontalHeaderLabels([self.tr("When"), self.tr("File"), self.tr("From"), self.tr("Result"),
                                                self.tr("What it brought")])
        self.reports.verticalHeader().hide()
        self.reports.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reports.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.reports.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return self.reports

    # Showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        folder = self.repo.sync_folder()
        self.folder_label.setText(folder or self.tr("No folder chosen yet: choose the folder every device shares."))
        self.sync_button.setEnabled(bool(folder) and not self.runner.busy)
        if not self.device_name.hasFocus():
            self.device_name.setText(self.repo.device_name)
        waiting = self.repo.outbox_counts()
        self.outbox.setText(", ".join(records(kind, n) for kind, n in waiting.items())
                            or self.tr("Nothing: every change made here is in the folder."))
        reports = self.repo.sync_reports()
        self._fill_reports(reports)
        if not self.runner.busy:
            self.last.setText(self.repo.setting("sync_last_summary") or self.tr("Never synced on this device."))
        self._fill_conflicts()
        self._fill_duplicates()

    def _fill_reports(self, reports: list[Report]) -> None:
        self.reports.setRowCount(0)
        for report in reports:
            row = self.reports.rowCount()
            self.reports.insertRow(row)
            if report.outcome == "imported":
                brought = ", ".join(counted(k, n) for k, n in report.counts.items() if n) or self.tr("nothing new")
            else:  # kept in English: this session's refusals as they were said, older ones read back
                brought = self._refused_words.get(report.message) or shown(report.message)
            outcome = outcome_word(report.outcome)
            for column, text in enumerate((_when(report.at), report.file_name, report.device_name or "",
                                           outcome, brought)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.reports.setItem(row, column, item)

    def _fill_conflicts(self) -> None:
        profile = self.repo.current_profile()
        chosen = self.conflict_view.conflict.key if self.conflict_view.conflict else None
        self._conflicts = self.repo.conflicts(profile.id if profile else None)
        self.conflict_list.blockSignals(True)
        self.conflict_list.clear()
        for conflict in self._conflicts:
            what = self.tr("deleted on one device, changed on another") if conflict.deleted_on_one else \
                self.tr("changed on two devices: {fields}").format(
                    fields=", ".join(f.field.replace("_", " ") for f in conflict.fields))
            item = QListWidgetItem(f"{kind_title(conflict.kind)}: {conflict.title}\n{what}")
            item.setSizeHint(item.sizeHint().expandedTo(self.conflict_list.sizeHint().boundedTo(item.sizeHint())))
            self.conflict_list.addItem(item)
        self.conflict_list.blockSignals(False)
        self.tabs.setTabText(0, self.tr("Conflicts ({n})").format(n=len(self._conflicts)))
        keys = [c.key for c in self._conflicts]
        row = keys.index(chosen) if chosen in keys else (0 if keys else -1)
        self.conflict_list.setCurrentRow(row)
        self._show_conflict(row)

    def _fill_duplicates(self) -> None:
        self._duplicates = self.repo.duplicates()
        self.duplicate_list.blockSignals(True)
        self.duplicate_list.clear()
        for dup in self._duplicates:
            entries = self.tr("%n entries", "", len(dup.record_ids))  # a duplicate has two or more
            self.duplicate_list.addItem(f"{kind_title(dup.kind)}: {dup.label} ({entries})")
        self.duplicate_list.blockSignals(False)
        self.tabs.setTabText(1, self.tr("Possible duplicates ({n})").format(n=len(self._duplicates)))
        self.duplicate_list.setCurrentRow(0 if self._duplicates else -1)
        self._show_duplicate(self.duplicate_list.currentRow())
        profile = self.repo.current_profile()
        self.merge_button.setEnabled(bool(self._duplicates) and may(profile, Action.MERGE_RECORDS))

    def _show_conflict(self, row: int) -> None:
        self.conflict_view.show_conflict(self._conflicts[row] if 0 <= row < len(self._conflicts) else None)

    def _show_duplicate(self, row: int) -> None:
        self.keep_combo.clear()
        if not 0 <= row < len(self._duplicates):
            return
        dup = self._duplicates[row]
        for record_id in dup.record_ids:
            self.keep_combo.addItem(self._describe_entry(dup.table, record_id), record_id)

    def _describe_entry(self, table: str, record_id: str) -> str:
        name = self.repo.record_name(table, record_id) or record_id
        if table == "schools":
            rooms = len(self.repo.rooms(record_id))
            return f"{name} · {records('room', rooms)}"
        if table == "people":
            person = self.repo.person(record_id)
            return f"{name} · {role_name(person.role, in_sentence=True)}"
        return f"{name} · {record_id[:8]}"

    # Acting ------------------------------------------------------------------------------
    def _me(self) -> str | None:
        profile = self.repo.current_profile()
        return profile.id if profile else None

    def sync_now(self) -> bool:
        folder = self.repo.sync_folder()
        if not folder:
            return False
        return self.runner.sync_folder(Path(folder), self._me())

    def sync_if_folder(self) -> bool:
        """At start and after a round: sync when a folder is set (quietly otherwise)."""
        return bool(self.repo.sync_folder()) and self.sync_now()

    def import_files(self, paths: list[Path]) -> bool:
        return self.runner.import_files(paths, self._me())

    def export_file(self, path: Path) -> bool:
        return self.runner.export_file(path, self._me())

    def set_folder(self, folder: Path) -> None:
        try:
            self.repo.set_sync_folder(str(folder), by=self._me())
        except (NotAllowed, StoreError) as exc:
            QMessageBox.information(self, self.tr("Not changed"), core_text.text(exc))
        self.refresh()

    def _choose_folder(self) -> None:
        start = self.repo.sync_folder() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("The folder every device shares"), start)
        if chosen:
            self.set_folder(Path(chosen))
            self.sync_now()

    def _export_dialog(self) -> None:
        name = f"walkthrough-{self.repo.device_name.replace(' ', '-').lower()}.zip"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to a bundle file"), str(Path.home() / name),
                                                self.tr("Walkthrough bundles (*.zip)"))
        if chosen:
            self.export_file(Path(chosen))

    def _import_dialog(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Import bundle files"), str(Path.home()),
                                                 self.tr("Walkthrough bundles (*.zip)"))
        if chosen:
            self.import_files([Path(c) for c in chosen])

    def _rename_device(self) -> None:
        name = self.device_name.text().strip()
        if name and name != self.repo.device_name:
            try:
                self.repo.set_setting("device_name", name)
            except StoreError as exc:  # the database is busy or the disk full: the old name stays
                QMessageBox.information(self, self.tr("Name not changed"), core_text.text(exc))
                self.device_name.setText(self.repo.device_name)

    def _conflict_resolved(self) -> None:
        self.changes.changed({"conflicts"})
        self.refresh()

    def _merge(self) -> None:
        row = self.duplicate_list.currentRow()
        if not 0 <= row < len(self._duplicates):
            return
        dup = self._duplicates[row]
        keep = self.keep_combo.currentData()
        try:
            for other in dup.record_ids:
                if other != keep:
                    self.repo.merge_records(dup.table, other, keep, by=self._me())
        except (StoreError, NotAllowed) as exc:
            QMessageBox.information(self, self.tr("Not merged"), core_text.text(exc))
        self.changes.changed({dup.table})
        self.refresh()

    # Progress ----------------------------------------------------------------------------
    def _started(self, what: str) -> None:
        self.sync_button.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.setFormat(what)
        self.bar.show()
        self.last.setText(what)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        self.bar.setFormat(self.tr("Bundle {done} of {total}").format(done=done, total=total))

    def _finished(self, outcome: object) -> None:
        assert isinstance(outcome, Outcome)
        self.bar.hide()
        from walkthrough.core.model import now_iso

        text = f"{_when(now_iso())} UTC · {outcome.what}: {core_text.text(outcome.summary)}"
        try:
            self.repo.set_setting("sync_last_summary", text)
        except StoreError:
            self.last.setText(text)  # shown now; remembered after the next sync
        log.info("sync finished", extra={"event": {"event": "sync_finished", "what": outcome.what,
                                                   "summary": str(outcome.summary), "refused": outcome.refused,
                                                   "changed": sorted(outcome.changed)}})
        self._refused_words.update({str(why): core_text.text(why) for why in outcome.refusals})
        self.refresh()
        if outcome.refusals:  # why, in the interface's language (the report table keeps the English of older ones)
            self.last.setText("\n".join([self.last.text(), *(self.tr("Refused: {why}").format(why=core_text.text(why))
                                                              for why in outcome.refusals)]))

    def _failed(self, message: str) -> None:
        log.warning("sync did not run: %s", message)
        self.bar.hide()
        self.last.setText(self.tr("Sync did not run: {why}").format(why=message))
        self.sync_button.setEnabled(bool(self.repo.sync_folder()))
