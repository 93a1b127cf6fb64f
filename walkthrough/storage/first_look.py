"""A first look at the data folder's database, read-only and on plain sqlite3, before the stores load.

The app's first page at a first start is the setup's welcome, which needs no data. To show it
without waiting for sqlite-utils and the ~120 modules of the stores (and, on a new folder, for
the database to be made), the starter only checks the file here (``storage.health``: every
check that needs neither writing nor reading every page) and asks whether the folder holds
anyone or any school yet. The stores open right after the first page is painted
(``ui/startup.py``), with every check again and SQLite's ``quick_check``; a problem found then
closes the window and shows the safe-start window, as at any start.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from walkthrough.storage.health import inspect_database, read_only_connection, sqlite_problem


@dataclass(frozen=True)
class FirstLook:
    exists: bool  # False: a new data folder, its database is made when the stores open
    first_run: bool  # no school and nobody yet: the first-run setup is the first page


def first_look(path: Path) -> FirstLook:
    """What the database at ``path`` holds, enough to choose the first page. Raises
    :class:`~walkthrough.storage.health.DatabaseProblem` for a file the app cannot open."""
    inspection = inspect_database(path, quick_check=False)  # the stores' open runs SQLite's check
    if not inspection.exists:
        return FirstLook(exists=False, first_run=True)
    try:
        conn = read_only_connection(path)
    except sqlite3.Error as exc:
        raise sqlite_problem(exc, path) from None
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

        def any_in(table: str) -> bool:
            return table in tables and conn.execute(f"SELECT 1 FROM {table} WHERE deleted = 0 LIMIT 1").fetchone() \
                is not None

        return FirstLook(exists=True, first_run=not any_in("schools") and not any_in("people"))
    except sqlite3.Error as exc:
        raise sqlite_problem(exc, path) from None
    finally:
        conn.close()
