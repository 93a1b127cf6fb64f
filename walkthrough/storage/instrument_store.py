"""What richer instruments record beside a look-for's answer in a room:
answers that belong to the whole round, and several notes per look-for
(each of which may point at several look-fors).

A note about several look-fors keeps their keys in ``notes.look_for_key``,
separated by spaces (keys never contain one), so it syncs as any note does;
:func:`note_look_for_keys` reads them.
"""

from __future__ import annotations

from collections.abc import Sequence

from walkthrough.core import responses
from walkthrough.core.frameworks import Framework, LookFor, Scope
from walkthrough.core.model import Note, NoteKind, Response, now_iso
from walkthrough.core.permissions import Action
from walkthrough.storage.base import StoreError, dumps, loads, stable_id
from walkthrough.storage.observation_store import ObservationStore, note_from_row, response_from_row


def note_look_for_keys(note: Note) -> tuple[str, ...]:
    """The look-fors a note is about (none, one, or several)."""
    return tuple((note.look_for_key or "").split())


def _round_look_for(framework: Framework, key: str) -> LookFor:
    try:
        look_for = framework.look_for(key)
    except KeyError:
        raise StoreError(f"framework '{framework.id}' has no look-for '{key}'") from None
    if framework.top_section(key).scope is not Scope.ROUND:
        raise StoreError(f"look-for '{key}' is answered in each room, not once for the round")
    return look_for


class InstrumentStore(ObservationStore):
    # Answers for the whole round -----------------------------------------------------------
    def _round_framework(self, round_id: str) -> Framework:
        row = self.db.execute("SELECT framework_id, framework_version, deleted FROM rounds WHERE id = ?",
                              [round_id]).fetchone()
        if row is None:
            raise StoreError("no such round")
        if row[2]:
            raise StoreError("this round was deleted")
        return self.framework(row[0], row[1])

    def record_round_response(self, round_id: str, look_for_key: str, value: object, *,
                              not_applicable: bool = False, by: str | None) -> Response:
        """Set (or clear) the answer of a look-for that belongs to the whole round, committed on return
        (by the person walking the round, or an administrator)."""
        walker = self.db.execute("SELECT observer_id FROM rounds WHERE id = ?", [round_id]).fetchone()
        self._require(Action.RECORD_BLAST_VISIT, by, owner_id=walker[0] if walker else None)
        look_for = _round_look_for(self._round_framework(round_id), look_for_key)
        try:
            if look_for.retired:
                raise responses.ResponseError(f"look-for '{look_for.key}' is retired in this version")
            stored = responses.normalise(look_for, value, not_applicable=not_applicable)
        except responses.ResponseError as exc:
            raise StoreError(str(exc)) from None
        with self.transaction():
            self._put_round_answer(round_id, look_for_key, stored, not_applicable)
        return self.round_responses(round_id)[look_for_key]

    def _put_round_answer(self, round_id: str, look_for_key: str, stored: object, not_applicable: bool) -> None:
        """Write a round's answer (already checked and normalised); inside the caller's transaction."""
        values = {"value": dumps(stored), "not_applicable": int(not_applicable), "set_at": now_iso(), "deleted": 0}
        with self.transaction():
            found = self.db.execute("SELECT id FROM round_responses WHERE round_id = ? AND look_for_key = ?",
                                    [round_id, look_for_key]).fetchone()
            if found is not None:
                self._update("round_responses", found[0], values)
            else:  # the id every device gives this answer, so two devices' answers merge
                self._insert("round_responses", {"id": round_response_id(round_id, look_for_key),
                                                 "round_id": round_id, "look_for_key": look_for_key, "note": "",
                                                 **values})

    def _round_value_now(self, round_id: str, look_for_key: str) -> tuple[object, bool]:
        row = self.db.execute("SELECT value, not_applicable FROM round_responses WHERE round_id = ?"
                              " AND look_for_key = ? AND deleted = 0", [round_id, look_for_key]).fetchone()
        return (None, False) if row is None else (loads(row[0]), bool(row[1]))

    def is_round_answer(self, observation_id: str, look_for_key: str) -> bool:
        """Whether ``look_for_key`` of this visit is answered once for its whole round."""
        observation = self.observation(observation_id)
        if observation.round_id is None:
            return False
        framework = self.observation_framework(observation)
        try:
            framework.look_for(look_for_key)
        except KeyError:
            return False
        return framework.top_section(look_for_key).scope is Scope.ROUND

    def round_responses(self, round_id: str) -> dict[str, Response]:
        """The round's own answers, keyed by look-for (``observation_id`` holds the round's id)."""
        rows = self._rows("SELECT *, round_id AS observation_id FROM round_responses WHERE round_id = ?"
                          " AND deleted = 0", [round_id])
        return {r["look_for_key"]: response_from_row(r) for r in rows}

    # Several notes per look-for ------------------------------------------------------------
    def save_look_for_note(self, observation_id: str, note_id: str, look_for_keys: Sequence[str],
                           text: str, *, by: str | None) -> Note | None:
        """Write one evidence note (made on first save, with the id the screen chose, so saving it again is
        harmless); it is about ``look_for_keys``. Empty text deletes it (``None``)."""
        observation = self.observation(observation_id)
        self._require_write(observation, by)
        framework = self.observation_framework(observation)
        keys = list(dict.fromkeys(look_for_keys))
        if not keys:
            raise StoreError("a look-for note is about at least one look-for")
        for key in keys:
            try:
                look_for = framework.look_for(key)
            except KeyError:
                raise StoreError(f"framework '{framework.id}' has no look-for '{key}'") from None
            if not look_for.takes_notes:
                raise StoreError(f"look-for '{key}' takes no notes")
        row = self.db.execute("SELECT observation_id FROM notes WHERE id = ?", [note_id]).fetchone()
        if row is not None and row[0] != observation_id:
            raise StoreError("that note belongs to another visit")
        text = text.strip()
        with self.transaction():
            if row is None:
                if not text:
                    return None
                self._insert("notes", {"id": note_id, "observation_id": observation_id,
                                       "kind": NoteKind.EVIDENCE.value, "text": text,
                                       "look_for_key": " ".join(keys), "minute": None, "created_at": now_iso()})
            elif text:
                self._update("notes", note_id, {"text": text, "look_for_key": " ".join(keys), "deleted": 0})
            else:
                self._tombstone("notes", note_id)
            self._touch_observation(observation_id)
        return note_from_row(self._row("notes", note_id)) if text else None

    def look_for_notes(self, observation_id: str, look_for_key: str) -> list[Note]:
        """The notes of a visit that are about a look-for (alone or with others)."""
        return [n for n in self.notes(observation_id) if look_for_key in note_look_for_keys(n)]


def round_response_id(round_id: str, look_for_key: str) -> str:
    return stable_id("round response", round_id, look_for_key)
