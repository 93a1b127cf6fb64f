"""Doing something once a widget has been painted on screen: how the app knows its first page
is really there (``window_ready`` in the log is logged then, not when the page was merely built)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window that is never exposed (minimised at start, no screen) is not waited for longer than this.
AT_MOST_MS = 1000


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then: Callable[[], None] | None = then
        self.widget = widget
        widget.installEventFilter(self)
        QTimer.singleShot(AT_MOST_MS, self, self._done)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint and self.then is not None:
            QTimer.singleShot(0, self, self._done)  # after the rest of this paint (the page's children)
        return False

    def _done(self) -> None:
        then, self.then = self.then, None
        if then is None:
            return
        self.widget.removeEventFilter(self)
        then()


def when_painted(widget: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` (once) soon after ``widget`` is first painted, or after :data:`AT_MOST_MS`."""
    _FirstPaint(widget, then)
