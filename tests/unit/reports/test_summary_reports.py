"""The building summary, the coach compilation and the CSV export on a demo district: every figure
read back (pdftotext) against a direct SQL count, names and accents, embedded fonts, every page
drawn; the CSV read back with the csv module against the database; who may make them."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pdf_helpers import assert_every_page_drawn, assert_fonts_embedded, pdf_text

from walkthrough.core.model import Role
from walkthrough.demo import generate
from walkthrough.paths import FORMS_DIR
from walkthrough.reports.outputs import Choice, OutputRefused, building_summary, compilation, csv_export
from walkthrough.storage import Repository

TODAY = date(2026, 3, 11)
FALL = (date(2025, 8, 1), date(2025, 12, 31))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Repository]:
    repo = Repository.open(tmp_path_factory.mktemp("rep") / "walkthrough.sqlite3")
    repo.install_framework_files([FORMS_DIR])
    generate(repo, observations=2500, seed=9, today=TODAY)
    yield repo
    repo.close()


def _admin(repo: Repository) -> str:
    return next(p.id for p in repo.people(role=Role.ADMINISTRATOR))


def _school(repo: Repository, name: str) -> str:
    return next(s.id for s in repo.schools() if s.name.startswith(name))


def _sql_presence(repo: Repository, school: str, framework: str, key: str,
                  period: tuple[date, date] = FALL) -> tuple[int, int]:
    row = repo.db.execute(
        "SELECT sum(r.value = '\"observed\"'), sum(r.value IN ('\"observed\"', '\"not_observed\"'))"
        " FROM observations o JOIN responses r ON r.observation_id = o.id AND r.deleted = 0"
        " WHERE o.kind = 'blast' AND o.deleted = 0 AND o.school_id = ? AND o.framework_id = ? AND r.look_for_key = ?"
        " AND date(o.started_at, 'localtime') BETWEEN ? AND ? AND r.not_applicable = 0",
        [school, framework, key, period[0].isoformat(), period[1].isoformat()]).fetchone()
    return int(row[0] or 0), int(row[1] or 0)


def test_the_building_summary_shows_each_share_as_the_database_counts_it(demo: Repository, tmp_path: Path) -> None:
    school = _school(demo, "Maple")
    path = tmp_path / "building.pdf"
    made = building_summary(demo, Choice(schools=(school,), first=FALL[0], last=FALL[1]), _admin(demo), path)
    got = " ".join(pdf_text(path).split())
    framework = demo.framework("blast-empowered-learning")
    checked = 0
    for lf in framework.look_fors:
        if lf.response.value != "presence":
            continue
        n, total = _sql_presence(demo, school, framework.id, lf.key)
        if total >= 5:
            assert f"{n} of {total} {round(100 * n / total)}%" in got, (lf.key, n, total)
            checked += 1
    assert checked >= 8
    visits = demo.db.execute("SELECT count(*) FROM observations WHERE kind = 'blast' AND deleted = 0 AND "
                             "school_id = ? AND date(started_at, 'localtime') BETWEEN ? AND ?",
                             [school, FALL[0].isoformat(), FALL[1].isoformat()]).fetchone()[0]
    assert f"{visits:,} blast walkthrough visits" in got
    assert "Look-fors by grade band" in got and "Coverage" in got and "Compared with the period before" in got
    assert "Filters: Schools: Maple Hollow Elementary (demo)" in got
    compared = got.split("Compared with the period before")[1]
    assert compared.startswith(" 1 Jan 2025 to 30 Jun 2025 against 1 Aug 2025 to 31 Dec 2025")  # the term before
    before = _sql_presence(demo, school, framework.id, "norms-in-use", (date(2025, 1, 1), date(2025, 6, 30)))
    after = _sql_presence(demo, school, framework.id, "norms-in-use")
    assert (f"{before[0]} of {before[1]} ({round(100 * before[0] / before[1])}%) "
            f"{after[0]} of {after[1]} ({round(100 * after[0] / after[1])}%)") in compared
    assert re.search(r"page 1 of \d+", got)
    assert made.endswith("pages")
    assert_fonts_embedded(path)
    assert_every_page_drawn(path, tmp_path / "png")


def test_a_small_group_says_too_few_visits_in_the_summary(demo: Repository, tmp_path: Path) -> None:
    school = _school(demo, "Maple")
    path = tmp_path / "day.pdf"
    day = date(2025, 10, 14)
    building_summary(demo, Choice(schools=(school,), first=day, last=day, grade_bands=("K-2",)), _admin(demo), path)
    got = " ".join(pdf_text(path).split())
    assert "too few visits" in got
    assert "%" not in got.split("Look-fors by grade band")[0].split("Look-fors: the share")[1].replace(
        "95% interval", "")


def test_the_compilation_holds_totals_tags_trends_and_only_shared_noticings(demo: Repository,
                                                                            tmp_path: Path) -> None:
    path = tmp_path / "compilation.pdf"
    coach = next(p.id for p in demo.people(role=Role.COACH))
    compilation(demo, Choice(first=date(2024, 8, 1), last=date(2026, 3, 10)), coach, path)
    got = " ".join(pdf_text(path).split())
    total = demo.db.execute("SELECT count(*) FROM observations WHERE kind = 'blast' AND deleted = 0 AND "
                            "date(started_at, 'localtime') BETWEEN '2024-08-01' AND '2026-03-10'").fetchone()[0]
    assert f"All {total:,}" in got
    from walkthrough.core import terms

    for year in (2024, 2025):
        for term in terms.terms_of_year(year):
            last = min(term.end, date(2026, 3, 10))
            n = demo.db.execute("SELECT count(*) FROM observations WHERE kind = 'blast' AND deleted = 0 AND "
                                "date(started_at, 'localtime') BETWEEN ? AND ?",
                                [term.start.isoformat(), last.isoformat()]).fetchone()[0]
            assert f"{term.name} {n:,}" in got, term.name
    n = total_answers = 0
    for framework in demo.frameworks():
        keys = [lf.key for lf in framework.look_fors if lf.response.value == "presence" and
                "Empowered learning" in lf.tags]
        if not keys:
            continue
        marks = ",".join("?" * len(keys))
        row = demo.db.execute(
            "SELECT sum(r.value = '\"observed\"'), sum(r.value IN ('\"observed\"', '\"not_observed\"'))"
            " FROM observations o JOIN responses r ON r.observation_id = o.id AND r.deleted = 0"
            " WHERE o.kind = 'blast' AND o.deleted = 0 AND r.not_applicable = 0 AND o.framework_id = ?"
            " AND date(o.started_at, 'localtime') BETWEEN '2024-08-01' AND '2026-03-10'"
            f" AND r.look_for_key IN ({marks})", [framework.id, *keys]).fetchone()
        n, total_answers = n + int(row[0] or 0), total_answers + int(row[1] or 0)
    assert f"Empowered learning 13 {n} of {total_answers} ({round(100 * n / total_answers)}%)" in got
    assert "Look-fors by tag" in got and "Empowered learning" in got and "Fall 2024" in got and "Spring 2026" in got
    private = demo.db.execute(
        "SELECT n.text FROM notes n JOIN observations o ON o.id = n.observation_id WHERE o.kind = 'peer' "
        "AND o.visibility != 'shared' AND n.deleted = 0").fetchall()
    shared = demo.db.execute(
        "SELECT n.text FROM notes n JOIN observations o ON o.id = n.observation_id WHERE o.kind = 'peer' "
        "AND o.visibility = 'shared' AND n.deleted = 0 AND n.kind = 'noticing'").fetchall()
    assert shared and any(t in got for (t,) in shared)
    only_private = {t for (t,) in private} - {t for (t,) in shared}
    assert not any(t in got for t in only_private)
    assert_fonts_embedded(path)
    assert_every_page_drawn(path, tmp_path / "png")


def test_the_csv_reads_back_one_row_per_response_as_the_database_counts(demo: Repository, tmp_path: Path) -> None:
    path = tmp_path / "visits.csv"
    school = _school(demo, "Riverbend")
    csv_export(demo, Choice(schools=(school,), first=FALL[0], last=FALL[1]), _admin(demo), path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected = demo.db.execute(
        "SELECT count(*), count(DISTINCT o.id) FROM observations o JOIN responses r ON r.observation_id = o.id "
        "AND r.deleted = 0 WHERE o.kind = 'blast' AND o.deleted = 0 AND o.school_id = ? AND "
        "date(o.started_at, 'localtime') BETWEEN ? AND ?",
        [school, FALL[0].isoformat(), FALL[1].isoformat()]).fetchone()
    assert (len(rows), len({r["visit_id"] for r in rows})) == tuple(expected)
    assert {r["kind"] for r in rows} == {"blast"}
    assert all(r["school"].startswith("Riverbend") and FALL[0].isoformat() <= r["date"] <= FALL[1].isoformat()
               for r in rows)
    observed = [r for r in rows if r["value"] == "observed"]
    assert observed and {r["answer"] for r in observed} == {"Observed"}


def test_a_formula_in_a_note_is_written_as_text(repo: Repository, tmp_path: Path) -> None:
    from role_helpers import first_admin

    admin = first_admin(repo).id
    school = repo.add_school("Peña School", by=admin)
    teacher = repo.add_person("Zoë Nguyễn", Role.TEACHER, school.id, by=admin)
    room = repo.add_room(school.id, "Room 1", teacher_id=teacher.id, by=admin)
    obs = repo.start_observation("blast", repo.framework("blast-empowered-learning"), school.id, room_id=room.id,
                                 teacher_id=teacher.id, by=admin)
    repo.set_response(obs.id, "norms-in-use", "observed", by=admin)
    repo.set_response_note(obs.id, "norms-in-use", "=HYPERLINK(\"http://x\")", by=admin)
    path = tmp_path / "f.csv"
    csv_export(repo, Choice(), admin, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["note"] == "'=HYPERLINK(\"http://x\")" and row["teacher"] == "Zoë Nguyễn"
    assert row["school"] == "Peña School"


@pytest.mark.parametrize("role", [Role.TEACHER, Role.SUBSTITUTE])
def test_teachers_and_substitutes_may_not_make_summaries_or_exports(demo: Repository, tmp_path: Path,
                                                                    role: Role) -> None:
    person = next(p.id for p in demo.people(role=role))
    school = _school(demo, "Maple")
    for make, name in ((building_summary, "b.pdf"), (compilation, "c.pdf"), (csv_export, "e.csv")):
        with pytest.raises(OutputRefused, match="only administrators and coaches"):
            make(demo, Choice(schools=(school,), first=FALL[0], last=FALL[1]), person, tmp_path / name)
        assert not (tmp_path / name).exists()
    assert not list(tmp_path.iterdir())  # no half-written file left behind


def test_a_full_disk_leaves_no_half_written_report_and_says_which_file(demo: Repository, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from walkthrough.reports import building_pdf

    def full(target: Path, *_a: object, **_k: object) -> int:
        Path(target).write_bytes(b"%PDF-1.4 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(building_pdf, "build", full)
    path = tmp_path / "summary.pdf"
    school = _school(demo, "Maple")
    with pytest.raises(OutputRefused, match=r"summary\.pdf: cannot be written \(No space left on device\)"):
        building_summary(demo, Choice(schools=(school,), first=FALL[0], last=FALL[1]), _admin(demo), path)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_is_not_there_is_named(demo: Repository, tmp_path: Path) -> None:
    path = tmp_path / "missing" / "visits.csv"
    with pytest.raises(OutputRefused, match=r"missing/visits\.csv: cannot be written"):
        csv_export(demo, Choice(), _admin(demo), path)


def test_a_real_full_disk_refuses_the_csv_and_leaves_nothing(demo: Repository, tmp_path: Path) -> None:
    from fault_helpers import fill, small_disk

    with small_disk(tmp_path) as disk:
        filler = fill(disk)
        with pytest.raises(OutputRefused, match=r"visits\.csv: cannot be written"):
            csv_export(demo, Choice(), _admin(demo), disk / "visits.csv")
        assert sorted(p.name for p in disk.iterdir() if p.name != "lost+found") == [filler.name]


def test_a_framework_with_scores_shows_them_in_the_summary(repo: Repository, tmp_path: Path) -> None:
    import contextlib
    import random

    from framework_samples import FULL
    from role_helpers import first_admin

    from walkthrough.core.responses import ResponseError
    from walkthrough.demo.visits import _value
    from walkthrough.storage.base import StoreError

    (tmp_path / "full.toml").write_text(FULL, encoding="utf-8")
    repo.install_framework_files([tmp_path / "full.toml"])
    framework = repo.framework("full-instrument")
    admin = first_admin(repo).id
    school = repo.add_school("Peña School", by=admin)
    room = repo.add_room(school.id, "Room 1", grade_band="K-2", by=admin)
    rng = random.Random(1)
    for i in range(6):
        obs = repo.start_observation("blast", framework, school.id, room_id=room.id,
                                     started_at=f"2025-10-{10 + i}T14:00:00.000+00:00", by=admin)
        for lf in framework.look_fors:
            value, na = _value(lf, rng, 0.7)
            # a hidden item or a value this instrument does not take is left unmarked
            with contextlib.suppress(StoreError, ResponseError):
                repo.set_response(obs.id, lf.key, value, not_applicable=na, by=admin)
    path = tmp_path / "scores.pdf"
    building_summary(repo, Choice(schools=(school.id,), first=date(2025, 10, 1), last=date(2025, 10, 31)), admin,
                     path)
    got = " ".join(pdf_text(path).split())
    assert "Score Visits scored Mean Visits per band" in got
    assert "Lesson" in got and "Criteria met" in got
