"""Several notes per look-for, and a note about several look-fors (issue 12, item 7), on the visit screen:
a look-for with ``evidence_note = "several"`` has a Notes button; each note is committed as it is added and
may point at other such look-fors; every target is finger-sized."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from round_helpers import small_school

from walkthrough.core.frameworks import parse_framework
from walkthrough.storage import Repository
from walkthrough.storage.instrument_store import note_look_for_keys
from walkthrough.ui.dialogs.look_for_notes import LookForNotes
from walkthrough.ui.widgets.visit_view import VisitView

SHOTS = Path(os.environ["WALKTHROUGH_SHOTS"]) if os.environ.get("WALKTHROUGH_SHOTS") else None

NOTES = """
id = "notes-walk"
version = "1.0"
title = "Notes walk"
modes = ["blast"]
target_minutes = 5
teacher = "named"

[[sections]]
key = "s"
title = "Talk"

[[sections.look_fors]]
key = "talk"
prompt = "Students explain their thinking to a partner"
response = "presence"
evidence_note = "several"

[[sections.look_fors]]
key = "questions"
prompt = "The teacher asks open questions"
response = "presence"
evidence_note = "several"

[[sections.look_fors]]
key = "target"
prompt = "The learning target is posted"
response = "presence"
"""


@pytest.fixture
def view(qtbot: QtBot, repo: Repository) -> VisitView:
    repo.install_framework(parse_framework(NOTES, "notes.toml"), NOTES)
    d = small_school(repo)
    round_ = repo.start_round(d.school.id, repo.framework("notes-walk"), by=d.observer.id)
    widget = VisitView(repo)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    assert widget.open_round(round_.id)
    return widget


def tap(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.height() >= 48 and button.width() >= 48, button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_notes(qtbot: QtBot, view: VisitView, key: str) -> LookForNotes:
    button = view.rows[key].notes_button
    assert button is not None
    tap(qtbot, button)
    dialog = view.notes_dialog
    assert isinstance(dialog, LookForNotes) and dialog.isVisible()
    qtbot.addWidget(dialog)
    return dialog


def test_a_look_for_that_takes_several_notes_has_a_notes_button_and_others_do_not(view: VisitView) -> None:
    assert view.rows["talk"].notes_button is not None and view.rows["questions"].notes_button is not None
    assert view.rows["target"].notes_button is None


def test_several_notes_on_one_look_for_are_each_committed_when_added(qtbot: QtBot, view: VisitView,
                                                                    repo: Repository) -> None:
    assert view.observation is not None
    visit = view.observation.id
    dialog = open_notes(qtbot, view, "talk")
    for text in ("Partners take turns to explain", "Two pairs argue about the method"):
        qtbot.keyClicks(dialog.text, text)
        tap(qtbot, dialog.add_button)
        assert dialog.text.toPlainText() == ""
    assert [n.text for n in repo.look_for_notes(visit, "talk")] == ["Partners take turns to explain",
                                                                   "Two pairs argue about the method"]
    assert len(dialog.delete_buttons) == 2
    dialog.accept()
    assert view.rows["talk"].notes_button.text() == "✎ Notes (2)"  # type: ignore[union-attr]
    dialog = open_notes(qtbot, view, "talk")
    first = repo.look_for_notes(visit, "talk")[0]
    tap(qtbot, dialog.delete_buttons[first.id])
    assert [n.text for n in repo.look_for_notes(visit, "talk")] == ["Two pairs argue about the method"]


def test_one_note_can_point_at_several_look_fors(qtbot: QtBot, view: VisitView, repo: Repository) -> None:
    assert view.observation is not None
    visit = view.observation.id
    dialog = open_notes(qtbot, view, "talk")
    assert set(dialog.also.buttons) == {"questions"}  # only look-fors that take several notes
    qtbot.keyClicks(dialog.text, "\"Why do you think so?\" and partners answered")
    tap(qtbot, dialog.also.buttons["questions"])
    assert dialog.also.buttons["questions"].isChecked()
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        view.grab().save(str(SHOTS / "visit-several-notes-1280x800.png"))
        dialog.grab().save(str(SHOTS / "look-for-notes-dialog.png"))
    tap(qtbot, dialog.add_button)
    dialog.accept()
    [note] = repo.look_for_notes(visit, "questions")
    assert note_look_for_keys(note) == ("talk", "questions")
    assert [n.id for n in repo.look_for_notes(visit, "talk")] == [note.id]
    assert view.rows["questions"].notes_button.text() == "✎ Notes (1)"  # type: ignore[union-attr]
    other = open_notes(qtbot, view, "questions")
    assert not other.also.buttons["talk"].isChecked()  # a new note starts about this look-for alone
    labels = [w.text() for w in other.listing.findChildren(type(other.message))]
    assert any("also about: Students explain their thinking to a partner" in t for t in labels)
    if SHOTS is not None:
        other.grab().save(str(SHOTS / "look-for-notes-listed.png"))


def test_a_note_the_store_refuses_stays_in_the_field_with_the_reason(qtbot: QtBot, view: VisitView,
                                                                    repo: Repository) -> None:
    assert view.observation is not None
    visit = view.observation.id
    dialog = open_notes(qtbot, view, "talk")
    dialog.by = None  # nobody: the store refuses
    qtbot.keyClicks(dialog.text, "Partners explain")
    tap(qtbot, dialog.add_button)
    assert "not saved" in dialog.message.text() and dialog.text.toPlainText() == "Partners explain"
    assert repo.look_for_notes(visit, "talk") == []
