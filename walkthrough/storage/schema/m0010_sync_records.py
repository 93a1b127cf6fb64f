"""Sync: every synced record gets what a merge needs (issue 8).

For each table of :data:`walkthrough.storage.sync_tables.TABLES`:
``origin_device`` (the device that made it), ``usn`` (this device's change
sequence, indexed), ``lineage`` (version vector and field dots, JSON),
``content_hash`` (SHA-256 of the synced fields), ``conflicted`` (1 while
concurrent values are waiting for a person) and ``outbox`` (1 when this
device's own bundle still has to carry the change). Tables with a private
part (a peer visit's focus and debrief, a visitor's notes link) get the same
again with the prefix ``private_``. Existing records become this device's,
all waiting in the outbox.

The step is frozen: it carries its own copy of the table list as it was.
"""

from __future__ import annotations

import hashlib
import json

import sqlite_utils

from walkthrough.core.model import new_id

# table: (synced fields in order, private fields), as of this step.
TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "schools": (("name",), ()),
    "people": (("name", "role", "school_id"), ()),
    "rooms": (("school_id", "name", "teacher_id", "grade_band", "subject"), ()),
    "routes": (("school_id", "name", "room_ids"), ()),
    "rounds": (("school_id", "framework_id", "framework_version", "observer_id", "route_id", "with_teacher",
                "started_at", "ended_at", "status"), ()),
    "observations": (("kind", "framework_id", "framework_version", "framework_sha256", "school_id", "room_id",
                      "teacher_id", "observer_id", "device_id", "started_at", "ended_at", "status", "round_id"), ()),
    "round_stops": (("round_id", "position", "room_id", "status", "observation_id", "started_at", "ended_at"), ()),
    "responses": (("observation_id", "look_for_key", "value", "not_applicable", "note", "set_at"), ()),
    "notes": (("observation_id", "kind", "text", "look_for_key", "minute", "created_at"), ()),
    "peer_visits": (("school_id", "host_id", "room_id", "framework_id", "framework_version", "day", "start_time",
                     "end_time", "period", "visibility", "shared_by", "shared_at", "created_by"),
                    ("focus", "consent_by", "consent_at", "reflection", "next_step")),
    "peer_visitors": (("visit_id", "visitor_id", "cover_needed", "substitute_id"), ("observation_id", "agreed_at")),
}


def sync_columns(table: str, *, private: bool = False) -> list[str]:
    """The ALTER statements that give ``table`` the sync columns (for later steps too)."""
    statements = [
        f"ALTER TABLE {table} ADD COLUMN origin_device TEXT",
        f"ALTER TABLE {table} ADD COLUMN usn INTEGER NOT NULL DEFAULT 0",
        f"ALTER TABLE {table} ADD COLUMN lineage TEXT",
        f"ALTER TABLE {table} ADD COLUMN content_hash TEXT",
        f"ALTER TABLE {table} ADD COLUMN conflicted INTEGER NOT NULL DEFAULT 0",
        f"ALTER TABLE {table} ADD COLUMN outbox INTEGER NOT NULL DEFAULT 1",
        f"CREATE INDEX {table}_by_usn ON {table} (usn)",
        f"CREATE INDEX {table}_conflicted ON {table} (conflicted) WHERE conflicted = 1",
    ]
    if private:
        statements += [
            f"ALTER TABLE {table} ADD COLUMN private_lineage TEXT",
            f"ALTER TABLE {table} ADD COLUMN private_content_hash TEXT",
            f"ALTER TABLE {table} ADD COLUMN private_conflicted INTEGER NOT NULL DEFAULT 0",
            f"CREATE INDEX {table}_private_conflicted ON {table} (private_conflicted) WHERE private_conflicted = 1",
        ]
    return statements


def _hash(values: list[object]) -> str:
    text = json.dumps(values, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def migrate(db: sqlite_utils.Database) -> None:
    db.execute("CREATE TABLE sync_counter (id INTEGER PRIMARY KEY CHECK (id = 1), usn INTEGER NOT NULL)")
    db.execute("INSERT INTO sync_counter (id, usn) VALUES (1, 1)")
    row = db.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()
    device = row[0] if row and row[0] else new_id()
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('device_id', ?)", [device])
    lineage = json.dumps({"v": {device: 1}}, separators=(",", ":"))
    for table, (fields, private) in TABLES.items():
        for statement in sync_columns(table, private=bool(private)):
            db.execute(statement)
        main = (*fields, "deleted")
        cursor = db.execute(f"SELECT id, {', '.join(main + private)} FROM {table}")
        updates: list[list[object]] = []
        for found in cursor.fetchall():
            values = list(found[1:])
            update: list[object] = [device, lineage, _hash(values[: len(main)])]
            if private:
                update += [lineage, _hash(values[len(main):])]
            updates.append([*update, found[0]])
        sets = "origin_device = ?, usn = 1, lineage = ?, content_hash = ?"
        if private:
            sets += ", private_lineage = ?, private_content_hash = ?"
        db.conn.executemany(f"UPDATE {table} SET {sets} WHERE id = ?", updates)
