"""Opening the database: WAL, foreign keys, durable commits, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from walkthrough.storage.migrations import apply_migrations


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are explicit (``db.atomic()``)."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True, timeout=10.0)
    conn.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit is on disk before it returns, so a power cut after the
    # screen shows a tap as done cannot lose it.
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    return conn


def open_database(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database at ``path``."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(connect(path))
    apply_migrations(db)
    return db
