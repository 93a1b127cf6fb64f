"""A report is made in the language of the words it is given (Qt-free): its phrases from their
translator, its dates and numbers from their formats, its framework text from the sidecar of the
language; with no words given (the command line) it stays English."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from pdf_helpers import pdf_text

from walkthrough.core.model import ObservationKind, Role
from walkthrough.demo import generate
from walkthrough.paths import FORMS_DIR
from walkthrough.reports.csv_export import COLUMNS
from walkthrough.reports.outputs import Choice, building_summary, csv_export, visit_feedback
from walkthrough.reports.words import Words
from walkthrough.storage import Repository

TODAY = date(2026, 3, 11)
FALL = (date(2025, 8, 1), date(2025, 12, 31))
SAID = {"Building summary: {school}": "Resumen de la escuela: {school}", "Not applicable": "No aplica",
        "Look-fors by grade band": "Indicadores por nivel de grado", "{n} pages": "{n} páginas",
        "Walkthrough visit to {teacher}'s class": "Visita de recorrido a la clase de {teacher}",
        "Look-fors seen": "Indicadores observados"}


def spanish_words() -> Words:
    return Words("es", lambda _context, text: SAID.get(text, text), lambda d: f"{d.day}/{d.month}/{d.year}",
                 long_day_format=lambda d: f"día {d.day}/{d.month}/{d.year}")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Repository]:
    repo = Repository.open(tmp_path_factory.mktemp("words") / "walkthrough.sqlite3")
    repo.install_framework_files([FORMS_DIR])
    generate(repo, observations=400, seed=2, today=TODAY)
    yield repo
    repo.close()


def _admin(repo: Repository) -> str:
    return next(p.id for p in repo.people(role=Role.ADMINISTRATOR))


def _choice(repo: Repository) -> Choice:
    school = next(s.id for s in repo.schools() if s.name.startswith("Maple"))
    return Choice(schools=(school,), first=FALL[0], last=FALL[1])


def test_a_building_summary_made_with_spanish_words_reads_in_spanish(demo: Repository, tmp_path: Path) -> None:
    path = tmp_path / "es.pdf"
    made = building_summary(demo, _choice(demo), _admin(demo), path, words=spanish_words())
    got = " ".join(pdf_text(path).split())
    assert made.endswith("páginas")
    assert "Resumen de la escuela: Maple Hollow Elementary (demo)" in got
    assert "Indicadores por nivel de grado" in got
    assert "1/8/2025" in got and "31/12/2025" in got  # the words' way with a day
    assert "Aprendizaje empoderado y Perfil del Egresado" in got  # the framework's title, from its sidecar
    assert "Los estudiantes siguen las normas o acuerdos compartidos sin recordatorios" in got
    assert "Students follow shared norms or agreements without reminders" not in got


def test_a_building_summary_from_the_command_line_stays_english(demo: Repository, tmp_path: Path) -> None:
    path = tmp_path / "en.pdf"
    building_summary(demo, _choice(demo), _admin(demo), path)
    got = " ".join(pdf_text(path).split())
    assert "Building summary: Maple Hollow Elementary (demo)" in got and "1 Aug 2025 to 31 Dec 2025" in got
    assert "Students follow shared norms or agreements without reminders" in got
    assert "Aprendizaje empoderado" not in got


def test_a_spanish_csv_keeps_its_header_and_keys_and_writes_its_words_in_spanish(
    demo: Repository, tmp_path: Path
) -> None:
    path = tmp_path / "es.csv"
    csv_export(demo, _choice(demo), _admin(demo), path, words=spanish_words())
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == COLUMNS  # the same columns in every language: spreadsheets and scripts read them
    found = [dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]]
    norms = [r for r in found if r["look_for_key"] == "norms-in-use"]
    assert norms and all(r["look_for"] == "Los estudiantes siguen las normas o acuerdos compartidos sin recordatorios"
                         and r["framework"] == "Aprendizaje empoderado y Perfil del Egresado"
                         and r["section"] == "Ambiente de aprendizaje" for r in norms)
    assert {r["value"] for r in norms} <= {"observed", "not_observed", ""}  # stored keys, never translated
    assert {r["not_applicable"] for r in found} <= {"yes", "no"}
    na = [r for r in found if r["not_applicable"] == "yes" and r["framework_id"] == "blast-empowered-learning"]
    assert na and all(r["answer"] == "No aplica" for r in na)


def test_a_visit_feedback_made_with_spanish_words_reads_in_spanish(demo: Repository, tmp_path: Path) -> None:
    visit = next(o for o in demo.observations(kind=ObservationKind.BLAST)
                 if o.framework_id == "blast-empowered-learning" and o.teacher_id
                 and demo.responses(o.id).get("norms-in-use") is not None
                 and demo.responses(o.id)["norms-in-use"].value == "observed")
    path = tmp_path / "visita.pdf"
    visit_feedback(demo, visit.id, _admin(demo), path, words=spanish_words())
    got = " ".join(pdf_text(path).split())
    teacher = demo.person(visit.teacher_id).name  # type: ignore[arg-type]
    assert f"Visita de recorrido a la clase de {teacher}" in got and "Indicadores observados" in got
    assert "Aprendizaje empoderado y Perfil del Egresado" in got
    assert "Los estudiantes siguen las normas o acuerdos compartidos sin recordatorios" in got
    day = datetime.fromisoformat(visit.started_at).date()
    assert f"día {day.day}/{day.month}/{day.year}" in got


def test_the_engine_in_spanish_names_tags_in_spanish_and_groups_them_as_in_english(demo: Repository) -> None:
    from walkthrough.core.privacy import Output
    from walkthrough.reports.engine import ReportEngine
    from walkthrough.reports.filters import VisitFilter

    english, spanish = ReportEngine(demo, Output.ADMIN_REPORT), ReportEngine(demo, Output.ADMIN_REPORT, "es")
    english.refresh()
    spanish.refresh()
    en, es = english.by_tag(VisitFilter()), spanish.by_tag(VisitFilter())
    assert "Aprendizaje empoderado" in {t.tag for t in es} and "Empowered learning" not in {t.tag for t in es}
    # a tag some frameworks translate and others do not is still one group, counted as in English
    assert len(es) == len(en)
    assert sorted((t.proportion.n, t.proportion.total, len(t.look_fors)) for t in es) == \
        sorted((t.proportion.n, t.proportion.total, len(t.look_fors)) for t in en)
    by_name = {t.tag: t for t in es}
    empowered = next(t for t in en if t.tag == "Empowered learning")
    assert by_name["Aprendizaje empoderado"].proportion == empowered.proportion
