"""The filters of the dashboard and the visit history: school, dates (with the school year's
terms as presets), framework, grade band, subject, observer and PLC team.

Each change makes a new frozen :class:`VisitFilter` and says so with
``changed``; the page runs its query for it off the UI thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QVBoxLayout, QWidget

from walkthrough.core import terms
from walkthrough.core.framework_types import Mode
from walkthrough.core.model import ObservationKind
from walkthrough.reports.filters import VisitFilter
from walkthrough.storage import Repository
from walkthrough.ui import core_text
from walkthrough.ui.framework_text import shown_title
from walkthrough.ui.widgets.combo_fit import fit_combo
from walkthrough.ui.widgets.flow_layout import FlowLayout

ANY = "any"
CUSTOM = "custom"


def _combo(accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    combo.setMinimumHeight(44)
    combo.setMinimumContentsLength(10)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


class ReportFilters(QWidget):
    changed = Signal(object)  # VisitFilter

    def __init__(self, repo: Repository, *, kind: ObservationKind | None = ObservationKind.BLAST,
                 today: date | None = None) -> None:
        super().__init__()
        self.repo = repo
        self.kind = kind
        self.today = today or date.today()
        self._filling = False
        self.extra: tuple[list[str], list[str], list[tuple[str, str]]] = ([], [], [])
        self.terms: dict[str, terms.Term] = {}
        grid = FlowLayout(self, spacing=10)  # as many filters a line as the window has room for
        self.school = _combo(self.tr("School"))
        self.period = _combo(self.tr("Dates"))
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.setMinimumHeight(48)
            edit.dateChanged.connect(self._dates_typed)
        start = terms.school_year(terms.school_year_of(self.today)).start
        self.date_from.setDate(QDate(start.year, start.month, start.day))
        self.date_to.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.framework = _combo(self.tr("Framework"))
        self.grade_band = _combo(self.tr("Grade band"))
        self.subject = _combo(self.tr("Subject"))
        self.observer = _combo(self.tr("Observer"))
        self.team = _combo(self.tr("PLC team"))
        cells = [(self.tr("School"), self.school), (self.tr("Dates"), self.period), (self.tr("Framework"),
                self.framework),
                 (self.tr("Grade band"), self.grade_band), (self.tr("Subject"), self.subject),
                 (self.tr("Observer"), self.observer), (self.tr("PLC team"), self.team), (self.tr("From"),
                         self.date_from),
                 (self.tr("To"), self.date_to)]
        self.date_labels: list[QLabel] = []
        for text, widget in cells:
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            label = QLabel(text)
            label.setBuddy(widget)
            column.addWidget(label)
            column.addWidget(widget)
            cell.setMinimumWidth(150)
            cell.setMaximumWidth(280)  # room for the longest "All …" choice in Spanish
            grid.addWidget(cell)
            if widget in (self.date_from, self.date_to):
                self.date_labels.append(label)
        for combo in (self.school, self.period, self.framework, self.grade_band, self.subject, self.observer,
                      self.team):
            combo.currentIndexChanged.connect(self._picked)
        self.fill()

    # Choices ----------------------------------------------------------------------
    def fill(self) -> None:
        """(Re)read what the filters offer, keeping what is chosen where it is still offered."""
        self._filling = True
        try:
            kept = {c: c.currentData() for c in (self.school, self.period, self.framework, self.grade_band,
                                                 self.subject, self.observer, self.team)}
            self._set(self.school, self.tr("All schools"), [(s.id, s.name) for s in self.repo.schools()])
            setting = self.repo.setting(terms.SETTING)
            try:
                presets = terms.recent_terms(self.today, 3, setting)
            except terms.TermsError:
                presets = terms.recent_terms(self.today, 3)
            year = terms.school_year(terms.school_year_of(self.today))
            periods = [(t, core_text.text(t.shown)) for t in presets[:1]] + [(year, core_text.text(year.shown))] + \
                [(t, core_text.text(t.shown)) for t in presets[1:]]
            self.period.clear()
            self.period.addItem(self.tr("All time"), ANY)
            self.terms = {}
            for term, name in periods:
                self.terms[name] = term
                self.period.addItem(name, name)  # by name: a combo finds plain data again after a refill
            self.period.addItem(self.tr("Chosen dates"), CUSTOM)
            fit_combo(self.period)
            mode = Mode.PEER if self.kind is ObservationKind.PEER else Mode.BLAST if self.kind else None
            self._set(self.framework, self.tr("All frameworks"), sorted(
                ((f.id, shown_title(f.id, f.title)) for f in self.repo.frameworks(mode)), key=lambda p: p[1].lower()))
            bands, subjects, observers = self.repo.report_choices()
            more_bands, more_subjects, more_observers = self.extra
            bands = sorted(set(bands) | set(more_bands))
            subjects = sorted(set(subjects) | set(more_subjects))
            observers = sorted(set(observers) | set(more_observers), key=lambda p: p[1].lower())
            self._set(self.grade_band, self.tr("All grade bands"), [(b, b) for b in bands])
            self._set(self.subject, self.tr("All subjects"), [(s, s) for s in subjects])
            self._set(self.observer, self.tr("All observers"), observers)
            self._set(self.team, self.tr("All PLC teams"), [(t.id, t.name) for t in self.repo.teams()])
            for combo, data in kept.items():
                index = combo.findData(data) if data is not None else -1
                combo.setCurrentIndex(max(0, index))
            self._show_dates()
        finally:
            self._filling = False

    def offer(self, bands: list[str], subjects: list[str], observer_ids: list[str]) -> None:
        """Also offer the groups and observers the counted visits hold (a room since edited, an
        observer since removed): re-filled only when that adds something."""
        observers = self.repo.people_names(observer_ids)
        extra = (bands, subjects, observers)
        if extra != self.extra:
            self.extra = extra
            self.fill()

    @staticmethod
    def _set(combo: QComboBox, anything: str, items: list[tuple[str, str]]) -> None:
        combo.clear()
        combo.addItem(anything, ANY)
        for data, text in items:
            combo.addItem(text, data)
        fit_combo(combo)  # "Todas las escuelas" whole, and every school's name in the open list

    # Reading -----------------------------------------------------------------------
    def _show_dates(self) -> None:
        chosen = self.terms.get(self.period.currentData(), self.period.currentData())
        custom = chosen == CUSTOM
        for widget in (self.date_from, self.date_to, *self.date_labels):
            widget.setVisible(custom)  # chosen dates only: a term shows its dates in its name
        if isinstance(chosen, terms.Term):
            self.date_from.blockSignals(True)
            self.date_to.blockSignals(True)
            self.date_from.setDate(QDate(chosen.start.year, chosen.start.month, chosen.start.day))
            self.period.setToolTip(self.tr("{isoformat} to {isoformat2}").format(isoformat=chosen.start.isoformat(),
                    isoformat2=chosen.end.isoformat()))
            self.date_to.setDate(QDate(chosen.end.year, chosen.end.month, chosen.end.day))
            self.date_from.blockSignals(False)
            self.date_to.blockSignals(False)

    def _picked(self) -> None:
        if self._filling:
            return
        self._show_dates()
        self.changed.emit(self.visit_filter())

    def _dates_typed(self) -> None:
        if not self._filling and self.period.currentData() == CUSTOM:
            self.changed.emit(self.visit_filter())

    def choose(self, combo: QComboBox, data: object) -> None:
        """Pick an entry by its data (tests, and the "open in history" links)."""
        index = combo.findData(data)
        if index < 0:
            raise KeyError(data)
        combo.setCurrentIndex(index)

    def term(self) -> terms.Term | None:
        return self.terms.get(self.period.currentData())

    def visit_filter(self) -> VisitFilter:
        def one(combo: QComboBox) -> tuple[str, ...]:
            data = combo.currentData()
            return () if data in (ANY, None) else (str(data),)

        period = self.terms.get(self.period.currentData(), self.period.currentData())
        start: date | None = None
        end: date | None = None
        if isinstance(period, terms.Term):
            start, end = period.start, period.end
        elif period == CUSTOM:
            start = date.fromisoformat(self.date_from.date().toString("yyyy-MM-dd"))
            end = date.fromisoformat(self.date_to.date().toString("yyyy-MM-dd"))
        framework = self.framework.currentData()
        team = self.team.currentData()
        return VisitFilter(
            school_ids=one(self.school), date_from=start, date_to=end,
            framework_id=None if framework in (ANY, None) else str(framework),
            grade_bands=one(self.grade_band), subjects=one(self.subject), observer_ids=one(self.observer),
            team_id=None if team in (ANY, None) else str(team), kind=self.kind)
