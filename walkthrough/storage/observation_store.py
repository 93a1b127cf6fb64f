"""Observations, their responses (one per look-for) and their notes."""

from __future__ import annotations

from typing import Any

from walkthrough.core import privacy, responses
from walkthrough.core.frameworks import Framework, LookFor, Scope
from walkthrough.core.model import (
    Note,
    NoteKind,
    Observation,
    ObservationKind,
    ObservationStatus,
    Response,
    Visibility,
    now_iso,
)
from walkthrough.core.permissions import Action
from walkthrough.storage.access import AccessStore
from walkthrough.storage.base import StoreError, dumps, loads, stable_id
from walkthrough.storage.framework_store import FrameworkStore


def observation_from_row(row: dict[str, Any]) -> Observation:
    return Observation(
        id=row["id"],
        revision=row["revision"],
        updated_at=row["updated_at"],
        deleted=bool(row["deleted"]),
        kind=ObservationKind(row["kind"]),
        framework_id=row["framework_id"],
        framework_version=row["framework_version"],
        school_id=row["school_id"],
        room_id=row["room_id"],
        teacher_id=row["teacher_id"],
        observer_id=row["observer_id"],
        device_id=row["device_id"],
        started_at=row["started_at"],
        ended_at=row["ended_at"],
        status=ObservationStatus(row["status"]),
        visibility=Visibility(row["visibility"]),
        round_id=row["round_id"],
        grade_band=row["grade_band"],
        subject=row["subject"],
    )


def response_from_row(row: dict[str, Any]) -> Response:
    return Response(
        id=row["id"],
        revision=row["revision"],
        updated_at=row["updated_at"],
        deleted=bool(row["deleted"]),
        observation_id=row["observation_id"],
        look_for_key=row["look_for_key"],
        value=loads(row["value"]),
        not_applicable=bool(row["not_applicable"]),
        note=row["note"],
        set_at=row["set_at"],
    )


def note_from_row(row: dict[str, Any]) -> Note:
    return Note(
        id=row["id"],
        revision=row["revision"],
        updated_at=row["updated_at"],
        deleted=bool(row["deleted"]),
        observation_id=row["observation_id"],
        kind=NoteKind(row["kind"]),
        text=row["text"],
        look_for_key=row["look_for_key"],
        minute=row["minute"],
        created_at=row["created_at"],
    )


def visit_look_for(framework: Framework, look_for_key: str) -> LookFor:
    """The look-for a visit's response under ``look_for_key`` is for, or a refusal that says why.

    A look-for of a repeated section is answered per segment ("key#2"); one of
    a section for the whole round is answered on the round, not in a room."""
    try:
        look_for = framework.look_for(look_for_key)
    except KeyError:
        raise StoreError(f"framework '{framework.id}' has no look-for '{look_for_key}'") from None
    if not framework.stores_under(look_for_key):
        raise StoreError(f"look-for '{look_for.key}' is in a repeated section: it is answered per segment")
    if framework.top_section(look_for_key).scope is Scope.ROUND:
        raise StoreError(f"look-for '{look_for.key}' is answered once for the whole round, not in each room")
    return look_for


class ObservationStore(FrameworkStore, AccessStore):
    """Observations and what they hold. Each write takes ``by``, the acting
    profile: a blast visit is written by the person who records it or an
    administrator, a peer visit's notes by their visitor alone."""

    def _require_write(self, observation: Observation, by: str | None, *, deleting: bool = False) -> None:
        """Refuse ``by`` unless they may change (or delete) ``observation``."""
        if observation.deleted:
            raise StoreError("this visit was deleted")
        if observation.kind is ObservationKind.PEER:
            self._require(Action.TAKE_PEER_NOTES, by, owner_id=observation.observer_id)
        elif deleting:
            self._require(Action.DELETE_BLAST_VISIT, by, owner_id=observation.observer_id)
        elif observation.round_id is not None and observation.status is ObservationStatus.DRAFT:
            self._require(Action.RECORD_BLAST_VISIT, by, owner_id=observation.observer_id)
        else:
            self._require(Action.EDIT_BLAST_VISIT, by, owner_id=observation.observer_id)

    def start_observation(
        self,
        kind: ObservationKind | str,
        framework: Framework,
        school_id: str,
        *,
        room_id: str | None = None,
        teacher_id: str | None = None,
        observer_id: str | None = None,
        visibility: Visibility | None = None,
        round_id: str | None = None,
        started_at: str | None = None,
        by: str | None,
    ) -> Observation:
        """Start a visit. It keeps its room's grade band and subject as they are now, so
        editing the room later does not move it between groups."""
        kind = ObservationKind(kind)
        if kind is ObservationKind.PEER:
            self._require(Action.TAKE_PEER_NOTES, by, owner_id=observer_id)
        elif observer_id is not None and observer_id == by:
            self._require(Action.START_ROUND, by)
        else:  # a visit in someone else's round
            self._require(Action.RECORD_BLAST_VISIT, by, owner_id=observer_id)
        if not framework.allows(kind.value):
            raise StoreError(f"framework '{framework.title}' cannot be used for a {kind.value} visit")
        if visibility is None:
            visibility = Visibility.PRIVATE if kind is ObservationKind.PEER else Visibility.SHARED
        if kind is ObservationKind.BLAST and visibility is Visibility.PRIVATE:
            raise StoreError("a blast walkthrough visit is a building record and cannot be private")
        device = self.device_id
        grade_band = subject = ""
        if room_id is not None:
            found = self.db.execute("SELECT grade_band, subject FROM rooms WHERE id = ?", [room_id]).fetchone()
            if found is not None:
                grade_band, subject = found
        with self.transaction():
            row = self._insert(
                "observations",
                {
                    "kind": kind.value,
                    "framework_id": framework.id,
                    "framework_version": framework.version,
                    "framework_sha256": framework.sha256,
                    "school_id": school_id,
                    "room_id": room_id,
                    "teacher_id": teacher_id,
                    "observer_id": observer_id,
                    "device_id": device,
                    "started_at": started_at or now_iso(),
                    "ended_at": None,
                    "status": ObservationStatus.DRAFT.value,
                    "visibility": visibility.value,
                    "round_id": round_id,
                    "grade_band": grade_band,
                    "subject": subject,
                },
            )
        return observation_from_row(row)

    def observation(self, observation_id: str) -> Observation:
        return observation_from_row(self._row("observations", observation_id))

    def observation_framework(self, observation: Observation) -> Framework:
        return self.framework(observation.framework_id, observation.framework_version)

    def set_response(
        self, observation_id: str, look_for_key: str, value: object, *, not_applicable: bool = False,
        by: str | None,
    ) -> Response:
        """Set (or clear, with ``None``) one look-for's response, committed on return."""
        observation = self.observation(observation_id)
        self._require_write(observation, by)
        framework = self.observation_framework(observation)
        look_for = visit_look_for(framework, look_for_key)
        responses.check_allowed(observation.kind, look_for)
        stored = responses.normalise(look_for, value, not_applicable=not_applicable)
        at = now_iso()
        with self.transaction():
            self._put_response(observation_id, look_for_key, {
                "value": dumps(stored), "not_applicable": int(not_applicable), "set_at": at, "deleted": 0})
            self._touch_observation(observation_id)
        return self.response(observation_id, look_for_key)

    def set_response_note(self, observation_id: str, look_for_key: str, note: str, *, by: str | None) -> Response:
        """Attach a short evidence note to one look-for (keeps its value)."""
        observation = self.observation(observation_id)
        self._require_write(observation, by)
        visit_look_for(self.observation_framework(observation), look_for_key)
        with self.transaction():
            self._put_response(observation_id, look_for_key, {"note": note})
            self._touch_observation(observation_id)
        return self.response(observation_id, look_for_key)

    def response(self, observation_id: str, look_for_key: str) -> Response:
        rows = self._rows(
            "SELECT * FROM responses WHERE observation_id = ? AND look_for_key = ?", [observation_id, look_for_key]
        )
        if not rows:
            raise StoreError(f"no response for '{look_for_key}'")
        return response_from_row(rows[0])

    def responses(self, observation_id: str) -> dict[str, Response]:
        rows = self._rows("SELECT * FROM responses WHERE observation_id = ? AND deleted = 0", [observation_id])
        return {r["look_for_key"]: response_from_row(r) for r in rows}

    def add_note(
        self,
        observation_id: str,
        kind: NoteKind | str,
        text: str,
        *,
        look_for_key: str | None = None,
        minute: int | None = None,
        by: str | None,
    ) -> Note:
        observation = self.observation(observation_id)
        self._require_write(observation, by)
        with self.transaction():
            row = self._insert(
                "notes",
                {
                    "observation_id": observation_id,
                    "kind": NoteKind(kind).value,
                    "text": text,
                    "look_for_key": look_for_key,
                    "minute": minute,
                    "created_at": now_iso(),
                },
            )
            self._touch_observation(observation_id)
        return note_from_row(row)

    def update_note(
        self, note_id: str, *, by: str | None, text: str | None = None, kind: NoteKind | str | None = None
    ) -> Note:
        self._require_write(self.observation(note_from_row(self._row("notes", note_id)).observation_id), by)
        changes: dict[str, Any] = {}
        if text is not None:
            changes["text"] = text
        if kind is not None:
            changes["kind"] = NoteKind(kind).value
        with self.transaction():
            self._update("notes", note_id, changes)
        return note_from_row(self._row("notes", note_id))

    def delete_note(self, note_id: str, *, by: str | None) -> None:
        self._require_write(self.observation(note_from_row(self._row("notes", note_id)).observation_id), by)
        with self.transaction():
            self._tombstone("notes", note_id)

    def notes(self, observation_id: str) -> list[Note]:
        rows = self._rows(
            "SELECT * FROM notes WHERE observation_id = ? AND deleted = 0 ORDER BY created_at, rowid", [observation_id]
        )
        return [note_from_row(r) for r in rows]

    def complete_observation(
        self, observation_id: str, *, by: str | None, ended_at: str | None = None
    ) -> Observation:
        self._require_write(self.observation(observation_id), by)
        with self.transaction():
            self._update(
                "observations",
                observation_id,
                {"status": ObservationStatus.COMPLETE.value, "ended_at": ended_at or now_iso()},
            )
        return self.observation(observation_id)

    def reopen_observation(self, observation_id: str, *, by: str | None) -> Observation:
        self._require_write(self.observation(observation_id), by)
        with self.transaction():
            self._update("observations", observation_id, {"status": ObservationStatus.DRAFT.value})
        return self.observation(observation_id)

    def set_visibility(self, observation_id: str, visibility: Visibility | str, *, by: str | None) -> Observation:
        """A blast visit's visibility (always shared). A peer visit's follows its host's choice:
        :meth:`~walkthrough.storage.peer_host_store.PeerHostStore.share_peer_visit`."""
        visibility = Visibility(visibility)
        observation = self.observation(observation_id)
        if observation.kind is ObservationKind.PEER:
            raise StoreError("a peer visit is shared or made private by its host, for the whole visit")
        self._require_write(observation, by)
        if observation.kind is ObservationKind.BLAST and visibility is Visibility.PRIVATE:
            raise StoreError("a blast walkthrough visit cannot be private")
        with self.transaction():
            self._update("observations", observation_id, {"visibility": visibility.value})
        return self.observation(observation_id)

    def delete_observation(self, observation_id: str, *, by: str | None) -> None:
        """Delete a visit: a tombstone, so the delete can sync."""
        self._require_write(self.observation(observation_id), by, deleting=True)
        with self.transaction():
            self._tombstone("observations", observation_id)

    def observations(
        self,
        *,
        school_id: str | None = None,
        kind: ObservationKind | None = None,
        since: str | None = None,
        until: str | None = None,
        round_id: str | None = None,
        include_deleted: bool = False,
    ) -> list[Observation]:
        sql = "SELECT * FROM observations WHERE 1 = 1"
        params: list[Any] = []
        for column, value in (
            ("school_id", school_id),
            ("kind", kind and ObservationKind(kind).value),
            ("round_id", round_id),
        ):
            if value is not None:
                sql += f" AND {column} = ?"
                params.append(value)
        if since is not None:
            sql += " AND started_at >= ?"
            params.append(since)
        if until is not None:
            sql += " AND started_at < ?"
            params.append(until)
        if not include_deleted:
            sql += " AND deleted = 0"
        return [observation_from_row(r) for r in self._rows(sql + " ORDER BY started_at", params)]

    def observations_for(
        self, output: privacy.Output, viewer_id: str | None = None, **filters: Any
    ) -> list[Observation]:
        """The observations ``output`` may use, as :mod:`walkthrough.core.privacy` decides.

        Every dashboard, report, export and sync bundle gets its observations here.
        """
        candidates = self.observations(include_deleted=output is privacy.Output.SYNC_BUNDLE, **filters)
        return [o for o in candidates if privacy.may_include(o, output, viewer_id)]

    def observation_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM observations WHERE deleted = 0").fetchone()[0])

    def _touch_observation(self, observation_id: str) -> None:
        """The visit's local revision and time: not a change of the visit itself, so
        it does not sync (two devices tapping one visit never conflict at the visit)."""
        self.db.execute(
            "UPDATE observations SET revision = revision + 1, updated_at = ? WHERE id = ?", [now_iso(), observation_id]
        )

    def _put_response(self, observation_id: str, look_for_key: str, values: dict[str, Any]) -> None:
        """Write one look-for's response, made on first use (inside the caller's transaction).

        Its id comes from the visit and the look-for, so two devices answering
        the same look-for of the same visit write the same record, and sync
        merges them instead of finding two.
        """
        found = self.db.execute(
            "SELECT id FROM responses WHERE observation_id = ? AND look_for_key = ?", [observation_id, look_for_key]
        ).fetchone()
        if found is not None:
            self._update("responses", found[0], values)
            return
        row = {"value": None, "not_applicable": 0, "note": "", "set_at": now_iso(), **values}
        self._insert("responses", {"id": response_id(observation_id, look_for_key), "observation_id": observation_id,
                                   "look_for_key": look_for_key, **row})


def response_id(observation_id: str, look_for_key: str) -> str:
    return stable_id("response", observation_id, look_for_key)
