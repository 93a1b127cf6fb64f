"""The first-run setup's roster step: a roster file read, previewed with its problems, and imported
(or rooms typed one per line), on the background thread.

A part of :class:`~walkthrough.ui.pages.first_run.FirstRunPage` (its one subclass), kept apart so that
each module has one job.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from walkthrough.ui import core_text
from walkthrough.ui.pages.setup_labels import heading as _heading
from walkthrough.ui.pages.setup_labels import text as _text
from walkthrough.ui.settings import AppSettings
from walkthrough.ui.tasks import TaskManager
from walkthrough.ui.widgets.controls import touch_button
from walkthrough.ui.widgets.plural import plural

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget, QPlainTextEdit

    from walkthrough.core.roster import Roster
    from walkthrough.storage import Repository
    from walkthrough.storage.roster_store import RosterPlan



class RosterStep(QWidget):
    """The roster step's widgets and what they do; the page supplies the rest."""

    settings: AppSettings
    tasks: TaskManager
    school_id: str | None
    admin_id: str | None
    roster: Roster | None
    imported: RosterPlan | None
    message: QLabel
    next_button: QPushButton
    roster_button: QPushButton
    template_button: QPushButton
    roster_status: QLabel
    roster_problems: QListWidget
    typed: QPlainTextEdit

    @property
    def repo(self) -> Repository:
        raise NotImplementedError

    def rooms_counted(self, n: int) -> str:
        return plural(self.tr("%n room(s)", "", n), n)

    def teachers_counted(self, n: int) -> str:
        return plural(self.tr("%n teacher(s)", "", n), n)

    def _build_rest(self) -> None:
        raise NotImplementedError

    def _set_busy(self, busy: bool) -> None:
        raise NotImplementedError

    def _update_next(self) -> None:
        raise NotImplementedError

    def _after_roster(self) -> None:
        raise NotImplementedError

    def _roster_step(self) -> QWidget:
        from PySide6.QtWidgets import QListWidget, QPlainTextEdit

        box = QWidget()
        col = QVBoxLayout(box)
        col.addWidget(_heading(self.tr("Rooms and teachers")))
        col.addWidget(_text(self.tr("Choose a spreadsheet (.xlsx or .csv: room, teacher, e-mail, grade band, "
                                    "subject), or type the rooms below, one per line: Room 12, Ana Diallo, 3-5, "
                                    "Math.")))
        row = QHBoxLayout()
        self.roster_button = touch_button(self.tr("Choose a roster file…"), self.tr("Choose a roster file"),
                                          primary=True)
        self.roster_button.clicked.connect(self._choose_roster)
        row.addWidget(self.roster_button)
        self.template_button = touch_button(self.tr("Save the template…"), self.tr("Save an empty roster template"))
        self.template_button.clicked.connect(self._save_template)
        row.addWidget(self.template_button)
        row.addStretch(1)
        col.addLayout(row)
        self.roster_status = _text()
        self.roster_status.setAccessibleName(self.tr("What the roster holds"))
        col.addWidget(self.roster_status)
        self.roster_problems = QListWidget()
        self.roster_problems.setAccessibleName(self.tr("Problems in the roster"))
        self.roster_problems.setWordWrap(True)
        self.roster_problems.setStyleSheet("QListWidget { color: #8a1c1c; background: #fdf0f0; }")
        self.roster_problems.hide()
        col.addWidget(self.roster_problems, 1)
        self.typed = QPlainTextEdit()
        self.typed.setAccessibleName(self.tr("Rooms typed one per line"))
        self.typed.setPlaceholderText(self.tr("Room 1, Ana Diallo, K-2, Reading\nRoom 2, Ben Ortiz, 3-5, Math"))
        self.typed.textChanged.connect(self._typed_changed)
        col.addWidget(self.typed, 1)
        col.addWidget(_text(self.tr("Or go on without: add the rooms later in School directory."), subtle=True))
        return box

    def _choose_roster(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("The roster file"), str(Path.home()),
                                                self.tr("Rosters (*.xlsx *.csv);;All files (*)"))
        if chosen:
            self.choose_roster_file(Path(chosen))

    def _save_template(self) -> None:
        import shutil

        from PySide6.QtWidgets import QFileDialog

        from walkthrough.core.roster_template import template_paths

        spanish = self.settings.language == "es"
        name = "plantilla-personal.xlsx" if spanish else "roster-template.xlsx"
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the roster template"), str(Path.home() / name),
                                                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not target:
            return
        key = ("es" if spanish else "en") + (".csv" if target.lower().endswith(".csv") else ".xlsx")
        try:
            shutil.copyfile(template_paths()[key], target)
        except OSError as exc:
            self.roster_status.setText(self.tr("The template could not be saved as {target}: {why}.").format(
                target=target, why=exc.strerror or exc))
            return
        self.roster_status.setText(self.tr("Saved as {target}: fill in one row per room in Excel or LibreOffice, "
                                           "save it, then choose it here.").format(target=target))

    def choose_roster_file(self, path: Path) -> None:
        from walkthrough.core.roster import read_roster

        self._build_rest()
        self._set_busy(True)
        self.roster_status.setText(self.tr("Reading {name}…").format(name=path.name))
        self.tasks.run(lambda: read_roster(path), self._roster_read, self._roster_failed)

    def _roster_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.roster_status.setText(self.tr("The file could not be read ({kind}).").format(kind=type(exc).__name__))

    def _typed_changed(self) -> None:
        from walkthrough.core.roster import roster_from_lines

        text = self.typed.toPlainText()
        self._show_roster(roster_from_lines(text) if text.strip() else None)

    def _roster_read(self, result: object) -> None:
        from walkthrough.core.roster import Roster

        assert isinstance(result, Roster)
        self._set_busy(False)
        self.typed.blockSignals(True)
        self.typed.clear()
        self.typed.blockSignals(False)
        self._show_roster(result)

    def _show_roster(self, roster: Roster | None) -> None:
        self.roster = roster
        self.roster_problems.clear()
        self.roster_problems.setVisible(bool(roster and roster.problems))
        if roster is None:
            self.roster_status.setText("")
        else:
            rooms = len(roster.rows)
            teachers = len({r.email or r.teacher.casefold() for r in roster.rows if r.teacher})
            counted = self.tr("{rooms} and {teachers}").format(
                rooms=self.rooms_counted(rooms), teachers=self.teachers_counted(teachers))
            if roster.file != "the rooms typed":
                counted = self.tr("{file}: {counted}").format(file=roster.file, counted=counted)
            self.roster_status.setText((self.tr("{counted}, ready to import.") if roster.usable else
                                        self.tr("{counted}.")).format(counted=counted))
            if roster.problems:
                self.roster_problems.addItem(self.tr("Fix these, then choose the file again (nothing is saved until "
                                                     "then):"))
                self.roster_problems.addItems([core_text.text(p.as_message(with_file=False)) for p in roster.problems])
        self.next_button.setText(self.tr("Import and continue") if roster is not None and roster.usable else
                                 self.tr("Skip for now") if roster is not None and roster.problems else
                                 self.tr("Next"))
        self._update_next()

    def _save_roster(self) -> None:
        roster = self.roster
        if roster is None or not roster.usable or self.school_id is None:
            self._after_roster()  # nothing to import, or skipped while it has problems: later, in School directory
            return
        database, school_id, by = self.repo.database_file, self.school_id, self.admin_id
        self._set_busy(True)
        self.roster_status.setText(self.tr("Importing…"))

        def work() -> RosterPlan:
            from walkthrough.storage import Repository

            repo = Repository.open(database)
            try:
                return repo.import_roster(school_id, roster, by=by)
            finally:
                repo.close()

        self.tasks.run(work, self._roster_imported, self._import_failed)

    def _roster_imported(self, result: object) -> None:
        from walkthrough.storage.roster_store import RosterPlan

        assert isinstance(result, RosterPlan)
        self._set_busy(False)
        self.imported = result
        self.roster = None
        self.roster_status.setText(self.tr("Imported and saved. {summary}").format(
            summary=core_text.text(result.in_words())))
        self._after_roster()

    def _import_failed(self, exc: Exception) -> None:
        from walkthrough.storage.base import StoreError

        self._set_busy(False)
        reason = core_text.text(exc) if isinstance(exc, StoreError) else \
            self.tr("an unexpected error ({kind})").format(kind=type(exc).__name__)
        self.message.setText(self.tr("Nothing was imported: {reason}. Try again.").format(reason=reason))
