"""Import a roster into a school: pick the file, see every room and every problem, then Import.

The file is read and the import written on the background thread
(``ui/tasks.py``); the window never waits for either. Nothing is saved until
*Import* is tapped, and not at all while the file has a problem: each is
listed by row and column, to fix in the spreadsheet and choose again.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.roster import Roster, read_roster
from walkthrough.core.roster_template import template_paths
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.storage.roster_store import RosterPlan
from walkthrough.ui import core_text
from walkthrough.ui.access import me
from walkthrough.ui.tasks import TaskManager
from walkthrough.ui.widgets.controls import touch_button
from walkthrough.ui.widgets.plural import plural

COLUMNS = (QT_TRANSLATE_NOOP("RosterImportDialog", "Row"), QT_TRANSLATE_NOOP("RosterImportDialog", "Room"),
           QT_TRANSLATE_NOOP("RosterImportDialog", "Teacher"), QT_TRANSLATE_NOOP("RosterImportDialog", "E-mail"),
           QT_TRANSLATE_NOOP("RosterImportDialog", "Grades"), QT_TRANSLATE_NOOP("RosterImportDialog", "Subject"),
           QT_TRANSLATE_NOOP("RosterImportDialog", "What changes"))
WHAT = {"new": QT_TRANSLATE_NOOP("RosterImportDialog", "New room"),
        "changed": QT_TRANSLATE_NOOP("RosterImportDialog", "Changes"),
        "unchanged": QT_TRANSLATE_NOOP("RosterImportDialog", "Unchanged")}


class RosterImportDialog(QDialog):
    imported = Signal(object)  # the RosterPlan that was applied

    def __init__(self, repo: Repository, school_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.school_id = school_id
        self.roster: Roster | None = None
        self.plan: RosterPlan | None = None
        self.done_plan: RosterPlan | None = None
        self.tasks = TaskManager(self)
        school = repo.school(school_id).name
        self.setWindowTitle(self.tr("Import a roster into {school}").format(school=school))
        self.setAccessibleName(self.tr("Import a roster"))
        self.setMinimumSize(760, 520)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        heading = QLabel(self.tr("Rooms and teachers of {school}, from a spreadsheet").format(school=school))
        heading.setProperty("heading", True)
        heading.setWordWrap(True)
        outer.addWidget(heading)
        lead = QLabel(self.tr("A .csv or .xlsx file with one row per room: room, teacher, e-mail, grade band, subject "
                      "(headers in English or Spanish). Importing it again later updates the rooms and "
                      "teachers; teachers no longer listed are marked as having left, never removed."))
        lead.setWordWrap(True)
        lead.setProperty("subtle", True)
        outer.addWidget(lead)
        picks = QHBoxLayout()
        self.choose_button = touch_button(self.tr("Choose a file…"), self.tr("Choose the roster file"), primary=True)
        self.choose_button.clicked.connect(self._choose)
        self.template_button = touch_button(self.tr("Save the template…"), self.tr("Save an empty roster template"))
        self.template_button.clicked.connect(self._save_template)
        picks.addWidget(self.choose_button)
        picks.addWidget(self.template_button)
        picks.addStretch(1)
        outer.addLayout(picks)
        self.status = QLabel(self.tr("No file chosen yet."))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What the file holds"))
        outer.addWidget(self.status)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems in the file"))
        self.problems.setStyleSheet("QListWidget { color: #8a1c1c; background: #fdf0f0; }")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.problems.setMinimumHeight(150)
        outer.addWidget(self.problems, 2)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("The rooms in the file"))
        self.table.setHorizontalHeaderLabels([self.tr(str(c)) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        outer.addWidget(self.table, 2)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the import will do"))
        outer.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = touch_button(self.tr("Cancel"), self.tr("Close without importing"))
        self.close_button.clicked.connect(self.reject)
        self.import_button = touch_button(self.tr("Import"), self.tr("Import the roster"), primary=True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)
        outer.addLayout(buttons)

    # Choosing and reading the file ---------------------------------------------------------------
    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("The roster file"), str(Path.home()),
                                                self.tr("Rosters (*.xlsx *.csv);;All files (*)"))
        if chosen:
            self.choose_file(Path(chosen))

    def _save_template(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the roster template"),
                                                str(Path.home() / "roster-template.xlsx"),
                                                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not target:
            return
        key = "en.csv" if target.lower().endswith(".csv") else "en.xlsx"
        try:
            shutil.copyfile(template_paths()[key], target)
        except OSError as exc:
            self.status.setText(self.tr("The template could not be saved as {target}: {n}.").format(target=target,
                    n=exc.strerror or exc))
            return
        self.status.setText(self.tr("The template is saved as {target}: fill in one row per room, save it, then "
                "choose it here.").format(target=target))

    def choose_file(self, path: Path) -> None:
        """Read ``path`` on the background thread, then show its rooms and problems."""
        self.roster = self.plan = None
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.status.setText(self.tr("Reading {name}…").format(name=path.name))
        self.problems.clear()
        self.problems.hide()
        self.table.setRowCount(0)
        self.summary.setText("")
        self.tasks.run(lambda: read_roster(path), self._read, self._read_failed)

    def _read_failed(self, exc: Exception) -> None:
        self.choose_button.setEnabled(True)
        self.status.setText(self.tr("The file could not be read ({name__}). Nothing was saved.").format(
                name__=type(exc).__name__))

    def _read(self, result: object) -> None:
        assert isinstance(result, Roster)
        self.choose_button.setEnabled(True)
        self.roster = result
        rows = len(result.rows)
        self.status.setText(plural(self.tr("{file}: %n room(s) read.", "", rows), rows).format(file=result.file))
        if result.problems:
            count = len(result.problems)
            self.problems.addItem(
                    self.tr("1 problem: fix it in the file, save it and choose it again. Nothing was saved.")
                    if count == 1 else
                    self.tr("{count} problems: fix them in the file, save it and choose it again. Nothing was saved.")
                    .format(count=count))
            self.problems.addItems([core_text.text(p.as_message(with_file=False)) for p in result.problems])
            self.problems.show()
        plan: RosterPlan | None = None
        if result.rows:
            try:
                plan = self.repo.plan_roster(self.school_id, result)
            except StoreError as exc:
                self.summary.setText(core_text.text(exc))
        self.plan = plan
        changes = {c.row: c for c in plan.rooms} if plan is not None else {}
        self.table.setRowCount(rows)
        for index, row in enumerate(result.rows):
            change = changes.get(row.row)
            what = ""
            if change is not None:
                what = self.tr(str(WHAT[change.what])) + (": " + "; ".join(change.details)
                                                   if change.what == "changed" else "")
            cells = (str(row.row), row.room, row.teacher or "—", row.email, row.grade_band, row.subject, what)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if change is not None and change.what == "new" and column == len(cells) - 1:
                    item.setForeground(QColor("#1f5f2e"))
                self.table.setItem(index, column, item)
        if plan is not None:
            self.summary.setText(core_text.text(plan.in_words()) + ("" if result.usable else
                                                   self.tr(". Nothing is imported until every problem is fixed.")))
        usable = result.usable and plan is not None
        self.import_button.setEnabled(usable)
        self.import_button.setText(self.tr("Import {rows} room{n}").format(rows=rows,
                n='s' if rows != 1 else '') if usable else self.tr("Import"))

    # Importing ------------------------------------------------------------------------------------
    def start_import(self) -> None:
        roster = self.roster
        if roster is None or not roster.usable:
            return
        database = self.repo.database_file
        school_id, by = self.school_id, me(self.repo)
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.status.setText(self.tr("Importing {file}…").format(file=roster.file))

        def work() -> RosterPlan:
            repo = Repository.open(database)
            try:
                return repo.import_roster(school_id, roster, by=by)
            finally:
                repo.close()

        self.tasks.run(work, self._imported, self._import_failed)

    def _imported(self, result: object) -> None:
        assert isinstance(result, RosterPlan)
        self.done_plan = result
        self.status.setText(self.tr("Imported and saved. ") + core_text.text(result.in_words()))
        self.summary.setText("")
        self.close_button.setText(self.tr("Done"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.import_button.hide()
        self.choose_button.setEnabled(True)
        self.imported.emit(result)

    def _import_failed(self, exc: Exception) -> None:
        self.choose_button.setEnabled(True)
        self.import_button.setEnabled(True)
        reason = core_text.text(exc) if isinstance(exc, StoreError) else self.tr("an unexpected error ({name})").format(
            name=type(exc).__name__)
        self.status.setText(self.tr("Nothing was imported: {reason}. Nothing was saved; try again.").format(
                reason=reason))

    def done(self, result: int) -> None:
        self.tasks.wait(30_000)  # never leave an import half-told
        super().done(result)
