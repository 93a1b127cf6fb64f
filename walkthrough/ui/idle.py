"""A shared tablet left alone goes back to the chooser.

After the device's idle time (set by an administrator in the profile
chooser; 10 minutes unless changed, never with 0) without a tap, a key or a
mouse move, the window commits whatever a field still holds, signs the
profile out and opens the chooser: the next person cannot carry on as the
last one. A round in progress stays as it is and resumes when its walker
signs in again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from walkthrough.ui.mainwindow import MainWindow

log = logging.getLogger("walkthrough.ui.idle")

_ACTIVITY = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.KeyPress, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.InputMethod,
})


class IdleWatch(QObject):
    """Emits :attr:`idle` after ``interval_ms`` without user input anywhere in the app."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle.emit)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.destroyed.connect(self._uninstall)

    def set_interval_ms(self, interval_ms: int) -> None:
        """``0``: never."""
        self.timer.setInterval(interval_ms)
        if interval_ms > 0:
            self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.interval() > 0:
            self.timer.start()
        return False

    @staticmethod
    def _uninstall(watch: QObject | None = None) -> None:
        app = QApplication.instance()
        if app is not None and watch is not None:
            app.removeEventFilter(watch)


def watch_idle(window: MainWindow) -> IdleWatch:
    """Sign out and show the chooser after the device's idle time."""
    watch = IdleWatch(window)

    def apply_setting() -> None:
        watch.set_interval_ms(window.repo.idle_minutes() * 60_000)

    def signed_out() -> None:
        if window.repo.current_profile() is None:
            return
        window.flush()  # typed text is committed before the profile goes
        window.repo.switch_profile(None)
        log.info("signed out after idle time", extra={"event": {"event": "idle_sign_out"}})
        window.profile_button.refresh()
        window.profile_button.profile_changed.emit()
        if window.profile_button.dialog is None or not window.profile_button.dialog.isVisible():
            window.profile_button.choose()

    watch.idle.connect(signed_out)
    window.profile_button.profile_changed.connect(apply_setting)
    apply_setting()
    return watch
