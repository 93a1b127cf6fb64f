"""Closing the window commits text that was still waiting for its pause."""

from __future__ import annotations

from peer_helpers import make_district, planned_visit
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from walkthrough.core.model import NoteKind
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow


def test_a_reflection_typed_just_before_closing_is_kept(repo: Repository, qtbot: QtBot) -> None:
    d = make_district(repo)
    visit = planned_visit(repo, d)
    observation = repo.begin_peer_notes(visit.id, by=d.visitor.id)
    repo.add_peer_note(observation.id, NoteKind.NOTICING, "Pairs compared answers.", by=d.visitor.id)
    repo.switch_profile(d.host.id)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("peer")
    qtbot.mouseClick(window.peer_page.debrief_button, Qt.MouseButton.LeftButton)
    editor = window.peer_page.debrief.reflection.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Partners explained their sorting to each other.")
    assert page.isVisible()
    assert repo.peer_visit(visit.id).reflection == ""  # still inside its pause
    window.close()
    assert repo.peer_visit(visit.id).reflection == "Partners explained their sorting to each other."


def test_closing_an_idle_window_commits_nothing_and_raises_nothing(repo: Repository, qtbot: QtBot) -> None:
    make_district(repo)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.show()
    before = repo.db.execute("SELECT total_changes()").fetchone()[0]
    for key in window.page_keys():
        window.show_page(key)
    window.close()
    assert repo.db.execute("SELECT total_changes()").fetchone()[0] == before
