"""The only package that talks to SQLite (through sqlite-utils)."""

import sys

if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules:
    # sqlite-utils imports numpy when it is installed (the dashboard needs it), only to map numpy
    # column types for inserts, which nothing here makes: 0.25 s of every start. Import it without.
    sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import sqlite_utils.db
    finally:
        del sys.modules["numpy"]
    import sqlite_utils.plugins

    # No third-party sqlite-utils plugin is hooked into the app's connections (and scanning every
    # installed package's entry points for them took 0.05 s of each start).
    sqlite_utils.plugins._plugins_loaded = True

from walkthrough.storage.db import open_database
from walkthrough.storage.repository import Repository

__all__ = ["Repository", "open_database"]
