"""The report and export commands: they write the file, act as --as NAME or the device's profile, and
a bad name or date is one line on stderr with exit status 2 and nothing written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from walkthrough.core.model import ObservationKind, Role
from walkthrough.demo import generate
from walkthrough.paths import FORMS_DIR
from walkthrough.storage import Repository


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli")
    repo = Repository.open(data / "walkthrough.sqlite3")
    repo.install_framework_files([FORMS_DIR])
    generate(repo, observations=400, seed=3)
    repo.close()
    return data


def run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "walkthrough", "--data-dir", str(folder), *args],
                          capture_output=True, text=True, timeout=120)


def _names(folder: Path) -> tuple[str, str, str]:
    repo = Repository.open(folder / "walkthrough.sqlite3")
    try:
        admin = next(p.name for p in repo.people(role=Role.ADMINISTRATOR))
        teacher = next(p.name for p in repo.people(role=Role.TEACHER))
        visit = repo.observations(kind=ObservationKind.BLAST)[0].id
    finally:
        repo.close()
    return admin, teacher, visit


def test_each_command_writes_its_file(folder: Path, tmp_path: Path) -> None:
    admin, _, visit = _names(folder)
    for args, name in (
        (("report", "visit", "--observation", visit), "v.pdf"),
        (("report", "building", "--school", "Maple Hollow Elementary (demo)", "--from", "2024-08-01", "--to",
          "2026-07-31"), "b.pdf"),
        (("report", "compilation", "--from", "2024-08-01", "--to", "2026-07-31"), "c.pdf"),
        (("export", "csv"), "e.csv"),
    ):
        result = run(folder, *args, "-o", str(tmp_path / name), "--as", admin)
        assert result.returncode == 0, result.stderr
        assert (tmp_path / name).stat().st_size > 1000
        assert str(tmp_path / name) in result.stdout


@pytest.mark.parametrize(("args", "message"), [
    (("--school", "Nowhere High", "--from", "2025-08-01", "--to", "2025-12-31"), "--school 'Nowhere High': no school"),
    (("--school", "Maple Hollow Elementary (demo)", "--from", "2025-02-30", "--to", "2025-12-31"), "not a date"),
    (("--school", "Maple Hollow Elementary (demo)", "--from", "2025-12-01", "--to", "2025-08-01"), "is before"),
])
def test_a_bad_name_or_date_is_one_line_and_exit_2(folder: Path, tmp_path: Path, args: tuple[str, ...],
                                                   message: str) -> None:
    result = run(folder, "report", "building", *args, "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_an_unknown_team_or_person_is_exit_2(folder: Path, tmp_path: Path) -> None:
    for args in (("--team", "Nope"), ("--observer", "Nobody At All"), ("--as", "Nobody At All")):
        result = run(folder, "export", "csv", *args, "-o", str(tmp_path / "x.csv"))
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Nope" in result.stderr or "Nobody At All" in result.stderr
    assert run(folder, "export", "csv", "--team", "Nope", "-o", str(tmp_path / "x.csv")).returncode == 2
    assert not (tmp_path / "x.csv").exists()


def test_a_teacher_is_refused_a_summary_in_one_line(folder: Path, tmp_path: Path) -> None:
    _, teacher, _ = _names(folder)
    result = run(folder, "export", "csv", "--as", teacher, "-o", str(tmp_path / "x.csv"))
    assert result.returncode == 1
    assert "only administrators and coaches may export visits as CSV" in result.stderr
    assert not (tmp_path / "x.csv").exists()


def test_a_profile_with_a_pin_is_used_only_with_its_pin(tmp_path: Path) -> None:
    import os

    repo = Repository.open(tmp_path / "walkthrough.sqlite3")
    repo.install_framework_files([FORMS_DIR])
    generate(repo, observations=50, seed=1)
    coach = next(p for p in repo.people(role=Role.COACH))
    repo.set_pin(coach.id, "2468", by=coach.id)
    repo.close()
    out = tmp_path / "e.csv"
    env = {**os.environ, "WALKTHROUGH_PIN": "1111"}
    wrong = subprocess.run([sys.executable, "-m", "walkthrough", "--data-dir", str(tmp_path), "export", "csv",
                            "--as", coach.name, "-o", str(out)], capture_output=True, text=True, env=env,
                           stdin=subprocess.DEVNULL, timeout=120)
    assert wrong.returncode == 1 and len(wrong.stderr.strip().splitlines()) == 1 and not out.exists()
    assert "PIN" in wrong.stderr
    env["WALKTHROUGH_PIN"] = "2468"
    right = subprocess.run([sys.executable, "-m", "walkthrough", "--data-dir", str(tmp_path), "export", "csv",
                            "--as", coach.name, "-o", str(out)], capture_output=True, text=True, env=env,
                           stdin=subprocess.DEVNULL, timeout=120)
    assert right.returncode == 0, right.stderr
    assert out.exists()
