"""Changing the interface's language at once, with no restart (Settings, and the first-run setup).

:func:`switch_language` saves the choice, installs that language's translators
(``ui/i18n``), switches the framework text (``ui/framework_text``), and puts a new
main window in the old one's place: the same page (or the setup, still on its first
step), the same size and place, the same repository and profile. Whatever a field
still held is committed (or journaled) first by the old window's ``flush``, so nothing
typed is lost. The old window says who took its place with ``replaced``; the app's
starter (``ui/startup.py``) follows it. The new window's status bar says what changed.

A new window rather than re-setting every text in place: every page already builds its
texts through ``tr``/``translate`` when it is made, so building them again is the one way
that cannot miss a string.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from walkthrough.ui import framework_text, i18n
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.settings import LANGUAGES, AppSettings
from walkthrough.ui.window_place import remember_on_close

log = logging.getLogger("walkthrough.ui")

SAID_FOR_MS = 20_000


def apply_language(language: str) -> None:
    """Save ``language`` and make the interface read in it from the next widget built on."""
    AppSettings().set_language(language)
    app = QApplication.instance()
    if app is not None:
        i18n.install(app, language)
    framework_text.set_language(language)


def switch_language(widget: QWidget, language: str) -> QWidget:
    """Switch to ``language`` from a page of the main window (``widget`` is on it): the window
    that shows the interface now (the new main window; ``widget``'s own window when it is not
    a main window, e.g. a page tested alone, which then only has the setting and translators)."""
    old = widget.window()
    if not isinstance(old, MainWindow) or not hasattr(old, "repo"):
        apply_language(language)
        return old
    old.flush()  # typed text committed (or journaled) while the old fields still exist
    page = old.current_page_key()
    apply_language(language)
    new = MainWindow(data_dir=old.data_dir)
    new.restoreGeometry(old.saveGeometry())
    if old.property("_placed_filter") is not None:
        remember_on_close(new)
    new.attach(old.repo, first_run=page == "setup")
    if page != "setup":
        new.show_page(page)
    if not old.banner.isHidden():
        new.add_notice(old.banner.text())
    if old.isVisible():
        if old.isMaximized():
            new.showMaximized()
        elif old.isFullScreen():
            new.showFullScreen()
        else:
            new.show()
    new.statusBar().showMessage(
        QCoreApplication.translate(
            "LanguageSwitch",
            "The interface is now in {language}: every page and dialog, the guide and the built-in "
            "frameworks' look-fors. Nothing typed was lost.",
        ).format(language=LANGUAGES[language]),
        SAID_FOR_MS,
    )
    log.info("language switched", extra={"event": {"event": "language_switched", "language": language,
                                                   "page": page}})
    old.replaced.emit(new)
    old.hide()
    old.deleteLater()
    return new
