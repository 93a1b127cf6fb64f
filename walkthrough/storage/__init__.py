"""The only package that talks to SQLite (plain sqlite3; sqlite-utils where schema steps run)."""

from walkthrough.storage.db import open_database
from walkthrough.storage.repository import Repository

__all__ = ["Repository", "open_database"]
