"""The only package that talks to SQLite (through sqlite-utils)."""

from walkthrough.storage.db import open_database
from walkthrough.storage.repository import Repository

__all__ = ["Repository", "open_database"]
