"""Opening the database: WAL, foreign keys, durable commits, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from walkthrough.storage.migrations import apply_migrations


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are explicit (``StoreBase.transaction()``)."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True, timeout=10.0)
    conn.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit is on disk before it returns, so a power cut after the
    # screen shows a tap as done cannot lose it.
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    return conn


def open_database(path: Path | str, *, background_checkpoints: bool = False) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database at ``path``.

    With ``background_checkpoints`` this connection never copies the WAL
    back into the database itself: SQLite's automatic checkpoint would make
    about one tap in a hundred wait 0.6 s on a large database. The app runs
    :func:`checkpoint` on a background thread instead.
    """
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(connect(path))
    apply_migrations(db)
    if background_checkpoints:
        db.execute("PRAGMA wal_autocheckpoint=0")
    return db


def checkpoint(path: Path | str, mode: str = "PASSIVE") -> tuple[int, int, int]:
    """Copy the WAL back into the database on a connection of its own.

    Safe to run on a background thread while the app keeps writing: a
    PASSIVE checkpoint never blocks a writer. Returns SQLite's (busy, WAL
    frames, frames checkpointed).
    """
    if mode not in {"PASSIVE", "FULL", "RESTART", "TRUNCATE"}:
        raise ValueError(f"unknown checkpoint mode {mode!r}")
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=10.0)
    try:
        row = conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
    finally:
        conn.close()
    return int(row[0]), int(row[1]), int(row[2])
