"""Undo on the visit screen, and "Mark the rest not observed": one tap makes every presence look-for
still not marked Not observed, and one Undo takes them all back (unmarked is never the default).

Mixed into :class:`~walkthrough.ui.widgets.visit_view.VisitView`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QScrollArea, QWidget

from walkthrough.core.model import Observation, Response
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.ui import core_text
from walkthrough.ui.access import me
from walkthrough.ui.widgets.look_for_controls import LookForRow

log = logging.getLogger("walkthrough.ui.visit")
translate = QCoreApplication.translate  # in the "VisitView" context: the catalog's entries stay where they were
if TYPE_CHECKING:
    _Base = QWidget
else:
    _Base = object


class UndoAndRest(_Base):
    """Undo and the rest not observed; needs the attributes below."""

    repo: Repository
    observation: Observation | None
    rows: dict[str, LookForRow]
    order: list[str]
    current: int
    bulk_change_ids: set[str]
    checklist_scroll: QScrollArea

    if TYPE_CHECKING:
        def say(self, text: str, *, tone: str) -> None: ...
        def counted(self, what: str, n: int) -> str: ...
        def _room_is_saved(self, what: str) -> bool: ...
        def _loggable(self, key: str, value: object) -> object: ...
        def _show_row(self, key: str, response: Response | None) -> None: ...
        def _stored(self, key: str) -> Response | None: ...
        def _mark_current(self, *, scroll: bool = False) -> None: ...
        def _refresh_counts(self) -> None: ...
        def commit(self, key: str, value: object, not_applicable: bool) -> bool: ...

    # Taps: commit() and what the queue of edits says are in PendingTaps ----
    def undo(self) -> None:
        if self.observation is None or not self._room_is_saved(translate("VisitView", "Not undone yet")):
            return
        last = self.repo.last_change(self.observation.id)
        if last is not None and last.id in self.bulk_change_ids:
            self._undo_bulk()
            return
        try:
            change = self.repo.undo_last_change(self.observation.id, by=me(self.repo))
        except StoreError as exc:
            self.say(translate("VisitView", "Not undone: {exc}.").format(exc=core_text.text(exc)), tone="error")
            return
        if change is None:
            self.say(translate("VisitView", "Nothing to undo in this visit."), tone="info")
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
        if not keys or not self._room_is_saved(translate("VisitView", "Not marked yet")):
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
            self.say(self.counted("marked not observed", len(made)), tone="info")
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
                self.say(translate("VisitView", "Not all undone: {exc}. Tap Undo again in a moment.").format(
                    exc=core_text.text(exc)),
                         tone="error")
                break
            if change is None:
                break
            self.bulk_change_ids.discard(last.id)
            undone += 1
            self._show_row(change.look_for_key, self._stored(change.look_for_key))
        log.info("rest undone", extra={"event": {"event": "rest_not_observed_undone",
                                                  "observation_id": self.observation.id, "count": undone}})
        self.bulk_change_ids = set()
        self.say(self.counted("undone", undone), tone="info")
        self._refresh_counts()
