"""The only package that talks to SQLite (through sqlite-utils, see ``storage/sqlite_lib.py``).

``Repository`` and ``open_database`` are loaded on first use (PEP 562), so that importing a
light module of the package (``storage.health``, ``storage.first_look``) does not import
sqlite-utils and every store: the app's first page is shown before they load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from walkthrough.storage.db import open_database
    from walkthrough.storage.repository import Repository

__all__ = ["Repository", "open_database"]


def __getattr__(name: str) -> object:
    if name == "Repository":
        from walkthrough.storage.repository import Repository

        return Repository
    if name == "open_database":
        from walkthrough.storage.db import open_database

        return open_database
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
