"""The visit screen's taps and typed text, through the window's queue of edits.

A tap is committed at once when the database takes it, and only then shown
as recorded; when it cannot (another program holds the database, the disk
is full), the row says "Not saved yet", the notice says why, and the queue
tries again until it is taken. The room is not left while its marks wait.
Every commit is acknowledged in the JSON log (``tap_committed``), which the
end-to-end crash test reads. Mixed into :class:`VisitView`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from walkthrough.core.frameworks import ResponseType
from walkthrough.core.model import Observation, Response
from walkthrough.core.rounds import ResponseChange
from walkthrough.storage import Repository
from walkthrough.storage.pending_edits import PendingEdit
from walkthrough.ui.access import me
from walkthrough.ui.pending import Outcome, PendingWrites
from walkthrough.ui.widgets.look_for_controls import LookForRow, response_key, round_tap_edit, tap_edit

log = logging.getLogger("walkthrough.ui.visit")


class PendingTaps:
    """What the visit screen does with taps; needs the attributes and methods below."""

    repo: Repository
    pending: PendingWrites
    observation: Observation | None
    rows: dict[str, LookForRow]

    def say(self, text: str, *, tone: str) -> None:
        raise NotImplementedError

    def _stored(self, key: str) -> Response | None:
        raise NotImplementedError

    def _refresh_counts(self) -> None:
        raise NotImplementedError

    def _flush_typing(self) -> None:
        raise NotImplementedError

    def _hide_notice(self) -> None:
        raise NotImplementedError

    def _loggable(self, key: str, value: object) -> object:
        """A tap's value for the log: a choice, a count, but never written text (a student quote)."""
        row = self.rows.get(key)
        if row is not None and row.look_for.response is ResponseType.TEXT:
            return None if value is None else f"[text, {len(str(value))} characters]"
        return value

    def commit(self, key: str, value: object, not_applicable: bool) -> bool:
        """Commit one tap, then show it; False when it was refused or waits for the database."""
        if self.observation is None:
            return False
        row = self.rows[key]
        if row.round_id is not None:
            edit = round_tap_edit(row.round_id, row.look_for, value, not_applicable, by=me(self.repo),
                                  observation_id=self.observation.id)
        else:
            edit = tap_edit(self.observation.id, row.look_for, value, not_applicable, key=key, by=me(self.repo))
        return self.pending.submit(edit) is Outcome.SAVED

    def _show_row(self, key: str, response: Response | None) -> None:
        """Show the stored response, or the tap still waiting for the database."""
        assert self.observation is not None
        row = self.rows[key]
        row.display(response)
        pending_key = f"round_response/{row.round_id}/{key}" if row.round_id else response_key(self.observation.id, key)
        waiting = self.pending.edit(pending_key)
        if waiting is not None and waiting.action in ("record_response", "record_round_response") \
                and waiting.text is None and self.pending.fault:
            row.show_waiting(waiting.args[2], bool(waiting.kwargs.get("not_applicable")))

    def _here(self, edit: PendingEdit) -> str | None:
        """The look-for key of an edit of this visit (None for another visit's)."""
        if self.observation is None or edit.action not in ("record_response", "set_response_note",
                                                           "record_round_response"):
            return None
        observation_id, key = str(edit.args[0]), str(edit.args[1])
        if edit.action == "record_round_response":
            row = self.rows.get(key)
            return key if row is not None and row.round_id == observation_id else None
        return key if observation_id == self.observation.id and key in self.rows else None

    def _edit_saved(self, edit: PendingEdit, result: object) -> None:
        if edit.action == "record_response" and isinstance(result, ResponseChange):
            log.info("tap committed", extra={"event": {
                "event": "tap_committed", "observation_id": result.observation_id, "look_for_key": result.look_for_key,
                "value": self._loggable(result.look_for_key, result.new_value),
                "not_applicable": result.new_not_applicable, "change_id": result.id}})
        elif edit.action == "set_response_note":
            log.info("note committed", extra={"event": {"event": "note_committed", "observation_id": edit.args[0],
                                                         "look_for_key": edit.args[1]}})
        key = self._here(edit)
        if key is None or self.observation is None:
            return
        self._show_row(key, self._stored(key))
        if not self.pending.waiting_edits(f"response/{self.observation.id}/"):
            self._hide_notice()
        self._refresh_counts()

    def _edit_waiting(self, edit: PendingEdit, why: str) -> None:
        key = self._here(edit)
        if key is None:
            return
        if edit.action in ("record_response", "record_round_response") and edit.text is None:
            self.rows[key].show_waiting(edit.args[2], bool(edit.kwargs.get("not_applicable")))
        self.say(QCoreApplication.translate("PendingTaps",
                "Not saved yet: {why}. What shows “Not saved yet” is kept and saved as soon as the database takes it; "
                        "nothing is lost.").format(why=why), tone="error")

    def _edit_refused(self, edit: PendingEdit, why: str) -> None:
        key = self._here(edit)
        if key is None:
            return
        self._show_row(key, self._stored(key))
        self.say(QCoreApplication.translate("PendingTaps", "Not recorded: {why}.").format(why=why), tone="error")

    def _room_is_saved(self, what: str) -> bool:
        """Commit what is typed and every waiting tap of this room; say so plainly if the database cannot yet."""
        self._flush_typing()
        if self.observation is None or self.pending.flush():
            return True
        if not self.pending.waiting_edits(f"response/{self.observation.id}/"):
            return True
        self.say(QCoreApplication.translate("PendingTaps",
                "{what}: some marks in this room are not saved yet ({fault}). They are kept and saved as soon as the "
                        "database takes them; try again in a moment.").format(
                            what=what, fault=self.pending.fault), tone="error")
        return False
