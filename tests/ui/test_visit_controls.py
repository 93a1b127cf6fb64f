"""Every kind of look-for control on the visit screen commits what it shows.

Uses the built-in empowered-learning framework, which has one look-for of
each kind a blast visit records: choice, frequency, presence, multi_choice,
tally, snapshot (a count at minutes 1 and 3) and text.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_helpers import open_visit

from walkthrough.core.frameworks import Framework, ResponseType
from walkthrough.storage import Repository
from walkthrough.ui.widgets.visit_view import VisitView


@pytest.fixture
def view(qtbot: QtBot, repo: Repository, blast_framework: Framework) -> Iterator[VisitView]:
    yield open_visit(qtbot, repo, blast_framework)


def key_of(framework: Framework, kind: ResponseType) -> str:
    return next(lf.key for lf in framework.look_fors if lf.response is kind)


def stored(view: VisitView, key: str) -> object:
    assert view.observation is not None
    response = view.repo.responses(view.observation.id).get(key)
    return None if response is None else response.value


def test_tally_counts_up_and_down(view: VisitView, qtbot: QtBot, blast_framework: Framework) -> None:
    key = key_of(blast_framework, ResponseType.TALLY)
    stepper = view.rows[key].stepper
    assert stepper is not None
    for button in (stepper.plus, stepper.plus, stepper.plus, stepper.minus):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert stored(view, key) == 2


def test_multi_choice_toggles_on_and_off(view: VisitView, qtbot: QtBot, blast_framework: Framework) -> None:
    look_for = next(lf for lf in blast_framework.look_fors if lf.response is ResponseType.MULTI_CHOICE)
    toggles = view.rows[look_for.key].toggles
    assert toggles is not None
    first, second = look_for.options[0].key, look_for.options[1].key
    qtbot.mouseClick(toggles.buttons[second], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(toggles.buttons[first], Qt.MouseButton.LeftButton)
    assert stored(view, look_for.key) == [first, second]  # in the framework's order
    qtbot.mouseClick(toggles.buttons[second], Qt.MouseButton.LeftButton)
    assert stored(view, look_for.key) == [first]


def test_frequency_and_choice_are_one_tap(view: VisitView, qtbot: QtBot, blast_framework: Framework) -> None:
    for kind in (ResponseType.FREQUENCY, ResponseType.CHOICE):
        look_for = next(lf for lf in blast_framework.look_fors if lf.response is kind)
        segments = view.rows[look_for.key].segments
        assert segments is not None
        qtbot.mouseClick(segments.buttons[look_for.options[1].key], Qt.MouseButton.LeftButton)
        assert stored(view, look_for.key) == look_for.options[1].key


def test_a_snapshot_prompt_appears_at_its_minute_without_blocking(
    view: VisitView, qtbot: QtBot, blast_framework: Framework
) -> None:
    look_for = next(lf for lf in blast_framework.look_fors if lf.response is ResponseType.SNAPSHOT)
    row = view.rows[look_for.key]
    first = look_for.minutes[0]
    row.set_elapsed(first * 60 - 5)
    assert view.notice.isHidden()
    row.set_elapsed(first * 60 + 1)  # the minute has come: a notice, not a dialog
    assert view.notice.isVisible() and f"Minute {first}" in view.notice.text()
    control = row.minute_controls[first]
    plus = getattr(control, "plus", None)
    assert plus is not None  # a count: large + and −
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    assert stored(view, look_for.key) == {str(first): 2}


def test_text_evidence_commits_after_typing(view: VisitView, qtbot: QtBot, blast_framework: Framework) -> None:
    key = key_of(blast_framework, ResponseType.TEXT)
    field = view.rows[key].text
    assert field is not None
    qtbot.keyClicks(field, "Two students explained their model to a third.")
    view.rows[key].flush_note()
    assert stored(view, key) == "Two students explained their model to a third."
