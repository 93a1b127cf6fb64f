"""A pseudo language that shows which text on screen went through Qt's translation.

Every string the interface asks Qt to translate comes back wrapped in ⟦ ⟧, and framework text
(``framework_text.localize`` with ``"pseudo"``) too. What a person reads without the brackets is
either data (a school's, a room's or a person's name, a note: things people typed), a date or a
number, or text nobody can translate: an untranslated string. ``tests/unit/test_translations.py``
proves that every wrapped string is in a catalog with its Spanish, so together the two say that
everything on screen is in Spanish when Spanish is chosen.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

OPEN, CLOSE = "⟦", "⟧"
_WRAPPED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_WORD = re.compile(r"[^\W\d_]{2,}")
_TAG = re.compile(r"<[^>]+>")
_ENTITY = re.compile(r"&[a-z]+;|&#\d+;")
# Text no translation changes: file paths, e-mail and web addresses, version numbers, key names.
_NOT_WORDS = re.compile(r"\S*[/\\]\S*|\S+@\S+|https?://\S+|\bv?\d+(\.\d+)+\b|\b(Ctrl|Alt|Shift|Esc|F\d+)\b")
# Proper names, the same in every language: the product, and each language's own name; and what is said in
# both languages on purpose, so that either reader finds it (the first-run welcome's language choice).
PROPER_NAMES = ("Walkthrough", "English", "Español", "Language / Idioma")

# What people type and the app shows as it was typed: the text columns of the data they enter.
DATA_COLUMNS = {
    "schools": ("name",), "people": ("name", "email"), "rooms": ("name", "grade_band", "subject"),
    "routes": ("name",), "notes": ("text",), "responses": ("note",), "round_responses": ("note",),
    "peer_visits": ("focus", "period", "reflection", "next_step"), "plc_teams": ("name",),
    "observations": ("grade_band", "subject"), "sync_devices": ("name",),
}


class PseudoTranslator(QTranslator):
    """Wraps every source text in ⟦ ⟧ (Qt puts %n's number in afterwards, as with a catalog)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str:
        return f"{OPEN}{source}{CLOSE}" if source else source

    def isEmpty(self) -> bool:
        return False


@contextmanager
def pseudo_language(app: QCoreApplication) -> Iterator[None]:
    """The interface in the pseudo language (Spanish dates and numbers) for the length of the block."""
    from walkthrough.ui import framework_text, i18n

    i18n.install(app, "en")
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    framework_text.set_language("pseudo")
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        yield
    finally:
        app.removeTranslator(translator)
        framework_text.set_language(None)
        i18n.install(app, "en")


def data_values(database: Path) -> list[str]:
    """Every value people typed into ``database`` (longest first, so a longer name goes before a part of it)."""
    values: set[str] = set()
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        for table, columns in DATA_COLUMNS.items():
            for column in columns:
                for (value,) in conn.execute(f"SELECT DISTINCT {column} FROM {table} WHERE {column} != ''"):
                    if isinstance(value, str):
                        values.add(value)
    return sorted(values, key=len, reverse=True)


def _calendar_words() -> list[str]:
    locale = QLocale()
    words: set[str] = set()
    for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat, QLocale.FormatType.NarrowFormat):
        words |= {locale.monthName(m, form) for m in range(1, 13)}
        words |= {locale.standaloneMonthName(m, form) for m in range(1, 13)}
        words |= {locale.dayName(d, form) for d in range(1, 8)}
        words |= {locale.standaloneDayName(d, form) for d in range(1, 8)}
    words |= {locale.amText(), locale.pmText()}
    return sorted((w for w in words if w), key=len, reverse=True)


def plain(text: str) -> str:
    """``text`` as read: rich text's tags and entities out, mnemonics' ampersands out."""
    if "<" in text and ">" in text:
        text = _ENTITY.sub(" ", _TAG.sub(" ", text))
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def untranslated(text: str, data: Iterable[str]) -> str:
    """What is left of ``text`` that went through no translation and is no data, date or number ('' if none)."""
    rest = text
    for value in data:  # data first, as typed: an "&" in a name is no mnemonic
        if value in rest:
            rest = rest.replace(value, " ")
    rest = plain(rest)
    while True:  # a translated sentence can hold translated pieces: take the innermost first
        shorter = _WRAPPED.sub(" ", rest)
        if shorter == rest:
            break
        rest = shorter
    for value in data:
        if value in rest:
            rest = rest.replace(value, " ")
    for word in (*_calendar_words(), *PROPER_NAMES):
        rest = re.sub(rf"\b{re.escape(word)}\b\.?", " ", rest)
    rest = _NOT_WORDS.sub(" ", rest)
    return " ".join(rest.split()) if _WORD.search(rest) else ""
