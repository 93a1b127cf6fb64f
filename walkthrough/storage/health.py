"""Looking at a database file before the app trusts it, without changing it.

:func:`inspect_database` opens the file read-only (a SQLite URI with
``mode=ro``) and decides whether it is a Walkthrough database the app can
open: not empty, a SQLite file, one of ours (our ``application_id``, or the
migrations table of an older Walkthrough), not from a newer Walkthrough, with
every table its schema steps made, passing SQLite's ``quick_check``.
Anything else is a :class:`DatabaseProblem` that says what is wrong, with what
file, and what to do. Nothing here writes to the file, so a foreign SQLite
file is never switched to WAL or given a migrations table.

``quick_check`` rather than ``integrity_check``: it checks every page and
record format but skips the index-content cross-check, and on the
100,000-visit database it takes a fraction of the full check's time (see
``tests/perf/bench_safe_start.py``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from walkthrough import __version__
from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, message
from walkthrough.paths import StartProblem
from walkthrough.storage.migrations import steps

# "WALK": marks a database file as Walkthrough's (PRAGMA application_id).
APPLICATION_ID = 0x57414C4B
SQLITE_MAGIC = b"SQLite format 3\x00"
APP_VERSION_SETTING = "app_version"


class ProblemKind(StrEnum):
    EMPTY = "empty"
    NOT_SQLITE = "not_sqlite"
    DAMAGED = "damaged"
    FOREIGN = "foreign"
    NEWER = "newer"
    MISSING_TABLE = "missing_table"
    UNREADABLE = "unreadable"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"


class DatabaseProblem(StartProblem):
    """A database file the app cannot open; the message is for the user."""

    def __init__(self, kind: ProblemKind, path: Path, what: str | Message, todo: str | Message = "") -> None:
        self.kind = kind
        super().__init__(path, what, todo or message(_TODO[kind]))

    @property
    def can_restore(self) -> bool:
        # A newer database is the newer app's to open: an older backup would lose its data.
        return self.kind not in (ProblemKind.DISK_FULL, ProblemKind.READ_ONLY, ProblemKind.NEWER)


_RESTORE = QT_TRANSLATE_NOOP("core", "restore the newest backup, or start with a new empty data folder")
_TODO = {
    ProblemKind.EMPTY: _RESTORE,
    ProblemKind.NOT_SQLITE: _RESTORE,
    ProblemKind.DAMAGED: _RESTORE,
    ProblemKind.FOREIGN: QT_TRANSLATE_NOOP("core",
        "it is left as it is; restore a backup, or start with a new empty data folder"),
    ProblemKind.NEWER: QT_TRANSLATE_NOOP("core",
        "install that version of Walkthrough (or newer) to open it; it is left as it is"),
    ProblemKind.MISSING_TABLE: _RESTORE,
    ProblemKind.UNREADABLE: QT_TRANSLATE_NOOP("core",
        "check that you may read it, or start with a new empty data folder"),
    ProblemKind.DISK_FULL: QT_TRANSLATE_NOOP("core", "free some space on that disk, then start Walkthrough again"),
    ProblemKind.READ_ONLY: QT_TRANSLATE_NOOP("core",
        "make it writable (or ask IT to), or start with a new empty data folder"),
}
_NOT_SQLITE = QT_TRANSLATE_NOOP("core", "the file is not a Walkthrough database (not SQLite)")


@dataclass(frozen=True)
class Inspection:
    """What :func:`inspect_database` found in a database the app can open."""

    exists: bool
    pending: tuple[str, ...] = ()  # schema steps not applied yet
    last_app_version: str | None = None  # the newest Walkthrough that opened it


def latest_step_number() -> int:
    return _step_number(steps()[-1])


def _step_number(name: str) -> int:
    return int(name[1:5])


def version_key(version: str) -> tuple[int, ...]:
    parts = []
    for part in version.split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file (SQLite URI ``mode=ro``).

    With no ``-wal`` beside it (no connection open, nothing to replay) the file
    is opened ``immutable``: a read-only connection to a WAL-mode file would
    otherwise leave ``-wal`` and ``-shm`` files behind it."""
    immutable = not path.with_name(path.name + "-wal").exists()
    query = "mode=ro&immutable=1" if immutable else "mode=ro"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True, isolation_level=None, timeout=5.0)


def sqlite_problem(exc: sqlite3.Error, path: Path) -> DatabaseProblem:
    """A SQLite error as a plain problem."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DatabaseProblem(ProblemKind.DISK_FULL, path,
                               message(QT_TRANSLATE_NOOP("core", "the disk is full, so nothing more can be saved")))
    if "readonly" in text or "read-only" in text:
        return DatabaseProblem(ProblemKind.READ_ONLY, path,
                               message(QT_TRANSLATE_NOOP("core",
                                   "the database cannot be written to (it is read-only)")))
    if "unable to open" in text or "disk i/o error" in text:
        return DatabaseProblem(ProblemKind.UNREADABLE, path,
                               message(QT_TRANSLATE_NOOP("core",
                                   "the database file cannot be opened ({why})"), why=str(exc)))
    if "not a database" in text:
        return DatabaseProblem(ProblemKind.NOT_SQLITE, path, message(_NOT_SQLITE))
    return DatabaseProblem(ProblemKind.DAMAGED, path,
                           message(QT_TRANSLATE_NOOP("core",
                               "the database is damaged (SQLite says: {why})"), why=str(exc)))


@lru_cache(maxsize=32)
def expected_tables(applied: tuple[str, ...]) -> frozenset[str]:
    """The tables the schema steps ``applied`` make: built once in memory, then kept in the
    per-user cache folder under a key made of the steps' names and their files' sizes and
    times, so a start does not run every schema step again (0.05-0.1 s) to know them."""
    import importlib.util
    import json

    import platformdirs

    from walkthrough.paths import APP_NAME, sha256

    key = sha256(__version__.encode("utf-8"))
    for name in applied:
        spec = importlib.util.find_spec(f"walkthrough.storage.schema.{name}")
        origin = spec.origin if spec is not None else None
        try:
            stat = Path(origin).stat() if origin else None
        except OSError:
            stat = None
        key.update(f"{name}:{stat.st_size if stat else ''}:{stat.st_mtime_ns if stat else ''};".encode())
    cache = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / f"schema-tables-{key.hexdigest()[:20]}.json"
    try:
        kept = json.loads(cache.read_text(encoding="utf-8"))
        if isinstance(kept, list) and all(isinstance(t, str) for t in kept):
            return frozenset(kept)
    except (OSError, ValueError):
        pass
    tables = _build_expected_tables(applied)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps(sorted(tables)), encoding="utf-8")  # cut short, it reads as no cache
    except OSError:
        pass  # a cache that cannot be written: build it again next time
    return tables


def _build_expected_tables(applied: tuple[str, ...]) -> frozenset[str]:
    from walkthrough.storage.migrations import build
    from walkthrough.storage.sqlite_lib import sqlite_utils

    db = sqlite_utils.Database(memory=True)
    if applied:
        build().apply(db, stop_before=_next_step(applied[-1]))
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    db.close()
    return frozenset(t for t in tables if not t.startswith("sqlite_"))


def _next_step(name: str) -> str | None:
    names = steps()
    index = names.index(name)
    return names[index + 1] if index + 1 < len(names) else None


def inspect_database(path: Path, *, quick_check: bool = True) -> Inspection:
    """Check the database at ``path`` without changing it (see the module's description)."""
    if not path.exists() and not path.is_symlink():
        return Inspection(exists=False)
    if path.is_dir():
        raise DatabaseProblem(ProblemKind.NOT_SQLITE, path,
                              message(QT_TRANSLATE_NOOP("core", "where the database should be there is a folder")))
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        why: str | Message = message(QT_TRANSLATE_NOOP("core",
            "permission denied")) if isinstance(exc, PermissionError) \
            else str(exc.strerror)
        raise DatabaseProblem(ProblemKind.UNREADABLE, path,
                              message(QT_TRANSLATE_NOOP("core",
                                  "the database file cannot be read ({why})"), why=why)) from None
    if not header:
        raise DatabaseProblem(ProblemKind.EMPTY, path,
                              message(QT_TRANSLATE_NOOP("core",
                                  "the database file is empty (0 bytes): its data is gone")))
    if not header.startswith(SQLITE_MAGIC):
        raise DatabaseProblem(ProblemKind.NOT_SQLITE, path, message(_NOT_SQLITE))
    if len(header) < 100:
        raise DatabaseProblem(ProblemKind.DAMAGED, path, message(QT_TRANSLATE_NOOP("core",
            "the database file is cut short (truncated)")))
    try:
        conn = read_only_connection(path)
    except sqlite3.Error as exc:
        raise sqlite_problem(exc, path) from None
    try:
        return _inspect(conn, path, quick_check=quick_check)
    except sqlite3.Error as exc:
        raise sqlite_problem(exc, path) from None
    finally:
        conn.close()


def _inspect(conn: sqlite3.Connection, path: Path, *, quick_check: bool) -> Inspection:
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    applied: list[str] = []
    if "_sqlite_migrations" in tables:
        applied = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = 'walkthrough' ORDER BY name"
            ).fetchall()
        ]
    ours = application_id == APPLICATION_ID or bool(applied)
    if not ours:
        what = message(QT_TRANSLATE_NOOP("core", "the file is another program's SQLite database, not Walkthrough's"))
        if application_id:
            what = message(QT_TRANSLATE_NOOP("core",
                "the file is another program's SQLite database, not Walkthrough's (application "
                                             "id {id})"), id=f"{application_id:#x}")
        raise DatabaseProblem(ProblemKind.FOREIGN, path, what)
    last_app = None
    if "settings" in tables:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", [APP_VERSION_SETTING]).fetchone()
        last_app = row[0] if row else None
    known = set(steps())
    unknown = [name for name in applied if name not in known]
    if unknown or user_version > latest_step_number():
        needs = message(QT_TRANSLATE_NOOP("core", "Walkthrough {version}"), version=last_app) \
            if last_app and version_key(last_app) > version_key(__version__) else \
            message(QT_TRANSLATE_NOOP("core", "a newer Walkthrough"))
        step = max([user_version, *(_step_number(n) for n in unknown if n[1:5].isdigit())])
        raise DatabaseProblem(
            ProblemKind.NEWER,
            path,
            message(QT_TRANSLATE_NOOP("core",
                "the database was made by a newer version of Walkthrough: it is at schema step {step}, "
                                      "and this copy (version {version}) knows steps up to {last}. It needs "
                                      "{needs} or newer"),
                    step=step, version=__version__, last=latest_step_number(), needs=needs),
        )
    missing = sorted(expected_tables(tuple(n for n in steps() if n in set(applied))) - tables)
    if missing:
        raise DatabaseProblem(
            ProblemKind.MISSING_TABLE,
            path,
            message(QT_TRANSLATE_NOOP("core",
                "the database is damaged: the tables {tables} are missing"), tables=", ".join(missing))
            if len(missing) > 1 else
            message(QT_TRANSLATE_NOOP("core",
                "the database is damaged: the table {tables} is missing"), tables=missing[0]),
        )
    if quick_check:
        result = [r[0] for r in conn.execute("PRAGMA quick_check(3)").fetchall()]
        if result != ["ok"]:
            raise DatabaseProblem(
                ProblemKind.DAMAGED, path,
                message(QT_TRANSLATE_NOOP("core",
                    "the database is damaged (SQLite's check says: {why})"), why="; ".join(result))
            )
    pending = tuple(name for name in steps() if name not in set(applied))
    return Inspection(exists=True, pending=pending, last_app_version=last_app)
