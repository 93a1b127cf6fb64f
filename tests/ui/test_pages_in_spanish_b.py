"""The window's pages of the "window" catalog read in Spanish (issue 13, part b): with Spanish installed, on a
demo district, no visible label, button, placeholder, table header, tab or group title of the Walkthroughs,
Visit schedule, Visit history, Shared with coaches, Reports, Backups, Sync, Settings and Help pages reads
as an English source of a catalog, and nothing is cut off at 1280x800 or 1024x768 (Spanish is ~25% longer).

``WALKTHROUGH_SHOTS=folder`` keeps a picture of each page."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from clipping import clipping_problems
from demo_helpers import make_demo
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from window_helpers import as_administrator, shown_window

from walkthrough.storage import Repository

pytestmark = pytest.mark.usefixtures("app_style")  # the app's sizes, as users see them

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
PAGES = ["walkthroughs", "schedule", "history", "shared", "reports", "backups", "sync", "settings", "help"]
SIZES = [(1280, 800), (1024, 768)]
NAMES = {"English", "Español"}  # each language's name, written in that language (Help's buttons)


def english_sources() -> tuple[set[str], list[re.Pattern[str]]]:
    """Every source string of the catalogs whose Spanish differs from it: exact ones, and the ones with
    fields ({name}, %n, %1) as patterns."""
    exact: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for ts in I18N.glob("*_es.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            said = {translation.text or ""} | {f.text or "" for f in translation.iter("numerusform")} \
                if translation is not None else set()
            if not re.search("[A-Za-z]{2}", source) or source in said:
                continue  # a proper name or a symbol, the same in both languages
            if re.search(r"\{\w*\}|%n|%\d", source):
                parts = re.split(r"(\{\w*\}|%n|%\d|\(s\))", source)
                words = re.findall(r"[A-Za-z]{2,}", "".join(p for p in parts if not re.fullmatch(r"\{\w*\}|%n|%\d", p)))
                if len(words) < 2:
                    continue  # "{n} visit{s}" would match Spanish words too: too little English to tell
                pattern = "".join(".+" if re.fullmatch(r"\{\w*\}|%n|%\d", p) else "s?" if p == "(s)"
                                  else re.escape(p) for p in parts)
                patterns.append(re.compile(pattern, re.DOTALL))
            else:
                exact.add(source)
    return exact, patterns


def shown_texts(page: QWidget, window: QWidget) -> set[str]:
    """What a person reads on ``page``: labels, buttons, placeholders, table headers, tabs, group titles."""
    texts: set[str] = set()
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QTabBar):
            texts |= {widget.tabText(i) for i in range(widget.count())}
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            header = widget.findChild(QHeaderView)
            if header is not None and header.orientation() == Qt.Orientation.Horizontal and header.isVisibleTo(window):
                texts |= {str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())}
    return {t.strip() for t in texts if t and t.strip()}


def english_among(texts: set[str]) -> list[str]:
    exact, patterns = english_sources()
    return sorted(t for t in texts - NAMES if t in exact or any(p.fullmatch(t) for p in patterns))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory, "spanish-b", observations=60, seed=13, today=date.today())


@pytest.fixture
def district(demo: Path, tmp_path: Path) -> Iterator[Repository]:
    with as_administrator(demo, tmp_path) as repo:
        yield repo


def test_the_navigation_and_the_window_read_in_spanish(spanish: None, district: Repository, qtbot: QtBot) -> None:
    window = shown_window(district, qtbot, SIZES[0])
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert {"Recorridos", "Calendario de visitas", "Historial de visitas", "Visitas compartidas", "Informes",
            "Copias de seguridad", "Sincronizar", "Configuración", "Ayuda"} <= set(titles)
    assert english_among(set(titles)) == []
    assert window.page("sync").accessibleName() == "Página Sincronizar"


@pytest.mark.parametrize("key", PAGES)
def test_no_visible_text_of_the_page_is_english(spanish: None, district: Repository, qtbot: QtBot, key: str) -> None:
    window = shown_window(district, qtbot, SIZES[0])
    page = window.show_page(key)
    qtbot.wait(20)
    texts = shown_texts(page, window)
    assert texts, f"the {key} page shows no text"
    assert english_among(texts) == []


def test_the_pages_say_their_words_in_spanish(spanish: None, district: Repository, qtbot: QtBot) -> None:
    window = shown_window(district, qtbot, SIZES[0])
    assert window.sync_page.sync_button.text() == "Sincronizar ahora"
    assert window.sync_page.tabs.tabText(1).startswith("Posibles duplicados (")
    assert window.reports_page.make_button.text() == "Hacer el informe…"
    assert window.schedule_page.week_label.text().startswith("Semana del ")
    days = [label.text().split()[0] for label in window.schedule_page.day_labels]
    assert days[0] in ("Lunes", "Hoy") and "Today" not in days
    if date.today().weekday() < 5:
        assert days[date.today().weekday()] == "Hoy"
    walkthroughs = window.walkthroughs_page
    headers = [walkthroughs.visits_model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(walkthroughs.visits_model.columnCount())]
    assert headers == ["Hora", "Aula", "Docente", "Duración", "Marcados", "Estado"]
    history = window.history_page
    history.refresh()
    assert history.wait()
    qtbot.waitUntil(lambda: "visita" in history.count.text(), timeout=10_000)
    assert re.fullmatch(r"\d+ visitas?( \(.*\))?", history.count.text())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_in_spanish_nothing_on_these_pages_is_cut_off(spanish: None, district: Repository, qtbot: QtBot,
                                                      size: tuple[int, int], tmp_path: Path) -> None:
    shots = Path(os.environ.get("WALKTHROUGH_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    window = shown_window(district, qtbot, size)
    found: dict[str, list[str]] = {}
    for key in PAGES:
        window.show_page(key)
        window.resize(*size)
        qtbot.wait(20)
        window.grab().save(str(shots / f"es-{key}-{size[0]}x{size[1]}.png"))
        problems = clipping_problems(window)
        if problems:
            found[key] = problems
    assert found == {}, "\n".join(f"{key}: {problem}" for key, problems in found.items() for problem in problems)
