"""The app starts, and the Frameworks page shows every framework in full."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from role_helpers import first_admin

from walkthrough.core.model import Role
from walkthrough.paths import FORMS_DIR
from walkthrough.storage import Repository
from walkthrough.ui.app import create_window
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.models.frameworks import FrameworkListModel, FrameworkTreeModel

BUILT_IN = {
    "blast-empowered-learning",
    "equity-sel-assured-practices",
    "nctm-math-teaching-practices",
    "peer-visit-protocol",
    "standards-proficiency-scales",
}


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    window = create_window(data_dir)
    qtbot.add_widget(window)
    window.show()
    qtbot.wait_exposed(window)
    return window


def signed_in_coach(window: MainWindow) -> None:
    """Frameworks are imported by administrators and coaches: a coach signs in."""
    coach = window.repo.add_person("Dana Okafor", Role.COACH, by=first_admin(window.repo).id)
    window.repo.switch_profile(coach.id)
    window.frameworks_page.refresh()


def test_the_app_starts_with_its_navigation(window: MainWindow) -> None:
    assert window.isVisible()
    assert window.windowTitle() == "Walkthrough"
    assert "frameworks" in window.page_keys()
    assert window.banner.isHidden()


def test_the_frameworks_page_lists_all_five(window: MainWindow) -> None:
    page = window.show_page("frameworks")
    model = window.frameworks_page.list_model
    assert page is window.frameworks_page
    ids = {model.framework(row).id for row in range(model.rowCount())}
    assert ids == BUILT_IN


@pytest.mark.parametrize("framework_id", sorted(BUILT_IN))
def test_choosing_a_framework_shows_its_sections_and_look_fors(
    window: MainWindow, framework_id: str, qtbot: QtBot
) -> None:
    page = window.frameworks_page
    page.select(framework_id)
    framework = window.repo.framework(framework_id)
    assert page.title.text() == framework.title
    tree = page.tree_model
    assert tree.rowCount() == len(framework.sections)
    for s_row, section in enumerate(framework.sections):
        s_index = tree.index(s_row, 0)
        assert tree.data(s_index) == section.title
        assert tree.rowCount(s_index) == len(section.look_fors)
        for l_row, look_for in enumerate(section.look_fors):
            assert tree.data(tree.index(l_row, 0, s_index)) == look_for.prompt
            response = tree.data(tree.index(l_row, 1, s_index))
            assert isinstance(response, str) and response
    assert f"{len(framework.look_fors)} look-fors" in page.meta.text()


def test_the_response_column_names_each_type(window: MainWindow) -> None:
    page = window.frameworks_page
    page.select("blast-empowered-learning")
    shown = set()
    tree = page.tree_model
    for s_row in range(tree.rowCount()):
        s_index = tree.index(s_row, 0)
        for l_row in range(tree.rowCount(s_index)):
            shown.add(str(tree.data(tree.index(l_row, 1, s_index))).split(":")[0].split(" (")[0])
    assert {"Presence", "Frequency", "Choice", "Multiple choice", "Tally", "Snapshot at minute 1, 3", "Text"} <= shown


def test_a_chosen_look_for_shows_its_indicators(window: MainWindow, qtbot: QtBot) -> None:
    page = window.frameworks_page
    page.select("nctm-math-teaching-practices")
    index = page.tree_model.index(0, 0, page.tree_model.index(0, 0))
    page.tree.setCurrentIndex(index)
    look_for = page.tree_model.look_for_at(index)
    assert look_for is not None
    assert look_for.prompt in page.indicators.toPlainText()


def test_models_pass_the_model_tester(qtmodeltester: object, repo: Repository) -> None:
    frameworks = repo.frameworks()
    qtmodeltester.check(FrameworkListModel(frameworks))  # type: ignore[attr-defined]
    for framework in frameworks:
        qtmodeltester.check(FrameworkTreeModel(framework))  # type: ignore[attr-defined]
    qtmodeltester.check(FrameworkTreeModel(None))  # type: ignore[attr-defined]


def test_importing_a_bad_file_explains_and_changes_nothing(window: MainWindow, tmp_path: Path) -> None:
    signed_in_coach(window)
    bad = tmp_path / "mine.toml"
    bad.write_text(
        (FORMS_DIR / "standards-proficiency-scales.toml")
        .read_text(encoding="utf-8")
        .replace('id = "standards-proficiency-scales"', 'id = "mine"')
        .replace('response = "presence"', 'response = "banana"', 1),
        encoding="utf-8",
    )
    before = window.repo.db.execute("SELECT count(*) FROM frameworks").fetchone()[0]
    assert window.frameworks_page.import_file(bad) is False
    shown = window.frameworks_page.last_message
    assert shown is not None and shown.textFormat() == Qt.TextFormat.PlainText
    assert "mine.toml" in shown.text() and "'banana'" in shown.text()
    assert window.repo.db.execute("SELECT count(*) FROM frameworks").fetchone()[0] == before


def test_importing_a_good_file_lists_and_selects_it(window: MainWindow, tmp_path: Path) -> None:
    signed_in_coach(window)
    good = tmp_path / "mine.toml"
    good.write_text(
        (FORMS_DIR / "standards-proficiency-scales.toml")
        .read_text(encoding="utf-8")
        .replace('id = "standards-proficiency-scales"', 'id = "mine"')
        .replace('title = "', 'title = "Our own ', 1),
        encoding="utf-8",
    )
    assert window.frameworks_page.import_file(good) is True
    current = window.frameworks_page.current
    assert current is not None and current.id == "mine"
    assert window.frameworks_page.list_model.rowCount() == 6


def test_a_broken_builtin_is_reported_in_the_banner(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import walkthrough.ui.app as app_module

    forms = tmp_path / "forms"
    forms.mkdir()
    (forms / "broken.toml").write_text('id = "x"\n', encoding="utf-8")
    (forms / "peer-visit-protocol.toml").write_text(
        (FORMS_DIR / "peer-visit-protocol.toml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    monkeypatch.setattr(app_module, "FORMS_DIR", forms)
    window = create_window(data_dir)
    qtbot.add_widget(window)
    assert not window.banner.isHidden()
    assert "broken.toml" in window.banner.text()
    assert window.frameworks_page.list_model.rowCount() == 1


def test_keyboard_moves_through_frameworks(window: MainWindow, qtbot: QtBot) -> None:
    view = window.frameworks_page.list_view
    view.setFocus()
    view.setCurrentIndex(window.frameworks_page.list_model.index(0))
    first = window.frameworks_page.title.text()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.frameworks_page.title.text() != first
    assert view.currentIndex() != QModelIndex()
