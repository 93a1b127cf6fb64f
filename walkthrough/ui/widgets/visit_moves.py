"""Leaving a room of the visit screen: Next room, Skip room, another room of the round, Finish round
(which asks first while rooms remain), and deleting a visit opened for review (No is the default).

Each move is committed before the screen moves on, and acknowledged in the JSON log
(``next_room_committed``...). Mixed into :class:`~walkthrough.ui.widgets.visit_view.VisitView`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, SignalInstance
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from walkthrough.core.model import Observation
from walkthrough.core.rounds import StopStatus
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.ui import core_text
from walkthrough.ui.access import me
from walkthrough.ui.widgets.look_for_state import repolish

log = logging.getLogger("walkthrough.ui.visit")
translate = QCoreApplication.translate  # in the "VisitView" context: the catalog's entries stay where they were
if TYPE_CHECKING:
    _Base = QWidget
else:
    _Base = object


class RoomMoves(_Base):
    """The visit screen's moves between rooms; needs the attributes below."""

    repo: Repository
    round_id: str | None
    observation: Observation | None
    room: QLabel
    finish_button: QPushButton
    finish_armed: QTimer
    ticker: QTimer

    if TYPE_CHECKING:
        round_finished: SignalInstance

        def counted(self, what: str, n: int) -> str: ...
        closed: SignalInstance

        def say(self, text: str, *, tone: str) -> None: ...
        def _room_is_saved(self, what: str) -> bool: ...
        def open_round(self, round_id: str, *, resumed: bool = False) -> bool: ...

    def next_room(self) -> None:
        if self.observation is None or not self._room_is_saved(translate("VisitView", "Not moved on yet")):
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
            self.say(translate("VisitView",
                    "Not moved on: {exc}. Your marks here are saved; tap Next room again in a moment.").format(
                    exc=core_text.text(exc)), tone="error")
            return
        log.info("next room committed", extra={"event": {
            "event": "next_room_committed", "round_id": self.round_id, "left_observation_id": left,
            "stop_id": stop.id if stop else None, "observation_id": stop.observation_id if stop else None}})
        if stop is None or not self.open_round(self.round_id):
            self.finish_round()

    def skip_room(self) -> None:
        if self.round_id is None or self.observation is None or \
                not self._room_is_saved(translate("VisitView", "Not skipped yet")):
            return
        try:
            stop = self.repo.skip_room(self.round_id, by=me(self.repo))
        except StoreError as exc:
            self.say(core_text.text(exc), tone="error")
            return
        log.info("room skipped", extra={"event": {"event": "room_skipped", "round_id": self.round_id,
                                                   "observation_id": self.observation.id}})
        if stop is None or not self.open_round(self.round_id):
            self.finish_round()

    def go_to_room(self, stop_id: str) -> None:
        """Leave this room (completed if marked) and open another room of the round."""
        if self.round_id is None or not self._room_is_saved(translate("VisitView", "Not moved yet")):
            return
        try:
            stop = self.repo.go_to_stop(self.round_id, stop_id, by=me(self.repo))
        except StoreError as exc:
            self.say(core_text.text(exc), tone="error")
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
            self.finish_button.setText(self.counted("finish again", left))
            self.finish_button.setProperty("danger", True)
            repolish(self.finish_button)
            self.say(self.counted("rooms left", left), tone="info")
            self.finish_armed.start()
            return
        self._disarm_finish()
        self.finish_round()

    def _disarm_finish(self) -> None:
        self.finish_armed.stop()
        self.finish_button.setText(translate("VisitView", "Finish round"))
        self.finish_button.setProperty("danger", False)
        repolish(self.finish_button)

    def finish_round(self) -> None:
        if self.round_id is None or not self._room_is_saved(translate("VisitView", "The round is not finished yet")):
            return
        round_id = self.round_id
        try:
            self.repo.finish_round(round_id, by=me(self.repo))
        except StoreError as exc:
            self.say(translate("VisitView",
                    "The round is not finished: {exc}. Tap Finish round again in a moment.").format(
                        exc=core_text.text(exc)),
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
        answer = QMessageBox.question(self, translate("VisitView", "Delete this visit?"),
                                      translate("VisitView",
                                                "Delete the visit to {text}? It will no longer be counted.").format(
                                              text=self.room.text()),
            # the safe answer is the default: Enter or a stray tap keeps it
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.repo.delete_visit(self.observation.id, by=me(self.repo))
            except StoreError as exc:
                self.say(translate("VisitView", "Not deleted: {exc}.").format(exc=core_text.text(exc)), tone="error")
                return
            self.ticker.stop()
            self.closed.emit()
