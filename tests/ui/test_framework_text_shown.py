"""The visit screen shows a built-in framework in the app's language, and a tap still stores the
framework's stable value (display-only translation)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from round_helpers import small_school

from walkthrough.core.frameworks import Framework
from walkthrough.storage import Repository
from walkthrough.ui import framework_text
from walkthrough.ui.app import create_window
from walkthrough.ui.widgets.visit_view import VisitView


@pytest.fixture
def spanish() -> Iterator[None]:
    framework_text.set_language("es")
    yield
    framework_text.set_language(None)


def open_visit(qtbot: QtBot, repo: Repository, framework: Framework) -> VisitView:
    school = small_school(repo, 3)
    round_ = repo.start_round(school.school.id, framework, by=school.observer.id)
    view = VisitView(repo)
    qtbot.addWidget(view)
    view.resize(1070, 760)
    view.open_round(round_.id)
    view.show()
    return view


def texts(view: VisitView) -> set[str]:
    return {label.text() for label in view.findChildren(QLabel)}


def test_the_visit_screen_shows_the_framework_in_spanish_and_stores_stable_values(
    qtbot: QtBot, repo: Repository, blast_framework: Framework, spanish: None
) -> None:
    view = open_visit(qtbot, repo, blast_framework)
    shown = texts(view)
    assert "Los estudiantes siguen las normas o acuerdos compartidos sin recordatorios" in shown
    assert blast_framework.look_for("norms-in-use").prompt not in shown
    segments = view.rows["engaged"].segments
    assert segments is not None
    button = segments.buttons["few"]
    assert button.text() == "Unos pocos"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert view.observation is not None
    assert view.repo.responses(view.observation.id)["engaged"].value == "few"


def test_the_visit_screen_shows_the_definition_text_in_english(
    qtbot: QtBot, repo: Repository, blast_framework: Framework
) -> None:
    framework_text.set_language("en")
    try:
        view = open_visit(qtbot, repo, blast_framework)
        assert blast_framework.look_for("norms-in-use").prompt in texts(view)
    finally:
        framework_text.set_language(None)


def test_the_frameworks_page_shows_a_look_fors_tags_in_spanish(
    qtbot: QtBot, data_dir: Path, spanish: None
) -> None:
    window = create_window(data_dir)
    qtbot.add_widget(window)
    page = window.frameworks_page
    page.select("equity-sel-assured-practices")
    tree = page.tree_model
    names_and_tone = tree.index(0, 2, tree.index(0, 0))
    assert tree.data(names_and_tone) == (
        "Aprendizaje equitativo, Aprendizaje socioemocional, Perfil del Egresado: Empático")
