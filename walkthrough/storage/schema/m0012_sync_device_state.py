"""Sync: what only this device keeps about sync (none of it travels).

- ``sync_bundles``: every bundle imported (id and SHA-256), and the file it
  came in (name, size, modification time) so a folder round skips it unread;
- ``sync_reports``: what each import brought, from which device and when;
- ``sync_devices``: the devices whose bundles came here, by name;
- ``sync_held``: records whose parents have not arrived yet;
- ``sync_aliases``: record ids that now mean another record (a merge);
- ``sealed_parts``: peer-visit content sealed to other people, kept to pass on;
- ``sync_reseal``: sealed groups to seal again (a participant's key arrived);
- ``profile_secret_keys``: this device's private keys, sealed by the PIN when
  the profile has one;
- ``frameworks.left_device``: 1 once a version was exported or came from
  another device, so it is never rewritten in place.
"""

from __future__ import annotations

import sqlite_utils

STATEMENTS = [
    """CREATE TABLE sync_bundles (
        bundle_id TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        file_name TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        device_id TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        PRIMARY KEY (bundle_id, sha256))""",
    "CREATE INDEX sync_bundles_by_file ON sync_bundles (file_name, size, mtime_ns)",
    """CREATE TABLE sync_reports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        file_name TEXT NOT NULL,
        bundle_id TEXT,
        device_id TEXT,
        device_name TEXT,
        outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'skipped', 'refused')),
        counts TEXT NOT NULL DEFAULT '{}',
        message TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE sync_devices (
        device_id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        app_version TEXT NOT NULL DEFAULT '',
        last_bundle_at TEXT,
        seen_at TEXT NOT NULL)""",
    """CREATE TABLE sync_held (
        table_name TEXT NOT NULL,
        part TEXT NOT NULL,
        record_id TEXT NOT NULL,
        body TEXT NOT NULL,
        waiting_for TEXT NOT NULL,
        PRIMARY KEY (table_name, part, record_id))""",
    """CREATE TABLE sync_aliases (
        table_name TEXT NOT NULL,
        from_id TEXT NOT NULL,
        into_id TEXT NOT NULL,
        PRIMARY KEY (table_name, from_id))""",
    """CREATE TABLE sealed_parts (
        group_id TEXT NOT NULL,
        source_device TEXT NOT NULL,
        seq INTEGER NOT NULL,
        visit_id TEXT,
        recipients TEXT NOT NULL,
        box TEXT NOT NULL,
        usn INTEGER NOT NULL,
        outbox INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (group_id, source_device))""",
    "CREATE INDEX sealed_parts_by_usn ON sealed_parts (usn)",
    "CREATE TABLE sync_reseal (group_id TEXT PRIMARY KEY)",
    """CREATE TABLE profile_secret_keys (
        key_id TEXT PRIMARY KEY,
        person_id TEXT NOT NULL,
        secret BLOB NOT NULL,
        salt BLOB,
        made_at TEXT NOT NULL)""",
    "ALTER TABLE frameworks ADD COLUMN left_device INTEGER NOT NULL DEFAULT 0",
]


def migrate(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
