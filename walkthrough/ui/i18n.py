"""The interface's language: Qt translators for our catalogs and Qt's own, and the locale.

:func:`install` is called once at start, before any widget is built, with the language
setting. It installs a :class:`QTranslator` for every ``resources/i18n/*_<language>.qm``
(made from the ``.ts`` catalogs by ``pyside6-lrelease``), Qt's own ``qtbase_<language>.qm``
(so standard buttons read "Sí"/"No"), and makes ``QLocale`` format dates and numbers in
that language. English needs nothing: it is the language of the source.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from walkthrough.paths import RESOURCES_DIR

CATALOGS = RESOURCES_DIR / "i18n"

_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> list[str]:
    """Translate the interface into ``language``; the catalogs loaded (file names)."""
    uninstall(app)
    if not language or language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    loaded: list[str] = []
    for qm in sorted(CATALOGS.glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(qm.name)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
        loaded.append(f"qtbase_{language}.qm")
    QLocale.setDefault(QLocale(language))
    return loaded


def uninstall(app: QCoreApplication) -> None:
    """Back to the source language (English)."""
    while _installed:
        app.removeTranslator(_installed.pop())
