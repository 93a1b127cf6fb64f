"""Reports made from the app in Spanish (issue 13): the building summary's headings, framework text,
dates and footer read in Spanish (pdftotext), the CSV keeps its English column keys and writes the
look-fors in Spanish, and the framework lists of the Reports page and the start-round form show the
Spanish titles."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdf_helpers import pdf_text
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from walkthrough.core.model import Role
from walkthrough.demo import generate
from walkthrough.reports.csv_export import COLUMNS
from walkthrough.storage import Repository
from walkthrough.ui import framework_text, i18n
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.pages.dashboard import DashboardPage
from walkthrough.ui.pages.reports import ReportsPage
from walkthrough.ui.widgets.report_filters import ReportFilters
from walkthrough.ui.widgets.round_start import RoundStartPanel

TITLE = "Aprendizaje empoderado y Perfil del Egresado"
NORMS = "Los estudiantes siguen las normas o acuerdos compartidos sin recordatorios"


@pytest.fixture
def window(qtbot: QtBot, repo: Repository, qapp: QApplication) -> Iterator[MainWindow]:
    generate(repo, observations=300, seed=4)
    repo.switch_profile(next(p for p in repo.people(role=Role.COACH)).id)
    i18n.install(qapp, "es")
    framework_text.set_language("es")
    win = MainWindow(repo)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    i18n.install(qapp, "en")
    framework_text.set_language(None)


def make(qtbot: QtBot, page: ReportsPage, kind: str, path: Path) -> None:
    page.kind.setCurrentIndex(page.kind.findData(kind))
    page.date_from.setDate(QDate(2025, 8, 1))
    page.date_to.setDate(QDate(2025, 12, 31))
    page.make(path)
    qtbot.waitUntil(lambda: path.is_file() and not page.runner.busy, timeout=60_000)
    assert path.is_file(), page.message.text()


def test_a_building_summary_made_in_spanish_reads_in_spanish(qtbot: QtBot, window: MainWindow,
                                                            tmp_path: Path) -> None:
    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    page.school.setCurrentIndex(page.school.findText("Maple Hollow Elementary (demo)"))
    path = tmp_path / "resumen.pdf"
    make(qtbot, page, "building", path)
    text = " ".join(pdf_text(path).split())
    assert "Resumen de la escuela: Maple Hollow Elementary (demo)" in text
    assert "1 ago 2025 a 31 dic 2025" in text  # QLocale's Spanish months
    assert "Indicadores: el porcentaje de visitas en que se observó cada uno" in text
    assert TITLE in text and NORMS in text
    assert "Students follow shared norms" not in text and "Building summary" not in text
    assert "página 1 de" in text and "Cobertura" in text
    assert "páginas" in page.message.text()


def test_a_csv_made_in_spanish_keeps_its_columns_and_writes_look_fors_in_spanish(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    page.school.setCurrentIndex(0)
    path = tmp_path / "visitas.csv"
    make(qtbot, page, "csv", path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == COLUMNS
    norms = [dict(zip(COLUMNS, r, strict=True)) for r in rows[1:] if r[COLUMNS.index("look_for_key")] == "norms-in-use"]
    assert norms and {r["look_for"] for r in norms} == {NORMS} and {r["framework"] for r in norms} == {TITLE}
    assert "respuestas de" in page.message.text()


def test_the_framework_lists_show_spanish_titles(window: MainWindow) -> None:
    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    english = "Empowered Learning & Profile of the Graduate"
    titles = [page.framework.itemText(i) for i in range(page.framework.count())]
    assert TITLE in titles and english not in titles
    start = window.walkthroughs_page.findChild(RoundStartPanel)
    assert start is not None
    start.refresh()
    offered = [start.framework.itemText(i) for i in range(start.framework.count())]
    assert TITLE in offered and english not in offered
    assert start.choices[offered.index(TITLE)][0] == "blast-empowered-learning"  # the id behind the title
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    assert dashboard.wait()  # its count done before the window (and its store) goes
    QApplication.processEvents()
    filters = dashboard.findChild(ReportFilters)
    assert filters is not None
    shown = [filters.framework.itemText(i) for i in range(filters.framework.count())]
    assert TITLE in shown and english not in shown
