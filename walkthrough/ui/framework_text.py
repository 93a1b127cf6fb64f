"""The framework text the UI shows: every screen that shows a framework asks :func:`shown`.

A framework's own text is English; ``walkthrough.core.framework_text`` puts in the translation
for the language the app runs in (display only: keys, values and hash stay the definition's).
The language is the one ``set_language`` was given (the app's translation loader calls it, the
pseudo-language test passes ``"pseudo"``), else the language setting.
"""

from __future__ import annotations

from walkthrough.core.framework_text import localize, localize_title
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
    """``framework`` with the text a person reading the current language sees: the translations it
    carries (an imported XLSForm's), else a built-in framework's sidecar."""
    return localize(framework, current_language(), stored=framework.translations)


def shown_title(framework_id: str, title: str) -> str:
    """A framework's title as :func:`shown` gives it, from its id and English title alone."""
    return localize_title(framework_id, title, current_language())
