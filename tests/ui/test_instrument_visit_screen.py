"""The visit screen with every new format feature: conditional items appear and disappear, a paired look-for
shows its parts side by side, numbers, snapshot counts that must add up, segments with Next segment, the round's
own part, an optional section, anchors; every tap committed before it shows."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from framework_samples import FULL
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from round_helpers import small_school

from walkthrough.core.frameworks import parse_framework
from walkthrough.storage import Repository
from walkthrough.ui.widgets.instrument_controls import NumberEntry, PairedControl, SnapshotPicks
from walkthrough.ui.widgets.visit_sections import SegmentTabs
from walkthrough.ui.widgets.visit_view import VisitView

SHOTS = Path(os.environ.get("WALKTHROUGH_SHOTS", "")) if os.environ.get("WALKTHROUGH_SHOTS") else None


@pytest.fixture
def view(qtbot: QtBot, repo: Repository) -> VisitView:
    framework = parse_framework(FULL, "full.toml")
    repo.install_framework(framework, FULL)
    d = small_school(repo)
    round_ = repo.start_round(d.school.id, repo.framework("full-instrument"), by=d.observer.id)
    widget = VisitView(repo)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    assert widget.open_round(round_.id)
    return widget


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible(), button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_conditional_item_appears_and_disappears_as_answers_change(qtbot: QtBot, view: VisitView) -> None:
    referenced = view.rows["target-referenced"]
    assert referenced.isHidden()
    assert "Not observed (default)" in view.rows["target-posted"].chip.text()
    click(qtbot, view.rows["target-posted"].segments.buttons["observed"])  # type: ignore[union-attr]
    assert not referenced.isHidden()
    assert view.repo.response(view.observation.id, "target-posted").value == "observed"  # type: ignore[union-attr]
    click(qtbot, view.rows["target-posted"].segments.buttons["not_observed"])  # type: ignore[union-attr]
    assert referenced.isHidden()


def test_a_paired_look_for_shows_its_two_parts_side_by_side(qtbot: QtBot, view: VisitView) -> None:
    control = view.rows["talk"].extra
    assert isinstance(control, PairedControl)
    teacher, students = control.parts["teacher"], control.parts["students"]
    assert teacher.mapToGlobal(teacher.rect().topLeft()).y() == students.mapToGlobal(students.rect().topLeft()).y()
    assert teacher.mapToGlobal(teacher.rect().topLeft()).x() < students.mapToGlobal(students.rect().topLeft()).x()
    click(qtbot, teacher.buttons["observed"])  # type: ignore[union-attr]
    click(qtbot, students.buttons["not_observed"])  # type: ignore[union-attr]
    stored = view.repo.response(view.observation.id, "talk").value  # type: ignore[union-attr]
    assert stored == {"teacher": "observed", "students": "not_observed"}
    assert "Teacher does: Observed" in view.rows["talk"].chip.text()


def test_numbers_and_counts_that_must_add_up_to_the_students_present(qtbot: QtBot, view: VisitView) -> None:
    present = view.rows["students-present"].extra
    assert isinstance(present, NumberEntry)
    present.edit.setText("22")
    present.edit.editingFinished.emit()
    assert view.repo.response(view.observation.id, "students-present").value == 22  # type: ignore[union-attr]
    counts = view.rows["on-task"].extra
    assert isinstance(counts, SnapshotPicks)
    for _ in range(3):
        click(qtbot, counts.counts[(0, "on-task")].plus)
    assert counts.total.isVisibleTo(view) and "add up to the 22 students present" in counts.total.text()
    assert view.repo.response(view.observation.id, "on-task").value == {"0": {"on-task": 3}}  # type: ignore[union-attr]


def test_segments_are_tabs_with_a_next_segment_step(qtbot: QtBot, view: VisitView) -> None:
    tabs = view.findChild(SegmentTabs)
    assert tabs is not None and tabs.tabs.count() == 3
    click(qtbot, view.rows["engaged#1"].segments.buttons["observed"])  # type: ignore[union-attr]
    tabs.next_segment()
    assert tabs.tabs.currentIndex() == 1
    click(qtbot, view.rows["engaged#2"].segments.buttons["not_observed"])  # type: ignore[union-attr]
    responses = view.repo.responses(view.observation.id)  # type: ignore[union-attr]
    assert responses["engaged#1"].value == "observed" and responses["engaged#2"].value == "not_observed"


def test_the_rounds_own_part_is_answered_once_and_shown_in_every_room(qtbot: QtBot, view: VisitView) -> None:
    assert view.rows["hallways"].round_id == view.round_id
    click(qtbot, view.rows["hallways"].segments.buttons["observed"])  # type: ignore[union-attr]
    assert view.round_id is not None and view.repo.round_responses(view.round_id)["hallways"].value == "observed"
    view.next_room()
    assert "Observed" in view.rows["hallways"].chip.text()
    assert "N/A" not in view.rows["hallways"].segments.buttons  # type: ignore[union-attr]  # presence without N/A


def test_undo_in_the_room_takes_back_the_rounds_answer_tapped_there(qtbot: QtBot, view: VisitView) -> None:
    click(qtbot, view.rows["hallways"].segments.buttons["observed"])  # type: ignore[union-attr]
    assert view.round_id is not None and view.repo.round_responses(view.round_id)["hallways"].value == "observed"
    assert view.undo_button.isEnabled()
    click(qtbot, view.undo_button)
    assert not view.repo.round_responses(view.round_id)["hallways"].is_marked
    assert not view.rows["hallways"].segments.buttons["observed"].isChecked()  # type: ignore[union-attr]


def test_an_optional_section_counts_as_not_applicable_until_opened(qtbot: QtBot, view: VisitView) -> None:
    row = view.rows["group-size"]
    assert row.isHidden()
    click(qtbot, view.optional_buttons["small-group"])
    assert not row.isHidden()


def test_the_anchor_of_the_chosen_option_is_shown(qtbot: QtBot, view: VisitView) -> None:
    row = view.rows["grouping"]
    qtbot.mouseClick(row.prompt, Qt.MouseButton.LeftButton)  # a choice's options open over its row
    click(qtbot, row.segments.buttons["groups"])  # type: ignore[union-attr]
    assert row.anchor_caption is not None and "Three to five students per group." in row.anchor_caption.text()
    assert "Everyone faces the teacher." in row.segments.buttons["whole"].toolTip()  # type: ignore[union-attr]


def test_retired_look_fors_are_not_offered(view: VisitView) -> None:
    assert "old-item" not in view.rows


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800), (1920, 1080)])
def test_screenshots_of_the_visit_screen(qtbot: QtBot, view: VisitView, size: tuple[int, int]) -> None:
    click(qtbot, view.rows["target-posted"].segments.buttons["observed"])  # type: ignore[union-attr]
    view.resize(*size)
    qtbot.wait(50)
    image = view.grab()
    assert image.width() == size[0]
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        image.save(str(SHOTS / f"visit-{size[0]}x{size[1]}.png"))
        view.checklist_scroll.verticalScrollBar().setValue(700)
        qtbot.wait(50)
        view.grab().save(str(SHOTS / f"visit-{size[0]}x{size[1]}-lower.png"))
