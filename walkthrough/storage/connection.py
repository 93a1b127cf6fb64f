"""The app's connection to its database: plain ``sqlite3`` with the four things the stores use.

The stores only ever used ``execute``, ``conn``, ``atomic`` and ``close`` of sqlite-utils'
``Database``, and importing sqlite-utils (click, dateutil and pluggy with it) took about 0.1 s of
every start. sqlite-utils now loads only where schema steps run (``storage.migrations``); this
keeps what its ``Database`` did for the stores: recursive triggers on, and ``atomic`` as a
transaction or, inside one, a savepoint.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any


class Database:
    """A connection in autocommit mode (``storage.db.connect``), as the stores use it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.execute("PRAGMA recursive_triggers=on")

    def execute(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] | None = None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """All of the block or none of it: a transaction, or a savepoint inside one."""
        conn = self.conn
        if conn.in_transaction:
            name = f"atomic_{secrets.token_hex(8)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:  # an error may have rolled back the whole transaction
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        conn.execute("BEGIN")
        try:
            yield self
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.conn.close()
