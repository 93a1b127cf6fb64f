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
from typing import Any

from walkthrough.core import lineage
from walkthrough.core.i18n import QT_TRANSLATE_NOOP
from walkthrough.storage.sync_checks import RecordRefused, record, refused
from walkthrough.storage.sync_new_records import NewRecordsStore
from walkthrough.storage.sync_records import Applied, Incoming, lineage_now, record_line
from walkthrough.storage.sync_tables import MAIN, PRIVATE, TABLES, Synced

_CHUNK = 500


class SyncApplyStore(NewRecordsStore):
    """Writing what :class:`~walkthrough.storage.sync_records.SyncRecordStore` read."""

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
                    self._apply_new_records(chunk, done, outbox=outbox, long_way=self._apply_incoming)
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

    def _local_columns(self, spec: Synced, incoming: Incoming) -> dict[str, object]:
        updated = incoming.line.get("u")
        local: dict[str, object] = {"updated_at": updated if isinstance(updated, str) else lineage_now()}
        if spec.table == "observations":
            local["visibility"] = "shared" if incoming.state.values["kind"] == "blast" else "private"
        return local

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
