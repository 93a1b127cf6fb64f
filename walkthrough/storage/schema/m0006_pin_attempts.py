"""Wrong PIN attempts, kept on this device so that closing the app does not reset them.

One row per profile with failed attempts since its last good PIN: how many,
when the last one was, and when the profile was locked (after too many). A
good PIN or an administrator's unlock deletes the row. This table belongs to
the device, like ``settings``: it is not a record and never syncs.
"""

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute(
        """CREATE TABLE pin_attempts (
            person_id TEXT PRIMARY KEY REFERENCES people(id),
            failures INTEGER NOT NULL DEFAULT 0,
            last_failure_at TEXT NOT NULL,
            locked_at TEXT)"""
    )
