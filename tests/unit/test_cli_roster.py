"""`walkthrough roster import`: the same report as the app, exit 2 when refused and nothing written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from walkthrough.core.model import Role
from walkthrough.paths import database_path
from walkthrough.storage import Repository

ROSTER = "Room,Teacher,E-mail,Grade band\nRoom 1,Ana Diallo,ana@cedar.org,K-2\nRoom 2,Ben Ortiz,ben@cedar.org,3-5\n"


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "walkthrough", "--data-dir", str(data), "roster", "import", *args],
                          capture_output=True, text=True, env=dict(os.environ), timeout=120)


def _with_admin(data: Path) -> None:
    data.mkdir(parents=True, exist_ok=True)
    repo = Repository.open(database_path(data))
    repo.add_person("Pat Rivera", Role.ADMINISTRATOR, by=None)
    repo.close()


def test_a_roster_is_imported_into_a_new_school(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _with_admin(data)
    (tmp_path / "r.csv").write_text(ROSTER, encoding="utf-8")
    result = run(data, str(tmp_path / "r.csv"), "--school", "Cedar Park")
    assert result.returncode == 0, result.stderr
    assert "r.csv: 2 rooms read" in result.stdout
    assert "Imported. Cedar Park: 2 new room(s)" in result.stdout
    again = run(data, str(tmp_path / "r.csv"), "--school", "cedar park")
    assert again.returncode == 0 and "0 new room(s); 0 changed; 2 unchanged; 0 new teacher(s)" in again.stdout
    repo = Repository.open(database_path(data))
    try:
        [school] = repo.schools()
        assert [r.name for r in repo.rooms(school.id)] == ["Room 1", "Room 2"]
    finally:
        repo.close()


def test_a_roster_with_problems_exits_2_listing_each_by_row_and_column(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _with_admin(data)
    (tmp_path / "r.csv").write_text(ROSTER + "Room 2,Cy,cy@c.org,purple\n", encoding="utf-8")
    result = run(data, str(tmp_path / "r.csv"), "--school", "Cedar Park")
    assert result.returncode == 2
    assert "r.csv: row 4, column A (room): 'Room 2' is already on row 3; each room once" in result.stdout
    assert "r.csv: row 4, column D (grade band): 'purple' is not a grade band" in result.stdout
    assert "Nothing was imported" in result.stderr and "Traceback" not in result.stderr
    repo = Repository.open(database_path(data))
    try:
        assert repo.schools() == []
    finally:
        repo.close()


def test_without_an_administrator_nothing_is_imported(tmp_path: Path) -> None:
    (tmp_path / "r.csv").write_text(ROSTER, encoding="utf-8")
    result = run(tmp_path / "data", str(tmp_path / "r.csv"), "--school", "Cedar Park")
    assert result.returncode == 2 and "no administrator yet" in result.stderr


def test_a_missing_file_is_one_plain_line(tmp_path: Path) -> None:
    result = run(tmp_path / "data", str(tmp_path / "nope.csv"), "--school", "Cedar Park")
    assert result.returncode == 2
    assert "nope.csv: cannot be read: no such file" in result.stdout and "Traceback" not in result.stderr
