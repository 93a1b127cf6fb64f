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
# The longest the watch leaves the application's events alone after hearing input.
MAX_PAUSE_MS = 1000


class IdleWatch(QObject):
    """Emits :attr:`idle` once ``interval_ms`` (and at most one listening pause more) have
    passed without user input anywhere in the app.

    Watching means a Python call on every event of the application (timers, paints and
    layouts included, not only input), and each such call takes the interpreter's lock:
    while another thread runs Python (the nudge lists' warm-up), every one of them can
    wait for it, and a keystroke's few dozen events add up to a visible stall. So the
    watch listens only until it hears the first input, then leaves the application's
    events alone for a pause (a second at most) and listens again. Input during a pause
    goes unheard, which is why the sign-out waits the interval plus one pause after the
    last input it heard: never sooner than the interval after the last input, at most
    one pause later.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle.emit)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.timeout.connect(self._listen)
        self.listening = False
        self.destroyed.connect(self._uninstall)

    def set_interval_ms(self, interval_ms: int) -> None:
        """``0``: never."""
        if interval_ms > 0:
            pause_ms = min(MAX_PAUSE_MS, interval_ms // 4)
            self.pause.setInterval(pause_ms)
            self.timer.setInterval(interval_ms + pause_ms)
            self.timer.start()
            self._listen()
        else:
            self.timer.stop()
            self.pause.stop()
            self._stop_listening()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.timer.start()
            self._stop_listening()
            self.pause.start()
        return False

    def _listen(self) -> None:
        app = QApplication.instance()
        if app is not None and not self.listening:
            app.installEventFilter(self)
            self.listening = True

    def _stop_listening(self) -> None:
        app = QApplication.instance()
        if app is not None and self.listening:
            app.removeEventFilter(self)
        self.listening = False

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
