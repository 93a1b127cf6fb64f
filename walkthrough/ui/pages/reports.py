"""Reports: make a building summary, a coach's compilation or a CSV export, off the UI thread with
a progress bar. For administrators and coaches; anyone else is told who may.

The period is a term (the school year's terms, newest first) or any two dates; the school, the PLC
team and the framework narrow it. The file is written whole or not at all
(:mod:`walkthrough.reports.outputs`); a visit's feedback PDF is made from the visit itself
("Feedback PDF…" beside it).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core import terms
from walkthrough.core.permissions import Action
from walkthrough.storage import Repository
from walkthrough.ui import core_text
from walkthrough.ui.access import can, me, role_note, say_role, why_not
from walkthrough.ui.framework_text import shown_title
from walkthrough.ui.report_words import interface_words
from walkthrough.ui.style import TOUCH_TARGET_PX
from walkthrough.ui.widgets.controls import touch_button
from walkthrough.ui.widgets.report_runner import ReportRunner

KINDS = (("building", QT_TRANSLATE_NOOP("ReportsPage", "Building summary (PDF)")),
         ("compilation", QT_TRANSLATE_NOOP("ReportsPage", "Coach compilation (PDF)")),
         ("csv", QT_TRANSLATE_NOOP("ReportsPage", "Visits and responses (CSV)")))
ALL = ""


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "all"


def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    """Offer ``everything`` then ``items`` (data, text), keeping the choice made if it is still there."""
    chosen = combo.currentData()
    combo.clear()
    combo.addItem(everything, ALL)
    for data, text in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)


def _one(combo: QComboBox) -> tuple[str, ...]:
    data = combo.currentData()
    return (str(data),) if data else ()


def _day(edit: QDateEdit) -> date:
    return date.fromisoformat(edit.date().toString("yyyy-MM-dd"))


class ReportsPage(QWidget):
    guide_topic = "reports"  # how to make a report and read its figures

    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.runner = ReportRunner(repo, self)
        self.runner.progressed.connect(self._progressed)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.last_file: Path | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        title = QLabel(self.tr("Reports"))
        title.setProperty("heading", True)
        outer.addWidget(title)
        lead = QLabel(self.tr("A building summary for one school, a compilation for several schools or a PLC team, "
                              "or every visit's responses as a spreadsheet. Private peer visits are never in them; "
                              "groups of fewer than 5 visits say “too few visits”."))
        lead.setWordWrap(True)
        lead.setProperty("subtle", True)
        outer.addWidget(lead)
        self.role_line = role_note(self.tr("Who makes reports"))
        outer.addWidget(self.role_line)

        self.form = QWidget()
        form = QFormLayout(self.form)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Report"))
        for key, label in KINDS:
            self.kind.addItem(self.tr(str(label)), key)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.school = QComboBox()
        self.school.setAccessibleName(self.tr("School"))
        self.school.currentIndexChanged.connect(lambda _i: self._fill_teams())
        self.team = QComboBox()
        self.team.setAccessibleName(self.tr("PLC team"))
        self.term = QComboBox()
        self.term.setAccessibleName(self.tr("Term"))
        self.term.activated.connect(lambda _i: self._term_chosen())
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            edit.setMinimumHeight(TOUCH_TARGET_PX)
            edit.setMinimumWidth(170)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        self.framework = QComboBox()
        self.framework.setAccessibleName(self.tr("Framework"))
        self.grade_band = QComboBox()
        self.grade_band.setAccessibleName(self.tr("Grade band"))
        self.subject = QComboBox()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.observer = QComboBox()
        self.observer.setAccessibleName(self.tr("Observer"))
        for combo in (self.kind, self.school, self.team, self.term, self.framework, self.grade_band, self.subject,
                      self.observer):
            combo.setMinimumHeight(TOUCH_TARGET_PX)
            combo.setMinimumWidth(320)
        groups = QHBoxLayout()
        for combo in (self.grade_band, self.subject):
            combo.setMinimumWidth(220)
            groups.addWidget(combo)
        groups.addStretch(1)
        form.addRow(self.tr("Report"), self.kind)
        form.addRow(self.tr("School"), self.school)
        form.addRow(self.tr("PLC team"), self.team)
        form.addRow(self.tr("Term"), self.term)
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("Framework"), self.framework)
        form.addRow(self.tr("Grade band, subject"), groups)
        form.addRow(self.tr("Observer"), self.observer)
        outer.addWidget(self.form)

        actions = QHBoxLayout()
        self.make_button = touch_button(self.tr("Make the report…"), self.tr("Choose where to save it and make it"),
                                        primary=True)
        self.make_button.clicked.connect(self._make_clicked)
        self.open_button = touch_button(self.tr("Open it"), self.tr("Open the file just made"))
        self.open_button.clicked.connect(self._open_last)
        self.open_button.hide()
        actions.addWidget(self.make_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        outer.addLayout(actions)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setFormat(self.tr("%v pages"))
        self.progress.hide()
        outer.addWidget(self.progress)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        outer.addStretch(1)
        self.refresh()

    # Reading ---------------------------------------------------------------------
    def refresh(self) -> None:
        allowed = can(self.repo, Action.MAKE_REPORT)
        say_role(self.role_line, "" if allowed else why_not(Action.MAKE_REPORT))
        self.form.setVisible(allowed)
        self.make_button.setVisible(allowed)
        chosen = self.school.currentData()
        self.school.blockSignals(True)
        self.school.clear()
        self.school.addItem(self.tr("Every school"), ALL)
        for school in self.repo.schools():
            self.school.addItem(school.name, school.id)
        self.school.setCurrentIndex(max(0, self.school.findData(chosen)) if chosen else (1 if self.school.count() > 1
                                                                                        else 0))
        self.school.blockSignals(False)
        self._fill_teams()
        current = self.framework.currentData()
        self.framework.clear()
        self.framework.addItem(self.tr("Every framework"), ALL)
        titles = [(shown_title(f.id, f.title), f.id) for f in self.repo.frameworks()]
        for title, framework_id in sorted(titles, key=lambda pair: pair[0].lower()):
            self.framework.addItem(title, framework_id)
        self.framework.setCurrentIndex(max(0, self.framework.findData(current)))
        bands, subjects, observers = self.repo.report_choices()
        _refill(self.grade_band, self.tr("Every grade band"), [(b, b) for b in bands])
        _refill(self.subject, self.tr("Every subject"), [(s, s) for s in subjects])
        _refill(self.observer, self.tr("Every observer"), observers)
        self._fill_terms()
        self._kind_changed()

    def _fill_teams(self) -> None:
        self.team.clear()
        self.team.addItem(self.tr("No team: every teacher"), ALL)
        school = self.school.currentData() or None
        for team in self.repo.teams(school):
            self.team.addItem(team.name, team.id)

    def _fill_terms(self) -> None:
        if self.term.count():
            return
        self.term.addItem(self.tr("Choose the dates"), None)
        try:
            found = terms.recent_terms(date.today(), setting=self.repo.setting(terms.SETTING))
        except terms.TermsError:
            found = terms.recent_terms(date.today())
        for term in found:
            self.term.addItem(core_text.text(term.shown), (term.start.isoformat(), term.end.isoformat()))
        if len(found):
            self.term.setCurrentIndex(1)
            self._term_chosen()
        else:
            self.date_to.setDate(QDate.currentDate())
            self.date_from.setDate(QDate.currentDate().addMonths(-4))

    def _term_chosen(self) -> None:
        span = self.term.currentData()
        if span:
            self.date_from.setDate(QDate.fromString(span[0], "yyyy-MM-dd"))
            self.date_to.setDate(QDate.fromString(span[1], "yyyy-MM-dd"))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.team.setEnabled(kind != "building")
        if kind == "building" and not self.school.currentData() and self.school.count() > 1:
            self.school.setCurrentIndex(1)

    # Making ------------------------------------------------------------------------
    def choice(self) -> object:
        from walkthrough.reports.outputs import Choice

        school = self.school.currentData()
        team = self.team.currentData() if self.team.isEnabled() else None
        return Choice(schools=(school,) if school else (), first=_day(self.date_from), last=_day(self.date_to),
                      framework_id=self.framework.currentData() or None,
                      grade_bands=_one(self.grade_band), subjects=_one(self.subject), observers=_one(self.observer),
                      team_id=team or None)

    def suggested_name(self) -> str:
        kind = self.kind.currentData()
        what = self.school.currentText() if self.school.currentData() else "district"
        if kind != "building" and self.team.isEnabled() and self.team.currentData():
            what = self.team.currentText()
        period = f"{self.date_from.date().toString('yyyy-MM-dd')}-to-{self.date_to.date().toString('yyyy-MM-dd')}"
        suffix = "csv" if kind == "csv" else "pdf"
        return f"{kind}-{_slug(what)}-{period}.{suffix}"

    def ask_path(self, suggested: str) -> Path | None:
        filters = self.tr("CSV files (*.csv)") if suggested.endswith(".csv") else self.tr("PDF files (*.pdf)")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), str(Path.home() / suggested), filters)
        return Path(name) if name else None

    def _make_clicked(self) -> None:
        path = self.ask_path(self.suggested_name())
        if path is not None:
            self.make(path)

    def make(self, path: Path) -> None:
        """Make the chosen report into ``path`` off the UI thread."""
        from walkthrough.reports import outputs

        if self.runner.busy:
            return
        kind, choice, viewer = self.kind.currentData(), self.choice(), me(self.repo)
        assert isinstance(choice, outputs.Choice)
        if kind == "building" and len(choice.schools) != 1:
            self._failed(self.tr("choose one school for a building summary"))
            return
        if choice.first and choice.last and choice.last < choice.first:
            self._failed(self.tr("the last day is before the first"))
            return

        words = interface_words()  # the report reads as the app does

        def make(repo: Repository, progress: outputs.Progress) -> str:
            if kind == "csv":
                return outputs.csv_export(repo, choice, viewer, path, lambda visits, _of: progress(visits), words)
            if kind == "building":
                return outputs.building_summary(repo, choice, viewer, path, progress, words)
            return outputs.compilation(repo, choice, viewer, path, progress, words)

        self.target = path
        self.make_button.setEnabled(False)
        self.open_button.hide()
        self.progress.setRange(0, 0)  # busy until the first page is made
        self.progress.setFormat(self.tr("%v visits") if kind == "csv" else self.tr("%v pages"))
        self.progress.show()
        self.message.setText(self.tr("Making %1…").replace("%1", path.name))
        self.runner.run(make)

    def _progressed(self, done: int) -> None:
        if self.progress.maximum() == 0:
            self.progress.setRange(0, max(done * 2, 10))
        if done > self.progress.maximum():
            self.progress.setMaximum(done * 2)
        self.progress.setValue(done)

    def _finished(self, made: str) -> None:
        self.make_button.setEnabled(True)
        self.progress.hide()
        self.last_file = self.target
        self.message.setText(self.tr("Saved %1 (%2).").replace("%1", str(self.target)).replace("%2", made))
        self.open_button.show()

    def _failed(self, why: str) -> None:
        self.make_button.setEnabled(True)
        self.progress.hide()
        self.message.setText(self.tr("Not made: %1.").replace("%1", why.rstrip(".")))

    def _open_last(self) -> None:
        if self.last_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_file)))
