"""The log is an output like any other: real actions in the window, and no note or
written answer (blast or peer, private or shared) reaches logs/walkthrough.log.

Registered in tests/unit/core/test_privacy_outputs.py (LOG_PROOF) as the proof for
the log output path."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from peer_helpers import make_district, planned_visit
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from round_helpers import small_school

from walkthrough.core.model import NoteKind
from walkthrough.log import setup_logging
from walkthrough.paths import log_dir
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.pages.peer_visits import PeerVisitsPage

BLAST_NOTE = "Two students argued about the fraction strip (blast-note-5e1f)"
QUOTE = "Miss, can we prove it a different way? (student-quote-77aa)"
PEER_NOTE = "Pairs compared their diagrams in silence (peer-note-c4d2)"
REFLECTION = "I talked for most of the lesson (reflection-0b9e)"
MARKERS = ("5e1f", "77aa", "c4d2", "0b9e")


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "logged"
    setup_logging(folder)
    yield log_dir(folder)
    for handler in list(logging.getLogger("walkthrough").handlers):
        handler.close()
        logging.getLogger("walkthrough").removeHandler(handler)


def _log_text(logs: Path) -> str:
    for handler in logging.getLogger("walkthrough").handlers:
        handler.flush()
    return "".join(p.read_text(encoding="utf-8") for p in sorted(logs.iterdir()))


def test_blast_notes_and_quotes_typed_in_a_round_stay_out_of_the_log(
    qtbot: QtBot, repo: Repository, log_folder: Path
) -> None:
    small_school(repo, 3)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.show()
    page = window.walkthroughs_page
    combo = page.start.framework
    combo.setCurrentIndex(combo.findData("blast-empowered-learning"))
    qtbot.mouseClick(page.start.start, Qt.MouseButton.LeftButton)
    visit = page.visit
    assert visit.observation is not None
    visit.commit("grouping", "pairs", False)  # a tap: logged, as it should be
    row = visit.rows["grouping"]
    assert row.note is not None
    row.note.setText(BLAST_NOTE)
    row.flush_note()
    quote = visit.rows["evidence-quote"]
    assert quote.text is not None
    quote.text.setText(QUOTE)
    quote.flush_note()
    assert repo.response(visit.observation.id, "grouping").note == BLAST_NOTE
    assert repo.response(visit.observation.id, "evidence-quote").value == QUOTE
    text = _log_text(log_folder)
    assert '"tap_committed"' in text and '"note_committed"' in text  # the log is not trivially empty
    for marker in MARKERS:
        assert marker not in text, f"{marker} leaked into the log"


def test_a_private_peer_visits_notes_and_reflection_stay_out_of_the_log(
    qtbot: QtBot, repo: Repository, log_folder: Path
) -> None:
    d = make_district(repo)
    visit = planned_visit(repo, d)
    repo.switch_profile(d.visitor.id)
    page = PeerVisitsPage(repo)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.notes_button, Qt.MouseButton.LeftButton)
    record = page.record
    qtbot.keyClicks(record.editor.editor, PEER_NOTE)
    qtbot.mouseClick(record.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(record.finish_button, Qt.MouseButton.LeftButton)
    repo.switch_profile(d.host.id)
    host_page = PeerVisitsPage(repo)
    qtbot.addWidget(host_page)
    host_page.show()
    qtbot.mouseClick(host_page.debrief_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(host_page.debrief.reflection.editor, REFLECTION)
    host_page.debrief.reflection.editor.clearFocus()
    qtbot.waitUntil(lambda: repo.peer_visit(visit.id).reflection == REFLECTION, timeout=3000)
    notes = [n.text for o in repo.observations() for n in repo.notes(o.id) if n.kind is NoteKind.NOTICING]
    assert PEER_NOTE in notes
    logging.getLogger("walkthrough.ui").warning("a warning naming the visit %s", visit.id)  # positive control
    text = _log_text(log_folder)
    assert visit.id in text
    for marker in MARKERS:
        assert marker not in text, f"{marker} leaked into the log"


def test_the_log_drops_a_note_field_even_if_a_caller_passes_one(log_folder: Path) -> None:
    logging.getLogger("walkthrough.ui").info("typed", extra={"event": {"event": "x", "note": BLAST_NOTE,
                                                                       "text": QUOTE, "look_for_key": "k"}})
    text = _log_text(log_folder)
    assert '"look_for_key": "k"' in text and "5e1f" not in text and "77aa" not in text
