"""The visit screen shows a built-in framework in the app's language, and a tap still stores the
framework's stable value (display-only translation)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from window_helpers import open_visit

from walkthrough.core.frameworks import Framework, parse_framework
from walkthrough.storage import Repository
from walkthrough.ui import framework_text
from walkthrough.ui.app import create_window
from walkthrough.ui.widgets.visit_view import VisitView


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


IMPORTED = """
id = "room-check"
version = "1.0"
title = "Room check"
modes = ["blast"]

[[sections]]
key = "room"
title = "The room"

[[sections.look_fors]]
key = "grouping"
prompt = "How are students grouped?"
response = "choice"
options = [{ key = "whole", label = "Whole class" }, { key = "small", label = "Small groups" }]

[translations.es]
title = "Revisión del aula"

[translations.es.sections.room]
title = "El aula"

[translations.es.look_fors.grouping]
prompt = "¿Cómo están agrupados los estudiantes?"
options = { whole = "Todo el grupo", small = "Grupos pequeños" }
"""


def test_an_imported_framework_shows_the_translations_it_carries_and_stores_stable_values(
    qtbot: QtBot, repo: Repository, spanish: None
) -> None:
    framework = parse_framework(IMPORTED, "room-check.toml")
    repo.install_framework(framework, IMPORTED)
    view = open_visit(qtbot, repo, repo.framework("room-check"))
    assert "¿Cómo están agrupados los estudiantes?" in texts(view)
    assert "How are students grouped?" not in texts(view)
    segments = view.rows["grouping"].segments
    assert segments is not None
    button = segments.buttons["small"]
    assert button.text() == "Grupos pequeños"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert view.observation is not None
    assert view.repo.responses(view.observation.id)["grouping"].value == "small"
