"""The Frameworks page, the role names and the "only … may …" notes read in Spanish (issue 13).

With Spanish installed, on a demo district: no text of the Frameworks page (labels, buttons, the list of
frameworks, the tree's headers and response column, the line under the title) is an English source of a
catalog, the built-in framework's own title shows its Spanish sidecar, and nothing is cut off at 1280x800
or 1024x768. A role reads as the interface's language names it (the profile button said "(administrator)"),
and the note beside what a role is not offered is the core's message in Spanish."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from clipping import clipping_problems
from demo_helpers import make_demo
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_pages_in_spanish_b import english_among, shown_texts
from window_helpers import as_administrator, shown_window

from walkthrough.core.model import Role
from walkthrough.core.permissions import Action
from walkthrough.storage import Repository
from walkthrough.ui.access import why_not
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.widgets.role_names import role_name

pytestmark = pytest.mark.usefixtures("app_style")  # the app's sizes, as users see them

SIZES = [(1280, 800), (1024, 768)]
BLAST = "blast-empowered-learning"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory, "spanish-frameworks", observations=40, seed=17, today=date.today())


@pytest.fixture
def district(demo: Path, tmp_path: Path) -> Iterator[Repository]:
    with as_administrator(demo, tmp_path) as repo:
        yield repo


def _frameworks_page(window: MainWindow, qtbot: QtBot, framework_id: str = BLAST):  # type: ignore[no-untyped-def]
    page = window.show_page("frameworks")
    page.select(framework_id)
    qtbot.wait(20)
    return page


def _model_texts(page) -> set[str]:  # type: ignore[no-untyped-def]
    """What the list of frameworks and the tree of look-fors say, beyond the widgets' own text."""
    texts = set()
    for row in range(page.list_model.rowCount()):
        index = page.list_model.index(row)
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts |= {line.strip() for line in str(page.list_model.data(index, role) or "").split("\n")}
    tree = page.tree_model
    for s_row in range(tree.rowCount()):
        section = tree.index(s_row, 0)
        for l_row in range(tree.rowCount(section)):
            texts.add(str(tree.data(tree.index(l_row, 1, section))))
    texts |= {str(tree.headerData(c, Qt.Orientation.Horizontal)) for c in range(tree.columnCount())}
    texts |= {part.strip() for part in page.meta.text().split("·")}
    texts.add(page.indicators.placeholderText())
    return {t for t in texts if t}


@pytest.mark.parametrize("framework_id", [BLAST, "nctm-math-teaching-practices", "standards-proficiency-scales"])
def test_no_text_of_the_frameworks_page_is_english(spanish: None, district: Repository, qtbot: QtBot,
                                                   framework_id: str) -> None:
    window = shown_window(district, qtbot, SIZES[0])
    page = _frameworks_page(window, qtbot, framework_id)
    texts = shown_texts(page, window) | _model_texts(page)
    assert english_among(texts) == []


def test_the_frameworks_page_says_its_words_in_spanish(spanish: None, district: Repository, qtbot: QtBot) -> None:
    window = shown_window(district, qtbot, SIZES[0])
    page = _frameworks_page(window, qtbot)
    headers = [page.tree_model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Indicador", "Respuesta", "Etiquetas"]
    blast_row = next(r for r in range(page.list_model.rowCount()) if page.list_model.framework(r).id == BLAST)
    listed = str(page.list_model.data(page.list_model.index(blast_row)))
    assert listed.startswith("Aprendizaje empoderado")  # the sidecar's title, as on the detail
    assert "versión" in listed and "indicadores" in listed and "look-for" not in listed
    meta = page.meta.text()
    assert meta.startswith("Para rondas de recorridos") and "indicadores" in meta
    if district.observations_using(BLAST, page.current.version):
        assert "Usado en " in meta and "visita" in meta
    assert page.import_button.text() == "Importar un archivo de marco…"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_in_spanish_nothing_on_the_frameworks_page_is_cut_off(spanish: None, district: Repository, qtbot: QtBot,
                                                              size: tuple[int, int], tmp_path: Path) -> None:
    shots = Path(os.environ.get("WALKTHROUGH_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    window = shown_window(district, qtbot, size)
    _frameworks_page(window, qtbot)
    window.resize(*size)
    qtbot.wait(20)
    window.grab().save(str(shots / f"es-frameworks-{size[0]}x{size[1]}.png"))
    problems = clipping_problems(window)
    assert problems == [], "\n".join(problems)


def test_a_role_reads_in_the_interface_language(spanish: None, district: Repository, qtbot: QtBot) -> None:
    assert [role_name(r) for r in Role] == ["Administrador/a", "Coach", "Docente", "Suplente"]
    window = shown_window(district, qtbot, SIZES[0])
    button = window.profile_button.text()
    assert "(administrador/a)" in button and "administrator" not in button


def test_a_role_reads_as_before_in_english(district: Repository) -> None:
    assert role_name(Role.ADMINISTRATOR) == "Administrator"
    assert role_name(Role.TEACHER, in_sentence=True) == "teacher"


def test_the_note_on_what_a_role_may_not_do_is_in_spanish(spanish: None, district: Repository,
                                                          qtbot: QtBot) -> None:
    assert why_not(Action.MAKE_REPORT) == "Solo los administradores y los coaches pueden crear informes de resumen."
    teacher = next(p for p in district.people(role=Role.TEACHER) if not district.has_pin(p.id))
    district.switch_profile(teacher.id)
    window = shown_window(district, qtbot, SIZES[0])
    window.show_page("reports")
    note = window.reports_page.role_line.text()
    assert note.startswith("Solo ") and "Only" not in note


def test_the_note_on_what_a_role_may_not_do_reads_as_before_in_english() -> None:
    assert why_not(Action.MAKE_REPORT) == "Only administrators and coaches may make summary reports."
