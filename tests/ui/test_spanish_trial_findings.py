"""What a Spanish-speaking principal read in English or in a foreign date format (issue 13, the Spanish trial):
the line under a finished round's summary, a report's filter dates and the moment it was made, the visit
schedule's days (written "03 dic", with a zero no Spanish calendar writes), and a peer visit's text document."""

from __future__ import annotations

from datetime import date, datetime

from peer_helpers import make_district, planned_visit
from pytestqt.qtbot import QtBot

from walkthrough.core.model import NoteKind
from walkthrough.core.rounds import RoundSummary, StopLine, StopStatus
from walkthrough.reports.filters import VisitFilter
from walkthrough.reports.visit_text import visit_text
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.pages.schedule import SchedulePage
from walkthrough.ui.report_words import interface_words


def _summary() -> RoundSummary:
    lines = (StopLine(0, "Aula 1", "Ana", StopStatus.VISITED, 200, 3),
             StopLine(1, "Aula 2", "Ben", StopStatus.VISITED, 160, 2),
             StopLine(2, "Aula 3", "Carla", StopStatus.SKIPPED, 0, 0),
             StopLine(3, "Aula 4", "Dora", StopStatus.PENDING, 0, 0))
    return RoundSummary(lines, "2026-12-03T08:00:00+00:00", "2026-12-03T08:20:00+00:00")


def test_a_finished_rounds_summary_line_reads_in_spanish(spanish: None, repo: Repository, qtbot: QtBot) -> None:
    window = MainWindow(repo)
    qtbot.addWidget(window)
    line = window.walkthroughs_page.describe(_summary())
    assert line == "2 aulas visitadas · 1 omitida · 1 sin visitar · 6:00 en las aulas · 3:00 por aula en promedio"


def test_the_summary_line_in_english_is_the_one_it_always_was(repo: Repository, qtbot: QtBot) -> None:
    window = MainWindow(repo)
    qtbot.addWidget(window)
    assert window.walkthroughs_page.describe(_summary()) == _summary().describe()


def test_a_spanish_report_writes_its_filter_dates_and_when_it_was_made_in_spanish(spanish: None) -> None:
    words = interface_words()
    lines = VisitFilter(date_from=date(2026, 8, 1), date_to=date(2026, 12, 31)).describe(words=words)
    assert "Fechas: 1 ago 2026 a 31 dic 2026" in lines
    assert words.moment(datetime(2026, 12, 3, 14, 10)) == "3 de diciembre de 2026, 14:10"


def test_the_schedule_writes_a_day_of_the_month_without_a_leading_zero(spanish: None, repo: Repository,
                                                                        qtbot: QtBot) -> None:
    page = SchedulePage(repo, today=date(2026, 12, 3))
    qtbot.addWidget(page)
    page.refresh()
    days = [label.text() for label in page.day_labels]
    assert days[1:3] == ["Martes 1 dic", "Miércoles 2 dic"] and days[3].startswith("Hoy 3 dic"), days


def test_a_peer_visits_text_document_reads_in_spanish(spanish: None, repo: Repository) -> None:
    d = make_district(repo)
    visit = planned_visit(repo, d)  # Tuesday 14 October 2025
    obs = repo.begin_peer_notes(visit.id, by=d.visitor.id)
    repo.add_peer_note(obs.id, NoteKind.WONDERING, "Me pregunto cómo se formaron las parejas.", by=d.visitor.id,
                       minute=9)
    text = visit_text(repo, obs.id, d.visitor.id, interface_words())
    assert text.startswith(f"Visita entre pares: {d.visitor.name} visita la clase de {d.host.name}\n")
    assert "martes, 14 de octubre de 2025, 09:10–09:55" in text
    assert "\nPreguntas\n---------\n  min  9  Me pregunto cómo se formaron las parejas." in text
    for english in ("When:", "Visitor:", "Noticings", "Look-fors seen", "(none)", "Privacy:"):
        assert english not in text
