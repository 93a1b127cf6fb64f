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

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QPushButton,
    QScrollArea,
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
from walkthrough.ui.widgets.controls import plain_label
from walkthrough.ui.widgets.look_for_controls import LookForRow, repolish
from walkthrough.ui.widgets.plural import plural
from walkthrough.ui.widgets.visit_frame import VisitFrame
from walkthrough.ui.widgets.visit_moves import RoomMoves
from walkthrough.ui.widgets.visit_sections import apply_conditions, build_checklist, stored_answers
from walkthrough.ui.widgets.visit_taps import PendingTaps
from walkthrough.ui.widgets.visit_undo import UndoAndRest

log = logging.getLogger("walkthrough.ui.visit")


class VisitView(VisitFrame, RoomMoves, UndoAndRest, PendingTaps, QWidget):
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fold_on_show()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._unfold_on_hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_key_hint_if_tall()

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

    def counted(self, what: str, n: int) -> str:
        """The visit screen's sentences with a count, for its parts in other modules: lupdate files a
        plural only from ``self.tr`` in the class itself (in ``VisitView``, where the catalog has them)."""
        texts = {
            "finish again": lambda: self.tr("Tap again to finish\n(%n room(s) not visited)", "", n),
            "rooms left": lambda: self.tr("%n room(s) of this round not visited yet. Tap Finish round again to end "
                                          "the round now; otherwise carry on with Next room.", "", n),
            "marked not observed": lambda: self.tr(
                "%n look-for(s) marked Not observed. Undo takes them all back.", "", n),
            "undone": lambda: self.tr("Undone: %n look-for(s) back to Not marked.", "", n),
        }
        return plural(texts[what](), n)

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
