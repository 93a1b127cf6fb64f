"""Visit history: every visit this device holds that you may open, not only today's, with the
dashboard's filters and a search over notes. A visit opens read-only, or for editing by the
people who may (the observer; an administrator): the visit review screen, as on Walkthroughs.

The query runs off the UI thread on a connection of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from walkthrough.core.model import ObservationKind
from walkthrough.reports.filters import VisitFilter
from walkthrough.storage import Repository
from walkthrough.storage.report_store import VisitRow
from walkthrough.ui import core_text
from walkthrough.ui.access import me, role_note, say_role
from walkthrough.ui.dialogs.visits_behind import open_visit_in
from walkthrough.ui.tasks import TaskManager
from walkthrough.ui.widgets.controls import line_edit, plain_label, touch_button
from walkthrough.ui.widgets.plural import plural
from walkthrough.ui.widgets.report_filters import ReportFilters

LIMIT = 1000


class VisitHistoryPage(QWidget):
    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.tasks = TaskManager(self)
        self.reader: Repository | None = None
        self.generation = 0
        self.stack = QStackedWidget()
        self.home = QWidget()
        column = QVBoxLayout(self.home)
        column.setContentsMargins(20, 16, 20, 12)
        title = QLabel(self.tr("Visit history"))
        title.setProperty("heading", True)
        column.addWidget(title)
        self.filters = ReportFilters(repo, kind=None)
        self.filters.changed.connect(lambda _f: self.run())
        column.addWidget(self.filters)
        row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of visit"))
        self.kind.setMinimumHeight(44)
        self.kind.addItem(self.tr("All visits"), None)
        self.kind.addItem(self.tr("Blast walkthroughs"), ObservationKind.BLAST)
        self.kind.addItem(self.tr("Peer visits (yours)"), ObservationKind.PEER)
        self.kind.currentIndexChanged.connect(lambda: self.run())
        row.addWidget(self.kind)
        self.search = line_edit(self.tr("Search the notes"), self.tr("Search the notes…"))
        self.search.setMinimumHeight(44)
        self.search.setClearButtonEnabled(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.run)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        row.addWidget(self.search, 1)
        column.addLayout(row)
        self.count = plain_label("")
        self.count.setAccessibleName(self.tr("How many visits"))
        column.addWidget(self.count)
        from walkthrough.ui.widgets.visit_list import VisitList

        self.list = VisitList(self.tr("Visit history"))
        self.list.opened.connect(self.open_visit)
        column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.open_button = touch_button(self.tr("Open visit"), self.tr("Open the chosen visit"), primary=True)
        self.open_button.clicked.connect(lambda: self.open_visit(self.list.chosen() or ""))
        buttons.addWidget(self.open_button)
        from walkthrough.ui.widgets.feedback_pdf import FeedbackPdf

        self.feedback = FeedbackPdf(repo, self.list.chosen, lambda text: say_role(self.message, text))
        buttons.addWidget(self.feedback.button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.message = role_note(self.tr("What happened to the feedback PDF"))
        column.addWidget(self.message)
        self.stack.addWidget(self.home)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def visit_filter(self) -> VisitFilter:
        return self.filters.visit_filter().but(kind=self.kind.currentData())

    def refresh(self) -> None:
        if self.stack.currentWidget() is not self.home:
            return  # a visit is open: it stays as it is
        self.filters.fill()
        self.run()

    def run(self) -> None:
        self.generation += 1
        generation = self.generation
        if self.reader is None:
            self.reader = Repository.open_reader(self.repo.database_file)
        source = self.reader
        query = self.visit_filter().query()
        viewer = me(self.repo)
        words = self.search.text()
        self.count.setText(self.tr("Looking…"))

        def work() -> tuple[int, list[VisitRow], int] | None:
            if generation != self.generation:
                return None
            rows, total = source.visit_history(query, viewer, words, LIMIT)
            return generation, rows, total

        self.tasks.run(work, self._show, lambda exc: self.count.setText(
            self.tr("The visits could not be read: {why}").format(why=core_text.text(exc))))

    def wait(self, msecs: int = 30_000) -> bool:
        return self.tasks.wait(msecs)

    def _show(self, found: tuple[int, list[VisitRow], int] | None) -> None:
        if found is None or found[0] != self.generation:
            return
        _generation, rows, total = found
        shown = plural(self.tr("%n visit(s)", "", total), total)
        if total > len(rows):
            shown = plural(self.tr("%n visit(s) (the newest {shown} shown: narrow the filters or search to see "
                                   "others)", "", total), total).format(shown=len(rows))
        self.count.setText(shown)
        self.list.show_rows(rows)
        self.open_button.setEnabled(bool(rows))
        self.feedback.button.setEnabled(bool(rows))

    def open_visit(self, visit_id: str) -> None:
        if visit_id:
            open_visit_in(self.stack, self.repo, visit_id, self.home)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.tasks.wait()
        if self.reader is not None:
            self.reader.close()
            self.reader = None
        super().closeEvent(event)
