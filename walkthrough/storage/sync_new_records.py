"""Records new to this device, written by a short cut: one row straight from each line.

The short cut (:meth:`NewRecordsStore._apply_new_records`) takes a chunk of a
bundle's main parts of one kind, already checked, when there are no aliases to
follow here. A record made on one device, never changed since, new here and
with its parents here becomes the row the record-by-record way would make; any
other record goes that way (``long_way``), in order.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from walkthrough.core import lineage
from walkthrough.storage.sync_records import Applied, Incoming, SyncRecordStore, lineage_now
from walkthrough.storage.sync_tables import MAIN, Synced


class LongWay(Protocol):
    """Apply one record part the record-by-record way (``SyncApplyStore._apply_incoming``)."""

    def __call__(self, incoming: Incoming, done: Applied, *, outbox: bool,
                 batch: list[dict[str, object]] | None = None) -> bool: ...


def _picker(fields: tuple[str, ...]) -> Callable[[Mapping[str, object]], tuple[object, ...]]:
    """The values of ``fields`` from a part's values, as a tuple, in one C call."""
    if len(fields) == 1:
        [name] = fields
        return lambda values: (values[name],)
    return operator.itemgetter(*fields)


class NewRecordsStore(SyncRecordStore):
    def _fast_path_fits(self, spec: Synced, part: str) -> bool:
        """Whether a chunk's records new to this device may skip the record-by-record way: a
        bundle's main parts, checked already, with no aliases to follow here, of a kind
        whose arrival sets nothing else in motion (see :meth:`_after_write`)."""
        return (part == MAIN and self._meaning_checked and self._import_usn is not None
                and spec.table not in ("record_merges", "profile_keys") and not self._alias_map())

    def _apply_new_records(self, chunk: list[Incoming], done: Applied, *, outbox: bool,
                           long_way: LongWay) -> None:
        """``long_way`` for a chunk where :meth:`_fast_path_fits`, with one short
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
        natural = _picker(spec.natural_key) if spec.unique else None
        pick = _picker(names)
        ids_known: dict[str, set[str]] = self.__dict__["_known_ids"]
        parents = [(name, ids_known.setdefault(table, set())) for name, table in spec.part_parents(MAIN).items()]
        lineages: dict[tuple[tuple[str, int], ...], str] = {}
        aliases = self._alias_map()  # the same dict as it grows: a clash settled below adds to it
        rows: list[tuple[object, ...]] = []
        for incoming in chunk:
            state, record_id, origin = incoming.state, incoming.record_id, incoming.origin
            values = state.values
            parents_here = True  # (a loop: quicker than all() over a generator, made for every record)
            for name, ids in parents:
                value = values[name]
                if value is not None and value not in ids:
                    parents_here = False
                    break
            if (aliases or state.made_on != origin or record_id in found
                    or (natural is not None and natural(values) in keys)
                    or (not parents_here and self._missing_parent(incoming) is not None)):
                batch: list[dict[str, object]] = []
                long_way(incoming, done, outbox=outbox, batch=batch)
                rows.extend(tuple(row[c] for c in columns) for row in batch)
                continue
            vv = state.vv
            key = tuple(vv.items())
            text = lineages.get(key)
            if text is None:
                text = lineages[key] = lineage.to_json(state, origin)
            line = incoming.line
            updated = line.get("u")
            if not isinstance(updated, str):
                updated = lineage_now()
            if visits:
                rows.append((record_id, origin, 1, updated, "shared" if values["kind"] == "blast" else "private",
                             *pick(values), text, line["h"], 0, usn, flag))
            else:
                rows.append((record_id, origin, 1, updated, *pick(values), text, line["h"], 0, usn, flag))
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
        ids = [i.record_id for i in chunk]
        if spec.unique and self._alias_map():  # no aliases here (the usual case): nothing to follow
            ids = [self._resolve(spec.table, i) for i in ids]
        elif self._meaning_checked and part == MAIN:  # the bundle check found these not here: not looked up
            # again (a private part is held when its main part is not here, so it is always looked up)
            absent = self.__dict__.get("_absent_ids", {}).get((spec.table, part))
            if absent:
                ids = [i for i in ids if i not in absent]
        found: dict[str, dict[str, Any]] = {}
        if ids:
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
