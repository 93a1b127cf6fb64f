"""Writers of one database in this process take turns, so a tap never waits out an import.

SQLite lets one writer at a time hold a database, and a writer that finds it
held polls with growing sleeps (SQLite's busy handler): while a long import
commits one short transaction after another, a tap that polls at the wrong
moments can find the lock taken every time. So the writers of this process
(the window's user actions and the background sync, each on its own
connection; a second app on the same data folder is already refused) take
turns here before they ask SQLite: an import's next transaction waits while a
user action waits or writes, and a user action waits only for the import's
transaction in progress (one short chunk), woken the moment it commits.

Nobody waits here for long: past :data:`MAX_WAIT` each goes on to SQLite's own
lock, which still decides (and a user action still reports the database busy
when it cannot get it).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

MAX_WAIT = 0.5  # seconds anyone waits for a turn before going to SQLite's lock anyway


class _Turns:
    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.importing = False  # a long writer's transaction is under way
        self.waiting = 0  # user actions waiting for their turn
        self.acting = 0  # user actions under way


_TURNS: dict[str, _Turns] = {}
_TURNS_LOCK = threading.Lock()


def _turns(database: str) -> _Turns:
    with _TURNS_LOCK:
        return _TURNS.setdefault(database, _Turns())


@contextmanager
def user_action(database: str) -> Iterator[None]:
    """A user action's transaction: after the import's transaction in progress, before its next."""
    if not database:
        yield
        return
    turns = _turns(database)
    with turns.cond:
        turns.waiting += 1
        try:
            turns.cond.wait_for(lambda: not turns.importing, timeout=MAX_WAIT)
        finally:
            turns.waiting -= 1
        turns.acting += 1
    try:
        yield
    finally:
        with turns.cond:
            turns.acting -= 1
            turns.cond.notify_all()


@contextmanager
def long_writer(database: str) -> Iterator[None]:
    """One transaction of a long writer (an import): it lets every user action waiting go first."""
    if not database:
        yield
        return
    turns = _turns(database)
    with turns.cond:
        turns.cond.wait_for(lambda: turns.waiting == 0 and turns.acting == 0, timeout=MAX_WAIT)
        turns.importing = True
    try:
        yield
    finally:
        with turns.cond:
            turns.importing = False
            turns.cond.notify_all()


def someone_waits(database: str) -> bool:
    """Whether a user action of this process waits for (or holds) the database: a long writer's
    transaction then ends at its next look, instead of going on for its own sake."""
    turns = _TURNS.get(database)
    return turns is not None and bool(turns.waiting or turns.acting)


def step_aside(database: str) -> None:
    """Called by a long writer between records, outside SQLite's lock or inside: while a user
    action waits or writes, wait until it is done, so the action does not also have to wait
    for this thread's turns at the Python interpreter (one thread runs Python code at a time)."""
    turns = _TURNS.get(database)
    if turns is None or turns.importing or not (turns.waiting or turns.acting):
        return  # (inside its own transaction, the actions wait for it instead)
    with turns.cond:
        turns.cond.wait_for(lambda: turns.waiting == 0 and turns.acting == 0, timeout=MAX_WAIT)

