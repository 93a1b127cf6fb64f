"""Fixtures for the UI tests: the interface in Spanish, and the app's own style sheet."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from walkthrough.ui import framework_text, i18n

CATALOGS = {"core_es.qm", "pages_es.qm", "widgets_es.qm", "window_es.qm"}


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The interface in Spanish as the language setting makes it: every catalog, and the
    frameworks' own text (titles, prompts, options) in Spanish too; English again after."""
    installed = i18n.install(qapp, "es")
    assert set(installed) >= CATALOGS, installed
    framework_text.set_language("es")
    yield
    framework_text.set_language(None)
    i18n.install(qapp, "en")


@pytest.fixture
def app_style(qapp: QApplication) -> Iterator[None]:
    """The app's own style sheet: its sizes are what a user sees (clipping, fitting)."""
    from walkthrough.ui.style import apply_style

    apply_style(qapp)
    yield
    qapp.setStyleSheet("")
