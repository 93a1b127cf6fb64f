"""Schema changes, applied in order, each in one transaction with its record.

Each step is a module ``walkthrough/storage/schema/mNNNN_<name>.py`` with a
``migrate(db)`` function; the number orders them. A step, once released, is
never edited: a change to the schema is a new step. sqlite-utils'
``Migrations`` records what has been applied in ``_sqlite_migrations``.
"""

from __future__ import annotations

import importlib
import re
from typing import TYPE_CHECKING

from walkthrough.storage import schema

if TYPE_CHECKING:  # sqlite-utils loads when a step is built: the read-only start checks need only the names
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

_STEP = re.compile(r"^m(\d{4})_[a-z0-9_]+$")


def steps() -> list[str]:
    """Names of every schema step, in the order they apply."""
    import pkgutil  # here: a new data folder's first page is shown before any step is needed

    names = [m.name for m in pkgutil.iter_modules(schema.__path__) if _STEP.match(m.name)]
    return sorted(names)


def build() -> Migrations:
    from walkthrough.storage.sqlite_lib import Migrations  # sqlite-utils without numpy, no plugin scan

    migrations = Migrations("walkthrough")
    for name in steps():
        module = importlib.import_module(f"walkthrough.storage.schema.{name}")
        migrations(name=name)(module.migrate)
    return migrations


def apply_migrations(db: Database, *, stop_before: str | None = None) -> None:
    build().apply(db, stop_before=stop_before)


def applied(db: Database) -> list[str]:
    return [m.name for m in build().applied(db)]
