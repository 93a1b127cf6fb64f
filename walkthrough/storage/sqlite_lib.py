"""sqlite-utils, imported the way the app needs it: every module of ``storage`` takes it from here.

sqlite-utils imports numpy when it is installed (the dashboard needs it), only to map numpy
column types for inserts, which nothing here makes: 0.25 s of a start. It is imported without.
No third-party sqlite-utils plugin is hooked into the app's connections (scanning every
installed package's entry points for them took 0.05 s of each start). Its recipes module imports
dateutil's date parser (about 0.01 s: the parser and its time zones) for a recipe nothing here
calls: that module is loaded lazily, so its code runs at its first use (never, in the app).

Nothing imports this module before the first page is shown: the first look at the data
(``storage.health``, ``storage.first_look``) is plain read-only sqlite3, so the window's first
page does not wait for sqlite-utils (about 0.05 s) and the ~120 modules of the stores.
"""

from __future__ import annotations

import sys

from walkthrough.storage.lazy_load import load_lazily

if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
    load_lazily("dateutil.parser")  # sqlite-utils' recipes import it; its code runs at first use (never here)
    sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import sqlite_utils.db
    finally:
        del sys.modules["numpy"]
    import sqlite_utils.plugins

    sqlite_utils.plugins._plugins_loaded = True

import sqlite_utils as sqlite_utils  # re-exported: ``from walkthrough.storage.sqlite_lib import sqlite_utils``
from sqlite_utils.migrations import Migrations as Migrations

__all__ = ["Migrations", "sqlite_utils"]
