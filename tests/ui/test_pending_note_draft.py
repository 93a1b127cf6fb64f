"""A peer note typed but not yet added is kept (written ahead, so a kill or
leaving the visit keeps it), and adding it against a locked database says
plainly that it was not added, leaving the words in the box."""

from __future__ import annotations

from fault_helpers import write_lock
from peer_helpers import make_district, planned_visit
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from walkthrough.storage import Repository
from walkthrough.storage.pending_edits import EditJournal
from walkthrough.ui.pages.peer_visits import PeerVisitsPage


def _record(qtbot: QtBot, repo: Repository) -> PeerVisitsPage:
    d = make_district(repo)
    planned_visit(repo, d)
    repo.switch_profile(d.visitor.id)
    page = PeerVisitsPage(repo)
    qtbot.addWidget(page)
    page.resize(1070, 760)
    page.show()
    qtbot.mouseClick(page.notes_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.record
    return page


def test_a_note_typed_but_not_added_is_kept_when_the_visit_is_left_and_opened_again(
    qtbot: QtBot, repo: Repository,
) -> None:
    page = _record(qtbot, repo)
    qtbot.keyClicks(page.record.editor.editor, "Pairs sorted the cards into two columns")
    journal = EditJournal.for_database(repo.database_file)
    assert [e.text for e in journal.read()] == ["Pairs sorted the cards into two columns"]  # written ahead
    qtbot.mouseClick(page.record.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.notes_button, Qt.MouseButton.LeftButton)  # "Continue my notes"
    assert page.record.editor.text() == "Pairs sorted the cards into two columns"
    qtbot.mouseClick(page.record.add_button, Qt.MouseButton.LeftButton)
    assert page.record.observation is not None
    assert [n.text for n in repo.notes(page.record.observation.id)] == ["Pairs sorted the cards into two columns"]
    assert page.record.editor.text() == "" and journal.read() == []


def test_adding_a_note_against_a_locked_database_says_so_and_keeps_the_words(qtbot: QtBot, repo: Repository) -> None:
    page = _record(qtbot, repo)
    record = page.record
    assert record.observation is not None
    qtbot.keyClicks(record.editor.editor, "A student asked why the pattern repeats")
    with write_lock(repo.database_file):
        qtbot.mouseClick(record.add_button, Qt.MouseButton.LeftButton)
        assert "not added yet" in record.message.text() and "busy" in record.message.text()
        assert record.editor.text() == "A student asked why the pattern repeats"
        assert repo.notes(record.observation.id) == []
    qtbot.mouseClick(record.add_button, Qt.MouseButton.LeftButton)
    assert [n.text for n in repo.notes(record.observation.id)] == ["A student asked why the pattern repeats"]
