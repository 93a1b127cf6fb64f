"""The visit screen in one hand on a tablet (issue 10): laid out to fit, finger scrolling, a note that
opens in place, k + 2 taps a room, focus that stays, and taps that cannot end a round by accident."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from clipping import clipping_problems, placeholder_fits
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from round_helpers import SmallSchool, install_presence, small_school

from walkthrough.core.frameworks import Framework
from walkthrough.core.model import ObservationStatus
from walkthrough.core.rounds import RoundStatus
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.widgets.visit_view import VisitView

SIZES = [(1024, 768), (1280, 800), (1920, 1080)]


@pytest.fixture
def school(repo: Repository) -> SmallSchool:
    return small_school(repo, 5)


def open_window(qtbot: QtBot, repo: Repository, school: SmallSchool, framework: Framework,
                size: tuple[int, int] = (1280, 800)) -> MainWindow:
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    round_ = repo.start_round(school.school.id, framework, by=school.observer.id)
    window.walkthroughs_page._round_started(round_.id)
    window.resize(*size)
    qtbot.wait(20)
    assert window.walkthroughs_page.current_view() == "visit"
    return window


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[None]:
    """The app's own style sheet, as a user sees it (48 px controls come from it)."""
    from walkthrough.ui.style import apply_style

    apply_style(qapp)
    yield
    qapp.setStyleSheet("")


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> str:
    """The interface (and the framework's own text) in English, then in Spanish, whose words are longer.
    The conftest puts the interface back in English after each test."""
    if request.param == "es":
        from walkthrough.ui import framework_text, i18n

        assert "widgets_es.qm" in i18n.install(qapp, "es")
        framework_text.set_language("es")
    return str(request.param)


@pytest.fixture
def twenty(repo: Repository) -> Framework:
    return install_presence(repo, 20)


def visit_of(window: MainWindow) -> VisitView:
    return window.walkthroughs_page.visit


def in_viewport(view: VisitView, widget: QWidget) -> bool:
    viewport = view.checklist_scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return top_left.y() >= 0 and top_left.y() + widget.height() <= viewport.height() and \
        top_left.x() >= 0 and top_left.x() + widget.width() <= viewport.width()


def button(view: VisitView, key: str, value: str) -> QPushButton:
    segments = view.rows[key].segments
    assert segments is not None
    return segments.buttons[value]


# Layout ---------------------------------------------------------------------------------------
def test_twenty_presence_look_fors_fit_at_1280x800_with_no_scrolling(
        qtbot: QtBot, repo: Repository, school: SmallSchool, twenty: Framework) -> None:
    view = visit_of(open_window(qtbot, repo, school, twenty))
    assert view.checklist_scroll.verticalScrollBar().maximum() == 0
    assert all(in_viewport(view, button(view, key, "observed")) for key in view.order)
    assert view.rest_button.isVisible() and view.rest_button.isEnabled()


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_built_in_blast_framework_fits_with_no_scrolling(
        qtbot: QtBot, repo: Repository, school: SmallSchool, styled: None, blast_framework: Framework,
        size: tuple[int, int], language: str) -> None:
    window = open_window(qtbot, repo, school, blast_framework, size)
    assert window.width() <= size[0], "the window cannot be made as small as the screen"
    view = visit_of(window)
    assert len(view.order) == 19
    assert view.checklist_scroll.verticalScrollBar().maximum() == 0
    outside = [key for key in view.order if not in_viewport(view, view.rows[key])]
    assert outside == [], "look-fors not fully on screen"


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_twenty_presence_look_fors_fit_with_no_scrolling(
        qtbot: QtBot, repo: Repository, school: SmallSchool, styled: None, twenty: Framework,
        size: tuple[int, int], language: str) -> None:
    window = open_window(qtbot, repo, school, twenty, size)
    view = visit_of(window)
    assert view.checklist_scroll.verticalScrollBar().maximum() == 0
    assert all(in_viewport(view, button(view, key, "observed")) for key in view.order)
    assert clipping_problems(window) == []


def test_presence_buttons_use_the_words_of_the_rows_state_and_keep_every_word_whole(
        qtbot: QtBot, repo: Repository, school: SmallSchool, styled: None, blast_framework: Framework,
        language: str) -> None:
    window = open_window(qtbot, repo, school, blast_framework, (1024, 768))
    view = visit_of(window)
    assert view.observation is not None
    key = view.order[2]
    observed, not_observed = button(view, key, "observed"), button(view, key, "not_observed")
    words = {"en": ("Observed", "Not observed"), "es": ("Observado", "No observado")}[language]
    assert observed.text() == f"✓ {words[0]}" and not_observed.text() == f"✗ {words[1]}"
    assert observed.width() == not_observed.width() >= max(observed.widest_word_width(),  # type: ignore[attr-defined]
                                                           not_observed.widest_word_width())  # type: ignore[attr-defined]
    qtbot.mouseClick(observed, Qt.MouseButton.LeftButton)
    row = view.rows[key]
    assert row.response is not None and row.accessibleDescription() == f"✓  {words[0]}"  # the state says the same
    assert view.checklist_scroll.verticalScrollBar().maximum() == 0
    assert clipping_problems(window) == []


def test_opening_a_choice_rows_options_moves_no_other_row(
        qtbot: QtBot, repo: Repository, school: SmallSchool, styled: None, blast_framework: Framework) -> None:
    window = open_window(qtbot, repo, school, blast_framework, (1024, 768))
    view = visit_of(window)
    row = view.rows["grouping"]
    assert row.compact and row.segments is not None and not row.segments.buttons["small-groups"].isVisible()
    where = {k: (view.rows[k].mapTo(window, QPoint(0, 0)), view.rows[k].height()) for k in view.order}
    qtbot.mouseClick(row.prompt, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    assert row.options_open() and row.segments.buttons["small-groups"].isVisible()
    assert {k: (view.rows[k].mapTo(window, QPoint(0, 0)), view.rows[k].height()) for k in view.order} == where
    assert row.panel is not None and row.panel.mapTo(window, QPoint(0, 0)).y() <= row.mapTo(window, QPoint(0, 0)).y()
    assert clipping_problems(window) == []


def test_a_pick_in_a_choice_rows_options_commits_it_and_closes_them(
        qtbot: QtBot, repo: Repository, school: SmallSchool, styled: None, blast_framework: Framework) -> None:
    view = visit_of(open_window(qtbot, repo, school, blast_framework, (1024, 768)))
    assert view.observation is not None
    row = view.rows["grouping"]
    assert row.segments is not None
    qtbot.mouseClick(row.prompt, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(row.segments.buttons["small-groups"], Qt.MouseButton.LeftButton)
    assert repo.response(view.observation.id, "grouping").value == "small-groups"
    assert not row.options_open() and row.chip.text() == "✓  Small groups"
    tally = view.rows["student-contributions"]
    assert tally.stepper is not None
    qtbot.mouseClick(tally.prompt, Qt.MouseButton.LeftButton)
    for _ in range(2):
        qtbot.mouseClick(tally.stepper.plus, Qt.MouseButton.LeftButton)
    assert tally.options_open()  # a count stays open for the next tap
    assert repo.response(view.observation.id, "student-contributions").value == 2
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)  # a tap outside only closes the options
    assert not tally.options_open() and repo.observation(view.observation.id).status is not ObservationStatus.COMPLETE


def test_two_columns_in_a_wide_landscape_window_and_one_in_portrait(
        qtbot: QtBot, repo: Repository, school: SmallSchool, twenty: Framework) -> None:
    window = open_window(qtbot, repo, school, twenty)
    view = visit_of(window)
    assert view.columns is not None and view.columns.count == 2
    first, last = view.rows[view.order[0]], view.rows[view.order[-1]]
    assert last.mapTo(window, QPoint(0, 0)).x() > first.mapTo(window, QPoint(0, 0)).x() + first.width() // 2
    window.resize(1000, 1300)  # portrait: one column, one under the other
    qtbot.waitUntil(lambda: view.columns is not None and view.columns.count == 1)
    qtbot.wait(20)
    assert last.mapTo(window, QPoint(0, 0)).x() == first.mapTo(window, QPoint(0, 0)).x()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_visit_screen_has_no_clipped_text_and_no_sideways_scroll(
        qtbot: QtBot, repo: Repository, school: SmallSchool, blast_framework: Framework,
        size: tuple[int, int], language: str) -> None:
    window = open_window(qtbot, repo, school, blast_framework, size)
    assert window.width() <= size[0], "the window cannot be made as small as the screen"
    view = visit_of(window)
    assert not view.checklist_scroll.horizontalScrollBar().isVisible()
    assert clipping_problems(window) == []
    for key in view.order:  # every state's words fit too
        row = view.rows[key]
        if row.stepper is not None:  # an empty tally: a word, not a dash read as a minus
            assert row.stepper.count.text() == {"en": "none", "es": "ninguno"}[language]


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_visit_screen_with_its_app_style_has_no_clipped_text(
        qtbot: QtBot, repo: Repository, school: SmallSchool, styled: None, blast_framework: Framework,
        size: tuple[int, int], language: str) -> None:
    window = open_window(qtbot, repo, school, blast_framework, size)
    assert window.width() <= size[0]
    assert clipping_problems(window, placeholders=True) == []
    view = visit_of(window)
    cut: dict[str, list[str]] = {}
    for key in view.order:  # and each look-for's options, laid over its row
        row = view.rows[key]
        if row.open_options():
            qtbot.wait(5)
            if problems := clipping_problems(window, placeholders=True):
                cut[key] = problems
            assert row.panel is not None
            row.panel.close_panel()
    assert cut == {}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_evidence_fields_hint_text_is_whole_words_never_cut_with_an_ellipsis(
        qtbot: QtBot, repo: Repository, school: SmallSchool, styled: None, blast_framework: Framework,
        size: tuple[int, int], language: str) -> None:
    window = open_window(qtbot, repo, school, blast_framework, size)
    view = visit_of(window)
    quote = view.rows["evidence-quote"].text
    assert quote is not None and quote.isVisible() and quote.placeholderText()
    assert placeholder_fits(quote), f"'{quote.placeholderText()}' is cut in {quote.width()} px"
    row = view.rows[view.order[3]]
    assert row.note is not None
    row.open_note()  # the evidence note opens in place of its row
    qtbot.wait(10)
    assert row.note.isVisible() and placeholder_fits(row.note)
    assert clipping_problems(window, placeholders=True) == []


def test_the_pages_list_shown_beside_a_room_never_widens_the_window_past_1024(
        qtbot: QtBot, repo: Repository, school: SmallSchool, styled: None, blast_framework: Framework,
        language: str) -> None:
    window = open_window(qtbot, repo, school, blast_framework, (1024, 768))
    view = visit_of(window)
    view.toggle_navigation()  # ☰: the pages list comes back beside the look-fors
    qtbot.wait(20)
    assert window.navigation.isVisible()
    assert window.minimumSizeHint().width() <= 1024, "the bottom bar's words make the window too wide"
    assert window.width() <= 1024
    assert not view.checklist_scroll.horizontalScrollBar().isVisible()


def test_a_finger_drag_scrolls_the_look_fors_and_presses_nothing(
        qtbot: QtBot, repo: Repository, school: SmallSchool) -> None:
    forty = install_presence(repo, 40)  # more than fit: the list scrolls
    window = open_window(qtbot, repo, school, forty, (1024, 768))
    view = visit_of(window)
    bar = view.checklist_scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    start = button(view, view.order[2], "observed")
    handle = window.windowHandle()
    assert handle is not None
    at = start.mapTo(window, start.rect().center())
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    for step in range(1, 16):
        QTest.mouseMove(handle, at - QPoint(0, step * 20), 10)
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at - QPoint(0, 300), 10)
    qtbot.waitUntil(lambda: bar.value() > 100, timeout=2000)
    assert view.observation is not None
    assert repo.responses(view.observation.id) == {} or not any(
        r.is_marked for r in repo.responses(view.observation.id).values())


# Notes ------------------------------------------------------------------------------------------
def test_opening_a_note_leaves_the_tapped_row_and_the_rows_below_where_they_were(
        qtbot: QtBot, repo: Repository, school: SmallSchool, blast_framework: Framework) -> None:
    window = open_window(qtbot, repo, school, blast_framework)
    view = visit_of(window)
    key, below = view.order[3], view.order[4]
    row = view.rows[key]
    assert row.note_button is not None and row.note is not None
    where = {k: view.rows[k].mapTo(window, QPoint(0, 0)) for k in (key, below)}
    heights = {k: view.rows[k].height() for k in (key, below)}
    qtbot.mouseClick(row.prompt, Qt.MouseButton.LeftButton)  # the note is in the look-for's options
    assert row.options_open() and row.note_button.isVisible()
    assert {k: view.rows[k].mapTo(window, QPoint(0, 0)) for k in (key, below)} == where
    qtbot.mouseClick(row.note_button, Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    assert row.note.isVisible() and row.note_open() and not row.options_open()
    assert {k: view.rows[k].mapTo(window, QPoint(0, 0)) for k in (key, below)} == where
    assert {k: view.rows[k].height() for k in (key, below)} == heights
    assert row.note_button.text() == "✎ Note"  # the button keeps its label
    qtbot.keyClicks(row.note, "Chart used")
    qtbot.keyClick(row.note, Qt.Key.Key_Return)  # Enter closes it: the buttons are back
    assert not row.note_open() and button(view, key, "observed").isVisible()
    assert row.note_button.text() == "✎ Note ✓" and row.note_button.isChecked()
    assert view.observation is not None
    assert repo.response(view.observation.id, key).note == "Chart used"


def test_undo_in_a_note_goes_back_one_word_at_a_time(
        qtbot: QtBot, repo: Repository, school: SmallSchool, blast_framework: Framework) -> None:
    window = open_window(qtbot, repo, school, blast_framework)
    view = visit_of(window)
    row = view.rows[view.order[3]]
    assert row.note is not None and row.note_button is not None
    qtbot.mouseClick(row.note_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(row.note, "students chose their groups")
    qtbot.keyClick(row.note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row.note.text() == "students chose their "
    qtbot.keyClick(row.note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row.note.text() == "students chose "
    qtbot.keyClick(row.note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert row.note.text() == "students chose their "
    row.close_note()
    assert view.observation is not None
    assert repo.response(view.observation.id, view.order[3]).note == "students chose their"


# Taps --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("seen", [0, 3, 8])
def test_a_room_with_k_seen_look_fors_takes_k_plus_2_taps(
        qtbot: QtBot, repo: Repository, school: SmallSchool, twenty: Framework, seen: int) -> None:
    window = open_window(qtbot, repo, school, twenty)
    view = visit_of(window)
    assert view.observation is not None
    visit = view.observation.id
    taps = 0
    for key in view.order[1:1 + 2 * seen:2]:
        target = button(view, key, "observed")
        assert in_viewport(view, target), "a look-for needed a scroll"
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
        taps += 1
    assert view.rest_button.isVisible() and view.rest_button.isEnabled()
    qtbot.mouseClick(view.rest_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    taps += 2
    assert taps == seen + 2
    assert view.checklist_scroll.verticalScrollBar().value() == 0
    stored = repo.responses(visit)
    assert sum(r.value == "observed" for r in stored.values()) == seen
    assert sum(r.value == "not_observed" for r in stored.values()) == 20 - seen
    assert repo.observation(visit).status is ObservationStatus.COMPLETE


def test_unmarked_stays_not_marked_until_mark_the_rest_and_one_undo_takes_all_back(
        qtbot: QtBot, repo: Repository, school: SmallSchool, twenty: Framework) -> None:
    window = open_window(qtbot, repo, school, twenty)
    view = visit_of(window)
    assert view.observation is not None
    visit = view.observation.id
    qtbot.mouseClick(button(view, view.order[0], "observed"), Qt.MouseButton.LeftButton)
    assert not any(r.value == "not_observed" for r in repo.responses(visit).values())  # never the default
    assert view.rows[view.order[1]].chip.text().endswith("Not marked")
    qtbot.mouseClick(view.rest_button, Qt.MouseButton.LeftButton)
    assert sum(r.value == "not_observed" for r in repo.responses(visit).values()) == 19
    assert not view.rest_button.isEnabled()
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)  # one Undo: all 19 back
    stored = repo.responses(visit)
    assert not any(r.value == "not_observed" for r in stored.values())
    assert stored[view.order[0]].value == "observed"  # the tap before stays
    assert view.rows[view.order[1]].chip.text().endswith("Not marked") and view.rest_button.isEnabled()


def test_focus_stays_on_the_look_for_that_was_marked(
        qtbot: QtBot, repo: Repository, school: SmallSchool, blast_framework: Framework) -> None:
    window = open_window(qtbot, repo, school, blast_framework)
    view = visit_of(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    presence = [k for k in view.order if view.rows[k].look_for.response.value == "presence"]
    view.current = view.order.index(presence[0])
    qtbot.keyClick(view, Qt.Key.Key_O)
    assert view.current == view.order.index(presence[0])
    qtbot.keyClick(view, Qt.Key.Key_X)  # a second key changes the same look-for, not the next
    assert view.observation is not None
    assert repo.response(view.observation.id, presence[0]).value == "not_observed"
    assert presence[1] not in repo.responses(view.observation.id)


def test_tab_goes_down_the_first_column_then_the_second(
        qtbot: QtBot, repo: Repository, school: SmallSchool, twenty: Framework) -> None:
    window = open_window(qtbot, repo, school, twenty)
    view = visit_of(window)
    observed = {button(view, k, "observed"): k for k in view.order}
    seen: list[str] = []
    widget: QWidget = button(view, view.order[0], "observed")
    for _ in range(400):
        if widget in observed and observed[widget] not in seen:  # type: ignore[comparison-overlap]
            seen.append(observed[widget])  # type: ignore[index]
        widget = widget.nextInFocusChain()
    assert seen == view.order


# Safety ------------------------------------------------------------------------------------------
def test_finish_round_asks_first_when_rooms_remain(
        qtbot: QtBot, repo: Repository, school: SmallSchool, twenty: Framework) -> None:
    window = open_window(qtbot, repo, school, twenty)
    view = visit_of(window)
    round_id = view.round_id
    assert round_id is not None
    qtbot.mouseClick(view.finish_button, Qt.MouseButton.LeftButton)
    assert repo.round(round_id).status is RoundStatus.ACTIVE  # one tap never ends it
    assert "5 rooms not visited" in view.finish_button.text().replace("\n", " ") or \
        "not visited" in view.finish_button.text().replace("\n", " ")
    view.finish_armed.timeout.emit()  # the moment passed: back to a plain Finish round
    view.finish_armed.stop()
    assert view.finish_button.text() == "Finish round"
    qtbot.mouseClick(view.finish_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.finish_button, Qt.MouseButton.LeftButton)
    assert repo.round(round_id).status is RoundStatus.FINISHED


def test_deleting_a_visit_asks_with_no_as_the_default(
        qtbot: QtBot, repo: Repository, school: SmallSchool, twenty: Framework,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, repo, school, twenty)
    view = visit_of(window)
    assert view.observation is not None
    visit = view.observation.id
    qtbot.mouseClick(button(view, view.order[0], "observed"), Qt.MouseButton.LeftButton)
    asked: list[tuple[object, ...]] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(args)
        return args[-1]  # type: ignore[return-value]  # what Enter or a stray tap would answer

    monkeypatch.setattr(QMessageBox, "question", question)
    view.open_visit(visit)
    view.delete_button.click()
    assert asked and asked[0][-1] == QMessageBox.StandardButton.No
    assert not repo.observation(visit).deleted


@pytest.fixture
def quiet_window_settings() -> Iterator[None]:
    yield
