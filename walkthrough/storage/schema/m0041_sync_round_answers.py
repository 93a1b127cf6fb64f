"""Sync: a round's own answers (a section with ``scope = "round"``) travel like a room's.

``round_responses`` (step m0040) gets the sync columns of every synced
record (see ``m0010_sync_records``) and the outbox index of ``m0013``.
Existing answers become this device's, in its outbox, and take the id every
device gives the answer of that look-for in that round (as a room's
response does), so two devices answering one round's look-for write one
record that merges instead of two that clash.

The step is frozen: it carries its own copy of the synced fields.
"""

from __future__ import annotations

import json
import uuid

import sqlite_utils

from walkthrough.storage.schema.m0010_sync_records import _hash, sync_columns

FIELDS = ("round_id", "look_for_key", "value", "not_applicable", "note", "set_at", "deleted")
_ID_SPACE = uuid.UUID("5b0e51a4-6d1c-4c39-9a53-3f1d2c8e7a10")  # walkthrough.storage.base.stable_id's


def _answer_id(round_id: str, look_for_key: str) -> str:
    return str(uuid.uuid5(_ID_SPACE, ":".join(("round response", round_id, look_for_key))))


def migrate(db: sqlite_utils.Database) -> None:
    for statement in sync_columns("round_responses"):
        db.execute(statement)
    db.execute("CREATE INDEX round_responses_outbox ON round_responses (usn) WHERE outbox = 1")
    row = db.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()
    if row is None or not row[0]:
        return  # no device id yet: no record was written on this device
    device = str(row[0])
    lineage = json.dumps({"v": {device: 1}}, separators=(",", ":"))
    usn = int(db.execute("UPDATE sync_counter SET usn = usn + 1 WHERE id = 1 RETURNING usn").fetchone()[0])
    rows = db.execute(f"SELECT id, {', '.join(FIELDS)} FROM round_responses").fetchall()
    db.conn.executemany(
        "UPDATE round_responses SET id = ?, origin_device = ?, usn = ?, lineage = ?, content_hash = ?,"
        " outbox = 1 WHERE id = ?",
        [(_answer_id(r[1], r[2]), device, usn, lineage, _hash(list(r[1:])), r[0]) for r in rows],
    )
