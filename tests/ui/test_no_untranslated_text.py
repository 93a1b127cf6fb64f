"""No page shows text that skipped translation (issue 13: "a test fails on any user-visible string left
untranslated").

The window runs in the pseudo language of ``tests/pseudo_language.py``: every string that went through Qt's
translation reads ⟦like this⟧, and so does framework text. On a demo district, every page of the window, the
visit screen in a round and the first-run setup are walked; any visible label, button, placeholder, tooltip,
tab, group title, header, list row or dropdown item with words outside ⟦ ⟧ that are not data people typed (a
name, a room, a note), a date or a number, fails the test with the page and the text. Together with
``tests/unit/test_translations.py`` (every wrapped string has its Spanish), that is the whole interface in Spanish.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from demo_helpers import copy_of, make_demo
from pseudo_language import data_values as typed_values
from pseudo_language import pseudo_language, untranslated
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from walkthrough.core.model import Role
from walkthrough.paths import FORMS_DIR
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow

BLAST = "blast-empowered-learning"
ROWS = 40  # the list rows read per view: enough to meet every kind of row a page shows


def _has_children(model: QAbstractItemModel, index: QModelIndex) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:  # a list or table model: no tree under its rows, and Qt keeps the question private
        return False


def _model_texts(view: QAbstractItemView, window: QWidget) -> set[str]:
    model = view.model()
    texts: set[str] = set()
    if model is None:
        return texts
    for orientation, header in ((Qt.Orientation.Horizontal, view.findChild(QHeaderView)),):
        if header is not None and header.isVisibleTo(window):
            texts |= {str(model.headerData(c, orientation) or "") for c in range(model.columnCount())}

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model: one column, and Qt keeps its count private
            return 1

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), ROWS)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        texts.add(value)
            child = model.index(row, 0, parent)
            if depth < 2 and isinstance(model, QAbstractItemModel) and _has_children(model, child):
                walk(child, depth + 1)

    walk(QModelIndex(), 0)
    return texts


def shown_texts(root: QWidget, window: QWidget, skip: QWidget | None = None) -> dict[str, str]:
    """What a person reads under ``root`` (outside ``skip``): each text and the widget it is on."""
    found: dict[str, str] = {}

    def add(text: object, widget: QWidget) -> None:
        if isinstance(text, str) and text.strip():
            found.setdefault(text.strip(), widget.objectName() or type(widget).__name__)

    for widget in (root, *root.findChildren(QWidget)):
        if (not widget.isVisibleTo(window) and widget is not root) or (skip is not None and skip.isAncestorOf(widget)):
            continue
        add(widget.toolTip(), widget)
        add(widget.accessibleName(), widget)
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget.text(), widget)
        if isinstance(widget, QLineEdit):
            add(widget.placeholderText(), widget)
            if widget.isReadOnly():
                add(widget.text(), widget)
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            add(widget.placeholderText(), widget)
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget.tabText(i), widget)
                add(widget.tabToolTip(i), widget)
        if isinstance(widget, QGroupBox):
            add(widget.title(), widget)
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget.itemText(i), widget)
        if isinstance(widget, QAbstractItemView) and not isinstance(widget.parent(), QComboBox):
            for text in _model_texts(widget, window):
                add(text, widget)
    return found


def leftovers(root: QWidget, window: QWidget, data: list[str], skip: QWidget | None = None) -> list[str]:
    problems = []
    for text, where in sorted(shown_texts(root, window, skip).items()):
        if where in DOCUMENTS:
            continue
        rest = untranslated(text, data)
        if rest:
            problems.append(f"{where}: {text!r} (untranslated: {rest!r})")
    return problems


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory, "pseudo", observations=60, seed=17, today=date.today())


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    from walkthrough.ui.style import apply_style

    apply_style(qapp)
    with pseudo_language(qapp):
        yield
    qapp.setStyleSheet("")


@pytest.fixture
def district(demo: Path, tmp_path: Path) -> Iterator[Repository]:
    with copy_of(demo, tmp_path) as repo:
        admin = next(p for p in repo.people(role=Role.ADMINISTRATOR) if not repo.has_pin(p.id))
        repo.switch_profile(admin.id)  # an administrator sees every part of every page
        yield repo


def _strings(document: object) -> Iterator[str]:
    if isinstance(document, str):
        yield document
    elif isinstance(document, dict):
        for value in document.values():
            yield from _strings(value)
    elif isinstance(document, list | tuple):
        for value in document:
            yield from _strings(value)


def _window(repo: Repository, qtbot: QtBot) -> MainWindow:
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


PAGES = ["walkthroughs", "peer", "schedule", "dashboard", "history", "shared", "directory", "frameworks", "reports",
         "backups", "sync", "settings", "help"]
# Documents in the chosen language, translated as whole files (resources/guide/<language>/, with their own test):
# the pseudo language has no guide, so the Help page shows the guide of the locale's language.
DOCUMENTS = {"guideTopics", "guideResults", "guideText"}


def _page_problems(page: QWidget, window: QWidget, data: list[str], qtbot: QtBot) -> list[str]:
    """What is untranslated on ``page``, each of its tabs shown in turn."""
    problems = leftovers(page, window, data)
    for tabs in page.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            qtbot.wait(10)
            problems += [p for p in leftovers(tabs.widget(i), window, data) if p not in problems]
    return problems


def test_the_walk_covers_every_page_of_the_window(pseudo: None, district: Repository, qtbot: QtBot) -> None:
    assert _window(district, qtbot).page_keys() == PAGES


@pytest.mark.parametrize("key", PAGES)
def test_the_page_shows_only_translated_text_and_data(pseudo: None, district: Repository, demo: Path,
                                                     qtbot: QtBot, key: str) -> None:
    window = _window(district, qtbot)
    page = window.show_page(key)
    qtbot.wait(50)
    problems = _page_problems(page, window, typed_values(demo), qtbot)
    assert not problems, "\n".join(problems)


def test_the_window_around_the_pages_shows_only_translated_text(pseudo: None, district: Repository, demo: Path,
                                                                qtbot: QtBot) -> None:
    window = _window(district, qtbot)
    problems = leftovers(window, window, typed_values(demo), skip=window.pages)
    problems += [f"window title: {window.windowTitle()!r}"] if untranslated(window.windowTitle(), []) else []
    assert not problems, "\n".join(problems)


def test_the_visit_screen_in_a_round_shows_only_translated_text_and_data(pseudo: None, district: Repository,
                                                                         demo: Path, qtbot: QtBot) -> None:
    window = _window(district, qtbot)
    me = district.current_profile()
    assert me is not None
    school = next(s for s in district.schools() if district.rooms(s.id))
    round_ = district.start_round(school.id, district.framework(BLAST), by=me.id)
    window.walkthroughs_page._round_started(round_.id)
    qtbot.wait(50)
    problems = leftovers(window.walkthroughs_page, window, typed_values(demo))
    assert not problems, "\n".join(problems)


def test_every_step_of_the_first_run_setup_shows_only_translated_text(pseudo: None, tmp_path: Path,
                                                                      qtbot: QtBot) -> None:
    from walkthrough.ui.pages.first_run import STEPS

    repo = Repository.open(tmp_path / "walkthrough.sqlite3")
    repo.install_framework_files([FORMS_DIR])  # as the start does once the window is up: the last step lists them
    try:
        window = MainWindow(repo, first_run=True)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        setup = window.first_run
        assert setup is not None
        problems: list[str] = []
        for step in STEPS:
            setup.show_step(step)
            qtbot.wait(20)
            problems += [f"{step}: {p}" for p in leftovers(setup, window, [])]
        assert not problems, "\n".join(problems)
    finally:
        repo.close()


def test_the_dialogs_show_only_translated_text_and_data(pseudo: None, district: Repository, demo: Path,
                                                        tmp_path: Path, qtbot: QtBot) -> None:
    from walkthrough.storage.health import DatabaseProblem, inspect_database
    from walkthrough.ui.dialogs.about import AboutDialog
    from walkthrough.ui.dialogs.framework_editor import FrameworkEditor
    from walkthrough.ui.dialogs.profile import PinDialog, ProfileDialog
    from walkthrough.ui.dialogs.roster_import import RosterImportDialog
    from walkthrough.ui.dialogs.safe_start import SafeStartWindow

    me = district.current_profile()
    assert me is not None
    school = next(s for s in district.schools() if district.rooms(s.id))
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20)
    with pytest.raises(DatabaseProblem) as problem:
        inspect_database(damaged)
    draft = district.edit_framework(BLAST, by=me.id)
    dialogs: dict[str, QWidget] = {
        "about": AboutDialog(tmp_path), "profile": ProfileDialog(district), "pin": PinDialog(district, me),
        "roster import": RosterImportDialog(district, school.id), "safe start": SafeStartWindow(problem.value),
        "framework editor": FrameworkEditor(district, draft.id, me.id)}
    # The editor shows the framework's own words as its author wrote them: what is being edited is data (its
    # sentences; a one-word value such as a response type is the app's vocabulary, shown in the reader's words).
    edited = sorted((t for t in _strings(draft.document()) if not re.fullmatch(r"[a-z0-9_\-.]+", t)), key=len,
                    reverse=True)
    problems: list[str] = []
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        data = typed_values(demo) + (edited if name == "framework editor" else [])
        problems += [f"{name}: {p}" for p in leftovers(dialog, dialog, data)]
        if untranslated(dialog.windowTitle(), []):
            problems.append(f"{name}: title {dialog.windowTitle()!r}")
        dialog.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("view", ["overview", "record", "debrief"])
def test_the_peer_visit_views_show_only_translated_text_and_data(pseudo: None, demo: Path, tmp_path: Path,
                                                                 qtbot: QtBot, view: str) -> None:
    from test_peer_pages_in_spanish import _cast, _open

    with copy_of(demo, tmp_path) as repo:
        cast = _cast(repo)
        window = _window(repo, qtbot)
        page = _open(window, repo, cast, view, qtbot)
        problems = leftovers(page, window, typed_values(tmp_path / "walkthrough.sqlite3"))
        assert not problems, "\n".join(problems)
