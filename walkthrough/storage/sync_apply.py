"""Applying records that arrived by sync: per record, skip, insert, fast-forward or merge.

Per record part (see :mod:`walkthrough.core.lineage`): the same lineage and
content, skip; unknown, insert; descends from ours, fast-forward; ours
descends from it, skip; otherwise merge (concurrent fields merge, the same
field keeps both values and the record is listed as a conflict). A record
whose parent is not here yet is held in ``sync_held`` and applied when the
parent arrives. References to a record merged into another (a person's
"these two are the same") are pointed at the one kept.

Everything here runs inside the caller's transaction: the bundle importer
opens one per bundle, so a bundle is applied whole or not at all.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from walkthrough.core import lineage
from walkthrough.core.frameworks import Framework
from walkthrough.core.i18n import QT_TRANSLATE_NOOP, message
from walkthrough.storage.base import NotFound
from walkthrough.storage.framework_store import FrameworkStore
from walkthrough.storage.key_store import KeyStore
from walkthrough.storage.sync_checks import (
    RecordRefused,
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


@dataclass(frozen=True)
class Incoming:
    spec: Synced
    part: str
    record_id: str
    origin: str
    state: lineage.Part
    line: dict[str, Any]


_CHUNK = 500


class SyncApplyStore(KeyStore, FrameworkStore):
    _prefetched: tuple[str, str, dict[str, dict[str, Any]], set[tuple[object, ...]]] | None = None
    _meaning_checked = False  # True while applying what the bundle check has already checked

    def _reset_sync_caches(self) -> None:
        """Forget what the last import learnt (it may have been rolled back)."""
        for name in ("_alias_cache", "_known_ids", "_observation_meta_cache", "_round_meta_cache",
                     "_fitting_answers"):
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

    # Applying ------------------------------------------------------------------------
    def _apply_lines(self, lines: Iterable[Incoming], done: Applied, *, outbox: bool) -> None:
        """Apply a bundle's records (read and checked by :meth:`_parse_line` before the write
        lock is taken), a chunk of one kind at a time: one query finds the chunk's records
        here, one statement inserts those new to this device."""
        chunk: list[Incoming] = []
        for incoming in lines:
            if chunk and ((chunk[0].spec.table, chunk[0].part) != (incoming.spec.table, incoming.part)
                          or len(chunk) >= _CHUNK):
                self._apply_chunk(chunk, done, outbox=outbox)
                chunk = []
            chunk.append(incoming)
        if chunk:
            self._apply_chunk(chunk, done, outbox=outbox)

    def _apply_chunk(self, chunk: list[Incoming], done: Applied, *, outbox: bool) -> None:
        spec, part = chunk[0].spec, chunk[0].part
        before = done.as_dict()
        tables = set(done.changed_tables)
        try:
            with self.db.atomic():
                self._prefetch(spec, part, chunk)
                if self._fast_path_fits(spec, part):
                    self._apply_new_records(chunk, done, outbox=outbox)
                else:
                    batch: list[dict[str, object]] = []
                    for incoming in chunk:
                        self._apply_incoming(incoming, done, outbox=outbox, batch=batch)
                    self._prefetched = None
                    self._insert_synced_rows(spec, batch)
        except sqlite3.IntegrityError:
            # Two lines for one record in one bundle, or a natural key met twice: one by one.
            self._prefetched = None
            for name, value in before.items():
                setattr(done, name, value)
            done.changed_tables = tables
            self.__dict__.pop("_known_ids", None)
            for incoming in chunk:
                self._apply_incoming(incoming, done, outbox=outbox)
        finally:
            self._prefetched = None

    def _fast_path_fits(self, spec: Synced, part: str) -> bool:
        """Whether a chunk's records new to this device may skip the record-by-record way: a
        bundle's main parts, checked already, with no aliases to follow here, of a kind
        whose arrival sets nothing else in motion (see :meth:`_after_write`)."""
        return (part == MAIN and self._meaning_checked and self._import_usn is not None
                and spec.table not in ("record_merges", "profile_keys") and not self._alias_map())

    def _apply_new_records(self, chunk: list[Incoming], done: Applied, *, outbox: bool) -> None:
        """:meth:`_apply_incoming` for a chunk where :meth:`_fast_path_fits`, with one short
        cut: a record made on one device, never changed since, new here and with its parents
        here becomes its row straight away (the same row the long way makes). Every other
        record goes the long way, in order."""
        spec = chunk[0].spec
        assert self._prefetched is not None
        found, keys = self._prefetched[2], self._prefetched[3]
        names = spec.part_fields(MAIN)
        lineage_col, hash_col, conflicted_col, _ = spec.columns(MAIN)
        visits = spec.table == "observations"
        columns = ["id", "origin_device", "revision", "updated_at", *(("visibility",) if visits else ()), *names,
                   lineage_col, hash_col, conflicted_col, "usn", "outbox"]
        usn, flag = self._import_usn, int(outbox)
        known = self.__dict__.setdefault("_known_ids", {}).setdefault(spec.table, set())
        natural = spec.natural_key if spec.unique else ()
        lineages: dict[tuple[tuple[str, int], ...], str] = {}
        aliases = self._alias_map()  # the same dict as it grows: a clash settled below adds to it
        rows: list[tuple[object, ...]] = []
        for incoming in chunk:
            state, record_id, origin = incoming.state, incoming.record_id, incoming.origin
            values = state.values
            if (aliases or state.made_on != origin or record_id in found
                    or (natural and tuple(values[f] for f in natural) in keys)
                    or self._missing_parent(incoming) is not None):
                batch: list[dict[str, object]] = []
                self._apply_incoming(incoming, done, outbox=outbox, batch=batch)
                rows.extend(tuple(row[c] for c in columns) for row in batch)
                continue
            vv = state.vv
            key = tuple(vv.items())
            text = lineages.get(key)
            if text is None:
                text = lineages[key] = lineage.to_json(state, origin)
            updated = incoming.line.get("u")
            row: list[object] = [record_id, origin, 1, updated if isinstance(updated, str) else lineage_now()]
            if visits:
                row.append("shared" if values["kind"] == "blast" else "private")
            row.extend([values[f] for f in names])
            row.extend((text, incoming.line["h"], 0, usn, flag))
            rows.append(tuple(row))
            known.add(record_id)
            done.inserted += 1
        if rows:
            done.changed_tables.add(spec.table)
        self._prefetched = None
        if rows:
            self.db.conn.executemany(f"INSERT INTO {spec.table} ({', '.join(columns)}) VALUES"
                                     f" ({', '.join('?' for _ in columns)})", rows)

    def _prefetch(self, spec: Synced, part: str, chunk: list[Incoming]) -> None:
        """The chunk's records as this device holds them, by id (and by natural key)."""
        names = spec.part_fields(part)
        lineage_col, hash_col, _, _ = spec.columns(part)
        columns = ["id", *names, "origin_device", lineage_col, hash_col]
        ids = [self._resolve(spec.table, i.record_id) if spec.unique else i.record_id for i in chunk]
        marks = ", ".join("?" for _ in ids)
        found = {r[0]: dict(zip(columns, r, strict=True)) for r in self.db.execute(
            f"SELECT {', '.join(columns)} FROM {spec.table} WHERE id IN ({marks})", ids).fetchall()}
        keys: set[tuple[object, ...]] = set()
        if spec.unique and part == MAIN:
            first = spec.natural_key[0]
            firsts = sorted({str(i.state.values[first]) for i in chunk})
            marks = ", ".join("?" for _ in firsts)
            keys = {tuple(r) for r in self.db.execute(
                f"SELECT {', '.join(spec.natural_key)} FROM {spec.table} WHERE {first} IN ({marks})",
                firsts).fetchall()}
        self._prefetched = (spec.table, part, found, keys)

    def _apply_incoming(
        self, incoming: Incoming, done: Applied, *, outbox: bool, batch: list[dict[str, object]] | None = None
    ) -> bool:
        """Apply one record part; ``False`` when it is held for a parent."""
        spec = incoming.spec
        if spec.unique:
            incoming = Incoming(spec, incoming.part, self._resolve(spec.table, incoming.record_id), incoming.origin,
                                incoming.state, incoming.line)
        incoming = self._mapped(incoming)
        missing = self._missing_parent(incoming)
        if missing is not None:
            self._hold(incoming, missing)
            done.held += 1
            return False
        if not self._meaning_checked:
            self._check_meaning(incoming)
        lineage_col, hash_col, _, _ = spec.columns(incoming.part)
        names = spec.part_fields(incoming.part)
        row = self._local_row(spec, incoming)
        if row is None and incoming.part == PRIVATE:
            self._hold(incoming, f"{spec.table}:{incoming.record_id}")
            done.held += 1
            return False
        if row is None:
            local_columns = self._local_columns(spec, incoming)
            if batch is None:
                self._put_synced(spec, incoming.part, incoming.record_id, incoming.state, incoming.origin,
                                 insert=True, outbox=outbox, local=local_columns)
            else:
                values = self._synced_values(spec, incoming.part, incoming.state, incoming.origin, outbox=outbox,
                                             known_hash=incoming.line["h"])
                batch.append(self._synced_row(incoming.record_id, incoming.origin, values, local_columns))
                self.__dict__.setdefault("_known_ids", {}).setdefault(spec.table, set()).add(incoming.record_id)
            done.inserted += 1
            self._after_write(incoming, created=True)
            done.changed_tables.add(spec.table)
            return True
        values = {f: row[f] for f in names}
        origin = str(row["origin_device"] or incoming.origin)
        if row[lineage_col] is None:
            self._put_synced(spec, incoming.part, incoming.record_id, incoming.state, origin, insert=False,
                             outbox=outbox)
            done.inserted += 1
            done.changed_tables.add(spec.table)
            self._after_write(incoming, created=True)
            return True
        try:
            local = lineage.from_json(row[lineage_col], origin, values)
        except lineage.LineageError as exc:  # pragma: no cover - only the write path writes lineages
            raise refused(None, QT_TRANSLATE_NOOP("core", "{table} record {record_id} on this device: {problem}"),
                          table=spec.table, record_id=incoming.record_id, problem=str(exc)) from None
        order = lineage.compare(incoming.state.vv, local.vv)
        if order is lineage.Order.DESCENDED or (
                order is lineage.Order.EQUAL and row[hash_col] == incoming.line.get("h")
                and lineage.to_json(incoming.state, origin) == row[lineage_col]):
            done.unchanged += 1
            return True
        if order is lineage.Order.DESCENDS:
            self._put_synced(spec, incoming.part, incoming.record_id, incoming.state, origin, insert=False,
                             outbox=outbox)
            done.updated += 1
        else:
            try:
                merged = lineage.merge(local, incoming.state)
            except lineage.SameDotDifferentValue as exc:
                raise refused(record(spec.table, incoming.record_id), QT_TRANSLATE_NOOP("core",
                    "this device holds the same history with different content ({problem})"),
                    problem=str(exc)) from None
            if merged.vv == local.vv and merged.siblings == local.siblings:
                done.unchanged += 1
                return True
            self._put_synced(spec, incoming.part, incoming.record_id, merged, origin, insert=False, outbox=True)
            done.merged += 1
            if merged.conflicted(spec.quiet):
                done.conflicts += 1
        done.changed_tables.add(spec.table)
        self._after_write(incoming, created=False)
        return True

    def _local_row(self, spec: Synced, incoming: Incoming) -> dict[str, Any] | None:
        prefetched = self._prefetched
        if prefetched is not None and prefetched[:2] == (spec.table, incoming.part):
            row = prefetched[2].get(incoming.record_id)
            if row is not None or not spec.unique or incoming.part != MAIN:
                return row
            natural = tuple(incoming.state.values[f] for f in spec.natural_key)
            if natural not in prefetched[3]:
                return None
        names = spec.part_fields(incoming.part)
        lineage_col, hash_col, _, _ = spec.columns(incoming.part)
        columns = ["id", *names, "origin_device", lineage_col, hash_col]
        select = f"SELECT {', '.join(columns)} FROM {spec.table} WHERE "
        found = self.db.execute(select + "id = ?", [incoming.record_id]).fetchone()
        if found is None and spec.unique and incoming.part == MAIN:
            key = [incoming.state.values[f] for f in spec.natural_key]
            clash = self.db.execute(select + " AND ".join(f"{f} = ?" for f in spec.natural_key), key).fetchone()
            if clash is not None:
                found = self._settle_clash(spec, str(clash[0]), incoming.record_id, select)
        return None if found is None else dict(zip(columns, found, strict=True))

    def _settle_clash(self, spec: Synced, local_id: str, incoming_id: str, select: str) -> Any:
        """Two ids for one natural key (made on two devices): both become the smaller id."""
        keep, drop = sorted((local_id, incoming_id))
        if keep != local_id:
            self.db.execute(f"UPDATE {spec.table} SET id = ? WHERE id = ?", [keep, local_id])
        self._add_alias(spec.table, drop, keep)
        return self.db.execute(select + "id = ?", [keep]).fetchone()

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

    def _local_columns(self, spec: Synced, incoming: Incoming) -> dict[str, object]:
        updated = incoming.line.get("u")
        local: dict[str, object] = {"updated_at": updated if isinstance(updated, str) else lineage_now()}
        if spec.table == "observations":
            local["visibility"] = "shared" if incoming.state.values["kind"] == "blast" else "private"
        return local

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

    def _after_write(self, incoming: Incoming, *, created: bool) -> None:
        table = incoming.spec.table
        values = incoming.state.values
        if table == "record_merges" and created and not values["deleted"]:
            self._point_references(str(values["table_name"]), str(values["from_id"]), str(values["into_id"]))
        elif table == "profile_keys" and created:
            self._mark_reseal_for(str(values["person_id"]))

    def _mark_reseal_for(self, person_id: str) -> None:
        """A new key of ``person_id``: seal again what this device holds of their private visits."""

    # Person-driven merges ----------------------------------------------------------------
    def _point_references(self, table: str, from_id: str, into_id: str) -> None:
        """Point every reference to ``from_id`` at ``into_id`` (the merge of two records).

        Not a change of the referring records: every device makes the same
        change when the merge reaches it, and records that arrive later are
        pointed the same way, so their lineage stays as it was.
        """
        if from_id == into_id or table not in TABLES:
            return
        self._add_alias(table, from_id, into_id)
        for spec in TABLES.values():
            for part in (MAIN, PRIVATE) if spec.private else (MAIN,):
                for name, parent in spec.part_parents(part).items():
                    if parent == table:
                        self._repoint(spec, part, name, from_id, into_id)

    def _repoint(self, spec: Synced, part: str, name: str, from_id: str, into_id: str) -> None:
        lineage_col, hash_col, _, _ = spec.columns(part)
        names = spec.part_fields(part)
        rows = self.db.execute(f"SELECT id, {lineage_col} FROM {spec.table} WHERE {name} = ?", [from_id]).fetchall()
        for record_id, text in rows:
            moved = text.replace(json.dumps(from_id), json.dumps(into_id)) if text else text
            cursor = self.db.execute(f"UPDATE OR IGNORE {spec.table} SET {name} = ?, {lineage_col} = ? WHERE id = ?",
                                     [into_id, moved, record_id])
            if cursor.rowcount:
                found = self.db.execute(f"SELECT {', '.join(names)} FROM {spec.table} WHERE id = ?",
                                        [record_id]).fetchone()
                self.db.execute(f"UPDATE {spec.table} SET {hash_col} = ? WHERE id = ?",
                                [lineage.hash_values(list(found)), record_id])

    # Held records ------------------------------------------------------------------------
    def _hold(self, incoming: Incoming, waiting_for: str) -> None:
        spec = incoming.spec
        key = [spec.table, incoming.part, incoming.record_id]
        found = self.db.execute("SELECT body FROM sync_held WHERE table_name = ? AND part = ? AND record_id = ?",
                                key).fetchone()
        line = incoming.line
        if found is not None:
            earlier = self._parse_line(json.loads(found[0]))
            try:
                merged = lineage.merge(earlier.state, incoming.state)
            except lineage.SameDotDifferentValue as exc:
                raise refused(record(spec.table, incoming.record_id), QT_TRANSLATE_NOOP("core",
                    "two copies with the same history and different content ({problem})"), problem=str(exc)) from None
            line = record_line(spec, incoming.part, incoming.record_id, earlier.origin, merged,
                               line.get("u") if isinstance(line.get("u"), str) else None)
        self.db.execute("INSERT OR REPLACE INTO sync_held (table_name, part, record_id, body, waiting_for)"
                        " VALUES (?, ?, ?, ?, ?)", [*key, json.dumps(line, ensure_ascii=False), waiting_for])

    def _apply_held(self, done: Applied, *, outbox: bool) -> None:
        """Apply every held record whose parent has now arrived (parents first)."""
        order = {t: i for i, t in enumerate(TABLES)}
        self._meaning_checked = False  # held from an earlier bundle: checked now, as it is applied
        while True:
            rows = self.db.execute("SELECT table_name, part, record_id, body FROM sync_held").fetchall()
            rows.sort(key=lambda r: (order.get(r[0], 99), r[1] != MAIN))
            progress = False
            for table, part, record_id, body in rows:
                self.db.execute("DELETE FROM sync_held WHERE table_name = ? AND part = ? AND record_id = ?",
                                [table, part, record_id])
                try:
                    incoming = self._parse_line(json.loads(body))
                    if self._apply_incoming(incoming, done, outbox=outbox):
                        progress = True
                    else:
                        done.held -= 1  # held again: counted once, when it first arrived
                except RecordRefused as exc:
                    done.problems.append(f"a record held for its parent was dropped: {exc}")
            if not progress:
                return

    def held_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM sync_held").fetchone()[0])

    def _derive_peer_visibility(self) -> None:
        """A peer visit's notes are as private or shared as its plan, which the host decides."""
        self.db.execute(
            "UPDATE observations SET visibility = (SELECT v.visibility FROM peer_visitors pv"
            " JOIN peer_visits v ON v.id = pv.visit_id WHERE pv.observation_id = observations.id)"
            " WHERE kind = 'peer' AND EXISTS (SELECT 1 FROM peer_visitors pv JOIN peer_visits v ON v.id = pv.visit_id"
            " WHERE pv.observation_id = observations.id AND v.visibility != observations.visibility)"
        )


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
