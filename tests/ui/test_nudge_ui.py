"""The wording nudge in the app: lists read when needed, hints in the note's language,
bad list lines shown on the Frameworks page, and the nudge on every note field."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from peer_helpers import PeerDistrict, make_district, planned_visit
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_helpers import open_visit

from walkthrough.core.frameworks import Framework, ResponseType
from walkthrough.core.nudge import FORMS_DIR
from walkthrough.storage import Repository
from walkthrough.ui import nudge_lists
from walkthrough.ui.app import create_window
from walkthrough.ui.pages.peer_visits import PeerVisitsPage
from walkthrough.ui.widgets.note_editor import NoteEditor
from walkthrough.ui.widgets.visit_view import VisitView


@pytest.fixture(autouse=True)
def fresh_lists() -> Iterator[None]:
    nudge_lists.forget()
    yield
    nudge_lists.forms_dir = None
    nudge_lists.forget()


@pytest.fixture
def district_forms(tmp_path: Path) -> Path:
    """A copy of the shipped lists that a test may spoil."""
    folder = tmp_path / "forms"
    folder.mkdir()
    for path in FORMS_DIR.glob("evaluative-language.*.txt"):
        (folder / path.name).write_bytes(path.read_bytes())
    nudge_lists.forms_dir = folder
    return folder


def spoil(path: Path, at: int, line: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(at - 1, line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def editor(qtbot: QtBot, **kwargs: object) -> NoteEditor:
    field = NoteEditor("Note", **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(field)
    field.show()
    return field


def test_a_bad_list_line_is_shown_on_the_frameworks_page_and_both_languages_stay_on(
    qtbot: QtBot, data_dir: Path, district_forms: Path
) -> None:
    english = district_forms / "evaluative-language.en.txt"
    spoil(english, 60, "great (job")
    window = create_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    window.show_page("frameworks")
    panel = window.frameworks_page.nudge_lists
    qtbot.waitUntil(lambda: panel.problems.isVisible(), timeout=3000)
    shown = panel.problems.text()
    assert f"{english}, line 60: unbalanced (: no ) after it in 'great (job'" in shown
    assert "the rest of the lists still apply" in shown
    assert "English:" in panel.status.text() and "Spanish:" in panel.status.text()
    # the rest of both lists still applies
    field = editor(qtbot)
    qtbot.keyClicks(field.editor, "The students were bored.")
    assert "“bored”" in field.hint.text()
    field.set_text("Los alumnos estaban aburridos.")
    assert "“aburridos”" in field.hint.text()


def test_reading_the_lists_again_picks_up_a_fixed_file(qtbot: QtBot, data_dir: Path, district_forms: Path) -> None:
    spanish = district_forms / "evaluative-language.es.txt"
    spoil(spanish, 70, "<nadie> es genial")
    window = create_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    window.show_page("frameworks")
    panel = window.frameworks_page.nudge_lists
    qtbot.waitUntil(lambda: panel.problems.isVisible(), timeout=3000)
    assert "unknown word set <nadie>" in panel.problems.text()
    field = editor(qtbot)
    field.set_text("Nuestra sugerencia para el equipo es esta.")
    assert field.hint.text() == ""
    spanish.write_text(spanish.read_text(encoding="utf-8").replace("<nadie> es genial", "nuestra sugerencia"),
                       encoding="utf-8")
    qtbot.mouseClick(panel.reload_button, Qt.MouseButton.LeftButton)
    assert panel.problems.isHidden()
    assert "“Nuestra sugerencia”" in field.hint.text()  # open fields use the new lists at once


def test_the_lists_are_not_read_until_a_note_needs_them(qtbot: QtBot, data_dir: Path) -> None:
    window = create_window(data_dir)  # builds every page, note fields included
    qtbot.addWidget(window)
    assert not nudge_lists.is_loaded()
    field = editor(qtbot)
    assert not nudge_lists.is_loaded()
    qtbot.keyClicks(field.editor, "good")
    assert nudge_lists.is_loaded()
    assert "“good”" in field.hint.text()


def test_the_lists_are_warmed_off_the_ui_thread_after_the_first_note_field(qtbot: QtBot) -> None:
    editor(qtbot)
    qtbot.waitUntil(nudge_lists.is_loaded, timeout=10_000)  # the warm-up reads them without a keystroke


def test_a_spanish_note_gets_its_hint_in_spanish_only(qtbot: QtBot) -> None:
    field = editor(qtbot)
    qtbot.keyClicks(field.editor, "La clase fue ideal y los alumnos estaban aburridos")
    hint = field.hint.text()
    assert hint.startswith("“ideal” (y 1 más): ")
    for english in ("and", "more", "This judges", "What did"):
        assert english not in hint, hint
    block = field.editor.document().firstBlock()
    underlined = {field.text()[r.start : r.start + r.length] for r in block.layout().formats()}
    assert underlined == {"ideal", "aburridos"}
    assert "evaluative-language.es.txt:" in field.editor.toolTip()  # where the phrase is listed


def test_reported_speech_and_the_teachers_questions_are_not_underlined(qtbot: QtBot) -> None:
    field = editor(qtbot)
    for note in ("A student asked whether his answer was good enough to turn in.",
                 "The teacher asked, which of these two openings is more effective?",
                 "Students listed the features of a good summary on chart paper.",
                 "La maestra preguntó: ¿cuál de estos dos inicios es más eficaz?"):
        field.set_text(note)
        assert field.hint.text() == "", note
        assert not field.editor.document().firstBlock().layout().formats(), note


@pytest.fixture
def d(repo: Repository) -> PeerDistrict:
    return make_district(repo)


def test_the_host_debrief_is_nudged_and_the_next_step_may_hold_advice(
    repo: Repository, d: PeerDistrict, qtbot: QtBot
) -> None:
    visit = planned_visit(repo, d)
    repo.begin_peer_notes(visit.id, by=d.visitor.id)
    repo.switch_profile(d.host.id)
    page = PeerVisitsPage(repo)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.debrief_button, Qt.MouseButton.LeftButton)
    debrief = page.debrief
    qtbot.keyClicks(debrief.reflection.editor, "Next time I should wait longer.")
    assert "“Next time”" in debrief.reflection.hint.text()  # advice is flagged in the reflection
    qtbot.keyClicks(debrief.next_step.editor, "Next time I will try a visual timer.")
    assert debrief.next_step.hint.text() == ""  # a next step is a plan: advice is not flagged there
    debrief.next_step.set_text("Next time I will try a timer; the warm-up was boring.")
    assert "“boring”" in debrief.next_step.hint.text()  # judgements still are
    qtbot.keyClicks(debrief.next_step.editor, " ")
    qtbot.mouseClick(debrief.share, Qt.MouseButton.LeftButton)
    assert "Next time I will try a timer" in repo.peer_visit(visit.id).next_step  # never blocked


@pytest.fixture
def blast_view(qtbot: QtBot, repo: Repository, blast_framework: Framework) -> VisitView:
    return open_visit(qtbot, repo, blast_framework)


def test_a_walkthrough_evidence_note_is_nudged_and_still_committed(
    blast_view: VisitView, qtbot: QtBot, blast_framework: Framework
) -> None:
    text_key = next(lf.key for lf in blast_framework.look_fors if lf.response is ResponseType.TEXT)
    row = blast_view.rows[text_key]
    assert row.text is not None and row.text_hint is not None
    qtbot.keyClicks(row.text, "Great lesson, kids were bored")
    assert row.text_hint.isVisible()
    assert row.text_hint.text().startswith("“Great” (and 1 more): ")
    row.flush_note()
    assert blast_view.observation is not None
    assert blast_view.repo.responses(blast_view.observation.id)[text_key].value == "Great lesson, kids were bored"
    noted = next(r for r in blast_view.rows.values() if r.note is not None)
    assert noted.note is not None and noted.note_hint is not None
    qtbot.mouseClick(noted.note_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(noted.note, "Should have modeled it first")
    assert noted.note_hint.isVisible() and "“Should have”" in noted.note_hint.text()
    qtbot.keyClicks(noted.note, "\b" * len("Should have modeled it first") + "Two pairs used the strips")
    assert noted.note_hint.isHidden()
