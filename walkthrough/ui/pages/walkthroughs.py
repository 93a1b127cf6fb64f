"""Walkthroughs: start a round, walk it room by room, see its summary, review today's visits.

When a round is in progress (say after the app or the tablet died), the page
opens straight on the room it was at, every committed tap in place.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.permissions import Action
from walkthrough.core.rounds import Round, RoundSummary, clock
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.ui import core_text
from walkthrough.ui.access import can, me, role_note, say_role
from walkthrough.ui.models.visits import RoundSummaryModel, VisitsModel
from walkthrough.ui.widgets.controls import touch_button
from walkthrough.ui.widgets.plural import plural
from walkthrough.ui.widgets.round_start import RoundStartPanel
from walkthrough.ui.widgets.round_style import STYLE
from walkthrough.ui.widgets.side_by_side import SideBySide

if TYPE_CHECKING:
    from walkthrough.ui.widgets.visit_view import VisitView


def _table(accessible: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(48)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def today_bounds() -> tuple[str, str]:
    """The local day, as UTC ISO bounds."""
    start = datetime.combine(datetime.now().date(), time()).astimezone()
    end = start + timedelta(days=1)
    return (start.astimezone(UTC).isoformat(timespec="milliseconds"),
            end.astimezone(UTC).isoformat(timespec="milliseconds"))


class WalkthroughsPage(QWidget):
    round_finished = Signal(str)  # the round's id: its visit view finished it
    read_when_built = True  # what refresh() reads, the page read as it was built (``MainWindow._show_row``)

    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.setStyleSheet(STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.home = self._build_home()
        self._visit: VisitView | None = None
        self.summary = self._build_summary()
        for widget in (self.home, self.summary):
            self.stack.addWidget(widget)
        self._me = me(repo)
        active = repo.active_round()
        if active is not None and self._walks(active) and self.visit.open_round(active.id, resumed=True):
            self.stack.setCurrentWidget(self.visit)
        else:
            self.show_home()

    @property
    def visit(self) -> VisitView:
        """The view of a round's visits, built when a round or a visit is first opened: the page
        opens on its start form, and the visit view (with its look-for controls) took a third of
        the page's build."""
        if self._visit is None:
            from walkthrough.ui.widgets.visit_view import VisitView

            self._visit = VisitView(self.repo)
            self._visit.round_finished.connect(self.show_summary)
            self._visit.round_finished.connect(self.round_finished)
            self._visit.closed.connect(self.show_home)
            self.stack.addWidget(self._visit)
        return self._visit

    # Home ---------------------------------------------------------------
    def _build_home(self) -> QWidget:
        home = QWidget()
        outer = QVBoxLayout(home)
        outer.setContentsMargins(20, 16, 20, 16)
        self.banner = QLabel()
        self.banner.setObjectName("roundBanner")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Round in progress"))
        self.banner_finish = touch_button(self.tr("Finish that round"), self.tr("Finish the round in progress"),
                                          primary=True)
        self.banner_finish.clicked.connect(self._finish_open_round)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.banner_finish)
        outer.addLayout(banner_row)
        columns = SideBySide()  # one above the other on a narrow window
        self.start = RoundStartPanel(self.repo)
        self.start.round_started.connect(self._round_started)
        start_scroll = QScrollArea()
        start_scroll.setWidgetResizable(True)
        start_scroll.setFrameShape(QFrame.Shape.NoFrame)
        start_scroll.viewport().setAutoFillBackground(False)  # the page's own background, not a grey box
        start_scroll.setWidget(self.start)
        self.start.setAutoFillBackground(False)  # setWidget turned it on: no grey box behind the form
        # The start form is what a principal needs first: never cut it off.
        start_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.start.ensurePolished()
        start_scroll.setMinimumWidth(self.start.minimumSizeHint().width() + 24)
        columns.add(start_scroll, 6)
        right = QVBoxLayout()
        self.visits_heading = heading = QLabel(self.tr("Today's visits"))
        heading.setProperty("heading", True)
        right.addWidget(heading)
        self.visits_note = role_note(self.tr("Who sees today's visits"))
        right.addWidget(self.visits_note)
        self.visits_model = VisitsModel()
        self.visits = _table(self.tr("Today's visits"))
        self.visits.setModel(self.visits_model)
        # Every column in view, never behind a sideways scroll: room and teacher share what is left
        # (and wrap), time, length, marks and state take what their words need.
        header = self.visits.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.visits.setWordWrap(True)
        self.visits.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.visits.doubleClicked.connect(lambda index: self._open_visit(index.row()))
        right.addWidget(self.visits, 1)
        self.visits_actions = QWidget()
        actions = QHBoxLayout(self.visits_actions)
        actions.setContentsMargins(0, 0, 0, 0)
        self.open_button = touch_button(self.tr("Open / edit"), self.tr("Open the chosen visit to review or edit it"))
        self.open_button.clicked.connect(lambda: self._open_visit(self._chosen_row()))
        self.delete_button = touch_button(self.tr("Delete…"), self.tr("Delete the chosen visit"))
        self.delete_button.setProperty("danger", True)
        self.delete_button.clicked.connect(self._delete_chosen)
        actions.addWidget(self.open_button)
        from walkthrough.ui.widgets.feedback_pdf import FeedbackPdf

        self.feedback = FeedbackPdf(self.repo, self._chosen_visit_id, lambda text: say_role(self.visits_note, text))
        actions.addWidget(self.feedback.button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        right.addWidget(self.visits_actions)
        self.visits.selectionModel().selectionChanged.connect(lambda *_: self._chosen_changed())
        columns.add(right, 5)
        outer.addWidget(columns, 1)
        return home

    def show_home(self) -> None:
        self.refresh_home()
        self.stack.setCurrentWidget(self.home)

    def _walks(self, round_: Round) -> bool:
        """Whether the current profile may go on with ``round_`` (its walker, or an administrator)."""
        return can(self.repo, Action.RECORD_BLAST_VISIT, owner_id=round_.observer_id)

    def refresh_home(self) -> None:
        active = self.repo.active_round()
        self.banner.setVisible(active is not None)
        self.start.setEnabled(active is None)
        mine = active is not None and self._walks(active)
        self.banner_finish.setVisible(mine)
        if active is not None and mine:
            self.banner.setText(self.tr("A round is in progress and every room on its route is done: finish it to "
                                        "see its summary, or open a visit below to edit it."))
        elif active is not None:
            walker = self.repo.person(active.observer_id).name if active.observer_id else self.tr("someone")
            self.banner.setText(self.tr("{walker} is walking a round on this device. It goes on when {walker} chooses "
                                        "their profile again; an administrator can also finish it.")
                                .format(walker=walker))
        self.start.refresh()
        reviews = can(self.repo, Action.START_ROUND) or can(self.repo, Action.EDIT_BLAST_VISIT)
        self.visits.setVisible(reviews)
        self.visits_actions.setVisible(reviews)
        self.visits_heading.setVisible(reviews or self._me is None)
        if self._me is None:
            say_role(self.visits_note, self.tr("Choose your profile to see today's visits."))
        else:
            say_role(self.visits_note, "")  # the start panel says who walks and reviews rounds
        since, until = today_bounds()
        self.visits_model.set_visits(self.repo.blast_visits_between(since, until) if reviews else [])
        self._chosen_changed()

    def _chosen_changed(self) -> None:
        row = self._chosen_row()
        line = self.visits_model.visit(row) if 0 <= row < self.visits_model.rowCount() else None
        self.delete_button.setEnabled(line is not None and can(self.repo, Action.DELETE_BLAST_VISIT,
                                                                owner_id=line.observer_id))

    def refresh(self) -> None:
        """Called when the page is shown from the navigation, and when the profile changes."""
        who = me(self.repo)
        if who != self._me:
            self._me = who
            if self._visit is not None:
                self._visit.ticker.stop()
            self.stack.setCurrentWidget(self.home)  # another profile never lands in someone's visit
        if self.stack.currentWidget() is self.home:
            active = self.repo.active_round()
            if active is not None and self._walks(active) and self.visit.open_round(active.id):
                self.stack.setCurrentWidget(self.visit)
            else:
                self.refresh_home()

    def _chosen_visit_id(self) -> str | None:
        row = self._chosen_row()
        return self.visits_model.visit(row).observation_id if 0 <= row < self.visits_model.rowCount() else None

    def _chosen_row(self) -> int:
        rows = self.visits.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _open_visit(self, row: int) -> None:
        if 0 <= row < self.visits_model.rowCount():
            line = self.visits_model.visit(row)
            active = self.repo.active_round()
            if active is not None and self._walks(active) and self.visit.open_round(active.id) and \
                    self.visit.observation is not None and self.visit.observation.id == line.observation_id:
                self.stack.setCurrentWidget(self.visit)
                return
            self.visit.open_visit(line.observation_id)
            self.stack.setCurrentWidget(self.visit)

    def _delete_chosen(self) -> None:
        row = self._chosen_row()
        if row < 0:
            return
        line = self.visits_model.visit(row)
        answer = QMessageBox.question(self, self.tr("Delete this visit?"),
                                      self.tr("Delete the visit to {room}? It will no longer be counted.")
                                      .format(room=line.room_name),
            # the safe answer is the default: Enter or a stray tap keeps it
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.repo.delete_visit(line.observation_id, by=me(self.repo))
        except StoreError as exc:
            QMessageBox.information(self, self.tr("Not deleted"), core_text.text(exc))
        self.refresh_home()

    def _round_started(self, round_id: str) -> None:
        button = getattr(self.window(), "profile_button", None)
        if button is not None:
            button.refresh()  # the round may have started as a profile just chosen on the form
        if self.visit.open_round(round_id):
            self.stack.setCurrentWidget(self.visit)

    def _finish_open_round(self) -> None:
        active = self.repo.active_round()
        if active is not None:
            try:
                self.repo.finish_round(active.id, by=me(self.repo))
            except StoreError as exc:
                QMessageBox.information(self, self.tr("Not finished"), core_text.text(exc))
                return
            self.show_summary(active.id)

    # Summary ------------------------------------------------------------
    def _build_summary(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(20, 16, 20, 16)
        heading = QLabel(self.tr("Round summary"))
        heading.setProperty("heading", True)
        self.summary_text = QLabel()
        self.summary_text.setAccessibleName(self.tr("Round summary"))
        self.summary_text.setWordWrap(True)
        self.summary_model = RoundSummaryModel()
        self.summary_table = _table(self.tr("Rooms of the round"))
        self.summary_table.setModel(self.summary_model)
        done = touch_button(self.tr("Back to walkthroughs"), self.tr("Back to walkthroughs"), primary=True)
        done.clicked.connect(self.show_home)
        outer.addWidget(heading)
        outer.addWidget(self.summary_text)
        outer.addWidget(self.summary_table, 1)
        outer.addWidget(done)
        return page

    def show_summary(self, round_id: str) -> None:
        summary = self.repo.round_summary(round_id)
        self.summary_model.set_summary(summary)
        self.summary_text.setText(self.summary_words(summary))
        self.stack.setCurrentWidget(self.summary)

    def summary_words(self, summary: RoundSummary) -> str:
        """The round in a line, in the interface's language: rooms visited, skipped, not reached, time."""
        parts = [plural(self.tr("%n room(s) visited", "", summary.visited), summary.visited)]
        if summary.skipped:
            parts.append(self.tr("%n skipped", "", summary.skipped))
        if summary.not_reached:
            parts.append(self.tr("%n not reached", "", summary.not_reached))
        parts.append(self.tr("{time} in classrooms").format(time=clock(summary.seconds_in_rooms)))
        if summary.visited:
            parts.append(self.tr("{time} a room on average").format(time=clock(summary.average_seconds)))
        return " · ".join(parts)

    def current_view(self) -> str:
        shown = self.stack.currentWidget()
        if shown is self.home:
            return "home"
        return "summary" if shown is self.summary else "visit"
