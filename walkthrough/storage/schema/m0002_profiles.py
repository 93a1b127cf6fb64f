"""Profiles: a person may protect switching to their profile with a PIN."""

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE people ADD COLUMN pin_hash TEXT")
    db.execute("ALTER TABLE people ADD COLUMN pin_salt TEXT")
