"""Blast walkthrough rounds: starting, walking room to room, finishing, undo.

Every method here is one thing the observer does, in one transaction: when
it returns, it is on disk. "Next room" completes this visit and opens the
next one in the same transaction, so a crash leaves either the one or the
other, never half.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from walkthrough.core import responses
from walkthrough.core import rounds as rules
from walkthrough.core.frameworks import Framework, Mode
from walkthrough.core.model import Observation, ObservationKind, Response, now_iso
from walkthrough.core.permissions import Action
from walkthrough.core.rounds import ResponseChange, Round, RoundStatus, RoundStop, RoundSummary, StopStatus
from walkthrough.storage.base import StoreError, dumps, loads
from walkthrough.storage.directory import _room
from walkthrough.storage.instrument_store import InstrumentStore
from walkthrough.storage.observation_store import visit_look_for
from walkthrough.storage.route_store import RouteStore

_MARKED = "(value IS NOT NULL OR not_applicable = 1)"


def round_from_row(row: dict[str, Any]) -> Round:
    return Round(
        id=row["id"], revision=row["revision"], updated_at=row["updated_at"], deleted=bool(row["deleted"]),
        school_id=row["school_id"], framework_id=row["framework_id"], framework_version=row["framework_version"],
        observer_id=row["observer_id"], route_id=row["route_id"], with_teacher=bool(row["with_teacher"]),
        started_at=row["started_at"], ended_at=row["ended_at"], status=RoundStatus(row["status"]),
        current_stop_id=row["current_stop_id"],
    )


def stop_from_row(row: dict[str, Any]) -> RoundStop:
    return RoundStop(
        id=row["id"], revision=row["revision"], updated_at=row["updated_at"], deleted=bool(row["deleted"]),
        round_id=row["round_id"], position=row["position"], room_id=row["room_id"],
        status=StopStatus(row["status"]), observation_id=row["observation_id"], started_at=row["started_at"],
        ended_at=row["ended_at"],
    )


def change_from_row(row: dict[str, Any]) -> ResponseChange:
    return ResponseChange(
        id=row["id"], revision=row["revision"], updated_at=row["updated_at"], deleted=bool(row["deleted"]),
        observation_id=row["observation_id"], look_for_key=row["look_for_key"], old_value=loads(row["old_value"]),
        old_not_applicable=bool(row["old_not_applicable"]), new_value=loads(row["new_value"]),
        new_not_applicable=bool(row["new_not_applicable"]), changed_at=row["changed_at"],
        undone=bool(row["undone"]), undo_of=row["undo_of"],
    )


@dataclass(frozen=True)
class VisitLine:
    """One blast visit in the review list."""

    observation_id: str
    room_name: str
    teacher_name: str
    started_at: str
    ended_at: str | None
    complete: bool
    marked: int
    round_id: str | None
    observer_id: str | None = None  # who recorded it


class RoundStore(InstrumentStore, RouteStore):
    # Rounds -------------------------------------------------------------
    def start_round(
        self,
        school_id: str,
        framework: Framework,
        *,
        by: str | None,
        route_id: str | None = None,
        room_ids: Sequence[str] | None = None,
        with_teacher: bool = True,
    ) -> Round:
        """Start a round walked by ``by`` (an administrator or a coach) and open the first room's visit."""
        self._require(Action.START_ROUND, by)
        observer_id = by
        if not framework.allows(Mode.BLAST):
            raise StoreError(f"framework '{framework.title}' is not for blast walkthroughs")
        active = self.active_round()
        if active is not None:
            raise StoreError("a round is already in progress; finish it before starting another")
        if room_ids is None and route_id is not None:
            room_ids = self.route(route_id).room_ids
        all_rooms = self._school_rooms(school_id)
        walk = rules.rooms_in_route_order(list(all_rooms.values()), room_ids)
        if not walk:
            raise StoreError("there are no rooms to visit: add rooms to the school or the route first")
        at = now_iso()
        with self.transaction():
            row = self._insert("rounds", {
                "school_id": school_id, "framework_id": framework.id, "framework_version": framework.version,
                "observer_id": observer_id, "route_id": route_id,
                "with_teacher": int(rules.uses_teacher(framework.teacher, with_teacher)),
                "started_at": at, "ended_at": None, "status": RoundStatus.ACTIVE.value, "current_stop_id": None,
            })
            stops = [
                self._insert("round_stops", {"round_id": row["id"], "position": i, "room_id": room.id,
                                             "status": StopStatus.PENDING.value, "observation_id": None,
                                             "started_at": None, "ended_at": None})
                for i, room in enumerate(walk)
            ]
            self._remember_route(school_id, route_id)
            self._open_stop(round_from_row(row), stop_from_row(stops[0]), at, by)
        return self.round(row["id"])

    def round(self, round_id: str) -> Round:
        return round_from_row(self._row("rounds", round_id))

    def active_round(self) -> Round | None:
        # This device's own round: a round in progress on another device is theirs to finish.
        rows = self._rows("SELECT * FROM rounds WHERE status = 'active' AND deleted = 0 AND origin_device = ?"
                          " ORDER BY started_at DESC LIMIT 1", [self._device])
        return round_from_row(rows[0]) if rows else None

    def round_stops(self, round_id: str) -> list[RoundStop]:
        rows = self._rows("SELECT * FROM round_stops WHERE round_id = ? AND deleted = 0 ORDER BY position",
                          [round_id])
        return [stop_from_row(r) for r in rows]

    def current_visit(self, round_id: str) -> tuple[RoundStop, Observation] | None:
        """The stop the observer is in now and its visit, if any."""
        current = self.round(round_id).current_stop_id
        if current is None:
            return None
        stop = stop_from_row(self._row("round_stops", current))
        if stop.observation_id is None:
            return None
        return stop, self.observation(stop.observation_id)

    def next_room(self, round_id: str, *, by: str | None) -> RoundStop | None:
        """Complete this visit and open the next room's; ``None`` when no room is left."""
        return self._leave_and_go(round_id, StopStatus.VISITED, None, by)

    def skip_room(self, round_id: str, *, by: str | None) -> RoundStop | None:
        """Pass over the room the observer is at (a visit with no marks) and open the next."""
        return self._leave_and_go(round_id, StopStatus.SKIPPED, None, by)

    def go_to_stop(self, round_id: str, stop_id: str, *, by: str | None) -> RoundStop | None:
        """Open a room of the round out of order (one still to come, or skipped)."""
        target = stop_from_row(self._row("round_stops", stop_id))
        if target.round_id != round_id or target.status not in (StopStatus.PENDING, StopStatus.SKIPPED):
            raise StoreError("that room has already been visited in this round")
        return self._leave_and_go(round_id, None, target, by)

    def finish_round(self, round_id: str, *, by: str | None) -> Round:
        """End the round: a visit with marks is completed, an untouched one is dropped."""
        round_ = self.round(round_id)
        self._require(Action.RECORD_BLAST_VISIT, by, owner_id=round_.observer_id)
        if round_.status is RoundStatus.FINISHED:
            return round_
        at = now_iso()
        with self.transaction():
            self._leave_current(round_, None, at, by)
            self._update("rounds", round_id, {"status": RoundStatus.FINISHED.value, "ended_at": at,
                                              "current_stop_id": None})
        return self.round(round_id)

    def round_summary(self, round_id: str) -> RoundSummary:
        round_ = self.round(round_id)
        stops = self.round_stops(round_id)
        rooms = self._school_rooms(round_.school_id, include_deleted=True)
        teachers = {r[0]: r[1] for r in self.db.execute("SELECT id, name FROM people").fetchall()}
        counts = self._rows(
            f"SELECT o.id, o.deleted, (SELECT count(*) FROM responses x WHERE x.observation_id = o.id AND x.deleted = 0"
            f" AND {_MARKED}) AS marked FROM observations o WHERE o.round_id = ?", [round_id])
        return rules.summarise(
            stops, rooms, teachers, {c["id"]: c["marked"] for c in counts}, {c["id"] for c in counts if c["deleted"]},
            started_at=round_.started_at, ended_at=round_.ended_at,
        )

    # Taps and undo ------------------------------------------------------
    def record_response(
        self, observation_id: str, look_for_key: str, value: object, *, not_applicable: bool = False,
        by: str | None,
    ) -> ResponseChange | None:
        """One tap: set (or clear) a look-for and log the change for undo, committed on return.

        Returns ``None`` when the look-for already had that value (nothing written).
        """
        observation = self.observation(observation_id)
        self._require_write(observation, by)
        look_for = visit_look_for(self.observation_framework(observation), look_for_key)
        try:
            responses.check_allowed(observation.kind, look_for)
            wanted = (responses.normalise(look_for, value, not_applicable=not_applicable), not_applicable)
        except responses.ResponseError as exc:
            raise StoreError(str(exc)) from None
        before = self._value_now(observation_id, look_for_key)
        if wanted == before:
            return None
        with self.transaction():
            self.set_response(observation_id, look_for_key, value, not_applicable=not_applicable, by=by)
            change = self._log_change(observation_id, look_for_key, before, wanted, None)
        return change

    def last_change(self, observation_id: str) -> ResponseChange | None:
        """The change "Undo" would take back."""
        rows = self._rows(
            "SELECT * FROM response_changes WHERE observation_id = ? AND undone = 0 AND undo_of IS NULL"
            " AND deleted = 0 ORDER BY rowid DESC LIMIT 1", [observation_id])
        return change_from_row(rows[0]) if rows else None

    def record_round_response(self, round_id: str, look_for_key: str, value: object, *,
                              not_applicable: bool = False, by: str | None,
                              observation_id: str | None = None) -> Response:
        """Set the answer of a look-for that belongs to the whole round; tapped in the visit
        ``observation_id`` (of this round), it is logged there, so that visit's Undo takes it back."""
        if observation_id is None:
            return super().record_round_response(round_id, look_for_key, value, not_applicable=not_applicable, by=by)
        if self.observation(observation_id).round_id != round_id:
            raise StoreError("that visit is not part of this round")
        before = self._round_value_now(round_id, look_for_key)
        with self.transaction():
            stored = super().record_round_response(round_id, look_for_key, value, not_applicable=not_applicable,
                                                   by=by)
            after = (stored.value, stored.not_applicable)
            if after != before:
                self._log_change(observation_id, look_for_key, before, after, None)
        return stored

    def undo_last_change(self, observation_id: str, *, by: str | None) -> ResponseChange | None:
        """Restore the value before the last change, as a new change (its revision goes up); a round's
        answer tapped in this visit goes back on the round."""
        observation = self.observation(observation_id)
        self._require_write(observation, by)
        last = self.last_change(observation_id)
        if last is None:
            return None
        with self.transaction():
            if observation.round_id is not None and self.is_round_answer(observation_id, last.look_for_key):
                now_value, now_na = self._round_value_now(observation.round_id, last.look_for_key)
                self._put_round_answer(observation.round_id, last.look_for_key, last.old_value,
                                       last.old_not_applicable)
            else:
                now_value, now_na = self._value_now(observation_id, last.look_for_key)
                self.set_response(observation_id, last.look_for_key, last.old_value,
                                  not_applicable=last.old_not_applicable, by=by)
            self._update("response_changes", last.id, {"undone": 1})
            change = self._log_change(observation_id, last.look_for_key, (now_value, now_na),
                                      (last.old_value, last.old_not_applicable), last.id)
        return change

    def changes(self, observation_id: str) -> list[ResponseChange]:
        rows = self._rows("SELECT * FROM response_changes WHERE observation_id = ? ORDER BY rowid", [observation_id])
        return [change_from_row(r) for r in rows]

    def marked_count(self, observation_id: str) -> int:
        row = self.db.execute(
            f"SELECT count(*) FROM responses WHERE observation_id = ? AND deleted = 0 AND {_MARKED}",
            [observation_id]).fetchone()
        return int(row[0])

    # Review -------------------------------------------------------------
    def blast_visits_between(self, since: str, until: str, *, observer_id: str | None = None) -> list[VisitLine]:
        """Blast visits started in [since, until), newest first, for review."""
        sql = (
            "SELECT o.id, o.started_at, o.ended_at, o.status, o.round_id, o.observer_id, r.name AS room_name,"
            " p.name AS teacher_name, (SELECT count(*) FROM responses x WHERE x.observation_id = o.id"
            f" AND x.deleted = 0 AND {_MARKED}) AS marked"
            " FROM observations o LEFT JOIN rooms r ON r.id = o.room_id LEFT JOIN people p ON p.id = o.teacher_id"
            " WHERE o.kind = 'blast' AND o.deleted = 0 AND o.started_at >= ? AND o.started_at < ?"
        )
        params: list[Any] = [since, until]
        if observer_id is not None:
            sql += " AND o.observer_id = ?"
            params.append(observer_id)
        return [
            VisitLine(observation_id=r["id"], room_name=r["room_name"] or "(no room)",
                      teacher_name=r["teacher_name"] or "", started_at=r["started_at"], ended_at=r["ended_at"],
                      complete=r["status"] == "complete", marked=r["marked"], round_id=r["round_id"],
                      observer_id=r["observer_id"])
            for r in self._rows(sql + " ORDER BY o.started_at DESC", params)
        ]

    def delete_visit(self, observation_id: str, *, by: str | None) -> None:
        """Delete a visit (a tombstone); the visit in progress is skipped instead."""
        observation = self.observation(observation_id)
        if observation.kind is not ObservationKind.BLAST:
            raise StoreError("only blast walkthrough visits are deleted here")
        self._require_write(observation, by, deleting=True)
        busy = self.db.execute("SELECT 1 FROM round_stops WHERE observation_id = ? AND status = 'visiting'",
                               [observation_id]).fetchone()
        if busy:
            raise StoreError("this is the visit in progress: use Skip room instead")
        self.delete_observation(observation_id, by=by)

    # Inside a transaction -----------------------------------------------
    def _leave_and_go(
        self, round_id: str, leave_as: StopStatus | None, target: RoundStop | None, by: str | None
    ) -> RoundStop | None:
        round_ = self.round(round_id)
        self._require(Action.RECORD_BLAST_VISIT, by, owner_id=round_.observer_id)
        if round_.status is not RoundStatus.ACTIVE:
            raise StoreError("this round is finished")
        at = now_iso()
        with self.transaction():
            left = self._leave_current(round_, leave_as, at, by)
            if target is None:
                target = rules.next_stop(self.round_stops(round_id), left.position if left else None)
            if target is None:
                self._update("rounds", round_id, {"current_stop_id": None})
                return None
            self._open_stop(round_, target, at, by)
        return stop_from_row(self._row("round_stops", target.id))

    def _leave_current(self, round_: Round, leave_as: StopStatus | None, at: str, by: str | None) -> RoundStop | None:
        """Close the current stop: ``leave_as`` None decides by whether the visit has marks."""
        if round_.current_stop_id is None:
            return None
        stop = stop_from_row(self._row("round_stops", round_.current_stop_id))
        if stop.observation_id is None:
            return stop
        marked = self.marked_count(stop.observation_id)
        if leave_as is StopStatus.SKIPPED and marked:
            raise StoreError("this visit already has marks: use Next room, or Undo the marks first")
        if leave_as is None:
            leave_as = StopStatus.VISITED if marked else StopStatus.PENDING
        if leave_as is StopStatus.VISITED:
            self.complete_observation(stop.observation_id, ended_at=at, by=by)
            self._update("round_stops", stop.id, {"status": leave_as.value, "ended_at": at})
        else:  # an untouched visit is dropped: the room was not observed
            self._tombstone("observations", stop.observation_id)
            self._update("round_stops", stop.id, {"status": leave_as.value, "ended_at": None,
                                                  "observation_id": None, "started_at": None})
        self._update("rounds", round_.id, {"current_stop_id": None})
        return stop

    def _open_stop(self, round_: Round, stop: RoundStop, at: str, by: str | None) -> None:
        room = self.room(stop.room_id)
        framework = self.framework(round_.framework_id, round_.framework_version)
        observation = self.start_observation(
            ObservationKind.BLAST, framework, round_.school_id, room_id=room.id,
            teacher_id=room.teacher_id if round_.with_teacher else None, observer_id=round_.observer_id,
            round_id=round_.id, started_at=at, by=by,
        )
        self._update("round_stops", stop.id, {"status": StopStatus.VISITING.value, "observation_id": observation.id,
                                              "started_at": at, "ended_at": None})
        self._update("rounds", round_.id, {"current_stop_id": stop.id})

    def _value_now(self, observation_id: str, look_for_key: str) -> tuple[object, bool]:
        row = self.db.execute(
            "SELECT value, not_applicable FROM responses WHERE observation_id = ? AND look_for_key = ? AND deleted = 0",
            [observation_id, look_for_key]).fetchone()
        return (None, False) if row is None else (loads(row[0]), bool(row[1]))

    def _log_change(self, observation_id: str, key: str, old: tuple[object, bool], new: tuple[object, bool],
                    undo_of: str | None) -> ResponseChange:
        row = self._insert("response_changes", {
            "observation_id": observation_id, "look_for_key": key, "old_value": dumps(old[0]),
            "old_not_applicable": int(old[1]), "new_value": dumps(new[0]), "new_not_applicable": int(new[1]),
            "changed_at": now_iso(), "undone": 0, "undo_of": undo_of,
        })
        return change_from_row(row)

    def _school_rooms(self, school_id: str, *, include_deleted: bool = False) -> dict[str, Any]:
        sql = "SELECT * FROM rooms WHERE school_id = ?" + ("" if include_deleted else " AND deleted = 0")
        return {r["id"]: _room(r) for r in self._rows(sql, [school_id])}
