"""The dashboard in Spanish (issue 13): the figures' words, the framework's title, its look-fors'
prompts, section names, option labels and tags all read in Spanish, weekdays and means as the
Spanish locale writes them, and the counts are the same as in English (keys, not words, are
counted)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from demo_helpers import copy_of, make_demo
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from walkthrough.core.model import Role
from walkthrough.storage import Repository
from walkthrough.ui import framework_text
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.pages.dashboard import DashboardPage

TODAY = date(2026, 3, 11)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory, "dash-es", observations=300, seed=5, today=TODAY)


@pytest.fixture
def repo(demo: Path, tmp_path: Path) -> Iterator[Repository]:
    with copy_of(demo, tmp_path) as repo:
        yield repo


def dashboard(qtbot: QtBot, repo: Repository) -> DashboardPage:
    repo.switch_profile(repo.people(Role.COACH)[0].id)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    assert page.wait()
    for _ in range(5):
        QApplication.processEvents()
        page.wait(50)
    assert page.result is not None
    return page


def column(table: QTableWidget, col: int) -> list[str]:
    return [item.text() for row in range(table.rowCount()) if (item := table.item(row, col)) is not None]


def tips(table: QTableWidget, col: int) -> str:
    return "\n".join(item.toolTip() for row in range(table.rowCount()) if (item := table.item(row, col)))


def test_the_dashboard_shows_spanish_figure_words_framework_and_look_for_names(
    qtbot: QtBot, repo: Repository, spanish: None
) -> None:
    page = dashboard(qtbot, repo)
    names = column(page.look_fors, 0)
    figures = column(page.look_fors, 1)
    assert any(n.startswith("Aprendizaje empoderado y Perfil del Egresado · ") for n in names), names[:3]
    assert "Los estudiantes siguen las normas o acuerdos compartidos sin recordatorios" in names
    assert "Students follow shared norms or agreements without reminders" not in names
    assert "Ambiente de aprendizaje" in tips(page.look_fors, 0)  # the section, in the row's tip
    assert any(" de " in f and "%" in f for f in figures)  # "31 de 50 (62%)"
    english = re.compile(r"^\d+ of \d+|\b(answered|mean|over \d+ visits|written in|minute)\b")  # the figure's words
    assert not [f for f in figures if english.search(f)]
    assert any("respondieron" in f or "media" in f for f in figures), figures
    assert any("Unos pocos" in f or "La mayoría" in f for f in figures)  # an option's label, in Spanish
    tags = column(page.tags, 0)
    assert "Aprendizaje empoderado" in tags and "Empowered learning" not in tags
    assert "Perfil del Egresado: Autorrealizado" in tags
    heat = column(page.heatmap, 0)
    assert "Los estudiantes siguen las normas o acuerdos compartidos sin recordatorios" in heat
    balance = column(page.balance, 0)
    assert "lunes" in balance and "Monday" not in balance


def test_the_spanish_dashboard_counts_what_the_english_one_counts(
    qtbot: QtBot, repo: Repository, spanish: None
) -> None:
    spanish_page = dashboard(qtbot, repo)
    assert spanish_page.result is not None
    es = spanish_page.result
    framework_text.set_language("en")
    english_page = dashboard(qtbot, repo)
    assert english_page.result is not None
    en = english_page.result
    assert es.figures.visits == en.figures.visits
    # Paired by framework: the Spanish dashboard lists them in the order of their Spanish titles.
    english = {f.framework_id: f for f in en.figures.frameworks}
    assert sorted(english) == sorted(f.framework_id for f in es.figures.frameworks)
    pairs = [(a, b) for fa in es.figures.frameworks
             for a, b in zip(fa.look_fors, english[fa.framework_id].look_fors, strict=True)]
    assert pairs and all(a.key == b.key and a.presence == b.presence and a.answered == b.answered
                         and [o.count for o in a.options] == [o.count for o in b.options] for a, b in pairs)
    assert sorted((t.proportion.n, t.proportion.total, len(t.look_fors)) for t in es.tags) == \
        sorted((t.proportion.n, t.proportion.total, len(t.look_fors)) for t in en.tags)
