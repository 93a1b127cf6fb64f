"""The peer-visit pages read in Spanish (issue 13): with Spanish installed, on a demo district with a
visit that was planned, recorded and debriefed (and one only planned, and one under way), the list of
visits, the notes being taken and the debrief show no English source of a catalog: not in a label, a
button, a placeholder, a line of the list or the notes shown, and nothing is cut off at 1280x800 or
1024x768. A refusal of the store reads in Spanish too (core_text).

``WALKTHROUGH_SHOTS=folder`` keeps a picture of each view."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from clipping import clipping_problems
from demo_helpers import copy_of, make_demo
from PySide6.QtWidgets import QListWidget, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot
from test_pages_in_spanish_b import english_among, shown_texts
from window_helpers import shown_window

from walkthrough.core.framework_types import ResponseType
from walkthrough.core.model import NoteKind, Role
from walkthrough.storage import Repository
from walkthrough.storage.base import DatabaseBusy
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.pages.peer_visits import PeerVisitsPage

pytestmark = pytest.mark.usefixtures("app_style")  # the app's sizes, as users see them

SIZES = [(1280, 800), (1024, 768)]
VIEWS = ["overview", "record", "debrief"]
BUSY = "la base de datos está ocupada (otro programa está escribiendo en ella)"


@dataclass(frozen=True)
class Cast:
    host: str
    visitor: str
    debriefed: str  # recorded by the visitor, debriefed by the host
    under_way: str  # today, the visitor's notes started and not finished
    planned: str  # the next school day, not agreed yet


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory, "spanish-peer", observations=40, seed=13, today=date.today())


def _colleagues(repo: Repository) -> tuple[str, str]:
    """A teacher with a room (the host) and another teacher of the same school (the visitor)."""
    for school in repo.schools():
        teachers = [p.id for p in repo.people(role=Role.TEACHER, school_id=school.id)]
        hosts = [r.teacher_id for r in repo.rooms(school.id) if r.teacher_id in teachers]
        if hosts and len(teachers) > 1:
            return str(hosts[0]), next(t for t in teachers if t != hosts[0])
    raise AssertionError("the demo has no school with two teachers")


def _cast(repo: Repository) -> Cast:
    host, visitor = _colleagues(repo)
    today, later = date.today(), date.today() + timedelta(days=1)
    while later.weekday() >= 5:
        later += timedelta(days=1)

    def agreed(start: str, end: str) -> str:
        visit = repo.plan_peer_visit(host_id=host, day=today.isoformat(), start_time=start, end_time=end,
                                     visitor_ids=[visitor], by=host)
        repo.set_peer_focus(visit.id, "Who does the talking during partner work?", by=host)
        repo.set_peer_consent(visit.id, True, by=host)
        return visit.id

    debriefed = agreed("08:00", "08:45")
    notes = repo.begin_peer_notes(debriefed, by=visitor)
    look_fors = repo.observation_framework(notes).look_fors
    prompt = look_fors[0].key
    seen = next(lf.key for lf in look_fors if lf.response is ResponseType.PRESENCE)
    repo.add_peer_note(notes.id, NoteKind.NOTICING, "Pairs sorted cards into two columns.", by=visitor)
    repo.add_peer_note(notes.id, NoteKind.WONDERING, "I wonder how the pairs were chosen.", by=visitor)
    repo.add_peer_note(notes.id, NoteKind.EVIDENCE, "Both partners spoke in 5 of 6 pairs.", by=visitor,
                       look_for_key=prompt)
    repo.mark_peer_seen(notes.id, seen, True, by=visitor)
    repo.finish_peer_notes(notes.id, by=visitor)
    repo.set_peer_debrief(debriefed, by=host, reflection="Most pairs shared the talk.",
                          next_step="Try the cards with groups of three.")
    under_way = agreed("10:00", "10:45")
    started = repo.begin_peer_notes(under_way, by=visitor)
    repo.add_peer_note(started.id, NoteKind.NOTICING, "Students read the task aloud.", by=visitor,
                       look_for_key=prompt)
    planned = repo.plan_peer_visit(host_id=host, day=later.isoformat(), start_time="09:00", end_time="09:45",
                                   visitor_ids=[visitor], by=visitor)
    return Cast(host, visitor, debriefed, under_way, planned.id)


@pytest.fixture
def district(demo: Path, tmp_path: Path) -> Iterator[tuple[Repository, Cast]]:
    with copy_of(demo, tmp_path) as repo:
        yield repo, _cast(repo)


def _select(page: PeerVisitsPage, visit_id: str) -> None:
    for row in range(page.list.count()):
        if page.selected_id() == visit_id:
            return
        page.list.setCurrentRow(row)
    assert page.selected_id() == visit_id


def _open(window: MainWindow, repo: Repository, cast: Cast, view: str, qtbot: QtBot) -> PeerVisitsPage:
    """The peer page as the host (its list, or the debrief) or as the visitor (the notes under way)."""
    repo.switch_profile(cast.visitor if view == "record" else cast.host)
    window.profile_button.refresh()
    page = window.show_page("peer")
    assert isinstance(page, PeerVisitsPage)
    page.refresh()
    if view == "overview":
        _select(page, cast.planned)
    elif view == "record":
        _select(page, cast.under_way)
        page.start_notes()
        assert page.stack.currentWidget() is page.record
    else:
        page.open_debrief(cast.debriefed)
        assert page.stack.currentWidget() is page.debrief
    qtbot.wait(20)
    return page


def page_texts(page: QWidget, window: QWidget) -> set[str]:
    """What a person reads: the window pages' texts, plus each line of a list, of the notes shown in a
    text view, and the hint in an empty text box."""
    texts = shown_texts(page, window)
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QListWidget):
            texts |= {line for i in range(widget.count()) for line in widget.item(i).text().splitlines()}
        if isinstance(widget, QTextEdit):
            texts |= set(widget.toPlainText().splitlines())
            texts.add(widget.placeholderText())
        if isinstance(widget, QPlainTextEdit):
            texts.add(widget.placeholderText())
    texts |= {part for text in list(texts) for part in text.split(" · ")}  # "Aceptada · lista"
    return {t.strip() for t in texts if t and t.strip()}


@pytest.mark.parametrize("view", VIEWS)
def test_no_visible_text_of_the_peer_pages_is_english(spanish: None, district: tuple[Repository, Cast],
                                                      qtbot: QtBot, view: str) -> None:
    repo, cast = district
    window = shown_window(repo, qtbot, SIZES[0])
    page = _open(window, repo, cast, view, qtbot)
    texts = page_texts(page, window)
    assert len(texts) > 10, f"the {view} view shows almost no text"
    assert english_among(texts) == []


def test_the_peer_pages_say_their_words_in_spanish(spanish: None, district: tuple[Repository, Cast],
                                                   qtbot: QtBot) -> None:
    repo, cast = district
    window = shown_window(repo, qtbot, SIZES[0])
    page = _open(window, repo, cast, "overview", qtbot)
    lines = [page.list.item(row).text() for row in range(page.list.count())]
    assert any("Notas de 1 visitante · conversación posterior escrita" in line for line in lines), lines
    assert any("Esperando que el docente anfitrión acepte" in line for line in lines), lines
    assert page.debrief_button.text() == "Conversación posterior"

    page = _open(window, repo, cast, "record", qtbot)
    record = page.record
    assert [b.text() for b in record.kind_buttons.values()] == ["Observación", "Pregunta", "Evidencia sobre el enfoque"]
    assert record.timer_label.text().startswith("Minuto ")
    assert record.title.text().startswith("Visita a la clase de ")
    assert record.editor.editor.placeholderText() == "Lo que vio u oyó, tal como lo grabaría una cámara."

    page = _open(window, repo, cast, "debrief", qtbot)
    shown = page.debrief.notes.toPlainText()
    assert "Observación" in shown and "Indicadores observados" in shown and "min 0" in shown
    assert page.debrief.share.text() == "Compartir con los coaches"
    assert page.debrief.privacy.text().startswith("Privada: solo ")
    assert page.debrief.host_caption.text() == "Su conversación posterior"


def test_a_refusal_on_the_peer_pages_reads_in_spanish(spanish: None, district: tuple[Repository, Cast],
                                                      qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    repo, cast = district
    window = shown_window(repo, qtbot, SIZES[0])

    def busy(*_args: object, **_kwargs: object) -> None:
        raise DatabaseBusy()

    page = _open(window, repo, cast, "record", qtbot)
    monkeypatch.setattr(repo, "add_peer_note", busy)
    page.record.editor.editor.setPlainText("The teacher read the task aloud.")
    assert page.record.add_note() is False
    assert page.record.message.text().startswith(f"La nota todavía no se agregó: {BUSY}. Sigue en el cuadro")

    page = _open(window, repo, cast, "debrief", qtbot)
    monkeypatch.setattr(repo, "share_peer_visit", busy)
    page.debrief.share.click()
    assert page.debrief.message.text() == f"No se cambió: {BUSY}."

    page.show_overview()
    monkeypatch.setattr(repo, "plan_peer_visit", busy)
    page.invite_button.click()
    assert page.message.text() == f"La visita no se planeó: {BUSY}."


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_in_spanish_nothing_on_the_peer_pages_is_cut_off(spanish: None, district: tuple[Repository, Cast],
                                                         qtbot: QtBot, size: tuple[int, int],
                                                         tmp_path: Path) -> None:
    repo, cast = district
    shots = Path(os.environ.get("WALKTHROUGH_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    window = shown_window(repo, qtbot, size)
    found: dict[str, list[str]] = {}
    for view in VIEWS:
        _open(window, repo, cast, view, qtbot)
        window.resize(*size)
        qtbot.wait(20)
        window.grab().save(str(shots / f"es-peer-{view}-{size[0]}x{size[1]}.png"))
        problems = clipping_problems(window)
        if window.width() > size[0] or window.height() > size[1]:
            problems.insert(0, f"the window cannot be {size[0]}x{size[1]}: it stays {window.width()}x{window.height()}")
        if problems:
            found[view] = problems
    assert found == {}, '\n'.join(f'{v}: {x}' for v, xs in found.items() for x in xs)
