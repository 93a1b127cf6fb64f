"""Where the main window opens: maximised on a small screen, otherwise where and as large as it was left.

On a screen of 1366x768 or smaller (most school tablets) the window always opens maximised: a fixed
1280x800 window there ran off the screen and hid the timer and Next room. On a larger screen it opens
with the size and place it had when it was last closed (kept in ``window.ini`` in the config folder),
or, the first time, 1280x800 in the middle of the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from walkthrough.paths import config_dir

SMALL_SCREEN = (1366, 768)
FIRST_SIZE = (1280, 800)
_KEY = "main_window/geometry"


def _settings() -> QSettings:
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


def is_small_screen(screen: QRect) -> bool:
    return screen.width() <= SMALL_SCREEN[0] and screen.height() <= SMALL_SCREEN[1]


class _Remember(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and isinstance(watched, QWidget):
            remember(watched)
        return False


def remember(window: QWidget) -> None:
    """Keep the window's size, place and maximised state for the next start."""
    screen = window.screen()
    if screen is not None and is_small_screen(screen.geometry()):
        return  # a small screen always opens maximised: nothing to remember
    settings = _settings()
    settings.setValue(_KEY, window.saveGeometry())
    settings.sync()


def remember_on_close(window: QWidget) -> None:
    """Keep ``window``'s size and place when it closes (once per window)."""
    if window.property("_placed_filter") is None:
        window.setProperty("_placed_filter", True)
        window.installEventFilter(_Remember(window))


def show_placed(window: QWidget) -> None:
    """Show ``window`` maximised on a small screen, else where it was last left (or centred)."""
    remember_on_close(window)
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.show()
        return
    if is_small_screen(screen.geometry()):
        window.setGeometry(screen.availableGeometry())  # the whole screen even with no window manager
        window.showMaximized()
        return
    saved = _settings().value(_KEY)
    restored = isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved)
    if restored and any(s.availableGeometry().intersects(window.frameGeometry()) for s in QGuiApplication.screens()):
        window.show()
        return
    area = screen.availableGeometry()
    width, height = min(FIRST_SIZE[0], area.width()), min(FIRST_SIZE[1], area.height())
    window.resize(width, height)
    window.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)
    window.show()
