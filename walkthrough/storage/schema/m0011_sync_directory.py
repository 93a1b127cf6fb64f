"""Sync: profile keys that travel with their person, and person-driven merges.

``profile_keys``: the public key of a profile on one device (a person who
uses two devices has two); peer-visit content is sealed to these.
``record_merges``: "these two schools (rooms, people) are the same", said by
a person; it syncs, and every device points the records of the one at the
other. Both are synced records with the sync columns.
"""

from __future__ import annotations

import sqlite_utils

from walkthrough.storage.schema.m0010_sync_records import sync_columns

RECORD = """
    revision INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
"""

STATEMENTS = [
    f"""CREATE TABLE profile_keys (
        id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL REFERENCES people(id),
        device_id TEXT NOT NULL,
        public_key TEXT NOT NULL,
        {RECORD},
        UNIQUE (person_id, device_id))""",
    f"""CREATE TABLE record_merges (
        id TEXT PRIMARY KEY,
        table_name TEXT NOT NULL,
        from_id TEXT NOT NULL,
        into_id TEXT NOT NULL,
        merged_by TEXT,
        {RECORD})""",
]


def migrate(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
    for table in ("profile_keys", "record_merges"):
        for statement in sync_columns(table):
            db.execute(statement)
