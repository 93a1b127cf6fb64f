"""One style sheet for the whole app: big touch targets, calm colours."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from walkthrough.paths import RESOURCES_DIR

# Every control is at least 48 px high: a finger on a 1280x800 tablet.
TOUCH_TARGET_PX = 48


def apply_style(app: QApplication) -> None:
    sheet = RESOURCES_DIR / "style.qss"
    if sheet.is_file():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))
