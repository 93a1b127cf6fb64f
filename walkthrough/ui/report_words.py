"""The words of a report made from the app: the interface's language, through Qt.

The reports are Qt-free (:class:`walkthrough.reports.words.Words`); this gives them Qt's
translation of their phrases (the "core" catalog the app loads), ``QLocale``'s way of writing
days and numbers, and the language for the framework text. Made on the UI thread; the words
only read the installed translators and a copy of the locale, so the report's worker may use them.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from walkthrough.core.framework_text import SOURCE_LANGUAGE
from walkthrough.reports.words import ENGLISH, Words
from walkthrough.ui.framework_text import current_language


def interface_words() -> Words:
    """A report's words in the language the app is shown in (in English, the command line's words)."""
    language = current_language()
    if language in ("", SOURCE_LANGUAGE):
        return ENGLISH
    locale = QLocale()

    def day(value: date) -> str:
        return locale.toString(QDate(value.year, value.month, value.day), "d MMM yyyy")

    def moment(value: datetime) -> str:
        when = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
        # Qt's date pattern, in the catalog so that a language writes its own words in it ("de")
        return locale.toString(when, QCoreApplication.translate("ReportWords", "d MMMM yyyy, HH:mm"))

    def number(value: float, places: int) -> str:
        return locale.toString(float(value), "f", places) if places else locale.toString(round(value))

    def long_day(value: date) -> str:
        return locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)

    return Words(language, QCoreApplication.translate, day, moment, number, long_day)
