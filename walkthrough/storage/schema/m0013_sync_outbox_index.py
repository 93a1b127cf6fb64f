"""Sync: "what must this device's own bundle carry" is one indexed query.

A device that has imported much and written little has many rows with a
change number past its last folder bundle but nothing in its outbox; a
partial index over the outbox rows finds the few that are.
"""

from __future__ import annotations

import sqlite_utils

TABLES = ("schools", "people", "rooms", "profile_keys", "record_merges", "routes", "rounds", "observations",
          "round_stops", "responses", "notes", "peer_visits", "peer_visitors", "sealed_parts")


def migrate(db: sqlite_utils.Database) -> None:
    for table in TABLES:
        db.execute(f"CREATE INDEX {table}_outbox ON {table} (usn) WHERE outbox = 1")
