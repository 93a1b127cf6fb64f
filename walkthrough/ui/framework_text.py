"""The framework text the UI shows: every screen that shows a framework asks :func:`shown`.

A framework's own text is English; ``walkthrough.core.framework_text`` puts in the translation
for the language the app runs in (display only: keys, values and hash stay the definition's).
The language is the one ``set_language`` was given (the app's translation loader calls it, the
pseudo-language test passes ``"pseudo"``), else the language setting.
"""

from __future__ import annotations

from walkthrough.core.framework_text import localize, title_in
from walkthrough.core.framework_types import Framework

_language: str | None = None


def set_language(language: str | None) -> None:
    """Show framework text in ``language`` from now on (``None``: follow the language setting)."""
    global _language
    _language = language


def current_language() -> str:
    if _language is not None:
        return _language
    from walkthrough.ui.settings import AppSettings  # settings need a QApplication's names; read late

    return AppSettings().language


def shown(framework: Framework) -> Framework:
    """``framework`` with the text a person reading the current language sees."""
    return localize(framework, current_language())


def shown_title(framework_id: str, title: str) -> str:
    """A framework's title in the current language, from its sidecar (lists of titles parse no framework)."""
    return title_in(framework_id, title, current_language())
