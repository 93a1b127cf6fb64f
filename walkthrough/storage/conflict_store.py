"""Conflicts and duplicates that sync leaves for a person to settle.

A *conflict* is a record two devices changed at once in the same field (or
deleted on one and changed on the other): both values are kept, one is shown
(chosen the same way on every device, never by clock), and the record is
listed here until a person picks the value to keep (:meth:`resolve_conflict`,
which syncs like any change). A *duplicate* is two schools, rooms or people
that are the same thing typed on two devices: a person merges them
(:meth:`merge_records`), and the merge itself syncs.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from walkthrough.core import lineage, privacy
from walkthrough.core.model import ObservationKind
from walkthrough.core.permissions import Action
from walkthrough.storage.base import NotFound, StoreError
from walkthrough.storage.peer_store import PeerVisitStore
from walkthrough.storage.sync_store import SyncStore
from walkthrough.storage.sync_tables import MAIN, PRIVATE, TABLES, Synced


@dataclass(frozen=True)
class Version:
    """One of the concurrent values of a field."""

    device_id: str
    device_name: str
    value: object
    shown: bool  # the provisional winner


@dataclass(frozen=True)
class FieldConflict:
    field: str
    versions: tuple[Version, ...]


@dataclass(frozen=True)
class Conflict:
    table: str
    part: str
    record_id: str
    kind: str  # "school", "visit", ...
    title: str  # what the record is, in words
    fields: tuple[FieldConflict, ...]
    deleted_on_one: bool  # deleted on one device, changed on another
    values: dict[str, object]  # the record as shown now

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.table, self.part, self.record_id)


@dataclass(frozen=True)
class Duplicate:
    table: str
    kind: str
    label: str
    record_ids: tuple[str, ...]


def _norm(value: object) -> str:
    return " ".join(str(value or "").casefold().split())


class ConflictStore(SyncStore, PeerVisitStore):
    def conflicts(self, viewer_id: str | None = None) -> list[Conflict]:
        """Every record waiting for a person, that ``viewer_id`` may see."""
        names = self.device_names()
        found: list[Conflict] = []
        for spec in TABLES.values():
            for part in (MAIN, PRIVATE) if spec.private else (MAIN,):
                lineage_col, _, conflicted_col, _ = spec.columns(part)
                fields = spec.part_fields(part)
                rows = self._rows(f"SELECT id, origin_device, {lineage_col}, {', '.join(fields)} FROM {spec.table}"
                                  f" WHERE {conflicted_col} = 1")
                for row in rows:
                    if not self._may_see(spec, part, row, viewer_id):
                        continue
                    found.append(self._conflict(spec, part, row, names))
        return found

    def conflict(self, table: str, part: str, record_id: str, viewer_id: str | None = None) -> Conflict | None:
        return next((c for c in self.conflicts(viewer_id) if c.key == (table, part, record_id)), None)

    def conflict_count(self) -> int:
        total = 0
        for spec in TABLES.values():
            for part in (MAIN, PRIVATE) if spec.private else (MAIN,):
                column = spec.columns(part)[2]
                total += int(self.db.execute(f"SELECT count(*) FROM {spec.table} WHERE {column} = 1").fetchone()[0])
        return total

    def _conflict(self, spec: Synced, part: str, row: dict[str, Any], names: Mapping[str, str]) -> Conflict:
        fields = spec.part_fields(part)
        values = {f: row[f] for f in fields}
        state = lineage.from_json(row[spec.columns(part)[0]], row["origin_device"], values)
        conflicts: list[FieldConflict] = []
        for name in state.conflicted(spec.quiet):
            versions = tuple(
                Version(dot[0], names.get(dot[0], f"device {dot[0][:8]}"), value,
                        lineage.canonical(value) == lineage.canonical(state.values[name]))
                for dot, value in reversed(state.siblings[name]))
            conflicts.append(FieldConflict(name, versions))
        return Conflict(spec.table, part, row["id"], spec.kind or spec.table, self._title(spec, values),
                        tuple(conflicts), any(c.field == "deleted" for c in conflicts), values)

    def _title(self, spec: Synced, values: Mapping[str, object]) -> str:
        if "name" in values:
            return str(values["name"])
        if spec.table == "observations":
            room = self._name_of("rooms", values.get("room_id"))
            return f"visit to {room or 'a room'} on {str(values.get('started_at', ''))[:10]}"
        if spec.table in ("responses", "notes"):
            return f"{spec.kind} '{values.get('look_for_key') or values.get('text', '')}'"
        if spec.table == "peer_visits":
            return f"peer visit on {values.get('day', '')}" if "day" in values else "a peer visit's focus and debrief"
        return spec.kind or spec.table

    def _name_of(self, table: str, record_id: object) -> str | None:
        if not isinstance(record_id, str):
            return None
        row = self.db.execute(f"SELECT name FROM {table} WHERE id = ?", [record_id]).fetchone()
        return None if row is None else str(row[0])

    def _may_see(self, spec: Synced, part: str, row: dict[str, Any], viewer_id: str | None) -> bool:
        """A conflict in a peer visit's content is shown only to the people of that visit."""
        observation_id = row["id"] if spec.table == "observations" else row.get("observation_id")
        if spec.table in ("observations", "responses", "notes") and isinstance(observation_id, str):
            found = self.db.execute("SELECT kind, teacher_id, observer_id FROM observations WHERE id = ?",
                                    [observation_id]).fetchone()
            if found is not None and found[0] == ObservationKind.PEER.value:
                return viewer_id is not None and viewer_id in (found[1], found[2])
        if part == PRIVATE:
            visit_id = row["id"] if spec.table == "peer_visits" else self.db.execute(
                "SELECT visit_id FROM peer_visitors WHERE id = ?", [row["id"]]).fetchone()[0]
            plan = self.peer_visit(visit_id)
            return privacy.plan_visible_on_screen(plan, privacy.PlanPart.FOCUS, viewer_id)
        return True

    def _owner_of(self, spec: Synced, values: Mapping[str, object], record_id: str) -> str | None:
        if spec.table == "observations":
            return str(values.get("observer_id") or "") or None
        if spec.table in ("responses", "notes"):
            row = self.db.execute("SELECT observer_id FROM observations WHERE id = ?",
                                  [values.get("observation_id")]).fetchone()
            return None if row is None else row[0]
        if spec.table == "peer_visits":
            row = self.db.execute("SELECT host_id FROM peer_visits WHERE id = ?", [record_id]).fetchone()
            return None if row is None else row[0]
        return None

    def resolve_conflict(
        self, table: str, part: str, record_id: str, choices: Mapping[str, object], *, by: str | None
    ) -> None:
        """Keep, for each conflicted field, the value a person chose (a change that syncs)."""
        conflict = self.conflict(table, part, record_id, by)
        if conflict is None:
            raise NotFound("that conflict was resolved already, or is not one you may see")
        spec = TABLES[table]
        self._require(Action.RESOLVE_CONFLICT, by, owner_id=self._owner_of(spec, conflict.values, record_id))
        wanted = {f.field for f in conflict.fields}
        stray = set(choices) - wanted
        if stray:
            raise StoreError(f"'{sorted(stray)[0]}' is not a conflicted field of this {conflict.kind}")
        missing = wanted - set(choices)
        if missing:
            raise StoreError(f"choose a value for '{sorted(missing)[0]}' too")
        for f in conflict.fields:
            if lineage.canonical(choices[f.field]) not in {lineage.canonical(v.value) for v in f.versions}:
                raise StoreError(f"the value for '{f.field}' is not one of the versions")
        with self.transaction():
            self._update(table, record_id, dict(choices), settle=choices.keys())

    # Duplicates and merges ------------------------------------------------------------------
    def duplicates(self) -> list[Duplicate]:
        """Schools, rooms and people that look the same (same natural key), for a person to merge."""
        found: list[Duplicate] = []
        for spec in TABLES.values():
            if not spec.mergeable:
                continue
            groups: dict[tuple[str, ...], list[str]] = {}
            label: dict[tuple[str, ...], str] = {}
            for row in self._rows(f"SELECT id, name, {', '.join(spec.natural_key)} FROM {spec.table}"
                                  " WHERE deleted = 0 ORDER BY id"):
                key = tuple(_norm(row[k]) for k in spec.natural_key)
                groups.setdefault(key, []).append(row["id"])
                label.setdefault(key, str(row["name"]))
            for key, ids in groups.items():
                if len(ids) > 1:
                    found.append(Duplicate(spec.table, spec.kind, label[key], tuple(ids)))
        return found

    def merge_records(self, table: str, from_id: str, into_id: str, *, by: str | None) -> None:
        """Say that ``from_id`` is the same as ``into_id``: its references move to it, it is removed."""
        self._require(Action.MERGE_RECORDS, by)
        spec = TABLES.get(table)
        if spec is None or not spec.mergeable:
            raise StoreError(f"only schools, rooms and people can be merged, not {table}")
        if from_id == into_id:
            raise StoreError("a record cannot be merged into itself")
        keep = self._row(table, into_id)
        drop = self._row(table, from_id)
        if keep["deleted"] or drop["deleted"]:
            raise StoreError(f"that {spec.kind} is no longer in the directory")
        if table == "rooms" and keep["school_id"] != drop["school_id"]:
            raise StoreError("two rooms of different schools cannot be the same room")
        with self.transaction():
            self._insert("record_merges", {"table_name": table, "from_id": from_id, "into_id": into_id,
                                           "merged_by": by})
            self._tombstone(table, from_id)
            self._point_references(table, from_id, into_id)
            self._reset_sync_caches()

    # Profiles: a key pair on first use, opened by the PIN ----------------------------------
    def _profile_chosen(self, person_id: str, pin: str | None) -> None:
        if self.ensure_profile_key(person_id, pin):
            self.open_pending_sealed()

    def _pin_changed(self, person_id: str, pin: str | None, current_pin: str | None = None) -> None:
        self.relock_profile_key(person_id, pin, current_pin)

    def merges(self) -> list[dict[str, Any]]:
        return [dict(r, **{"lineage": json.loads(r["lineage"])}) for r in self._rows(
            "SELECT id, table_name, from_id, into_id, merged_by, lineage FROM record_merges WHERE deleted = 0")]
