"""Records that arrived by sync, read and checked: what a line says, and what this device knows.

A bundle's line becomes an :class:`Incoming` (its shape, lineage and content hash
checked by :meth:`SyncRecordStore._parse_line`); the checks that need this
device's records (frameworks, look-fors, parents) and the aliases of records
merged into others are here too. Writing them is :mod:`walkthrough.storage.sync_apply`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from walkthrough.core import lineage
from walkthrough.core.frameworks import Framework
from walkthrough.core.i18n import QT_TRANSLATE_NOOP, message
from walkthrough.storage.base import NotFound
from walkthrough.storage.framework_store import FrameworkStore
from walkthrough.storage.key_store import KeyStore
from walkthrough.storage.sync_checks import (
    check_note,
    check_response,
    check_round_response,
    check_values,
    record,
    refused,
)
from walkthrough.storage.sync_tables import MAIN, PRIVATE, TABLES, Synced


@dataclass
class Applied:
    """What applying records did, by outcome."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    merged: int = 0
    conflicts: int = 0
    held: int = 0
    changed_tables: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {"inserted": self.inserted, "updated": self.updated, "unchanged": self.unchanged,
                "merged": self.merged, "conflicts": self.conflicts, "held": self.held}


class Incoming(NamedTuple):
    """One record part that came in, read and checked (a tuple: made for every record of a
    bundle, several times quicker than a frozen dataclass)."""

    spec: Synced
    part: str
    record_id: str
    origin: str
    state: lineage.Part
    line: dict[str, Any]


class SyncRecordStore(KeyStore, FrameworkStore):
    """Reading a bundle's lines and the checks that need this device's records."""

    _prefetched: tuple[str, str, dict[str, dict[str, Any]], set[tuple[object, ...]]] | None = None
    _meaning_checked = False  # True while applying what the bundle check has already checked

    def _reset_sync_caches(self) -> None:
        """Forget what the last import learnt (it may have been rolled back)."""
        for name in ("_alias_cache", "_known_ids", "_observation_meta_cache", "_round_meta_cache",
                     "_fitting_answers", "_absent_ids"):
            self.__dict__.pop(name, None)

    # Reading a line ------------------------------------------------------------
    def _parse_line(self, line: object) -> Incoming:
        if not isinstance(line, dict):
            raise refused(None, QT_TRANSLATE_NOOP("core", "a record is not a JSON object"))
        spec = TABLES.get(str(line.get("t")))
        if spec is None:
            raise refused(None, QT_TRANSLATE_NOOP("core", "unknown record type {kind}"), kind=repr(line.get("t")))
        part = line.get("p", MAIN)
        if part not in (MAIN, PRIVATE) or (part == PRIVATE and not spec.private):
            raise refused(record(spec.table, line.get("id")), QT_TRANSLATE_NOOP(
                "core", "unknown part {part}"), part=repr(part))
        record_id = line.get("id")
        values = check_values(spec, part, record_id, line.get("v"))
        origin = line.get("o")
        if not isinstance(origin, str) or not origin:
            raise refused(record(spec.table, record_id), QT_TRANSLATE_NOOP("core", "no origin device"))
        try:
            state = lineage.from_body(line.get("l"), origin, values)
        except lineage.LineageError as exc:
            raise refused(record(spec.table, record_id), "{problem}", problem=str(exc)) from None
        if line.get("h") != lineage.content_hash(spec.part_fields(part), state.values):
            raise refused(record(spec.table, record_id), QT_TRANSLATE_NOOP(
                "core", "its content hash does not match its fields"))
        return Incoming(spec, str(part), str(record_id), origin, state, line)

    # Aliases: ids that now mean another record -----------------------------------
    def _alias_map(self) -> dict[tuple[str, str], str]:
        cache: dict[tuple[str, str], str] | None = self.__dict__.get("_alias_cache")
        if cache is None:
            cache = {(t, f): i for t, f, i in self.db.execute(
                "SELECT table_name, from_id, into_id FROM sync_aliases").fetchall()}
            self._alias_cache = cache
        return cache

    def _resolve(self, table: str, record_id: str) -> str:
        aliases = self._alias_map()
        seen = {record_id}
        while (table, record_id) in aliases:
            record_id = aliases[(table, record_id)]
            if record_id in seen:
                break
            seen.add(record_id)
        return record_id

    def _add_alias(self, table: str, from_id: str, into_id: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO sync_aliases (table_name, from_id, into_id) VALUES (?, ?, ?)",
                        [table, from_id, into_id])
        self._alias_map()[(table, from_id)] = into_id

    def _mapped(self, incoming: Incoming) -> Incoming:
        """The incoming part with its references pointed through the aliases."""
        parents = incoming.spec.part_parents(incoming.part)
        if not self._alias_map() or not parents:
            return incoming
        values = dict(incoming.state.values)
        siblings = dict(incoming.state.siblings)
        for name, table in parents.items():
            if isinstance(values.get(name), str):
                values[name] = self._resolve(table, str(values[name]))
                siblings[name] = tuple((d, self._resolve(table, v) if isinstance(v, str) else v)
                                       for d, v in siblings[name])
        state = lineage.Part(values, incoming.state.vv, siblings)
        return Incoming(incoming.spec, incoming.part, incoming.record_id, incoming.origin, state, incoming.line)


    # Checks that need this device's records ----------------------------------------------
    def _missing_parent(self, incoming: Incoming) -> str | None:
        known: dict[str, set[str]] = self.__dict__.setdefault("_known_ids", {})
        for name, table in incoming.spec.part_parents(incoming.part).items():
            value = incoming.state.values.get(name)
            if value is None:
                continue
            ids = known.setdefault(table, set())
            if value in ids:
                continue
            if self.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [value]).fetchone() is None:
                return f"{table}:{value}"
            ids.add(str(value))
        return None

    def _check_meaning(self, incoming: Incoming) -> None:
        """The checks that need this device's records: frameworks and look-fors."""
        values = incoming.state.values
        table = incoming.spec.table
        if incoming.part != MAIN:
            return
        if table in ("observations", "rounds", "peer_visits"):
            framework = self._known_framework(str(values["framework_id"]), str(values["framework_version"]))
            if framework is None:
                raise refused(record(table, incoming.record_id), QT_TRANSLATE_NOOP("core",
                    "framework '{id}' version '{version}' is not in the bundle or on this device"),
                    id=values["framework_id"], version=values["framework_version"])
            kind = values.get("kind", "blast" if table == "rounds" else "peer")
            if not framework.allows(str(kind)):
                raise refused(record(table, incoming.record_id), QT_TRANSLATE_NOOP("core",
                    "framework '{id}' is not for {kind} visits (a peer visit never records ratings)"),
                    id=framework.id, kind=kind)
            if table == "observations" and values["framework_sha256"] != framework.sha256:
                raise refused(message(QT_TRANSLATE_NOOP(
                    "core", "visit {record_id}"), record_id=incoming.record_id), QT_TRANSLATE_NOOP("core",
                    "framework '{id}' version '{version}' has another hash here than on the device that made it"),
                    id=framework.id, version=framework.version)
        elif table == "responses":
            check_response(incoming.record_id, values, self._observation_meta(str(values["observation_id"])),
                           self._known_framework, self.__dict__.setdefault("_fitting_answers", set()))
        elif table == "round_responses":
            found = self._round_meta(str(values["round_id"]))
            check_round_response(incoming.record_id, values,
                                 None if found is None else self._known_framework(*found))
        elif table == "notes":
            meta = self._observation_meta(str(values["observation_id"]))
            check_note(incoming.record_id, values, None if meta is None else self._known_framework(meta[1], meta[2]))

    def _known_framework(self, framework_id: str, version: str) -> Framework | None:
        try:
            return self.framework(framework_id, version)
        except NotFound:
            return None

    def _observation_meta(self, observation_id: str) -> tuple[str, str, str] | None:
        cache: dict[str, tuple[str, str, str]] = self.__dict__.setdefault("_observation_meta_cache", {})
        if observation_id not in cache:
            row = self.db.execute("SELECT kind, framework_id, framework_version FROM observations WHERE id = ?",
                                  [observation_id]).fetchone()
            if row is None:
                return None
            cache[observation_id] = (str(row[0]), str(row[1]), str(row[2]))
        return cache[observation_id]

    def _round_meta(self, round_id: str) -> tuple[str, str] | None:
        cache: dict[str, tuple[str, str]] = self.__dict__.setdefault("_round_meta_cache", {})
        if round_id not in cache:
            row = self.db.execute("SELECT framework_id, framework_version FROM rounds WHERE id = ?",
                                  [round_id]).fetchone()
            if row is None:
                return None
            cache[round_id] = (str(row[0]), str(row[1]))
        return cache[round_id]


def lineage_now() -> str:
    from walkthrough.core.model import now_iso

    return now_iso()


def record_line(spec: Synced, part: str, record_id: str, origin: str, state: lineage.Part,
                updated_at: str | None) -> dict[str, Any]:
    """One record part as a line of a bundle."""
    names = spec.part_fields(part)
    line: dict[str, Any] = {"t": spec.table, "id": record_id, "o": origin,
                            "l": json.loads(lineage.to_json(state, origin)),
                            "h": lineage.content_hash(names, state.values),
                            "v": {f: state.values[f] for f in names}}
    if part != MAIN:
        line["p"] = part
    if updated_at:
        line["u"] = updated_at
    return line
