"""Schema changes, applied in order, each in one transaction with its record.

Each step is a module ``walkthrough/storage/schema/mNNNN_<name>.py`` with a
``migrate(db)`` function; the number orders them. A step, once released, is
never edited: a change to the schema is a new step. sqlite-utils'
``Migrations`` records what has been applied in ``_sqlite_migrations``.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import sqlite_utils
from sqlite_utils.migrations import Migrations

from walkthrough.storage import schema

_STEP = re.compile(r"^m(\d{4})_[a-z0-9_]+$")


def steps() -> list[str]:
    """Names of every schema step, in the order they apply."""
    names = [m.name for m in pkgutil.iter_modules(schema.__path__) if _STEP.match(m.name)]
    return sorted(names)


def build() -> Migrations:
    migrations = Migrations("walkthrough")
    for name in steps():
        module = importlib.import_module(f"walkthrough.storage.schema.{name}")
        migrations(name=name)(module.migrate)
    return migrations


def apply_migrations(db: sqlite_utils.Database, *, stop_before: str | None = None) -> None:
    build().apply(db, stop_before=stop_before)


def applied(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in build().applied(db)]
