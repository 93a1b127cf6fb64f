"""The visits a dashboard counts, held in memory as integer-coded columns (numpy arrays).

Why this engine: the dashboard's figures are counts over every response of
every visit that passes a filter. A direct SQL ``GROUP BY`` over the
``responses`` table reads millions of rows for each change of a filter; a
rollup table kept in each tap's transaction would need every writer (taps,
sync imports, demo bulk writes, restores) to keep it right, and a dimension
for each filter (teacher for PLC teams, observer, grade band, subject, day).
Here the visits and responses are read once, coded as small integers, and
then brought up to date by change number (``usn``: every write to a synced
table gives its record a new one, indexed), so a refresh after a tap reads
only the rows that changed. Counting is then a boolean mask and a
``bincount``: milliseconds for 100,000 visits (``tests/perf/bench_dashboard.py``).

Which visits: those ``output`` may use, by the privacy predicate
(:func:`walkthrough.storage.privacy_sql.included`) in the loading query; a
visit that stops qualifying (deleted, say) is marked dead in place.

Qt-free; the only SQL is here. One instance is used from one thread at a
time (the UI's background worker); its connection is its own.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Hashable, Iterable
from datetime import date, datetime
from typing import Any, Generic, TypeVar

import numpy as np
import numpy.typing as npt

from walkthrough.core.model import ObservationKind
from walkthrough.core.privacy import Output
from walkthrough.storage.privacy_sql import included

K = TypeVar("K", bound=Hashable)

IntArray = npt.NDArray[np.int32]
BoolArray = npt.NDArray[np.bool_]

_CHUNK = 10_000  # rows per fetch: the UI thread gets the GIL back between chunks
KINDS = (ObservationKind.BLAST.value, ObservationKind.PEER.value)  # v_kind: the index of the visit's kind
NONE = -1  # the code of "no value" (no teacher, no room, an unmarked response)


class Codes(Generic[K]):
    """Values and their small-integer codes, in order of first sight."""

    def __init__(self) -> None:
        self.values: list[K] = []
        self.index: dict[K, int] = {}

    def code(self, value: K) -> int:
        found = self.index.get(value)
        if found is None:
            found = self.index[value] = len(self.values)
            self.values.append(value)
        return found

    def get(self, value: K) -> int | None:
        return self.index.get(value)

    def __len__(self) -> int:
        return len(self.values)


def _code_or_none(codes: Codes[str], value: str | None) -> int:
    return NONE if value is None else codes.code(value)


_VISIT_COLUMNS = ("rowid", "id", "kind", "school_id", "framework_id", "framework_version", "grade_band", "subject",
                  "observer_id", "teacher_id", "room_id", "started_at", "usn")


def _local_minute(started_at: str) -> tuple[int, int]:
    """(the school day's ordinal, the minute of the local day) of a start time."""
    try:
        moment = datetime.fromisoformat(started_at)
    except ValueError:
        return date.fromisoformat(started_at[:10]).toordinal(), 0
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.date().toordinal(), moment.hour * 60 + moment.minute


class VisitColumns:
    """Integer-coded columns of the visits ``output`` may use, and of their responses."""

    def __init__(self, conn: sqlite3.Connection, output: Output = Output.DASHBOARD) -> None:
        self.conn = conn
        self.output = output
        self.schools: Codes[str] = Codes()
        self.frameworks: Codes[str] = Codes()
        self.versions: Codes[tuple[str, str]] = Codes()
        self.grade_bands: Codes[str] = Codes()
        self.subjects: Codes[str] = Codes()
        self.people: Codes[str] = Codes()  # observers and teachers
        self.rooms: Codes[str] = Codes()
        self.keys: Codes[tuple[int, str]] = Codes()  # (version code, look-for key)
        self.values: Codes[str] = Codes()  # a response's stored value (JSON text)
        self.ids: list[str] = []  # visit ids, by row
        self.row_of: dict[str, int] = {}
        empty_i = np.zeros(0, dtype=np.int32)
        self.v_rowid = np.zeros(0, dtype=np.int64)
        self.v_alive = np.zeros(0, dtype=np.bool_)
        self.v_school = self.v_framework = self.v_version = self.v_grade = self.v_subject = empty_i
        self.v_observer = self.v_teacher = self.v_room = self.v_day = self.v_minute = self.v_kind = empty_i
        self.r_rowid = np.zeros(0, dtype=np.int64)
        self.r_visit = self.r_key = self.r_value = empty_i
        self.r_na = self.r_alive = np.zeros(0, dtype=np.bool_)
        self.visits_usn = 0
        self.responses_usn = 0
        self.loaded = False

    # Loading and refreshing ------------------------------------------------------
    def refresh(self) -> bool:
        """Bring the columns up to date; whether anything changed. The first call loads everything."""
        if not self.loaded:
            self._load_all()
            return True
        top = self._max_usn()
        if top < max(self.visits_usn, self.responses_usn):  # a restored backup: start again
            self.__init__(self.conn, self.output)  # type: ignore[misc]
            self._load_all()
            return True
        changed = self._load_visits(since=self.visits_usn)
        changed |= self._load_responses(since=self.responses_usn)
        return changed

    def _max_usn(self) -> int:
        row = self.conn.execute("SELECT max(coalesce((SELECT max(usn) FROM observations), 0),"
                                " coalesce((SELECT max(usn) FROM responses), 0))").fetchone()
        return int(row[0])

    def _load_all(self) -> None:
        self.conn.execute("BEGIN")  # one snapshot for both tables
        try:
            tops = self.conn.execute("SELECT coalesce((SELECT max(usn) FROM observations), 0),"
                                     " coalesce((SELECT max(usn) FROM responses), 0)").fetchone()
            self._load_visits(since=None)
            self._load_responses(since=None)
            # Rows this output does not count were not read, but they are seen: a refresh reads what is newer.
            self.visits_usn, self.responses_usn = max(self.visits_usn, int(tops[0])), max(self.responses_usn,
                                                                                            int(tops[1]))
        finally:
            self.conn.execute("COMMIT")
        self.loaded = True

    def _load_visits(self, since: int | None) -> bool:
        where, params = included(self.output, None, "o")
        live_sql = where
        if since is None:
            sql = f"SELECT {', '.join('o.' + c for c in _VISIT_COLUMNS)}, 1 FROM observations o WHERE {where}"
        else:  # every visit that changed, with whether it still qualifies
            sql = (f"SELECT {', '.join('o.' + c for c in _VISIT_COLUMNS)}, ({live_sql}) FROM observations o"
                   " WHERE o.usn > ?")
            params = [*params, since]
        # A refresh reads the few changed rows through the usn index (no ORDER BY: it would scan by rowid).
        cursor = self.conn.execute(sql + (" ORDER BY o.rowid" if since is None else ""), params)
        changed = False
        newly_alive: list[int] = []
        while True:
            rows = cursor.fetchmany(_CHUNK)
            if not rows:
                break
            changed = True
            newly_alive += self._add_visits(rows)
        if since is not None and newly_alive:  # a visit that now qualifies: its responses, whatever their usn
            self._load_responses(since=None, visits=[self.ids[i] for i in newly_alive])
        return changed

    def _add_visits(self, rows: list[tuple[Any, ...]]) -> list[int]:
        """Add or update visits; the rows of those that became alive and were not before."""
        fresh: dict[str, list[Any]] = {c: [] for c in ("rowid", "alive", "school", "framework", "version", "grade",
                                                       "subject", "observer", "teacher", "room", "day", "minute",
                                                       "kind")}
        became: list[int] = []
        for (rowid, vid, kind, school, fw, version, grade, subject, observer, teacher, room, started, usn,
             alive) in rows:
            self.visits_usn = max(self.visits_usn, int(usn))
            day, minute = _local_minute(started)
            coded = (rowid, bool(alive), self.schools.code(school), self.frameworks.code(fw),
                     self.versions.code((fw, version)), self.grade_bands.code(grade or ""),
                     self.subjects.code(subject or ""), _code_or_none(self.people, observer),
                     _code_or_none(self.people, teacher), _code_or_none(self.rooms, room), day, minute,
                     KINDS.index(kind))
            row = self.row_of.get(vid)
            if row is None:
                if not alive:
                    continue
                row = len(self.ids)
                self.row_of[vid] = row
                self.ids.append(vid)
                for name, value in zip(fresh, coded, strict=True):
                    fresh[name].append(value)
                became.append(row)
                continue
            if row >= len(self.v_alive):  # added earlier in this same call
                offset = row - len(self.v_alive)
                for name, value in zip(fresh, coded, strict=True):
                    fresh[name][offset] = value
                continue
            was = bool(self.v_alive[row])
            for attr, value in zip(("v_rowid", "v_alive", "v_school", "v_framework", "v_version", "v_grade",
                                    "v_subject", "v_observer", "v_teacher", "v_room", "v_day", "v_minute",
                                    "v_kind"),
                                   coded, strict=True):
                getattr(self, attr)[row] = value
            if alive and not was:
                became.append(row)
        if fresh["rowid"]:
            self.v_rowid = np.concatenate([self.v_rowid, np.asarray(fresh["rowid"], dtype=np.int64)])
            self.v_alive = np.concatenate([self.v_alive, np.asarray(fresh["alive"], dtype=np.bool_)])
            for attr, name in (("v_school", "school"), ("v_framework", "framework"), ("v_version", "version"),
                               ("v_grade", "grade"), ("v_subject", "subject"), ("v_observer", "observer"),
                               ("v_teacher", "teacher"), ("v_room", "room"), ("v_day", "day"),
                               ("v_minute", "minute"), ("v_kind", "kind")):
                setattr(self, attr, np.concatenate([getattr(self, attr), np.asarray(fresh[name], dtype=np.int32)]))
        # A visit loaded for the first time in a full load is not "newly alive" for the response pass.
        return became if self.loaded else []

    def _load_responses(self, since: int | None, visits: Iterable[str] | None = None) -> bool:
        sql = ("SELECT r.rowid, r.observation_id, r.look_for_key, r.value, r.not_applicable, r.deleted, r.usn"
               " FROM responses r")
        params: list[object] = []
        listed = list(visits) if visits is not None else None
        if listed is not None:
            sql += f" WHERE r.observation_id IN ({', '.join('?' for _ in listed)})"
            params += listed
        elif since is not None:
            sql += " WHERE r.usn > ?"
            params.append(since)
        else:
            where, extra = included(self.output, None, "o")
            sql += f" JOIN observations o ON o.id = r.observation_id WHERE {where}"
            params += extra
        full = since is None and listed is None and not len(self.r_rowid)
        cursor = self.conn.execute(sql + (" ORDER BY r.rowid" if full else ""), params)
        changed = False
        parts: list[tuple[np.ndarray[Any, Any], ...]] = []
        while True:
            rows = cursor.fetchmany(_CHUNK)
            if not rows:
                break
            changed = True
            if full:  # every row is new and in rowid order: join the chunks once at the end
                coded = self._coded_responses(rows)
                if coded is not None:
                    parts.append(coded)
            else:
                self._add_responses(sorted(rows))
        if parts:
            (self.r_rowid, self.r_visit, self.r_key, self.r_value, self.r_na,
             self.r_alive) = (np.concatenate(column) for column in zip(*parts, strict=True))
        return changed

    def _add_responses(self, rows: list[tuple[Any, ...]]) -> None:
        coded = self._coded_responses(rows)
        if coded is None:
            return
        self._merge_responses(*coded)

    def _coded_responses(self, rows: list[tuple[Any, ...]]) -> tuple[np.ndarray[Any, Any], ...] | None:
        """Rows of responses as coded arrays (rowid, visit, key, value, N/A, alive); None: none counted."""
        rowid_l: list[int] = []
        visit_l: list[int] = []
        key_l: list[int] = []
        value_l: list[int] = []
        na_l: list[bool] = []
        alive_l: list[bool] = []
        row_of, keys_code, values_code = self.row_of, self.keys.code, self.values.code
        version_of = self.v_version.tolist()
        top = self.responses_usn
        for rowid, vid, key, value, na, deleted, usn in rows:
            if usn > top:
                top = usn
            visit = row_of.get(vid)
            if visit is None:
                continue  # a response of a visit this output does not count
            rowid_l.append(rowid)
            visit_l.append(visit)
            key_l.append(keys_code((version_of[visit], key)))
            value_l.append(NONE if value is None else values_code(value))
            na_l.append(bool(na))
            alive_l.append(not deleted)
        self.responses_usn = int(top)
        if not rowid_l:
            return None
        return (np.asarray(rowid_l, dtype=np.int64), np.asarray(visit_l, dtype=np.int32),
                np.asarray(key_l, dtype=np.int32), np.asarray(value_l, dtype=np.int32),
                np.asarray(na_l, dtype=np.bool_), np.asarray(alive_l, dtype=np.bool_))

    def _merge_responses(self, rowids: np.ndarray[Any, Any], a_visit: np.ndarray[Any, Any],
                         a_key: np.ndarray[Any, Any], a_value: np.ndarray[Any, Any], a_na: np.ndarray[Any, Any],
                         a_alive: np.ndarray[Any, Any]) -> None:
        """Update the responses already held and add the new ones, keeping rowid order."""
        known = self.r_rowid
        if len(known):
            at = np.searchsorted(known, rowids)
            inside = at < len(known)
            exists = np.zeros(len(rowids), dtype=np.bool_)
            exists[inside] = known[at[inside]] == rowids[inside]
            if exists.any():
                where = at[exists]
                self.r_key[where], self.r_value[where] = a_key[exists], a_value[exists]
                self.r_na[where], self.r_alive[where] = a_na[exists], a_alive[exists]
                fresh = ~exists
                rowids, a_visit, a_key = rowids[fresh], a_visit[fresh], a_key[fresh]
                a_value, a_na, a_alive = a_value[fresh], a_na[fresh], a_alive[fresh]
                if not len(rowids):
                    return
        merged = np.concatenate([known, rowids])
        order = np.argsort(merged, kind="stable") if len(known) and rowids[0] < known[-1] else None

        def joined(old: np.ndarray[Any, Any], new: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
            out = np.concatenate([old, new])
            return out if order is None else out[order]

        self.r_visit = joined(self.r_visit, a_visit)
        self.r_key = joined(self.r_key, a_key)
        self.r_value = joined(self.r_value, a_value)
        self.r_na = joined(self.r_na, a_na)
        self.r_alive = joined(self.r_alive, a_alive)
        self.r_rowid = merged if order is None else merged[order]

    # Reading --------------------------------------------------------------------
    def decoded_value(self, code: int) -> object:
        return None if code == NONE else json.loads(self.values.values[code])

    def codes_of(self, codes: Codes[str], wanted: Iterable[str]) -> IntArray:
        """The codes of ``wanted`` values (those never seen are left out)."""
        found = [c for c in (codes.get(w) for w in wanted) if c is not None]
        return np.asarray(found, dtype=np.int32)

    def team_members(self, team_id: str) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT person_id FROM plc_team_members WHERE team_id = ? AND deleted = 0", [team_id])]
