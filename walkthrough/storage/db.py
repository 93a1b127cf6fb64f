"""Opening the database: checked first, then WAL, foreign keys, durable commits, migrations.

:func:`open_database` never changes a file it did not make: it first looks
at the file read-only (``storage.health``) and refuses, with a
:class:`~walkthrough.storage.health.DatabaseProblem`, an empty, damaged,
foreign or newer one. A new database is made beside its final name and
renamed into place once its schema is complete, so a crash while creating
it never leaves a half-made file. Before a schema migration of an existing
database, a backup is made (``storage.backup``). Each open stamps the file
as Walkthrough's (``PRAGMA application_id``), with its schema step
(``PRAGMA user_version``) and the newest app version that opened it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from pathlib import Path

from walkthrough import __version__
from walkthrough.storage.health import (
    APP_VERSION_SETTING,
    APPLICATION_ID,
    Inspection,
    inspect_database,
    latest_step_number,
    sqlite_problem,
    version_key,
)
from walkthrough.storage.migrations import apply_migrations
from walkthrough.storage.sqlite_lib import sqlite_utils

log = logging.getLogger("walkthrough.storage")


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


def connect_reader(path: Path | str) -> sqlite3.Connection:
    """A read-only connection for background work on another thread (one thread at a time).

    ``query_only`` makes any write through it fail, so a report or a query over many visits can
    never change the database; the busy timeout lets it wait out a writer's commit.
    """
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10.0)
    conn.execute("PRAGMA query_only = 1")
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def open_database(
    path: Path | str, *, background_checkpoints: bool = False, quick_check: bool = True
) -> sqlite_utils.Database:
    """Check, open (creating if needed) and migrate the database at ``path``.

    Raises :class:`~walkthrough.storage.health.DatabaseProblem` for a file
    the app must not or cannot open (see the module's description).

    With ``background_checkpoints`` this connection never copies the WAL
    back into the database itself: SQLite's automatic checkpoint would make
    about one tap in a hundred wait 0.6 s on a large database. The app runs
    :func:`checkpoint` on a background thread instead.
    """
    if str(path) == ":memory:":
        db = sqlite_utils.Database(connect(path))
        apply_migrations(db)
        return db
    path = Path(path)
    inspection = inspect_database(path, quick_check=quick_check)
    if not inspection.exists:
        _create(path)
    elif inspection.pending:
        from walkthrough.storage.backup import Reason, make_backup

        backup = make_backup(path, Reason.BEFORE_MIGRATION)
        log.info("backup before migration", extra={"event": {"event": "backup_made", "path": str(backup.path),
                                                             "reason": backup.reason}})
    try:
        db = sqlite_utils.Database(connect(path))
        try:
            if inspection.pending:  # a new file was made whole (_create); none pending: no step is loaded
                apply_migrations(db)
            _stamp(db, inspection)
        except BaseException:
            db.close()
            raise
    except sqlite3.Error as exc:
        raise sqlite_problem(exc, path) from None
    if background_checkpoints:
        db.execute("PRAGMA wal_autocheckpoint=0")
    return db


def _create(path: Path) -> None:
    """Make a new database with its whole schema beside ``path``, then rename it into place."""
    partial = path.with_name(path.name + ".new")
    for leftover in (partial, partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite_utils.Database(connect(partial))
        try:
            apply_migrations(db)
            _stamp(db, Inspection(exists=False))
        finally:
            db.close()  # the last connection: the WAL is checkpointed and removed
        os.replace(partial, path)
    except sqlite3.Error as exc:
        raise sqlite_problem(exc, path) from None
    except OSError as exc:
        from walkthrough.paths import folder_problem

        raise folder_problem(path.parent, exc) from None


def _stamp(db: sqlite_utils.Database, inspection: Inspection) -> None:
    """Mark the file as Walkthrough's, with its schema step and the newest app that opened it."""
    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    step = latest_step_number()
    if db.execute("PRAGMA user_version").fetchone()[0] != step:
        db.execute(f"PRAGMA user_version = {step}")
    last = inspection.last_app_version
    if last is None or version_key(last) < version_key(__version__):
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [APP_VERSION_SETTING, __version__],
        )


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
