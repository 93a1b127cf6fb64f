"""The app's icon, from the PNG sizes in ``resources/icons`` (made from its SVG)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QWidget

from walkthrough.paths import RESOURCES_DIR

ICONS_DIR = RESOURCES_DIR / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_FILE_NAME = "org.walkthrough.Walkthrough"  # the .desktop file's name: Wayland matches windows by it


@cache
def app_icon() -> QIcon:
    """Every size of the icon in one QIcon (each file is read when first drawn)."""
    icon = QIcon()
    for size in SIZES:
        path = ICONS_DIR / f"walkthrough-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def install_app_icon(window: QWidget) -> None:
    """The icon of ``window`` and of every window the app opens after it, and
    the desktop entry the desktop's taskbar should match the app to."""
    icon = app_icon()
    QGuiApplication.setWindowIcon(icon)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    window.setWindowIcon(icon)
