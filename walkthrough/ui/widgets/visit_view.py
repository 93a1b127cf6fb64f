"""The visit screen: one room of a round (or a visit opened for review).

Every tap goes through the repository and is committed before the row shows
it; each commit is then acknowledged in the JSON log (``tap_committed``,
``next_room_committed``...), which the end-to-end crash test reads. When the
database cannot take a tap (another program holds it, the disk is full),
the row says "Not saved yet" and the window's queue of edits tries it again
until it is taken (``ui/pending.py``); the room is not left meanwhile.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.frameworks import Framework
from walkthrough.core.model import Observation, Response
from walkthrough.core.permissions import Action, who_may
from walkthrough.core.rounds import StopStatus, clock, seconds_between
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.storage.instrument_store import note_look_for_keys
from walkthrough.ui.access import can, me
from walkthrough.ui.framework_text import shown
from walkthrough.ui.pending import pending_writes
from walkthrough.ui.widgets.checklist_columns import ChecklistColumns
from walkthrough.ui.widgets.controls import plain_label, touch_button, wrap_touch_button
from walkthrough.ui.widgets.look_for_controls import LookForRow, repolish
from walkthrough.ui.widgets.plural import plural
from walkthrough.ui.widgets.round_rooms import RoundRoomsButton
from walkthrough.ui.widgets.segmented import TOUCH_PX
from walkthrough.ui.widgets.visit_sections import apply_conditions, build_checklist, stored_answers
from walkthrough.ui.widgets.visit_taps import PendingTaps

log = logging.getLogger("walkthrough.ui.visit")
FOLD_NAVIGATION_BELOW_PX = 1600
SHOW_KEY_HINT_FROM_PX = 900
FINISH_CONFIRM_MS = 5000  # a window narrower than this folds the pages list while a room is open

KEY_HINT = QT_TRANSLATE_NOOP("VisitView",
        "Keys: ↑↓ look-for · O observed · X not observed · A N/A · 1–9 choose · + − count · Del clear · "
            "Ctrl+E note · Ctrl+Shift+X the rest not observed · Ctrl+Z undo · Ctrl+Enter next room")


def _button(text: str, accessible: str, *, primary: bool = False, danger: bool = False) -> QPushButton:
    """A bottom-bar button: its words wrap onto two lines before the bar makes the window wider."""
    button = wrap_touch_button(text, accessible, primary=primary, danger=danger,
                               height=56 if primary else TOUCH_PX)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class VisitView(PendingTaps, QWidget):
    round_finished = Signal(str)  # round id
    closed = Signal()  # a reviewed visit is done with

    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.pending = pending_writes(repo)
        self.pending.saved.connect(self._edit_saved)
        self.pending.waiting.connect(self._edit_waiting)
        self.pending.refused.connect(self._edit_refused)
        self.setObjectName("visitView")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.round_id: str | None = None
        self.observation: Observation | None = None
        self.framework: Framework | None = None
        self.rows: dict[str, LookForRow] = {}
        self.order: list[str] = []
        self.new_rows: list[LookForRow] = []  # made but not yet wired to the queue of edits
        self.segments_shown: dict[str, int] = {}  # repeated section: segments on screen ("Next segment")
        self.section_boxes: dict[str, list[QWidget]] = {}
        self.optional_buttons: dict[str, QPushButton] = {}
        self.columns: ChecklistColumns | None = None  # the sections, in one or two columns
        self.current = 0
        self._started = datetime.now(UTC)
        self._may_change = True
        self.bulk_change_ids: set[str] = set()  # the changes "Mark the rest not observed" made, undone at once

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header())
        self.notice = plain_label()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Notice"))
        self.notice.hide()
        outer.addWidget(self.notice)
        self.checklist_scroll = QScrollArea()
        self.checklist_scroll.setWidgetResizable(True)
        self.checklist_scroll.setAccessibleName(self.tr("Look-fors"))
        self.checklist_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The look-fors fit the width (they wrap, or go to one column): never a sideways scroll.
        self.checklist_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.checklist_scroll, 1)
        outer.addWidget(self._build_footer())

        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self._shortcuts()

    # Layout -------------------------------------------------------------
    def _build_header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("visitHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(12, 1, 20, 1)  # one line: the look-fors get the height
        self.menu_button = touch_button("☰", self.tr("Show the pages (the visit stays open)"), height=TOUCH_PX)
        self.menu_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.menu_button.setObjectName("menuButton")
        self.menu_button.setFixedWidth(56)
        self.menu_button.setCheckable(True)
        self.menu_button.setToolTip(self.tr("Show or hide the pages list; the room stays as it is"))
        self.menu_button.clicked.connect(self.toggle_navigation)
        row.addWidget(self.menu_button)
        row.addSpacing(8)
        left = QHBoxLayout()  # room and teacher on one line
        left.setSpacing(14)
        self.room = plain_label()
        self.room.setObjectName("roomName")
        self.room.setAccessibleName(self.tr("Room"))
        self.teacher = plain_label()
        self.teacher.setObjectName("teacherName")
        self.teacher.setAccessibleName(self.tr("Teacher"))
        self.teacher.setWordWrap(True)
        left.addWidget(self.room, 0, Qt.AlignmentFlag.AlignVCenter)
        left.addWidget(self.teacher, 1, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(left, 1)
        self.progress = QLabel()
        self.progress.setObjectName("roundProgress")
        self.progress.setAccessibleName(self.tr("Round progress"))
        self.marked = QLabel()  # in the header: the footer keeps its width for the buttons
        self.marked.setObjectName("markedCount")
        self.marked.setAccessibleName(self.tr("Look-fors marked"))
        counts = QVBoxLayout()
        counts.setSpacing(0)
        counts.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignRight)
        counts.addWidget(self.marked, 0, Qt.AlignmentFlag.AlignRight)
        row.addLayout(counts)
        timer_box = QVBoxLayout()
        self.timer = QLabel("0:00")
        self.timer.setObjectName("timer")
        self.timer.setAccessibleName(self.tr("Time in this room"))
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.timer_bar = QProgressBar()
        self.timer_bar.setTextVisible(False)
        self.timer_bar.setFixedSize(200, 8)
        self.timer_bar.setAccessibleName(self.tr("Time against the target visit length"))
        timer_box.addWidget(self.timer)
        timer_box.addWidget(self.timer_bar)
        row.addSpacing(24)
        row.addLayout(timer_box)
        return header

    # The pages list folds away while a room is open on a tablet-sized window ----------
    def _navigation(self) -> QWidget | None:
        nav = getattr(self.window(), "navigation", None)
        return nav if isinstance(nav, QWidget) else None

    def _fold(self, folded: bool) -> None:
        """Fold (or bring back) the pages list and the status bar with the profile button."""
        nav = self._navigation()
        if nav is None:
            return
        nav.setVisible(not folded)
        status = self.window().findChild(QStatusBar)
        if status is not None:
            status.setVisible(not folded)
        self.menu_button.setChecked(not folded)

    def toggle_navigation(self) -> None:
        nav = self._navigation()
        if nav is not None:
            self._fold(not nav.isHidden())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        nav = self._navigation()
        self.menu_button.setVisible(nav is not None)
        if nav is not None and self.window().width() < FOLD_NAVIGATION_BELOW_PX:
            self._fold(True)  # the look-fors get the whole window; ☰ brings the pages back
            QTimer.singleShot(0, self._fold_again)  # the window may still be adding its status bar

    def _fold_again(self) -> None:
        if self.isVisible() and self.window().width() < FOLD_NAVIGATION_BELOW_PX:
            self._fold(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not self.window().isHidden():
            self._fold(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.key_hint.setVisible(self.window().height() >= SHOW_KEY_HINT_FROM_PX)

    def _build_footer(self) -> QWidget:
        footer = QWidget()
        footer.setObjectName("visitFooter")
        outer = QVBoxLayout(footer)
        outer.setContentsMargins(12, 1, 12, 1)
        outer.setSpacing(2)
        row = QHBoxLayout()
        self.undo_button = _button(self.tr("↶ Undo"), self.tr("Undo the last change"))
        self.undo_button.clicked.connect(self.undo)
        self.skip_button = _button(self.tr("Skip room"), self.tr("Skip this room"))
        self.skip_button.clicked.connect(self.skip_room)
        self.rooms_button = RoundRoomsButton(self.repo)
        self.rooms_button.setMinimumHeight(48)
        self.rooms_button.room_chosen.connect(self.go_to_room)
        self.finish_button = _button(self.tr("Finish round"), self.tr("Finish the round"))
        self.finish_button.clicked.connect(self.finish_tapped)
        self.finish_armed = QTimer(self)  # "tap again to finish": a second tap within a few seconds
        self.finish_armed.setSingleShot(True)
        self.finish_armed.setInterval(FINISH_CONFIRM_MS)
        self.finish_armed.timeout.connect(self._disarm_finish)
        self.rest_button = _button(self.tr("Mark the rest\nnot observed"), self.tr("Mark the rest not observed"))
        self.rest_button.setToolTip(self.tr("Every presence look-for still not marked becomes Not observed, in one tap "
                                    "(Undo takes them all back). Until then, unmarked reads as Not marked."))
        self.rest_button.clicked.connect(self.mark_rest_not_observed)
        self.delete_button = _button(self.tr("Delete visit…"), self.tr("Delete this visit"), danger=True)
        self.delete_button.clicked.connect(self._delete_visit)
        self.delete_button.hide()  # shown when a visit is opened for review
        self.next_button = _button(self.tr("Next room  →"), self.tr("Next room"), primary=True)
        self.next_button.setMinimumWidth(180)
        self.next_button.clicked.connect(self.next_room)
        for widget in (self.undo_button, self.skip_button, self.rooms_button, self.finish_button, self.delete_button):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.rest_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        outer.addLayout(row)
        hint = QLabel(self.tr(str(KEY_HINT)))
        hint.setObjectName("keyHint")
        hint.setAccessibleName(self.tr("Keyboard shortcuts"))
        hint.setWordWrap(True)
        self.key_hint = hint  # on a short window its line goes to the look-fors (and the ☰ tooltip)
        outer.addWidget(hint)
        return footer

    def _shortcuts(self) -> None:
        keys: list[tuple[str | QKeySequence.StandardKey, object]] = [
            ("Down", lambda: self.step(1)), ("J", lambda: self.step(1)),
            ("Up", lambda: self.step(-1)), ("K", lambda: self.step(-1)),
            ("O", lambda: self.act("observed")), ("X", lambda: self.act("not_observed")),
            ("A", lambda: self.act("na")), ("Delete", lambda: self.act("clear")),
            ("Backspace", lambda: self.act("clear")),
            ("+", lambda: self.act("plus")), ("=", lambda: self.act("plus")), ("-", lambda: self.act("minus")),
            ("Ctrl+Z", self.undo), ("Ctrl+Return", self.next_room), ("Ctrl+Enter", self.next_room),
            ("Ctrl+K", self.skip_room), ("Ctrl+E", self.open_note), ("Escape", self.back_to_checklist),
            ("Ctrl+Shift+X", self.mark_rest_not_observed),
        ]
        keys += [(str(n), lambda n=n: self.act("option", n)) for n in range(1, 10)]
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)  # type: ignore[arg-type]

    # Opening ------------------------------------------------------------
    def open_round(self, round_id: str, *, resumed: bool = False) -> bool:
        """Show the room the round is at; False when no room is open."""
        visit = self.repo.current_visit(round_id)
        self.round_id = round_id
        self.rooms_button.set_round(round_id)
        if visit is None:
            return False
        _stop, observation = visit
        stops = self.repo.round_stops(round_id)
        done = sum(1 for s in stops if s.status in (StopStatus.VISITED, StopStatus.SKIPPED))
        remaining = sum(1 for s in stops if s.status is StopStatus.PENDING)
        skipped = sum(1 for s in stops if s.status is StopStatus.SKIPPED)
        self.progress.setText(self.tr("Room {number} of {total}").format(number=done + 1, total=len(stops)) + (
                self.tr(" · {skipped} skipped").format(skipped=skipped) if skipped else ""))
        self.next_button.setText(self.tr("Next room  →") if remaining else self.tr("Last room: finish  ✓"))
        self._load(observation, editing=False)
        if resumed:
            self.say(self.tr("Round resumed where you left it: every tap is here."), tone="info")
            log.info("round resumed", extra={"event": {"event": "round_resumed", "round_id": round_id,
                                                        "observation_id": observation.id}})
        return True

    def open_visit(self, observation_id: str) -> None:
        """Open a visit for review and editing (not part of a walk)."""
        self.round_id = None
        self.rooms_button.set_round(None)
        observation = self.repo.observation(observation_id)
        self.progress.setText(self.tr("Reviewing a visit"))
        self._load(observation, editing=True)

    def _load(self, observation: Observation, *, editing: bool) -> None:
        self.observation = observation
        self.framework = shown(self.repo.observation_framework(observation))
        room = self.repo.room(observation.room_id) if observation.room_id else None
        self.room.setText(room.name if room else self.tr("No room"))
        teacher = self.repo.person(observation.teacher_id).name if observation.teacher_id else ""
        self.teacher.setText(teacher or self.tr("Anonymous visit (not tied to a teacher)"))
        self._started = datetime.fromisoformat(observation.started_at)
        for widget in (self.skip_button, self.finish_button):
            widget.setVisible(not editing)
        self.rest_button.setVisible(any(lf.response.value == "presence" for lf in self.framework.active_look_fors))
        self.delete_button.setVisible(editing)
        if editing:
            self.next_button.setText(self.tr("Done  ✓"))
        self.bulk_change_ids = set()
        self._disarm_finish()
        self._build_rows()
        self.checklist_scroll.verticalScrollBar().setValue(0)
        self.notice.hide()
        self._refresh_counts()
        self._lock_unless_allowed(observation, editing=editing)
        self._tick()
        if editing:
            self.ticker.stop()
        else:
            self.ticker.start()
        log.info("visit shown", extra={"event": {"event": "visit_shown", "observation_id": observation.id,
                                                  "round_id": self.round_id}})

    def _lock_unless_allowed(self, observation: Observation, *, editing: bool) -> None:
        """A visit this profile may not change opens read-only, and says who may change it."""
        action = Action.EDIT_BLAST_VISIT if editing else Action.RECORD_BLAST_VISIT
        allowed = can(self.repo, action, owner_id=observation.observer_id)
        holder = self.checklist_scroll.widget()
        if holder is not None:
            holder.setEnabled(allowed)
        self._may_change = allowed
        self.rest_button.setEnabled(allowed and bool(self.rest_keys()))
        for widget in (self.undo_button, self.skip_button, self.finish_button, self.next_button):
            widget.setEnabled(allowed or (editing and widget is self.next_button))
        self.delete_button.setVisible(editing and can(self.repo, Action.DELETE_BLAST_VISIT,
                                                      owner_id=observation.observer_id))
        if not allowed:
            who = self.repo.person(observation.observer_id).name if observation.observer_id else self.tr("nobody named")
            self.say(self.tr("Recorded by {who}: read only. Only {who_may} may change it.").format(who=who,
                    who_may=who_may(action)), tone="info")

    def _build_rows(self) -> None:
        assert self.framework is not None and self.observation is not None
        old = self.checklist_scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        holder = QWidget()
        holder.setObjectName("checklist")
        column = QVBoxLayout(holder)
        column.setContentsMargins(6, 2, 6, 2)
        column.setSpacing(4)
        self.segments_shown = {}
        column.addWidget(build_checklist(self, self.framework, self.observation))
        self.wire_new_rows()
        self.checklist_scroll.setWidget(holder)
        self.current = 0
        self._mark_current()

    # Taps: commit() and what the queue of edits says are in PendingTaps ----
    def undo(self) -> None:
        if self.observation is None or not self._room_is_saved(self.tr("Not undone yet")):
            return
        last = self.repo.last_change(self.observation.id)
        if last is not None and last.id in self.bulk_change_ids:
            self._undo_bulk()
            return
        try:
            change = self.repo.undo_last_change(self.observation.id, by=me(self.repo))
        except StoreError as exc:
            self.say(self.tr("Not undone: {exc}.").format(exc=exc), tone="error")
            return
        if change is None:
            self.say(self.tr("Nothing to undo in this visit."), tone="info")
            return
        log.info("undo committed", extra={"event": {
            "event": "undo_committed", "observation_id": self.observation.id, "look_for_key": change.look_for_key,
            "value": self._loggable(change.look_for_key, change.new_value),
            "not_applicable": change.new_not_applicable, "change_id": change.id}})
        self._show_row(change.look_for_key, self._stored(change.look_for_key))
        self.current = self.order.index(change.look_for_key)
        self._mark_current(scroll=True)
        self._refresh_counts()

    def rest_keys(self) -> list[str]:
        """The presence look-fors on screen that are still not marked (and not waiting for the database)."""
        keys: list[str] = []
        holder = self.checklist_scroll.widget()
        if holder is None:
            return keys
        for key in self.order:
            row = self.rows[key]
            if row.look_for.response.value != "presence" or row.round_id is not None or row.waiting_value:
                continue
            if not row.isVisibleTo(holder):  # hidden by a condition, or in a section left closed
                continue
            if row.response is None or not row.response.is_marked:
                keys.append(key)
        return keys

    def mark_rest_not_observed(self) -> None:
        """One tap: every unmarked presence look-for becomes Not observed; one Undo takes them all back."""
        if self.observation is None:
            return
        keys = self.rest_keys()
        if not keys or not self._room_is_saved(self.tr("Not marked yet")):
            return
        made: set[str] = set()
        for key in keys:
            if not self.commit(key, "not_observed", False):
                break
            last = self.repo.last_change(self.observation.id)
            if last is not None:
                made.add(last.id)
        self.bulk_change_ids = made
        log.info("rest marked not observed", extra={"event": {
            "event": "rest_not_observed_committed", "observation_id": self.observation.id, "count": len(made)}})
        if made:
            self.say(plural(self.tr("%n look-for(s) marked Not observed. Undo takes them all back.", "", len(made)),
                            len(made)),
                    tone="info")
        self._refresh_counts()

    def _undo_bulk(self) -> None:
        assert self.observation is not None
        undone = 0
        while True:
            last = self.repo.last_change(self.observation.id)
            if last is None or last.id not in self.bulk_change_ids:
                break
            try:
                change = self.repo.undo_last_change(self.observation.id, by=me(self.repo))
            except StoreError as exc:
                self.say(self.tr("Not all undone: {exc}. Tap Undo again in a moment.").format(exc=exc), tone="error")
                break
            if change is None:
                break
            self.bulk_change_ids.discard(last.id)
            undone += 1
            self._show_row(change.look_for_key, self._stored(change.look_for_key))
        log.info("rest undone", extra={"event": {"event": "rest_not_observed_undone",
                                                  "observation_id": self.observation.id, "count": undone}})
        self.bulk_change_ids = set()
        self.say(plural(self.tr("Undone: %n look-for(s) back to Not marked.", "", undone), undone), tone="info")
        self._refresh_counts()

    def next_room(self) -> None:
        if self.observation is None or not self._room_is_saved(self.tr("Not moved on yet")):
            return
        if self.round_id is None:  # reviewing: "Done"
            self.ticker.stop()
            self.closed.emit()
            return
        left = self.observation.id
        stops = self.repo.round_stops(self.round_id)
        if not any(s.status is StopStatus.PENDING for s in stops):
            self.finish_round()
            return
        try:
            stop = self.repo.next_room(self.round_id, by=me(self.repo))
        except StoreError as exc:
            self.say(self.tr("Not moved on: {exc}. Your marks here are saved; tap Next room again in a moment.").format(
                    exc=exc), tone="error")
            return
        log.info("next room committed", extra={"event": {
            "event": "next_room_committed", "round_id": self.round_id, "left_observation_id": left,
            "stop_id": stop.id if stop else None, "observation_id": stop.observation_id if stop else None}})
        if stop is None or not self.open_round(self.round_id):
            self.finish_round()

    def skip_room(self) -> None:
        if self.round_id is None or self.observation is None or not self._room_is_saved(self.tr("Not skipped yet")):
            return
        try:
            stop = self.repo.skip_room(self.round_id, by=me(self.repo))
        except StoreError as exc:
            self.say(str(exc), tone="error")
            return
        log.info("room skipped", extra={"event": {"event": "room_skipped", "round_id": self.round_id,
                                                   "observation_id": self.observation.id}})
        if stop is None or not self.open_round(self.round_id):
            self.finish_round()

    def go_to_room(self, stop_id: str) -> None:
        """Leave this room (completed if marked) and open another room of the round."""
        if self.round_id is None or not self._room_is_saved(self.tr("Not moved yet")):
            return
        try:
            stop = self.repo.go_to_stop(self.round_id, stop_id, by=me(self.repo))
        except StoreError as exc:
            self.say(str(exc), tone="error")
            return
        log.info("went to room", extra={"event": {"event": "go_to_room_committed", "round_id": self.round_id,
                                                   "stop_id": stop_id}})
        if stop is None or not self.open_round(self.round_id):
            self.finish_round()

    def rooms_left(self) -> int:
        if self.round_id is None:
            return 0
        return sum(1 for s in self.repo.round_stops(self.round_id) if s.status is StopStatus.PENDING)

    def finish_tapped(self) -> None:
        """Finish round: with rooms not reached yet, it asks first (tap again within a few seconds)."""
        left = self.rooms_left()
        if left and not self.finish_armed.isActive():
            self.finish_button.setText(plural(self.tr("Tap again to finish\n(%n room(s) not visited)", "", left), left))
            self.finish_button.setProperty("danger", True)
            repolish(self.finish_button)
            self.say(plural(self.tr("%n room(s) of this round not visited yet. Tap Finish round again to end the round "
                    "now; otherwise carry on with Next room.", "", left), left), tone="info")
            self.finish_armed.start()
            return
        self._disarm_finish()
        self.finish_round()

    def _disarm_finish(self) -> None:
        self.finish_armed.stop()
        self.finish_button.setText(self.tr("Finish round"))
        self.finish_button.setProperty("danger", False)
        repolish(self.finish_button)

    def finish_round(self) -> None:
        if self.round_id is None or not self._room_is_saved(self.tr("The round is not finished yet")):
            return
        round_id = self.round_id
        try:
            self.repo.finish_round(round_id, by=me(self.repo))
        except StoreError as exc:
            self.say(self.tr("The round is not finished: {exc}. Tap Finish round again in a moment.").format(exc=exc),
                    tone="error")
            return
        log.info("round finished", extra={"event": {"event": "round_finished", "round_id": round_id}})
        self.ticker.stop()
        self.observation = None
        self.round_finished.emit(round_id)

    def _delete_visit(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.observation is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete this visit?"),
                                      self.tr("Delete the visit to {text}? It will no longer be counted.").format(
                                              text=self.room.text()),
            # the safe answer is the default: Enter or a stray tap keeps it
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.repo.delete_visit(self.observation.id, by=me(self.repo))
            except StoreError as exc:
                self.say(self.tr("Not deleted: {exc}.").format(exc=exc), tone="error")
                return
            self.ticker.stop()
            self.closed.emit()

    def wire_new_rows(self) -> None:
        """Connect the rows just made (the checklist, or a new segment) and show what is stored."""
        assert self.observation is not None
        stored = stored_answers(self)
        for row in self.new_rows:
            row.change_requested.connect(self.commit)
            row.prompt_due.connect(self._prompt_due)
            row.notes_requested.connect(self.open_look_for_notes)
            if row.round_id is None:
                row.autosave(self.pending, self.observation.id, by=me(self.repo))
            self._show_row(row.key, stored.get(row.key))
        self.new_rows = []
        self._show_note_counts()
        self._refresh_counts()

    def open_look_for_notes(self, key: str) -> None:
        """The several notes of a look-for in this visit: each committed as it is added."""
        if self.observation is None or self.framework is None:
            return
        from walkthrough.ui.dialogs.look_for_notes import LookForNotes

        dialog = LookForNotes(self.repo, self.framework, self.observation.id, key, me(self.repo), self)
        dialog.setModal(True)
        dialog.finished.connect(self._show_note_counts)
        self.notes_dialog = dialog
        dialog.show()

    def _show_note_counts(self) -> None:
        if self.observation is None:
            return
        counts: dict[str, int] = {}
        for note in self.repo.notes(self.observation.id):
            for key in note_look_for_keys(note):
                counts[key] = counts.get(key, 0) + 1
        for row in self.rows.values():
            row.show_note_count(counts.get(row.look_for.key, 0))

    def open_section(self, key: str, on: bool) -> None:
        """An optional section opened (or closed) on screen; closed and unused, it counts as not applicable."""
        self._refresh_counts()

    def _stored(self, key: str) -> Response | None:
        assert self.observation is not None
        row = self.rows.get(key)
        if row is not None and row.round_id is not None:
            return self.repo.round_responses(row.round_id).get(key)
        try:
            return self.repo.response(self.observation.id, key)
        except StoreError:
            return None

    # Keyboard -----------------------------------------------------------
    def step(self, delta: int) -> None:
        if self.order:
            index = self.current
            for _ in self.order:  # skip the items a condition hides
                index = max(0, min(len(self.order) - 1, index + delta))
                if not self.rows[self.order[index]].isHidden() or index in (0, len(self.order) - 1):
                    break
            self.current = index
            self._mark_current(scroll=True)

    def act(self, action: str, number: int = 0) -> None:
        if not self.order:
            return
        # The marked look-for stays the current one: ↑/↓ and number keys act where the observer is
        # looking, never on a row the screen chose for them.
        self.rows[self.order[self.current]].act(action, number)

    def open_note(self) -> None:
        if self.order:
            self.rows[self.order[self.current]].open_note()

    def back_to_checklist(self) -> None:
        self._flush_typing()
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _mark_current(self, *, scroll: bool = False) -> None:
        for index, key in enumerate(self.order):
            self.rows[key].set_current(index == self.current)
        if self.order and scroll:  # moved by a key: the current look-for is brought into view
            self.checklist_scroll.ensureWidgetVisible(self.rows[self.order[self.current]], 0, 12)

    # Showing ------------------------------------------------------------
    def _flush_typing(self) -> None:
        for row in self.rows.values():
            row.flush_note()

    def _hide_notice(self) -> None:
        self.notice.hide()

    def say(self, text: str, *, tone: str) -> None:
        self.notice.setText(text)
        self.notice.setProperty("tone", tone)
        repolish(self.notice)
        self.notice.show()

    def _prompt_due(self, key: str, minute: int) -> None:
        self.say(self.tr("Minute {minute}: {prompt} (below)").format(minute=minute,
                prompt=self.rows[key].look_for.prompt), tone="prompt")

    def _refresh_counts(self) -> None:
        if self.observation is None:
            return
        marked = self.repo.marked_count(self.observation.id)
        shown_marked, shown = apply_conditions(self)  # conditional items appear and disappear here
        if self.columns is not None:
            self.columns.arrange()  # a section shown or hidden: the columns evened again
        self.marked.setText(self.tr("{shown_marked} of {shown} marked").format(shown_marked=shown_marked, shown=shown))
        last = self.repo.last_change(self.observation.id)
        self.undo_button.setEnabled(last is not None)
        self.skip_button.setEnabled(marked == 0)
        self.rest_button.setEnabled(bool(self.rest_keys()) and self._may_change)
        self.skip_button.setToolTip("" if marked == 0 else self.tr("This room has marks: use Next room (or Undo them)"))

    def elapsed_seconds(self) -> float:
        """Time in this room: a finished visit's own length (as Today's visits lists it), else so far."""
        obs = self.observation
        if obs is not None and obs.ended_at:
            return max(0.0, seconds_between(obs.started_at, obs.ended_at))
        return max(0.0, (datetime.now(UTC) - self._started).total_seconds())

    def _tick(self) -> None:
        seconds = self.elapsed_seconds()
        target = (self.framework.target_minutes or 0) * 60 if self.framework else 0
        self.timer.setText(f"{clock(seconds)} / {clock(target)}" if target else clock(seconds))
        over = bool(target) and seconds > target
        self.timer.setProperty("over", over)
        repolish(self.timer)
        self.timer_bar.setMaximum(int(target) or 1)
        self.timer_bar.setValue(max(0, min(int(seconds), int(target) or 1)))  # the bar says what the clock says
        for row in self.rows.values():
            row.set_elapsed(seconds)
