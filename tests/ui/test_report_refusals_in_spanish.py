"""A report or a visit's notes that is refused says why in the interface's language (the reports' refusals are
core messages), and in English on the command line and in the log, as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from peer_helpers import make_district, planned_visit

from walkthrough.reports.outputs import Choice, OutputRefused, building_summary, csv_export
from walkthrough.reports.visit_text import VisitDocumentRefused, visit_text
from walkthrough.storage import Repository
from walkthrough.ui import core_text


def test_a_colleague_outside_a_peer_visit_is_refused_its_notes_in_spanish(repo: Repository, spanish: None) -> None:
    d = make_district(repo)
    visit = planned_visit(repo, d)
    notes = repo.begin_peer_notes(visit.id, by=d.visitor.id)
    with pytest.raises(VisitDocumentRefused) as refused:
        visit_text(repo, notes.id, d.outsider.id)
    assert core_text.text(refused.value) == \
        "solo el docente anfitrión y el visitante pueden tener las notas de esta visita"
    assert str(refused.value) == "only the host and the visitor may have this visit's notes"
    assert isinstance(refused.value, PermissionError)


def test_a_report_that_cannot_be_made_or_written_says_why_in_spanish(repo: Repository, spanish: None,
                                                                     tmp_path: Path) -> None:
    d = make_district(repo)
    with pytest.raises(OutputRefused) as two_schools:
        building_summary(repo, Choice(schools=()), d.admin.id, tmp_path / "summary.pdf")
    assert core_text.text(two_schools.value) == "un resumen de la escuela es de una sola escuela"
    missing = tmp_path / "no such folder" / "visits.csv"
    with pytest.raises(OutputRefused) as not_written:
        csv_export(repo, Choice(schools=(d.school.id,)), d.admin.id, missing)
    shown = core_text.text(not_written.value)
    assert shown.startswith(f"{missing}: no se puede escribir (") and "cannot be written" not in shown
    assert str(not_written.value).startswith(f"{missing}: cannot be written (")
