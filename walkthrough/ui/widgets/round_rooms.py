"""The "Rooms" button of a round: go back to a skipped room, or ahead to any
room still to come, without leaving the visit screen."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from walkthrough.core.rounds import StopStatus
from walkthrough.storage import Repository

_MARK = {StopStatus.VISITED: "✓", StopStatus.SKIPPED: "↷", StopStatus.VISITING: "●", StopStatus.PENDING: "○"}
_STATE = {StopStatus.VISITED: QT_TRANSLATE_NOOP("RoundRoomsButton", "visited"),
          StopStatus.SKIPPED: QT_TRANSLATE_NOOP("RoundRoomsButton", "skipped"),
          StopStatus.VISITING: QT_TRANSLATE_NOOP("RoundRoomsButton", "here now"),
          StopStatus.PENDING: QT_TRANSLATE_NOOP("RoundRoomsButton", "still to visit")}


class RoundRoomsButton(QPushButton):
    """Lists the round's rooms in route order; a room not yet visited can be chosen."""

    room_chosen = Signal(str)  # the stop id

    def __init__(self, repo: Repository, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RoundRoomsButton", "Rooms…"), parent)
        self.repo = repo
        self.round_id: str | None = None
        self.setAccessibleName(self.tr("Rooms in this round: go back to a skipped room or ahead"))
        self.setToolTip(self.tr("Go back to a skipped room, or ahead to another room on the route"))
        self.menu_ = QMenu(self)
        self.menu_.setAccessibleName(self.tr("Rooms in this round"))
        self.menu_.setStyleSheet("QMenu::item { min-height: 44px; padding: 4px 24px; font-size: 16px; }")
        self.menu_.aboutToShow.connect(self.fill)
        self.setMenu(self.menu_)

    def set_round(self, round_id: str | None) -> None:
        self.round_id = round_id
        self.setVisible(round_id is not None)

    def fill(self) -> None:
        self.menu_.clear()
        if self.round_id is None:
            return
        names = {}
        for stop in self.repo.round_stops(self.round_id):
            if stop.room_id not in names:
                names[stop.room_id] = self.repo.room(stop.room_id).name
            state = self.tr(str(_STATE[stop.status]))
            action = QAction(f"{_MARK[stop.status]}  {names[stop.room_id]} — {state}", self.menu_)
            action.setEnabled(stop.status in (StopStatus.PENDING, StopStatus.SKIPPED))
            action.triggered.connect(lambda _checked=False, stop_id=stop.id: self.room_chosen.emit(stop_id))
            self.menu_.addAction(action)
