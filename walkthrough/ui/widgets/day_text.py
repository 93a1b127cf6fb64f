"""A visit's day as the peer visit screens write it ("Wed 30 Sep 2026", in the interface's language)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale


def short_day(iso: str) -> str:
    return QLocale().toString(QDate.fromString(iso[:10], "yyyy-MM-dd"), "ddd d MMM yyyy")
