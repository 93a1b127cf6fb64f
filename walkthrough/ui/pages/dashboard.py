"""Dashboard: what a principal reads in a minute. For the filtered blast visits, each
look-for's share of classrooms (n of N, a bar with its 95% interval, "too few visits"
below five), the heatmap against grade band or subject, coverage, the change since the
term before, and look-fors by tag. Every figure opens the visits behind it.

Queries run off the UI thread (``ui/tasks.py``) on an engine of their own; a newer
filter cancels an older query; the page re-reads when records change.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core import terms
from walkthrough.core.permissions import Action
from walkthrough.reports.engine import ReportEngine
from walkthrough.reports.figures import Figures
from walkthrough.reports.filters import VisitFilter
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.ui import core_text
from walkthrough.ui.access import can, me, role_note, say_role, why_not
from walkthrough.ui.framework_text import current_language
from walkthrough.ui.pages.dashboard_tables import fill_change, fill_coverage
from walkthrough.ui.pages.dashboard_words import (
    BEHIND,
    day_text,
    decimal,
    figure_table,
    figure_text,
    heat_cell,
    percent,
    proportion_text,
    text_cell,
    too_few,
)
from walkthrough.ui.pages.dashboard_work import DashboardResult, dashboard_figures, default_periods
from walkthrough.ui.tasks import TaskManager
from walkthrough.ui.widgets.controls import plain_label
from walkthrough.ui.widgets.figure_cells import FIGURE, FigureDelegate
from walkthrough.ui.widgets.plural import plural
from walkthrough.ui.widgets.report_filters import ReportFilters


class DashboardPage(QWidget):
    def __init__(self, repo: Repository, *, today: date | None = None) -> None:
        super().__init__()
        self.repo = repo
        self.today = today or date.today()
        self.tasks = TaskManager(self)
        self.engine: ReportEngine | None = None
        self.generation = 0
        self.result: DashboardResult | None = None
        self.filled = False
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 12)
        title = QLabel(self.tr("Dashboard"))
        title.setProperty("heading", True)
        column.addWidget(title)
        self.role = role_note(self.tr("What your role cannot do here"))
        column.addWidget(self.role)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.filters = ReportFilters(repo, today=self.today)
        self.filters.changed.connect(self.run)
        body.addWidget(self.filters)
        self.status = plain_label("")
        self.status.setAccessibleName(self.tr("What the figures cover"))
        self.status.setWordWrap(True)
        body.addWidget(self.status)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Dashboard views"))
        body.addWidget(self.tabs, 1)
        column.addWidget(self.body, 1)
        self._build_look_fors()
        self._build_heatmap()
        self._build_coverage()
        self._build_change()
        self._build_tags()

    # Tabs ---------------------------------------------------------------------------
    def _build_look_fors(self) -> None:
        self.look_fors = figure_table(self.tr("Look-fors"), [self.tr("Look-for"), self.tr("In the filtered visits"),
                                                          self.tr("Share of classrooms")])
        self.look_fors.setItemDelegateForColumn(2, FigureDelegate(self.look_fors))
        header = self.look_fors.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.look_fors.setColumnWidth(1, 300)
        self.look_fors.setColumnWidth(2, 280)
        self.look_fors.cellClicked.connect(lambda r, _c: self._open_behind(self.look_fors, r, 0))
        self.look_fors.cellActivated.connect(lambda r, _c: self._open_behind(self.look_fors, r, 0))
        self.tabs.addTab(self.look_fors, self.tr("Look-fors"))

    def _build_heatmap(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Columns:")))
        self.heat_by = QComboBox()
        self.heat_by.setAccessibleName(self.tr("Heatmap columns"))
        self.heat_by.addItem(self.tr("Grade band"), "grade_band")
        self.heat_by.addItem(self.tr("Subject"), "subject")
        self.heat_by.setMinimumHeight(44)
        self.heat_by.currentIndexChanged.connect(lambda: self.run(self.filters.visit_filter()))
        row.addWidget(self.heat_by)
        row.addStretch(1)
        column.addLayout(row)
        self.heatmap = figure_table(self.tr("Heatmap"), [])
        self.heatmap.cellClicked.connect(lambda r, c: self._open_behind(self.heatmap, r, c))
        self.heatmap.cellActivated.connect(lambda r, c: self._open_behind(self.heatmap, r, c))
        column.addWidget(self.heatmap, 1)
        self.tabs.addTab(page, self.tr("Heatmap"))

    def _build_coverage(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Not visited in the last")))
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Days without a visit"))
        self.days.setMinimumHeight(44)
        self.days.valueChanged.connect(lambda: self.run(self.filters.visit_filter()))
        row.addWidget(self.days)
        row.addStretch(1)
        column.addLayout(row)
        lists = QHBoxLayout()
        self.rooms_missed = figure_table(self.tr("Rooms not visited"), [self.tr("Room"), self.tr("School"),
                                                                      self.tr("Last visit")])
        self.teachers_missed = figure_table(self.tr("Teachers not visited"), [self.tr("Teacher"), self.tr("School"),
                                                                            self.tr("Last visit")])
        for table in (self.rooms_missed, self.teachers_missed):
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            lists.addWidget(table)
        column.addLayout(lists, 2)
        self.balance = figure_table(self.tr("Balance of visits"), [self.tr("Of the filtered visits"), self.tr("Visits"),
                                                             self.tr("Share")])
        self.balance.setItemDelegateForColumn(2, FigureDelegate(self.balance))
        self.balance.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.balance.setColumnWidth(2, 280)
        column.addWidget(self.balance, 3)
        self.tabs.addTab(page, self.tr("Coverage"))

    def _build_change(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        self.change_label = plain_label("")
        self.change_label.setWordWrap(True)
        self.change_label.setAccessibleName(self.tr("Which periods are compared"))
        column.addWidget(self.change_label)
        self.changes = figure_table(self.tr("Change between two periods"),
                              [self.tr("Look-for"), self.tr("Before"), self.tr("After"), self.tr("Change"), ""])
        self.changes.setItemDelegateForColumn(4, FigureDelegate(self.changes))
        header = self.changes.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.changes.setColumnWidth(4, 240)
        self.changes.cellClicked.connect(lambda r, _c: self._open_behind(self.changes, r, 0))
        column.addWidget(self.changes, 1)
        self.tabs.addTab(page, self.tr("Change"))

    def _build_tags(self) -> None:
        self.tags = figure_table(self.tr("Look-fors by tag"), [self.tr("Tag"), self.tr("Look-fors"),
                                                       self.tr("Observed, of the tag's answers"), self.tr("Share")])
        self.tags.setItemDelegateForColumn(3, FigureDelegate(self.tags))
        self.tags.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tags.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tags.setColumnWidth(3, 280)
        self.tags.cellClicked.connect(lambda r, _c: self._open_behind(self.tags, r, 0))
        self.tags.cellActivated.connect(lambda r, _c: self._open_behind(self.tags, r, 0))
        self.tabs.addTab(self.tags, self.tr("By tag"))

    # Running --------------------------------------------------------------------------
    def refresh(self) -> None:
        allowed = can(self.repo, Action.VIEW_DASHBOARD)
        say_role(self.role, "" if allowed else why_not(Action.VIEW_DASHBOARD))
        self.body.setVisible(allowed)
        if not allowed:
            return
        self.filters.fill()
        self.run(self.filters.visit_filter())

    def run(self, flt: VisitFilter) -> None:
        """Count for ``flt`` off the UI thread; any older query still going is dropped."""
        self.generation += 1
        generation = self.generation
        try:
            self.repo.dashboard_viewer(by=me(self.repo))  # the store's word, not only the page's
        except StoreError as exc:
            self.status.setText(core_text.text(exc))
            return
        self.status.setText(self.tr("Counting…"))
        language = current_language()
        if self.engine is not None and self.engine.language != language:  # titles and names in the new language
            self.tasks.wait()
            self.engine.close()
            self.engine = None
        if self.engine is None:
            self.engine = ReportEngine.open(self.repo.database_file, language=language)
        engine = self.engine
        periods = default_periods(self.today, self.repo.setting(terms.SETTING), self.filters.term())
        heat_by = str(self.heat_by.currentData())
        days = self.days.value()
        today = self.today

        def work() -> DashboardResult | None:
            return dashboard_figures(engine, generation, flt, periods, heat_by, days, today,
                                     lambda: self.generation)

        self.tasks.run(work, self._show, self._failed)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for the queries under way (tests, closing)."""
        return self.tasks.wait(msecs)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("The figures could not be counted: {exc}").format(exc=core_text.text(exc)))

    def _show(self, result: DashboardResult | None) -> None:
        if result is None or result.generation != self.generation:
            return  # a newer filter is being counted
        self.result = result
        self.filters.offer(*result.choices)
        figures = result.figures
        names = {s.id: s.name for s in self.repo.schools()}
        where = ", ".join(names.get(i, i) for i in result.filter.school_ids) or self.tr("All schools")
        when = self.tr("all time")
        if result.filter.date_from or result.filter.date_to:
            when = self.tr("{start} to {end}").format(start=day_text(result.filter.date_from),
                                                       end=day_text(result.filter.date_to))
        visits = plural(self.tr("%n blast visit(s)", "", figures.visits), figures.visits)
        self.status.setText(self.tr("{where}, {when}: {visits}").format(where=where, when=when, visits=visits)
                            + (self.tr(" ({too_few} for shares)").format(too_few=too_few())
                               if figures.too_few else ""))
        self._show_look_fors(figures)
        self._show_heatmap(result)
        self._show_coverage(result)
        self._show_change(result)
        self._show_tags(result)

    def _show_look_fors(self, figures: Figures) -> None:
        table = self.look_fors
        rows: list[tuple[QTableWidgetItem, QTableWidgetItem, QTableWidgetItem]] = []
        for fw in figures.frameworks:
            head = text_cell(self.tr("{title} · {visits}").format(
                title=fw.title, visits=plural(self.tr("%n visit(s)", "", fw.visits), fw.visits)))
            font = QFont(head.font())
            font.setBold(True)
            head.setFont(font)
            head.setBackground(QBrush(QColor("#eef3fb")))
            rows.append((head, text_cell(""), text_cell("")))
            for score in fw.scores:
                shown = too_few() if score.too_few or score.mean is None else \
                    self.tr("mean {mean}").format(mean=decimal(score.mean, 2)) + "".join(
                        self.tr(" · {label}: {n} of {scored}").format(label=label, n=n, scored=score.scored)
                        for label, n in score.bands)  # visits per band
                rows.append((text_cell(self.tr("Score: {title}").format(title=score.title)),
                             text_cell(self.tr("{scored} scored: {shown}").format(scored=score.scored, shown=shown)),
                             text_cell("")))
            for lf in fw.look_fors:
                name = text_cell(lf.prompt, f"{lf.section}\n" + (", ".join(lf.tags) if lf.tags else ""))
                name.setData(BEHIND, (lf.framework_id, lf.key, "observed" if lf.presence else None, None))
                text = text_cell(figure_text(lf))
                bar = text_cell(percent(lf.presence) if lf.presence else "")
                if lf.presence is not None:
                    bar.setData(FIGURE, lf.presence)
                elif lf.options:
                    bar.setData(FIGURE, lf.options)
                    bar.setToolTip("\n".join(f"{o.label}: {o.count}" for o in lf.options))
                rows.append((name, text, bar))
        table.setRowCount(len(rows))
        for i, cells in enumerate(rows):
            for col, item in enumerate(cells):
                table.setItem(i, col, item)
        table.resizeRowsToContents()

    def _show_heatmap(self, result: DashboardResult) -> None:
        heat = result.heatmap
        table = self.heatmap
        table.clear()
        table.setColumnCount(1 + len(heat.groups))
        table.setHorizontalHeaderLabels([self.tr("Look-for"), *[g or self.tr("Not set") for g in heat.groups]])
        table.setRowCount(len(heat.rows))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i, (lf, cells) in enumerate(heat.rows):
            table.setItem(i, 0, text_cell(lf.prompt))
            for j, cell in enumerate(cells, start=1):
                item = heat_cell(cell.proportion)
                item.setData(BEHIND, (lf.framework_id, lf.key, "observed", (heat.by, cell.group)))
                table.setItem(i, j, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _show_coverage(self, result: DashboardResult) -> None:
        fill_coverage(self.rooms_missed, self.teachers_missed, self.balance, result.coverage)

    def _show_change(self, result: DashboardResult) -> None:
        fill_change(self.change_label, self.changes, result.comparison)

    def _show_tags(self, result: DashboardResult) -> None:
        table = self.tags
        table.setRowCount(len(result.tags))
        for i, tag in enumerate(result.tags):
            name = text_cell(tag.tag)
            name.setData(BEHIND, ("tag", tuple((lf.framework_id, lf.key) for lf in tag.look_fors)))
            table.setItem(i, 0, name)
            table.setItem(i, 1, text_cell(str(len(tag.look_fors)), "\n".join(lf.prompt for lf in tag.look_fors)))
            table.setItem(i, 2, text_cell(proportion_text(tag.proportion)))
            bar = text_cell(percent(tag.proportion))
            bar.setData(FIGURE, tag.proportion)
            table.setItem(i, 3, bar)

    # The visits behind a figure ------------------------------------------------------------
    def behind(self, table: QTableWidget, row: int, column: int) -> tuple[str, list[str]] | None:
        """The title and visit ids behind the figure in a cell (None: no figure there)."""
        item = table.item(row, column)
        if item is None or self.engine is None or self.result is None:
            return None
        target = item.data(BEHIND)
        if not target:
            return None
        if target[0] == "tag":
            self.tasks.wait()  # the engine is the worker's: let it finish first
            ids = self.engine.visits_behind_any(self.result.filter, target[1], "observed")
            first = table.item(row, 0)
            tag = first.text() if first is not None else ""
            return self.tr("{tag}: the visits where one of its look-fors was observed").format(tag=tag), ids
        framework_id, key, value, group = target
        flt = self.result.filter
        if table is self.changes and self.result.comparison is not None:
            flt = self.result.comparison.after
        grade_band = subject = None
        if group is not None:
            by, name = group
            grade_band, subject = (name, None) if by == "grade_band" else (None, name)
        first = table.item(row, 0)
        prompt = first.text() if first is not None else key
        self.tasks.wait()  # the engine is the worker's: let it finish first
        ids = self.engine.visits_behind(flt, framework_id, key, value, grade_band=grade_band, subject=subject)
        where = f" ({grade_band or subject})" if group is not None else ""
        title = self.tr("{prompt}: the visits where it was observed") if value == "observed" else \
            self.tr("{prompt}: the visits where it was answered")
        return title.format(prompt=f"{prompt}{where}"), ids

    def _open_behind(self, table: QTableWidget, row: int, column: int) -> None:
        if table is self.heatmap and column == 0:
            return
        found = self.behind(table, row, column)
        if found is None:
            return
        from walkthrough.ui.dialogs.visits_behind import VisitsBehind

        dialog = VisitsBehind(self.repo, found[0], found[1], self)
        dialog.setModal(True)
        self.visits_dialog = dialog
        dialog.show()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.tasks.wait()
        if self.engine is not None:
            self.engine.close()
            self.engine = None
        super().closeEvent(event)

