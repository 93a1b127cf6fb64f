"""The Reports page: a coach makes a building summary and a CSV from the app, off the UI thread with
a progress bar; a teacher is told who may; "Feedback PDF…" beside a visit makes its feedback."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_helpers import pdf_text
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from walkthrough.core.model import ObservationKind, Role
from walkthrough.demo import generate
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow


@pytest.fixture
def window(qtbot: QtBot, repo: Repository) -> MainWindow:
    generate(repo, observations=600, seed=4)
    coach = next(p for p in repo.people(role=Role.COACH))
    repo.switch_profile(coach.id)
    win = MainWindow(repo)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    return win


def _wait_made(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    page = window.reports_page
    qtbot.waitUntil(lambda: page.message.text().startswith(("Saved", "Not made")), timeout=60_000)
    assert page.message.text().startswith("Saved"), page.message.text()
    assert path.is_file()


def test_a_coach_makes_a_building_summary_from_the_app(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = window.show_page("reports")
    assert page is window.reports_page and page.make_button.isVisible()
    page.kind.setCurrentIndex(page.kind.findData("building"))
    page.school.setCurrentIndex(page.school.findText("Maple Hollow Elementary (demo)"))
    page.date_from.setDate(QDate(2025, 8, 1))
    page.date_to.setDate(QDate(2025, 12, 31))
    assert page.suggested_name() == "building-maple-hollow-elementary-demo-2025-08-01-to-2025-12-31.pdf"
    path = tmp_path / "summary.pdf"
    page.make(path)
    assert page.progress.isVisible() and not page.make_button.isEnabled()  # the window goes on meanwhile
    _wait_made(qtbot, window, path)
    assert "pages)" in page.message.text() and page.open_button.isVisible() and not page.progress.isVisible()
    text = pdf_text(path)
    assert "Building summary: Maple Hollow Elementary (demo)" in text and "1 Aug 2025 to 31 Dec 2025" in text
    window.grab().save(str(tmp_path / "reports-1280x800.png"))


def test_the_reports_page_filters_by_grade_band_subject_and_observer_as_the_command_line_does(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from walkthrough.reports.filters import VisitFilter

    repo = window.repo
    page = window.show_page("reports")
    page.kind.setCurrentIndex(page.kind.findData("building"))
    visit = next(o for o in repo.observations(kind=ObservationKind.BLAST)
                 if o.grade_band and o.subject and o.observer_id and o.school_id)
    school = repo.school(visit.school_id)  # type: ignore[arg-type]
    page.school.setCurrentIndex(page.school.findData(school.id))
    page.date_from.setDate(QDate(2015, 8, 1))
    page.date_to.setDate(QDate.currentDate())
    bands, subjects, observers = repo.report_choices()
    assert page.grade_band.count() == len(bands) + 1 and page.subject.count() == len(subjects) + 1
    assert page.observer.count() == len(observers) + 1
    band, subject, observer_id = visit.grade_band, visit.subject, visit.observer_id
    observer_name = repo.person(observer_id).name  # type: ignore[arg-type]
    page.grade_band.setCurrentIndex(page.grade_band.findData(band))
    page.subject.setCurrentIndex(page.subject.findData(subject))
    page.observer.setCurrentIndex(page.observer.findData(observer_id))
    choice = page.choice()
    assert (choice.grade_bands, choice.subjects, choice.observers) == ((band,), (subject,), (observer_id,))  # type: ignore[attr-defined]
    path = tmp_path / "narrowed.pdf"
    page.make(path)
    _wait_made(qtbot, window, path)
    text = " ".join(pdf_text(path).split())
    assert f"Grade bands: {band}" in text and f"Subjects: {subject}" in text and f"Observers: {observer_name}" in text
    counted = repo.counted_visits(VisitFilter(school_ids=(school.id,), date_from=choice.first,  # type: ignore[attr-defined]
                                              date_to=choice.last, grade_bands=(band,),  # type: ignore[attr-defined]
                                              subjects=(subject,), observer_ids=(observer_id,)).query())
    assert counted and f"{counted:,} blast walkthrough visits" in text
    page.refresh()  # the choices made stay made when the page re-reads
    assert page.subject.currentData() == subject and page.observer.currentData() == observer_id


def test_a_coach_exports_the_csv_from_the_app(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = window.show_page("reports")
    page.kind.setCurrentIndex(page.kind.findData("csv"))
    page.school.setCurrentIndex(0)  # every school
    page.date_from.setDate(QDate(2023, 8, 1))
    page.date_to.setDate(QDate.currentDate())
    path = tmp_path / "visits.csv"
    page.make(path)
    _wait_made(qtbot, window, path)
    rows = path.read_text(encoding="utf-8-sig").count("\n") - 1
    expected = window.repo.db.execute("SELECT count(*) FROM responses r JOIN observations o ON o.id = "
                                      "r.observation_id WHERE o.kind = 'blast' AND o.deleted = 0 AND r.deleted = 0"
                                      ).fetchone()[0]
    assert rows >= expected  # a note with a line break takes more than one line
    assert f"{expected:,} responses" in page.message.text()


def test_a_teacher_is_told_who_makes_reports(qtbot: QtBot, window: MainWindow) -> None:
    teacher = next(p for p in window.repo.people(role=Role.TEACHER))
    window.repo.switch_profile(teacher.id)
    page = window.show_page("reports")
    assert not page.make_button.isVisible()
    assert "Only administrators and coaches may make summary reports" in page.role_line.text()


def test_feedback_pdf_beside_todays_visits(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    repo = window.repo
    admin = next(p for p in repo.people(role=Role.ADMINISTRATOR))
    repo.switch_profile(admin.id)
    page = window.show_page("walkthroughs")
    page.refresh()
    page.visits.selectRow(0)
    visit = page._chosen_visit_id()
    assert visit is not None
    path = tmp_path / "feedback.pdf"
    monkeypatch.setattr(page.feedback, "ask_path", lambda _suggested: path)
    qtbot.mouseClick(page.feedback.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved the feedback" in page.visits_note.text() or "Not made" in page.visits_note.text(),
                    timeout=30_000)
    assert "Saved the feedback" in page.visits_note.text(), page.visits_note.text()
    observation = repo.observation(visit)
    assert observation.kind is ObservationKind.BLAST
    teacher = repo.person(observation.teacher_id).name if observation.teacher_id else "the teacher"
    assert f"Walkthrough visit to {teacher}'s class" in pdf_text(path)
