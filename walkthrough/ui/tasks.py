"""Long work off the UI thread, one task at a time (after Anki's taskman).

``TaskManager.run(work, on_done, on_failed)`` runs ``work()`` on a single
background thread, in submission order, and calls ``on_done(result)`` or
``on_failed(exception)`` back on the UI thread. Work that needs the database
opens its own Repository on that thread (SQLite connections stay on the
thread that made them).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger("walkthrough.ui.tasks")


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported to the UI thread, never raised there
            log.exception("background task failed")
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class TaskManager(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[Exception], None] | None = None,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finished(result: object) -> None:
            self._relays.discard(relay)
            if on_done is not None:
                on_done(result)

        def failed(exc: object) -> None:
            self._relays.discard(relay)
            if on_failed is not None and isinstance(exc, Exception):
                on_failed(exc)

        relay.done.connect(finished)
        relay.failed.connect(failed)
        self.pool.start(_Task(work, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)
