"""The first page on a folder with data (the Walkthroughs page) is painted without paying for what
it does not show.

Each test starts the app in a real subprocess (``test_first_page_first.first_paint``) and looks at
which of PySide's enum classes were made by the time the first page was painted.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from role_helpers import first_admin
from test_first_page_first import first_paint

from walkthrough.paths import database_path
from walkthrough.storage import Repository
from walkthrough.ui.widgets.side_by_side import scrolling_down


@pytest.fixture(scope="module")
def school_folder_start(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("first-page-data") / "data"
    folder.mkdir()
    repo = Repository.open(database_path(folder))
    repo.add_school("Birch Lane Middle", by=first_admin(repo).id)
    repo.close()
    return first_paint(folder)


def test_the_walkthroughs_page_is_painted_before_pyside_sets_up_every_widget_class(
    school_folder_start: dict[str, object],
) -> None:
    seen = school_folder_start
    assert seen["page"] == "walkthroughs"
    made = set(seen["enums"])  # type: ignore[call-overload]
    # A viewport Qt made, asked for from Python, makes PySide set up every QWidget subclass it knows
    # (20-30 ms): the wizard's, graphics view's, font dialog's and calendar's enums came with it.
    assert not made & {"WizardButton", "ViewportAnchor", "FontDialogOption", "HorizontalHeaderFormat"}


def test_the_walkthroughs_page_is_painted_before_the_classes_only_a_tap_needs_are_named(
    school_folder_start: dict[str, object],
) -> None:
    made = set(school_folder_start["enums"])  # type: ignore[call-overload]
    # Naming a class makes its enum classes: the delete question's QMessageBox (Icon), the feedback's
    # save dialog (DialogLabel) and the text boxes a focus change looks for (AutoFormattingFlag).
    assert not made & {"Icon", "DialogLabel", "AutoFormattingFlag"}


def test_a_scroll_area_that_scrolls_down_shows_the_page_behind_its_content(qtbot: QtBot) -> None:
    content = QWidget()
    area = scrolling_down(content)
    qtbot.addWidget(area)
    area.show()
    assert area.widget() is content and content.parent() is area.viewport()
    assert not area.viewport().autoFillBackground() and not content.autoFillBackground()


def test_the_welcome_is_painted_before_the_html_entity_table_loads(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    seen = first_paint(tmp_path_factory.mktemp("first-page-welcome") / "data")
    assert seen["page"] == "setup"
    # ``html`` loads its table of 2,000 named entities (3 ms) only for a tooltip's escaping.
    assert "html.entities" not in set(seen["modules"])  # type: ignore[call-overload]
