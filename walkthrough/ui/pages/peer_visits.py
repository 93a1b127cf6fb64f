"""Peer visits: my visits (as host or visitor), planning one, and the way into
recording and debriefing it. Only the host and the visitors see a visit here."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.model import ObservationStatus, Role
from walkthrough.core.peer import PeerVisit, notes_open
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.ui import core_text
from walkthrough.ui.pages.peer_visit_debrief import DebriefView
from walkthrough.ui.pages.peer_visit_record import RecordView
from walkthrough.ui.widgets.day_text import short_day
from walkthrough.ui.widgets.peer_style import STYLE, button, heading, notice, say
from walkthrough.ui.widgets.plural import plural
from walkthrough.ui.widgets.visit_plan import PlanEditor

CANCEL_CONFIRM_MS = 5000


def next_school_day(today: date) -> date:
    day = today + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


class PeerVisitsPage(QWidget):
    choose_profile = Signal()  # nobody is using the app: ask who is

    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.me: str | None = None
        self._cancel_armed: str | None = None
        self.setStyleSheet(STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.overview = QWidget()
        self.record = RecordView(repo)
        self.debrief = DebriefView(repo)
        for view in (self.overview, self.record, self.debrief):
            self.stack.addWidget(view)
        self.record.back.connect(self.show_overview)
        self.record.finished.connect(self._finished)
        self.debrief.back.connect(self.show_overview)
        self._build_overview()
        self.refresh()

    def _build_overview(self) -> None:
        layout = QVBoxLayout(self.overview)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(heading(self.tr("Peer visits")))
        intro = QLabel(self.tr("Visits between colleagues are for learning, not for judging: the host chooses what "
                               "to notice, the visitor writes what they see and hear, and the notes stay between "
                               "them unless the host shares them."))
        intro.setWordWrap(True)
        intro.setProperty("subtle", True)
        layout.addWidget(intro)
        self.nobody = QWidget()
        nobody = QHBoxLayout(self.nobody)
        nobody.setContentsMargins(0, 8, 0, 8)
        who = QLabel(self.tr("Who is using the app? Peer visits show only to their host and visitors."))
        who.setWordWrap(True)
        nobody.addWidget(who, 1)
        self.choose_button = button(self.tr("Choose your profile"), self.tr("Choose who is using the app"),
                                    primary=True)
        self.choose_button.clicked.connect(self.choose_profile.emit)
        nobody.addWidget(self.choose_button)
        layout.addWidget(self.nobody)
        self.plan_actions = QWidget()
        actions = QHBoxLayout(self.plan_actions)
        actions.setContentsMargins(0, 4, 0, 4)
        self.invite_button = button(self.tr("Invite colleagues to my class"), self.tr("Plan a visit to my class"),
                                    primary=True)
        self.invite_button.clicked.connect(self.invite)
        actions.addWidget(self.invite_button)
        actions.addSpacing(24)
        actions.addWidget(QLabel(self.tr("or ask to visit")))
        self.ask_host = QComboBox()
        self.ask_host.setAccessibleName(self.tr("Colleague whose class I would like to visit"))
        self.ask_host.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ask_host.setMinimumContentsLength(12)  # a long name never pushes the row past a 1024 px window
        self.ask_host.setMinimumWidth(170)
        actions.addWidget(self.ask_host)
        self.ask_button = button(self.tr("Plan my visit"), self.tr("Plan a visit to the chosen colleague's class"))
        self.ask_button.clicked.connect(self.ask_to_visit)
        actions.addWidget(self.ask_button)
        actions.addStretch(1)
        layout.addWidget(self.plan_actions)
        self.message = notice(self.tr("What happened"))
        layout.addWidget(self.message)
        body = QHBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("My peer visits"))
        self.list.setMinimumWidth(200)  # narrower on a 1024 px window, so the visit beside it fits
        self.list.setMaximumWidth(380)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the lines wrap instead
        self.list.setStyleSheet("QListWidget::item { min-height: 56px; padding: 4px 8px; }")
        self.list.currentItemChanged.connect(lambda *_: self._selected())
        body.addWidget(self.list)
        right = QVBoxLayout()
        self.editor = PlanEditor(self.repo)
        self.editor.changed.connect(self._plan_changed)
        self.editor.problem.connect(lambda text: say(self.message, text, "error"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        scroll.setAccessibleName(self.tr("The chosen visit"))
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.editor.minimumSizeHint().width() + 4)
        # Cancel sits above the visit, its two actions below it: on one line the three (and "Tap again to
        # cancel the visit") were wider than the pane beside the list on a 1024 px window in Spanish.
        top = QHBoxLayout()
        right.addLayout(top)
        right.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.notes_button = button(self.tr("Start my notes"), self.tr("Start my notes for this visit"), primary=True)
        self.notes_button.clicked.connect(self.start_notes)
        self.debrief_button = button(self.tr("Debrief"), self.tr("Open the debrief of this visit"))
        self.debrief_button.clicked.connect(self.open_debrief)
        self.cancel_button = button(self.tr("Cancel this visit"), self.tr("Cancel this visit"))
        self.cancel_button.setProperty("danger", True)
        self.cancel_button.clicked.connect(self.cancel_visit)
        top.addStretch(1)
        top.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.debrief_button)
        buttons.addWidget(self.notes_button)
        right.addLayout(buttons)
        self.empty = QLabel(self.tr("No peer visits yet. Invite colleagues to your class, or ask to visit one of "
                                    "theirs."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.empty)
        self.detail = right
        body.addLayout(right, 1)
        layout.addLayout(body, 1)

    # Showing ----------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read who is using the app and their visits (the main window calls this)."""
        person = self.repo.current_profile()
        me = person.id if person is not None else None
        if me != self.me and self.stack.currentWidget() is not self.overview:
            self.stack.setCurrentWidget(self.overview)  # another profile never sees the open notes
        if me != self.me:
            say(self.message, "")  # "Visit planned…" was said to the profile before
        self.me = me
        self.nobody.setVisible(me is None)
        self.plan_actions.setVisible(me is not None)
        self.ask_host.clear()
        for colleague in self.repo.people():
            if colleague.id != me and colleague.role in (Role.TEACHER, Role.COACH):
                self.ask_host.addItem(colleague.name, colleague.id)
        self._load_list()

    def _load_list(self, select: str | None = None) -> None:
        chosen = select or self.selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        for visit in self.repo.my_peer_visits(self.me):
            item = QListWidgetItem(self._describe(visit))
            item.setData(Qt.ItemDataRole.UserRole, visit.id)
            item.setToolTip(item.text())
            self.list.addItem(item)
            if visit.id == chosen:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._selected()

    def _describe(self, visit: PeerVisit) -> str:
        others = [self._name(v) for v in visit.visitor_ids if v != self.me]
        if visit.host_id != self.me:
            who = self.tr("You visit {host}").format(host=self._name(visit.host_id))
        elif others:
            who = self.tr("You host: {visitors}").format(visitors=", ".join(others))
        else:
            who = self.tr("You host: no visitor yet")
        return f"{short_day(visit.day)} · {visit.start_time}–{visit.end_time}\n{who}\n{self._status(visit)}"

    def _status(self, visit: PeerVisit) -> str:
        mine = visit.visitor(self.me) if self.me else None
        if mine is not None and mine.observation_id:
            done = self.repo.observation(mine.observation_id).status is ObservationStatus.COMPLETE
            return self.tr("Your notes are finished") if done else self.tr("Your notes are started")
        noted = sum(1 for v in visit.visitors if v.observation_id)
        if noted:  # the visit has happened: say where the debrief stands
            notes = plural(self.tr("Notes from %n visitor(s)", "", noted), noted)
            debriefed = bool(visit.reflection.strip() or visit.next_step.strip())
            return f"{notes} · " + (self.tr("debrief written") if debriefed else self.tr("debrief to write"))
        if visit.day < date.today().isoformat():
            return self.tr("Past · no notes were taken")
        if visit.consent_at and visit.awaiting_agreement:
            if self.me in visit.awaiting_agreement:
                return self.tr("You joined after the host agreed: waiting for the host to agree again")
            if visit.host_id == self.me:
                return self.tr("Someone joined after you agreed: agree again")
        if not visit.consented:
            return self.tr("Waiting for the host to agree")
        if not visit.focus.strip():
            return self.tr("Agreed · no focus written yet")
        return self.tr("Agreed · ready")

    def _name(self, person_id: str) -> str:
        return self.repo.person(person_id).name

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _selected(self) -> None:
        visit_id = self.selected_id()
        has = visit_id is not None
        self.editor.setVisible(has)
        self.empty.setVisible(not has and self.me is not None)
        for widget in (self.notes_button, self.debrief_button, self.cancel_button):
            widget.setVisible(has)
        if visit_id is None:
            return
        self._disarm_cancel()
        visit = self.repo.peer_visit(visit_id)
        self.editor.show_visit(visit, self.me)
        mine = visit.visitor(self.me) if self.me else None
        self.notes_button.setVisible(mine is not None)
        self.notes_button.setText(self.tr("Continue my notes") if mine and mine.observation_id
                                  else self.tr("Start my notes"))
        agreed = visit.agreed_to(self.me)
        today = bool(mine and mine.observation_id) or notes_open(visit.day)
        self.notes_button.setEnabled(agreed and today)
        self.notes_button.setToolTip(
            self.tr("The host has not agreed to this visit with you in it yet.") if not agreed else
            self.tr("Your notes open on the day of the visit ({day}).").format(day=short_day(visit.day))
            if not today else "")
        started = any(v.observation_id for v in visit.visitors)
        self.debrief_button.setEnabled(started and agreed)
        self.cancel_button.setEnabled(not started)
        self.cancel_button.setVisible(self.me in (visit.host_id, visit.created_by))

    def _disarm_cancel(self) -> None:
        self._cancel_armed = None
        self.cancel_button.setText(self.tr("Cancel this visit"))

    def _plan_changed(self) -> None:
        item = self.list.currentItem()
        visit_id = self.selected_id()
        if item is not None and visit_id is not None:
            visit = self.repo.peer_visit(visit_id)
            if self.me not in visit.participants():  # withdrew from it
                self._load_list()
                return
            item.setText(self._describe(visit))
            mine = visit.visitor(self.me) if self.me else None
            self.notes_button.setEnabled(visit.agreed_to(self.me) and (
                bool(mine and mine.observation_id) or notes_open(visit.day)))

    def show_overview(self) -> None:
        self.stack.setCurrentWidget(self.overview)
        self._load_list()

    # Actions ----------------------------------------------------------------
    def _plan(self, host_id: str, visitors: list[str]) -> None:
        from walkthrough.core.framework_types import Mode
        from walkthrough.ui.settings import AppSettings

        day = next_school_day(date.today()).isoformat()
        chosen = AppSettings().default_framework(Mode.PEER)  # Settings: the default framework for peer visits
        extra = {"framework_id": chosen} if chosen and chosen in {f.id for f in self.repo.frameworks(Mode.PEER)} \
            else {}
        try:
            visit = self.repo.plan_peer_visit(host_id=host_id, day=day, start_time="09:00", end_time="09:45",
                                              visitor_ids=visitors, by=self.me, **extra)
        except StoreError as exc:
            say(self.message, self.tr("The visit was not planned: {why}.").format(why=core_text.text(exc)), "error")
            return
        say(self.message, self.tr("Visit planned. Set the day and time here; every change is kept as you make it."))
        self._load_list(select=visit.id)

    def invite(self) -> None:
        if self.me is not None:
            self._plan(self.me, [])

    def ask_to_visit(self) -> None:
        host = self.ask_host.currentData()
        if self.me is not None and host:
            self._plan(str(host), [self.me])

    def start_notes(self) -> None:
        visit_id = self.selected_id()
        if visit_id is None:
            return
        self.editor.flush()
        try:
            observation = self.repo.begin_peer_notes(visit_id, by=self.me)
        except StoreError as exc:
            say(self.message, self.tr("Notes not started: {why}.").format(why=core_text.text(exc)), "error")
            return
        say(self.message, "")
        self.record.open_observation(observation.id, self.me)
        self.stack.setCurrentWidget(self.record)

    def open_debrief(self, visit_id: str | None = None, observation_id: str | None = None) -> None:
        visit_id = visit_id or self.selected_id()
        if visit_id is None:
            return
        self.editor.flush()
        try:
            self.debrief.open_visit(visit_id, self.me, observation_id)
        except StoreError as exc:
            say(self.message, self.tr("Not opened: {why}.").format(why=core_text.text(exc)), "error")
            return
        self.stack.setCurrentWidget(self.debrief)

    def _finished(self, observation_id: str) -> None:
        visit = self.repo.peer_visit_of_observation(observation_id)
        if visit is not None:
            self.open_debrief(visit.id, observation_id)
        else:
            self.show_overview()

    def cancel_visit(self) -> None:
        """First tap asks again (no pop-up); a second tap within a few seconds cancels."""
        visit_id = self.selected_id()
        if visit_id is None:
            return
        if self._cancel_armed != visit_id:
            self._cancel_armed = visit_id
            self.cancel_button.setText(self.tr("Tap again to cancel the visit"))
            QTimer.singleShot(CANCEL_CONFIRM_MS, self._disarm_cancel)
            return
        self._disarm_cancel()
        try:
            self.repo.cancel_peer_visit(visit_id, by=self.me)
        except StoreError as exc:
            say(self.message, self.tr("Not cancelled: {why}.").format(why=core_text.text(exc)), "error")
            return
        say(self.message, self.tr("The visit was cancelled."))
        self._load_list()
