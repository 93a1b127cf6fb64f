"""Schema changes, applied in order, each in one transaction with its record.

Each step is a module ``walkthrough/storage/schema/mNNNN_<name>.py`` with a
``migrate(db)`` function; the number orders them. A step, once released, is
never edited: a change to the schema is a new step. sqlite-utils'
``Migrations`` records what has been applied in ``_sqlite_migrations``.

sqlite-utils is imported here only, when steps are built (a new database, a
database with steps to apply, a restore): a start on a current database never
loads it (``storage.connection``).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sqlite3
import sys
from typing import TYPE_CHECKING, Protocol

from walkthrough.storage import schema

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

_STEP = re.compile(r"^m(\d{4})_[a-z0-9_]+$")


class Connected(Protocol):
    """The app's ``storage.connection.Database`` or a sqlite-utils ``Database``."""

    @property
    def conn(self) -> sqlite3.Connection: ...


def sqlite_utils_database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """A sqlite-utils ``Database`` on ``conn``, for the schema steps."""
    if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
        # sqlite-utils imports numpy when it is installed (the dashboard needs it), only to map numpy
        # column types for inserts, which nothing here makes: 0.25 s. Import it without.
        sys.modules["numpy"] = None  # type: ignore[assignment]
        try:
            import sqlite_utils.db
        finally:
            del sys.modules["numpy"]
    import sqlite_utils
    import sqlite_utils.plugins

    # No third-party sqlite-utils plugin is hooked into the app's connections (and scanning every
    # installed package's entry points for them took 0.05 s).
    sqlite_utils.plugins._plugins_loaded = True
    return sqlite_utils.Database(conn)


def steps() -> list[str]:
    """Names of every schema step, in the order they apply."""
    names = [m.name for m in pkgutil.iter_modules(schema.__path__) if _STEP.match(m.name)]
    return sorted(names)


def build() -> Migrations:
    from sqlite_utils.migrations import Migrations

    migrations = Migrations("walkthrough")
    for name in steps():
        module = importlib.import_module(f"walkthrough.storage.schema.{name}")
        migrations(name=name)(module.migrate)
    return migrations


def apply_migrations(db: Connected, *, stop_before: str | None = None) -> None:
    steps_db = sqlite_utils_database(db.conn)
    build().apply(steps_db, stop_before=stop_before)


def applied(db: Connected) -> list[str]:
    steps_db = sqlite_utils_database(db.conn)
    return [m.name for m in build().applied(steps_db)]
