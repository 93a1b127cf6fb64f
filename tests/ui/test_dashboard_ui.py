"""The dashboard, the visit history and shared-with-coaches in the window, for every role:
filters change the figures (checked against SQL), a click opens the visits behind a figure,
a newer filter drops an older query, the page re-reads when records change."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from demo_helpers import copy_of, make_demo
from PySide6.QtWidgets import QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from walkthrough.core.model import ObservationKind, Role, Visibility
from walkthrough.reports.engine import ReportEngine
from walkthrough.reports.filters import VisitFilter
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.pages.dashboard import DashboardPage
from walkthrough.ui.pages.dashboard_work import dashboard_figures

TODAY = date(2026, 3, 11)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory, "dash", observations=700, seed=3, today=TODAY)


@pytest.fixture
def repo(demo: Path, tmp_path: Path) -> Iterator[Repository]:
    with copy_of(demo, tmp_path) as repo:
        yield repo


def person(repo: Repository, role: Role) -> str:
    return repo.people(role)[0].id


def window_as(qtbot: QtBot, repo: Repository, person_id: str) -> MainWindow:
    repo.switch_profile(person_id)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def settle(page: DashboardPage) -> None:
    assert page.wait()
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()
        page.wait(50)


def presence_row(table: QTableWidget) -> int:
    from walkthrough.ui.pages.dashboard import BEHIND

    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(BEHIND) and item.data(BEHIND)[2] == "observed":
            return row
    raise AssertionError("no presence look-for on the dashboard")


def test_the_dashboard_filters_change_the_figures_as_sql_counts_them(qtbot: QtBot, repo: Repository) -> None:
    window = window_as(qtbot, repo, person(repo, Role.COACH))
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    settle(page)
    assert page.result is not None
    everyone = page.result.figures.visits
    assert everyone == repo.counted_visits(VisitFilter().query())
    school = repo.schools()[0]
    page.filters.choose(page.filters.school, school.id)
    settle(page)
    assert page.result.filter.school_ids == (school.id,)
    assert page.result.figures.visits == repo.counted_visits(VisitFilter(school_ids=(school.id,)).query())
    assert page.result.figures.visits < everyone
    assert school.name in page.status.text() and str(page.result.figures.visits) in page.status.text()
    row = presence_row(page.look_fors)
    words = page.look_fors.item(row, 1).text()
    lf = next(lf for fw in page.result.figures.frameworks for lf in fw.look_fors
              if lf.prompt == page.look_fors.item(row, 0).text())
    assert lf.presence is not None and words == lf.presence.text()


def test_a_click_on_a_figure_opens_the_visits_behind_it_and_a_visit_from_there(
    qtbot: QtBot, repo: Repository
) -> None:
    window = window_as(qtbot, repo, person(repo, Role.COACH))
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    settle(page)
    row = presence_row(page.look_fors)
    prompt = page.look_fors.item(row, 0).text()
    lf = next(lf for fw in page.result.figures.frameworks for lf in fw.look_fors if lf.prompt == prompt)  # type: ignore[union-attr]
    page.look_fors.cellClicked.emit(row, 2)
    dialog = page.visits_dialog
    qtbot.addWidget(dialog)
    assert lf.presence is not None and dialog.list.rowCount() == lf.presence.n
    first = dialog.list.rows[0].id
    assert repo.responses(first)[lf.key].value == "observed"
    dialog.open_visit(first)
    from walkthrough.ui.widgets.visit_view import VisitView

    view = dialog.stack.currentWidget()
    assert isinstance(view, VisitView) and view.observation is not None and view.observation.id == first
    holder = view.checklist_scroll.widget()
    assert holder is not None and not holder.isEnabled()  # a coach who did not record it: read only
    assert "read only" in view.notice.text()


def test_a_cell_of_the_heatmap_opens_the_visits_of_its_group(qtbot: QtBot, repo: Repository) -> None:
    window = window_as(qtbot, repo, person(repo, Role.ADMINISTRATOR))
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    settle(page)
    heat = page.result.heatmap  # type: ignore[union-attr]
    _lf, cells = heat.rows[0]
    column = next(j for j, c in enumerate(cells) if c.proportion.n)
    title, ids = page.behind(page.heatmap, 0, column + 1) or ("", [])
    assert len(ids) == cells[column].proportion.n and cells[column].group in title
    assert all(repo.observation(i).grade_band == cells[column].group for i in ids)


def test_a_newer_filter_drops_the_older_query(repo: Repository) -> None:
    engine = ReportEngine(repo)
    generation = [1]

    def newer_arrives() -> int:
        generation[0] = 2  # as if a newer filter came in while this one was counting
        return generation[0]

    assert dashboard_figures(engine, 1, VisitFilter(), None, "grade_band", 30, TODAY, newer_arrives) is None
    done = dashboard_figures(engine, 2, VisitFilter(), None, "grade_band", 30, TODAY, lambda: 2)
    assert done is not None and done.figures.visits == repo.counted_visits(VisitFilter().query())


def test_only_the_latest_filter_is_shown_when_two_come_at_once(qtbot: QtBot, repo: Repository) -> None:
    window = window_as(qtbot, repo, person(repo, Role.COACH))
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    settle(page)
    school = repo.schools()[1]
    page.run(VisitFilter(school_ids=(repo.schools()[0].id,)))
    page.run(VisitFilter(school_ids=(school.id,)))
    settle(page)
    assert page.result is not None and page.result.filter.school_ids == (school.id,)


def test_the_dashboard_re_reads_when_records_change(qtbot: QtBot, repo: Repository) -> None:
    admin = person(repo, Role.ADMINISTRATOR)
    window = window_as(qtbot, repo, admin)
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    settle(page)
    before = page.result.figures.visits  # type: ignore[union-attr]
    visit = repo.observations(kind=ObservationKind.BLAST)[0]
    repo.delete_visit(visit.id, by=admin)
    window.changes.changed({"observations"})
    settle(page)
    assert page.result is not None and page.result.figures.visits == before - 1


@pytest.mark.parametrize("role", [Role.TEACHER, Role.SUBSTITUTE])
def test_teachers_and_substitutes_see_no_dashboard_and_no_shared_visits(
    qtbot: QtBot, repo: Repository, role: Role
) -> None:
    window = window_as(qtbot, repo, person(repo, role))
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    assert not page.body.isVisible() and "administrators and coaches" in page.role.text()
    shared = window.show_page("shared")
    assert not shared.split.isVisible() and shared.groups == ()  # type: ignore[attr-defined]


def test_shared_with_coaches_lists_only_shared_peer_visits_by_focus(qtbot: QtBot, repo: Repository) -> None:
    window = window_as(qtbot, repo, person(repo, Role.COACH))
    page = window.show_page("shared")
    groups = page.groups  # type: ignore[attr-defined]
    shown = {o for g in groups for v in g.visits for o in v.observation_ids}
    shared = {o.id for o in repo.observations(kind=ObservationKind.PEER) if o.visibility is Visibility.SHARED}
    assert shown and shown <= shared
    private = {o.id for o in repo.observations(kind=ObservationKind.PEER) if o.visibility is Visibility.PRIVATE}
    assert not shown & private
    assert page.detail.toPlainText().startswith(groups[0].visits[0].day)  # type: ignore[attr-defined]


def test_the_visit_history_filters_and_searches_notes_and_keeps_private_visits_private(
    qtbot: QtBot, repo: Repository
) -> None:
    teacher = person(repo, Role.TEACHER)
    window = window_as(qtbot, repo, teacher)
    page = window.show_page("history")
    page.wait()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "visit" in page.count.text() and "Looking" not in page.count.text())  # type: ignore[attr-defined]
    rows = page.list.rows  # type: ignore[attr-defined]
    peers = [r for r in rows if r.kind == "peer"]
    assert all(teacher in (r.teacher_id, r.observer_id) for r in peers)  # only the teacher's own peer visits
    note = next(n for o in repo.observations(kind=ObservationKind.BLAST) for n in repo.notes(o.id))
    words = note.text[:18]
    page.search.setText(words)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.list.rows and all(  # type: ignore[attr-defined]
        any(words.lower() in n.text.lower() for n in repo.notes(r.id))
        or any(words.lower() in x.note.lower() for x in repo.responses(r.id).values())
        for r in page.list.rows), timeout=5000)  # type: ignore[attr-defined]
    assert note.observation_id in {r.id for r in page.list.rows} or page.list.rowCount() == 1000  # type: ignore[attr-defined]


def test_the_observer_opens_their_visit_from_history_for_editing(qtbot: QtBot, repo: Repository) -> None:
    visit = repo.observations(kind=ObservationKind.BLAST)[-1]
    assert visit.observer_id
    window = window_as(qtbot, repo, visit.observer_id)
    page = window.show_page("history")
    page.wait()  # type: ignore[attr-defined]
    page.open_visit(visit.id)  # type: ignore[attr-defined]
    from walkthrough.ui.widgets.visit_view import VisitView

    view = page.stack.currentWidget()  # type: ignore[attr-defined]
    assert isinstance(view, VisitView)
    holder = view.checklist_scroll.widget()
    assert holder is not None and holder.isEnabled()


def test_a_term_chosen_stays_chosen_when_the_filters_refill(qtbot: QtBot, repo: Repository) -> None:
    window = window_as(qtbot, repo, person(repo, Role.COACH))
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    settle(page)
    page.filters.period.setCurrentIndex(1)  # the latest term
    settle(page)
    term = page.filters.term()
    assert term is not None and page.filters.period.currentText() == term.name
    page.filters.fill()
    page.refresh()
    settle(page)
    assert page.filters.term() == term and page.result is not None
    assert (page.result.filter.date_from, page.result.filter.date_to) == (term.start, term.end)
    assert page.result.figures.visits == repo.counted_visits(VisitFilter(date_from=term.start,
                                                                         date_to=term.end).query())


def test_a_tag_row_opens_the_visits_where_one_of_its_look_fors_was_observed(
    qtbot: QtBot, repo: Repository
) -> None:
    window = window_as(qtbot, repo, person(repo, Role.COACH))
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    settle(page)
    assert page.result is not None and page.result.tags
    tag = max(page.result.tags, key=lambda t: t.proportion.n)
    row = next(r for r in range(page.tags.rowCount()) if page.tags.item(r, 0).text() == tag.tag)
    keys = {lf.key for lf in tag.look_fors}
    expected = {
        o.id for o in repo.observations(kind=ObservationKind.BLAST)
        if o.framework_id in {lf.framework_id for lf in tag.look_fors}
        and any(k in keys and r.value == "observed" for k, r in repo.responses(o.id).items())
    }
    page.tags.cellClicked.emit(row, 3)
    dialog = page.visits_dialog
    qtbot.addWidget(dialog)
    shown = {r.id for r in dialog.list.rows}
    assert shown and shown == expected
    assert tag.tag in dialog.windowTitle() or any(tag.tag in w.text() for w in dialog.findChildren(QLabel))


def test_feedback_pdf_on_visit_history_makes_the_chosen_visits_feedback(
    qtbot: QtBot, repo: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pdf_helpers import pdf_text
    from PySide6.QtCore import Qt

    window = window_as(qtbot, repo, person(repo, Role.ADMINISTRATOR))
    page = window.show_page("history")
    page.wait()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(page.list.rows))  # type: ignore[attr-defined]
    row = next(i for i, r in enumerate(page.list.rows) if r.kind == "blast" and r.teacher)  # type: ignore[attr-defined]
    page.list.selectRow(row)  # type: ignore[attr-defined]
    visit = page.list.rows[row]  # type: ignore[attr-defined]
    assert page.feedback.button.isVisible() and page.feedback.button.isEnabled()  # type: ignore[attr-defined]
    path = tmp_path / "feedback.pdf"
    monkeypatch.setattr(page.feedback, "ask_path", lambda _suggested: path)  # type: ignore[attr-defined]
    qtbot.mouseClick(page.feedback.button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.message.text().startswith(("Saved", "Not made")), timeout=30_000)  # type: ignore[attr-defined]
    assert page.message.text().startswith("Saved the feedback"), page.message.text()  # type: ignore[attr-defined]
    assert f"Walkthrough visit to {visit.teacher}'s class" in pdf_text(path)
