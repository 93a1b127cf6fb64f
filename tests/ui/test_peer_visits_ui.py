"""Peer visits in the app: plan, record and debrief a visit, as the people in it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from peer_helpers import FOCUS, PeerDistrict, make_district, planned_visit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QComboBox, QPushButton, QScrollBar, QWidget
from pytestqt.qtbot import QtBot

from walkthrough.core.model import NoteKind, Visibility
from walkthrough.storage import Repository
from walkthrough.ui.pages.peer_visits import PeerVisitsPage


@pytest.fixture
def d(repo: Repository) -> PeerDistrict:
    return make_district(repo)


def page_as(qtbot: QtBot, repo: Repository, person_id: str | None) -> PeerVisitsPage:
    repo.switch_profile(person_id)
    page = PeerVisitsPage(repo)
    qtbot.addWidget(page)
    page.resize(1070, 760)
    page.show()
    return page


def activate(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_nobody_chosen_asks_who_is_using_the_app(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    planned_visit(repo, d)
    page = page_as(qtbot, repo, None)
    assert page.nobody.isVisible() and not page.plan_actions.isVisible()
    assert page.list.count() == 0  # nobody sees anybody's visits
    with qtbot.waitSignal(page.choose_profile):
        qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)


def test_the_host_plans_a_visit_sets_the_focus_and_agrees(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    page = page_as(qtbot, repo, d.host.id)
    qtbot.mouseClick(page.invite_button, Qt.MouseButton.LeftButton)
    [visit] = repo.peer_visits()
    assert visit.host_id == d.host.id and page.selected_id() == visit.id
    activate(page.editor.add_visitor, d.visitor.id)
    assert repo.peer_visit(visit.id).visitor_ids == (d.visitor.id,)
    qtbot.keyClicks(page.editor.focus.editor, FOCUS)
    qtbot.waitUntil(lambda: repo.peer_visit(visit.id).focus == FOCUS, timeout=3000)
    qtbot.mouseClick(page.editor.consent, Qt.MouseButton.LeftButton)
    assert repo.peer_visit(visit.id).consent_by == d.host.id
    page.editor.start.setTime(page.editor.start.time().fromString("10:15", "HH:mm"))
    page.editor.end.setTime(page.editor.end.time().fromString("11:00", "HH:mm"))
    qtbot.waitUntil(lambda: repo.peer_visit(visit.id).start_time == "10:15", timeout=3000)
    assert repo.peer_visit(visit.id).end_time == "11:00"
    assert "Agreed" in page.list.item(0).text()
    # The host's class is theirs: they never "start notes" in their own visit.
    assert not page.notes_button.isVisible()


def test_a_visitor_cannot_write_the_focus_or_agree_for_the_host(
    repo: Repository, d: PeerDistrict, qtbot: QtBot
) -> None:
    planned_visit(repo, d, consent=False)
    page = page_as(qtbot, repo, d.visitor.id)
    assert not page.editor.focus.isEnabled() and not page.editor.consent.isEnabled()
    assert not page.editor.share.isVisible()
    assert not page.notes_button.isEnabled()  # the host has not agreed yet
    assert "Waiting for Ben Ito to agree" in page.editor.consent.text()


def test_asking_to_visit_a_colleague(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    page = page_as(qtbot, repo, d.visitor.id)
    page.ask_host.setCurrentIndex(page.ask_host.findData(d.host.id))
    qtbot.mouseClick(page.ask_button, Qt.MouseButton.LeftButton)
    [visit] = repo.peer_visits()
    assert (visit.host_id, visit.visitor_ids, visit.created_by) == (d.host.id, (d.visitor.id,), d.visitor.id)


def test_the_visitor_records_timed_notes_of_three_kinds_and_marks_look_fors(
    repo: Repository, d: PeerDistrict, qtbot: QtBot
) -> None:
    visit = planned_visit(repo, d)
    page = page_as(qtbot, repo, d.visitor.id)
    qtbot.mouseClick(page.notes_button, Qt.MouseButton.LeftButton)
    record = page.record
    assert page.stack.currentWidget() is record
    assert FOCUS in record.focus_banner.text()  # the host's focus stays visible on top
    observation = record.observation
    assert observation is not None
    qtbot.keyClicks(record.editor.editor, "Pairs sorted cards into two columns.")
    qtbot.mouseClick(record.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(record.kind_buttons[NoteKind.WONDERING], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(record.editor.editor, "I wonder how pairs were chosen.")
    qtbot.keyClick(record.editor.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    card = record.prompts.cards["seen-student-talk"]
    assert card.seen is not None
    qtbot.mouseClick(card.seen, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.note, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(record.kind_buttons[NoteKind.EVIDENCE], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(record.editor.editor, "Both partners spoke in 5 of 6 pairs.")
    qtbot.mouseClick(record.add_button, Qt.MouseButton.LeftButton)
    notes = repo.notes(observation.id)
    assert [(n.kind, n.look_for_key) for n in notes] == [
        (NoteKind.NOTICING, None), (NoteKind.WONDERING, None), (NoteKind.EVIDENCE, "seen-student-talk")]
    assert all(n.minute == 0 for n in notes)
    assert repo.seen_look_fors(observation.id) == {"seen-student-talk"}
    assert card.seen.isChecked() and record.editor.text() == ""
    # One tap on a note's kind switches it (newest note is at the top).
    top = record.notes.itemWidget(record.notes.item(0))
    qtbot.mouseClick(top.kind, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert repo.notes(observation.id)[-1].kind is NoteKind.NOTICING
    qtbot.mouseClick(record.finish_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.debrief
    assert repo.observation(observation.id).status.value == "complete"
    assert repo.peer_visit(visit.id).visitor(d.visitor.id).observation_id == observation.id  # type: ignore[union-attr]


def test_there_is_no_rating_control_anywhere_in_peer_mode(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    visit = planned_visit(repo, d)
    repo.update_peer_plan(visit.id, by=d.host.id, framework_id="nctm-math-teaching-practices")
    page = page_as(qtbot, repo, d.visitor.id)
    qtbot.mouseClick(page.notes_button, Qt.MouseButton.LeftButton)
    for view in (page.overview, page.record, page.debrief):
        assert not [s for s in view.findChildren(QAbstractSlider) if not isinstance(s, QScrollBar)]
        spins = [s for s in view.findChildren(QAbstractSpinBox) if "Visit" not in s.accessibleName()
                 and "Day" not in s.accessibleName()]
        assert not spins
        texts = {b.text().lower() for b in view.findChildren(QPushButton)}
        assert not texts & {"1", "2", "3", "4", "exemplary", "proficient", "developing", "beginning"}
    assert len(page.record.prompts.cards) == 16  # every NCTM look-for, as a prompt


def test_the_nudge_underlines_judging_words_and_never_blocks_the_note(
    repo: Repository, d: PeerDistrict, qtbot: QtBot
) -> None:
    planned_visit(repo, d)
    page = page_as(qtbot, repo, d.visitor.id)
    qtbot.mouseClick(page.notes_button, Qt.MouseButton.LeftButton)
    record = page.record
    qtbot.keyClicks(record.editor.editor, "It was a great lesson")
    assert "“great”" in record.editor.hint.text()
    block = record.editor.editor.document().firstBlock()
    ranges = [(r.start, r.length) for r in block.layout().formats()]
    assert (9, 5) in ranges  # "great" is underlined
    qtbot.mouseClick(record.add_button, Qt.MouseButton.LeftButton)
    assert record.observation is not None
    assert [n.text for n in repo.notes(record.observation.id)] == ["It was a great lesson"]
    assert record.editor.hint.text() == ""


def test_the_host_debriefs_shares_and_the_visit_exports_as_text(repo: Repository, d: PeerDistrict, qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    visit = planned_visit(repo, d)
    observation = repo.begin_peer_notes(visit.id, by=d.visitor.id)
    repo.add_peer_note(observation.id, NoteKind.NOTICING, "Pairs compared answers.", by=d.visitor.id)
    page = page_as(qtbot, repo, d.host.id)
    qtbot.mouseClick(page.debrief_button, Qt.MouseButton.LeftButton)
    debrief = page.debrief
    assert "Pairs compared answers." in debrief.notes.toPlainText()
    qtbot.keyClicks(debrief.reflection.editor, "They talked more than I expected; that is so good.")
    assert "“good”" in debrief.reflection.hint.text()  # the nudge, in the debrief too
    qtbot.waitUntil(lambda: repo.peer_visit(visit.id).reflection.startswith("They talked"), timeout=3000)
    qtbot.keyClicks(debrief.next_step.editor, "Try talk stems on Friday.")
    qtbot.mouseClick(debrief.share, Qt.MouseButton.LeftButton)  # focus leaves the field: committed now
    after = repo.peer_visit(visit.id)
    assert after.next_step == "Try talk stems on Friday."
    assert after.visibility is Visibility.SHARED and after.shared_by == d.host.id
    assert "Shared by Ben Ito" in debrief.privacy.text()
    target = tmp_path / "visit.txt"
    assert debrief.export_to(target)
    text = target.read_text(encoding="utf-8")
    assert FOCUS in text and "Pairs compared answers." in text and "Try talk stems on Friday." in text


def test_a_visitor_reads_the_debrief_but_cannot_write_it(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    visit = planned_visit(repo, d)
    repo.begin_peer_notes(visit.id, by=d.visitor.id)
    repo.set_peer_debrief(visit.id, by=d.host.id, reflection="Partners talked.")
    page = page_as(qtbot, repo, d.visitor.id)
    page.open_debrief(visit.id)
    assert page.debrief.reflection.text() == "Partners talked."
    assert not page.debrief.reflection.isEnabled() and not page.debrief.share.isVisible()


def test_switching_profile_closes_the_open_notes(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    planned_visit(repo, d)
    page = page_as(qtbot, repo, d.visitor.id)
    qtbot.mouseClick(page.notes_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.record
    repo.switch_profile(d.outsider.id)
    page.refresh()
    assert page.stack.currentWidget() is page.overview and page.list.count() == 0


def test_every_control_has_an_accessible_name(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    planned_visit(repo, d)
    page = page_as(qtbot, repo, d.visitor.id)
    qtbot.mouseClick(page.notes_button, Qt.MouseButton.LeftButton)
    page.open_debrief(repo.peer_visits()[0].id)
    kinds = (QPushButton, QComboBox, QAbstractSpinBox)
    unnamed = [w for view in (page.overview, page.record, page.debrief) for w in view.findChildren(QWidget)
               if isinstance(w, kinds) and not w.accessibleName()]
    assert not unnamed, [type(w).__name__ + ":" + getattr(w, "text", lambda: "")() for w in unnamed]


def test_cancelling_a_visit_takes_a_second_tap(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    planned_visit(repo, d)
    page = page_as(qtbot, repo, d.host.id)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert len(repo.peer_visits()) == 1 and page.cancel_button.text() == "Tap again to cancel the visit"
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert repo.peer_visits() == [] and page.list.count() == 0


def test_the_list_says_where_each_visit_stands(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    visit = planned_visit(repo, d, day=date.today().isoformat())  # notes open on the day itself
    page = page_as(qtbot, repo, d.host.id)
    assert "Agreed · ready" in page.list.item(0).text()
    observation = repo.begin_peer_notes(visit.id, by=d.visitor.id)
    repo.add_peer_note(observation.id, NoteKind.NOTICING, "Pairs compared answers.", by=d.visitor.id)
    page.refresh()
    assert "Notes from 1 visitor · debrief to write" in page.list.item(0).text()
    repo.set_peer_debrief(visit.id, by=d.host.id, reflection="They talked more than I expected.")
    page.refresh()
    assert "debrief written" in page.list.item(0).text()
    planned_visit(repo, d, day="2001-03-02")  # long past, and nobody took notes
    page.refresh()
    texts = [page.list.item(i).text() for i in range(page.list.count())]
    assert any("Past · no notes were taken" in t for t in texts)
