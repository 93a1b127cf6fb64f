"""What every part of the store shares: the database, one transaction per
user action, revisions, tombstones and device settings."""

from __future__ import annotations

import json
import secrets
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from enum import Enum
from typing import Any

from walkthrough.core import lineage
from walkthrough.core.i18n import QT_TRANSLATE_NOOP, MessageError, message
from walkthrough.core.model import new_id, now_iso
from walkthrough.storage import write_turns
from walkthrough.storage.sqlite_lib import sqlite_utils
from walkthrough.storage.sync_tables import MAIN, PRIVATE, Synced, synced


class StoreError(MessageError):
    """An action the store refuses; the message is for the user (a translatable
    :class:`~walkthrough.core.i18n.Message`, or a plain English text)."""


class NotFound(StoreError):
    pass


class StoreUnavailable(StoreError):
    """The database could not take the action just now; nothing was changed.

    A fault that clears by itself or once the user acts (another program
    holding the database, a full disk), as opposed to a refusal: the same
    action, tried again later, can succeed. Callers that keep typed text or
    taps pending retry on this and only this.
    """


class DatabaseBusy(StoreUnavailable):
    def __init__(self) -> None:
        super().__init__(message(QT_TRANSLATE_NOOP("core", "the database is busy (another program is writing to it)")))


class DiskFull(StoreUnavailable):
    def __init__(self) -> None:
        super().__init__(message(QT_TRANSLATE_NOOP("core", "the disk is full: free some space on this device")))


class DiskNotWritten(StoreUnavailable):
    def __init__(self, detail: str) -> None:
        super().__init__(message(QT_TRANSLATE_NOOP("core", "the database could not be written to the disk ({detail})"),
                                 detail=detail))


_BUSY_CODES = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}


def unavailable(exc: sqlite3.Error) -> StoreUnavailable | None:
    """The passing fault behind a SQLite error, if it is one (locked, full disk, I/O)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF  # an extended code (SQLITE_BUSY_SNAPSHOT...) keeps the primary one in its low byte
    if primary in _BUSY_CODES:
        return DatabaseBusy()
    if primary == sqlite3.SQLITE_FULL:
        return DiskFull()
    if primary == sqlite3.SQLITE_IOERR:
        return DiskNotWritten(str(exc))
    return None


class StoreBase:
    """The database and the primitives every store module builds on.

    Each public method of the repository is one user action and runs in one
    transaction: when it returns, the action is on disk.
    """

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One user action: all of it is committed, or none of it.

        The outermost level takes the write lock first (``BEGIN IMMEDIATE``),
        so a writer on another connection makes the action wait (up to the
        connection's lock wait) or fail before anything is done, never half
        way: a deferred ``BEGIN`` would read first and could then be refused
        the upgrade to a writer. Repository methods call each other, so an
        inner level is a savepoint of the outer transaction, as in
        sqlite-utils' ``db.atomic()`` (which we cannot use: it begins with a
        deferred ``BEGIN``).

        A locked database, a full disk or a failed write raises a
        :class:`StoreUnavailable` (nothing was changed, try again later);
        every other error propagates as it is.
        """
        conn = self.db.conn
        try:
            if conn.in_transaction:
                with _savepoint(conn):
                    yield
            else:
                turn = write_turns.long_writer if self._long_writer else write_turns.user_action
                with turn(self._database_key):
                    conn.execute("BEGIN IMMEDIATE")
                    try:
                        yield
                        conn.execute("COMMIT")
                    except BaseException:
                        if conn.in_transaction:  # SQLITE_FULL and friends may already have rolled it back
                            conn.execute("ROLLBACK")
                        raise
        except sqlite3.Error as exc:
            fault = unavailable(exc)
            if fault is None:
                raise
            raise fault from exc

    # Set by an import while it applies a bundle in short transactions (see storage.write_turns).
    _long_writer = False

    @property
    def _database_key(self) -> str:
        """The database file, as every connection to it in this process names it."""
        cached: str | None = self.__dict__.get("_database_key_cache")
        if cached is None:
            import os

            file = self.database_file
            cached = os.path.realpath(file) if file else ""
            self._database_key_cache = cached
        return cached

    def step_aside(self) -> None:
        """For long work on this connection (an import): let a user action on another
        connection of this process finish first, if one is under way."""
        write_turns.step_aside(self._database_key)

    def someone_waits(self) -> bool:
        """Whether a user action on another connection of this process waits for the database."""
        return write_turns.someone_waits(self._database_key)

    def set_lock_wait(self, milliseconds: int) -> None:
        """How long an action on this connection waits for another writer
        before it gives up with :class:`DatabaseBusy` (the app's window uses
        a short wait and retries, so it never freezes)."""
        self.db.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")

    @property
    def lock_wait(self) -> int:
        return int(self.db.execute("PRAGMA busy_timeout").fetchone()[0])

    def close(self) -> None:
        self.db.close()

    @property
    def is_closed(self) -> bool:
        """Whether :meth:`close` was called (nothing can be read or written through it any more)."""
        try:
            self.db.conn.total_changes  # noqa: B018 - raises on a closed connection
        except sqlite3.ProgrammingError:
            return True
        return False

    @property
    def database_file(self) -> str:
        """The path of the database file ('' for an in-memory one)."""
        for row in self.db.execute("PRAGMA database_list").fetchall():
            if row[1] == "main":
                return str(row[2])
        return ""

    # Settings -----------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else row[0]

    def set_setting(self, key: str, value: str | None) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    @property
    def device_id(self) -> str:
        """This device's id, made on first use and kept."""
        existing = self.setting("device_id")
        if existing:
            return existing
        made = new_id()
        with self.transaction():
            self.db.execute("INSERT OR IGNORE INTO settings (key, value) VALUES ('device_id', ?)", [made])
        return self.setting("device_id") or made

    # Hooks a later mixin fills in (sync: profile keys) -------------------
    def _profile_chosen(self, person_id: str, pin: str | None) -> None:
        """A person has just become the current profile (with their PIN, if any)."""

    def _pin_changed(self, person_id: str, pin: str | None, current_pin: str | None = None) -> None:
        """A profile's PIN was set, changed or removed (``current_pin``: the one it had)."""

    def _after_restore(self) -> None:
        """The database now holds a backup's content (inside no transaction)."""

    # Records ------------------------------------------------------------
    def record_name(self, table: str, record_id: str) -> str | None:
        """The name of a directory record (a school, room or person), or None when it is not here."""
        if table not in ("schools", "rooms", "people"):
            raise ValueError(f"{table} records have no name")
        row = self.db.execute(f"SELECT name FROM {table} WHERE id = ?", [record_id]).fetchone()
        return None if row is None else str(row[0])

    def _row(self, table: str, record_id: str) -> dict[str, Any]:
        cursor = self.db.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id])
        row = cursor.fetchone()
        if row is None:
            raise NotFound(f"no {table[:-1]} with id {record_id}")
        return dict(zip([c[0] for c in cursor.description], row, strict=True))

    def _rows(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, list(params))
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _insert(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        """Insert a new record (inside the caller's transaction).

        A synced table's record gets its sync columns here: made on this
        device, at this device's next change number, in the outbox.
        """
        row = {"id": new_id(), "revision": 1, "updated_at": now_iso(), "deleted": 0, **values}
        spec = synced(table)
        if spec is not None:
            row = {k: _stored(v) for k, v in row.items()}
            row.update(self._new_sync_columns(spec, row))
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
        return row

    def _update(
        self, table: str, record_id: str, changes: dict[str, Any], *, settle: Iterable[str] = ()
    ) -> None:
        """Change a record, bumping its revision (inside the caller's transaction).

        For a synced table, each part whose synced fields really change gets
        a new write in its lineage (this device's counter goes up, the
        changed fields get its dot), a new content hash and a new change number.
        Fields in ``settle`` are written even if their value is the one shown:
        a person chose it among concurrent values (a conflict resolved).
        """
        spec = synced(table)
        extra: dict[str, Any] = {}
        if spec is not None:
            changes = {k: _stored(v) for k, v in changes.items()}
            extra = self._sync_update_columns(spec, record_id, changes, set(settle))
        values = {**changes, **extra}
        sets = ", ".join(f"{k} = ?" for k in values)
        cursor = self.db.execute(
            f"UPDATE {table} SET {sets}{', ' if sets else ''}revision = revision + 1, updated_at = ? WHERE id = ?",
            [*values.values(), now_iso(), record_id],
        )
        if cursor.rowcount == 0:
            raise NotFound(f"no {table[:-1]} with id {record_id}")

    def _tombstone(self, table: str, record_id: str) -> None:
        self._update(table, record_id, {"deleted": 1})

    # Sync columns (the write path's half of sync) ---------------------------
    @property
    def _device(self) -> str:
        cached: str | None = getattr(self, "_device_id_cache", None)
        if cached is None:
            cached = self.device_id
            self._device_id_cache = cached
        return cached

    def _next_usn(self) -> int:
        """This device's next change number (inside the caller's transaction)."""
        row = self.db.execute("UPDATE sync_counter SET usn = usn + 1 WHERE id = 1 RETURNING usn").fetchone()
        return int(row[0])

    def _defaults(self, table: str) -> dict[str, object]:
        cache: dict[str, dict[str, object]] = self.__dict__.setdefault("_defaults_cache", {})
        if table not in cache:
            cache[table] = column_defaults(self.db, table)
        return cache[table]

    def _new_sync_columns(self, spec: Synced, row: dict[str, Any]) -> dict[str, Any]:
        device = self._device
        defaults = self._defaults(spec.table)
        found = {f: row.get(f, defaults.get(f)) for f in (*spec.main_fields, *spec.private)}
        columns: dict[str, Any] = {"origin_device": device, "usn": self._next_usn(), "outbox": 1}
        for part in (MAIN, PRIVATE) if spec.private else (MAIN,):
            names = spec.part_fields(part)
            state = lineage.created(device, {f: found[f] for f in names})
            lineage_col, hash_col, conflicted_col, _ = spec.columns(part)
            columns[lineage_col] = lineage.to_json(state, device)
            columns[hash_col] = lineage.content_hash(names, state.values)
            columns[conflicted_col] = 0
        return columns

    def _sync_update_columns(
        self, spec: Synced, record_id: str, changes: dict[str, Any], settle: set[str]
    ) -> dict[str, Any]:
        parts = (MAIN, PRIVATE) if spec.private else (MAIN,)
        wanted = [*spec.main_fields, *spec.private, "origin_device", "lineage"]
        if spec.private:
            wanted.append("private_lineage")
        cursor = self.db.execute(f"SELECT {', '.join(wanted)} FROM {spec.table} WHERE id = ?", [record_id])
        found = cursor.fetchone()
        if found is None:
            raise NotFound(f"no {spec.table[:-1]} with id {record_id}")
        current = dict(zip(wanted, found, strict=True))
        columns: dict[str, Any] = {}
        for part in parts:
            names = spec.part_fields(part)
            changed = {k: v for k, v in changes.items() if k in names and (current[k] != v or k in settle)}
            if not changed:
                continue
            lineage_col, hash_col, conflicted_col, _ = spec.columns(part)
            values = {f: current[f] for f in names}
            origin = str(current["origin_device"] or self._device)
            state = (lineage.from_json(current[lineage_col], origin, values) if current[lineage_col]
                     else lineage.created(self._device, values))
            state = lineage.written(state, self._device, changed)
            columns.update({k: state.values[k] for k in changed})
            if "deleted" in names:
                columns["deleted"] = state.values["deleted"]
            columns[lineage_col] = lineage.to_json(state, origin)
            columns[hash_col] = lineage.content_hash(names, state.values)
            columns[conflicted_col] = int(bool(state.conflicted(spec.quiet)))
        if columns:
            columns["usn"] = self._next_usn()
            columns["outbox"] = 1
        return columns

    def _put_synced(
        self,
        spec: Synced,
        part: str,
        record_id: str,
        state: lineage.Part,
        origin: str,
        *,
        insert: bool,
        outbox: bool,
        local: Mapping[str, object] | None = None,
    ) -> None:
        """Write one record part as a merge decided it (a sync import; inside the
        caller's transaction): its values, lineage, hash and a change number.
        ``local`` gives the device-local columns of a record new to this device."""
        values = self._synced_values(spec, part, state, origin, outbox=outbox)
        if insert:
            self._insert_synced_rows(spec, [self._synced_row(record_id, origin, values, local)])
            return
        sets = ", ".join(f"{k} = ?" for k in values)
        self.db.execute(
            f"UPDATE {spec.table} SET {sets}, revision = revision + 1, updated_at = ? WHERE id = ?",
            [*values.values(), now_iso(), record_id],
        )

    def _synced_values(
        self, spec: Synced, part: str, state: lineage.Part, origin: str, *, outbox: bool, known_hash: str | None = None
    ) -> dict[str, object]:
        names = spec.part_fields(part)
        lineage_col, hash_col, conflicted_col, _ = spec.columns(part)
        values: dict[str, object] = {f: state.values[f] for f in names}
        values[lineage_col] = lineage.to_json(state, origin)
        values[hash_col] = known_hash or lineage.content_hash(names, state.values)
        values[conflicted_col] = int(bool(state.conflicted(spec.quiet)))
        values["usn"] = self._import_usn or self._next_usn()
        values["outbox"] = int(outbox)
        return values

    @staticmethod
    def _synced_row(record_id: str, origin: str, values: Mapping[str, object],
                    local: Mapping[str, object] | None) -> dict[str, object]:
        local = local or {}
        return {"id": record_id, "origin_device": origin, "revision": 1,
                "updated_at": local["updated_at"] if "updated_at" in local else now_iso(), **local, **values}

    def _insert_synced_rows(self, spec: Synced, rows: Sequence[Mapping[str, object]]) -> None:
        """Insert records new to this device, many at once (rows with the same columns)."""
        if not rows:
            return
        columns = list(rows[0])
        marks = ", ".join("?" for _ in columns)
        self.db.conn.executemany(f"INSERT INTO {spec.table} ({', '.join(columns)}) VALUES ({marks})",
                                 [[row[c] for c in columns] for row in rows])

    # One change number for a whole import: set by the importer while it applies a bundle.
    _import_usn: int | None = None

_ID_SPACE = uuid.UUID("5b0e51a4-6d1c-4c39-9a53-3f1d2c8e7a10")


def stable_id(kind: str, *parts: str) -> str:
    """The id of a record that is one per (``parts``): the same on every device."""
    return str(uuid.uuid5(_ID_SPACE, ":".join((kind, *parts))))


def _stored(value: Any) -> Any:
    """A value in the form SQLite gives it back (booleans as 0/1, enums by value)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    return value


def column_defaults(db: sqlite_utils.Database, table: str) -> dict[str, object]:
    """Each column's default value, as SQLite would store it."""
    found: dict[str, object] = {}
    for row in db.execute(f"PRAGMA table_info({table})").fetchall():
        name, default = row[1], row[4]
        if default is None:
            found[name] = None
        elif default.startswith("'") and default.endswith("'"):
            found[name] = default[1:-1].replace("''", "'")
        else:
            try:
                found[name] = int(default)
            except ValueError:
                found[name] = None
    return found


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    name = f"action_{secrets.token_hex(8)}"
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # an error may have rolled back the whole transaction
            conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
            conn.execute(f"RELEASE SAVEPOINT {name}")
        raise
    else:
        conn.execute(f"RELEASE SAVEPOINT {name}")


def _cell(record: object, column: str, computed: Mapping[str, Callable[[Any], object]]) -> object:
    if column in computed:
        return computed[column](record)
    value = getattr(record, column)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    return value


def insert_records(
    db: sqlite_utils.Database,
    table: str,
    columns: Sequence[str],
    records: Iterable[object],
    computed: Mapping[str, Callable[[Any], object]] | None = None,
) -> None:
    """Insert many records (inside the caller's transaction): each column is the
    record's attribute of that name (enums by value, booleans as 0/1) unless
    ``computed`` gives a function of the record for it.

    A synced table's records get their sync columns as ``_insert`` gives
    them: made on this device (lineage and hash from the values), all at one
    change number, in the outbox.
    """
    extra = computed or {}
    rows = [tuple(_cell(record, column, extra) for column in columns) for record in records]
    spec = synced(table)
    names = list(columns)
    if spec is not None and rows:
        rows, names = _with_sync_columns(db, spec, names, rows)
    marks = ", ".join("?" for _ in names)
    db.conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", rows)


def _with_sync_columns(
    db: sqlite_utils.Database, spec: Synced, names: list[str], rows: list[tuple[object, ...]]
) -> tuple[list[tuple[object, ...]], list[str]]:
    device = str(db.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()[0])
    usn = int(db.execute("UPDATE sync_counter SET usn = usn + 1 WHERE id = 1 RETURNING usn").fetchone()[0])
    made = lineage.to_json(lineage.created(device, {}), device)
    defaults = column_defaults(db, spec.table)
    parts = (MAIN, PRIVATE) if spec.private else (MAIN,)
    where = {n: i for i, n in enumerate(names)}
    picks = [[(where[f], None) if f in where else (-1, defaults.get(f)) for f in spec.part_fields(p)] for p in parts]
    out: list[tuple[object, ...]] = []
    for row in rows:
        added: list[object] = [device, usn, 1]
        for pick in picks:
            values = [row[i] if i >= 0 else d for i, d in pick]
            added += [made, lineage.hash_values(values)]
        out.append((*row, *added))
    extra = ["origin_device", "usn", "outbox"]
    for part in parts:
        lineage_col, hash_col, _, _ = spec.columns(part)
        extra += [lineage_col, hash_col]
    return out, [*names, *extra]


def dumps(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def loads(text: str | None) -> object:
    return None if text is None else json.loads(text)
