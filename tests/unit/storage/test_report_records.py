"""The records reports stand on: a visit keeps its room's groups as they were on the day,
and PLC teams are kept by the people who may, and travel between devices."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils
from sync_helpers import BLAST, admin_of, devices, state

from walkthrough.core import lineage
from walkthrough.core.model import Role
from walkthrough.paths import FORMS_DIR
from walkthrough.storage import Repository, migrations
from walkthrough.storage.access import NotAllowed
from walkthrough.storage.base import StoreError
from walkthrough.storage.db import connect
from walkthrough.storage.sync_tables import TABLES


@pytest.fixture
def repo(tmp_path: Path) -> Repository:
    repo = Repository.open(tmp_path / "w.sqlite3")
    repo.install_framework_files([FORMS_DIR])
    return repo


def _district(repo: Repository) -> tuple[str, str, str, str]:
    admin = repo.add_person("Pat Principal", Role.ADMINISTRATOR, by=None).id
    school = repo.add_school("Maple Hollow", by=admin).id
    teacher = repo.add_person("Zoë Nguyễn", Role.TEACHER, school, by=admin).id
    room = repo.add_room(school, "Room 12", teacher_id=teacher, grade_band="3-5", subject="Mathematics", by=admin).id
    return admin, school, teacher, room


def test_an_edited_room_leaves_old_visits_groups_unchanged(repo: Repository) -> None:
    admin, school, teacher, room = _district(repo)
    round_ = repo.start_round(school, repo.framework(BLAST), by=admin, with_teacher=True)
    current = repo.current_visit(round_.id)
    assert current is not None
    visit = current[1]
    assert (visit.grade_band, visit.subject, visit.teacher_id) == ("3-5", "Mathematics", teacher)
    repo.finish_round(round_.id, by=admin)
    repo.update_room(room, grade_band="6-8", subject="Science", teacher_id=None, by=admin)
    again = repo.observation(visit.id)
    assert (again.grade_band, again.subject, again.teacher_id) == ("3-5", "Mathematics", teacher)


def test_a_visit_started_after_the_edit_takes_the_room_as_it_is_now(repo: Repository) -> None:
    admin, school, _teacher, room = _district(repo)
    repo.update_room(room, grade_band="6-8", subject="Science", by=admin)
    visit = repo.start_observation("blast", repo.framework(BLAST), school, room_id=room, observer_id=admin, by=admin)
    assert (visit.grade_band, visit.subject) == ("6-8", "Science")


def test_the_schema_step_fills_old_visits_from_their_rooms_and_their_hashes_cover_it(tmp_path: Path) -> None:
    db = sqlite_utils.Database(connect(tmp_path / "older.sqlite3"))
    migrations.apply_migrations(db, stop_before="m0020_report_records")
    db.execute("INSERT INTO schools (id, name, updated_at) VALUES ('s1', 'Maple', 'x')")
    db.execute("INSERT INTO rooms (id, school_id, name, grade_band, subject, updated_at)"
               " VALUES ('r1', 's1', 'Room 12', 'K-2', 'Reading', 'x')")
    db.execute("INSERT INTO frameworks (framework_id, version, sha256, title, modes, source_name, source_text,"
               " installed_at) VALUES ('f', '1', 'h', 'F', 'blast', 'f.toml', '', 'x')")
    db.execute("INSERT INTO observations (id, kind, framework_id, framework_version, framework_sha256, school_id,"
               " room_id, device_id, started_at, status, visibility, updated_at, content_hash)"
               " VALUES ('o1', 'blast', 'f', '1', 'h', 's1', 'r1', 'old-tablet', '2025-10-01', 'complete',"
               " 'shared', 'x', 'stale')")
    db.close()
    repo = Repository.open(tmp_path / "older.sqlite3")
    row = repo._rows("SELECT * FROM observations WHERE id = 'o1'")[0]
    assert (row["grade_band"], row["subject"]) == ("K-2", "Reading")
    fields = TABLES["observations"].main_fields
    assert row["content_hash"] == lineage.content_hash(fields, {f: row[f] for f in fields})
    repo.close()


def test_teams_are_made_renamed_filled_and_deleted_by_a_coach(repo: Repository) -> None:
    admin, school, teacher, _room = _district(repo)
    coach = repo.add_person("Cy Moss", Role.COACH, school, by=admin).id
    other = repo.add_person("Peña Ruiz", Role.TEACHER, school, by=admin).id
    team = repo.create_team(school, "  Grade 3 team ", by=coach)
    assert team.name == "Grade 3 team"
    repo.add_team_member(team.id, teacher, by=coach)
    repo.add_team_member(team.id, other, by=coach)
    repo.add_team_member(team.id, other, by=coach)  # twice is once
    assert set(repo.team_members(team.id)) == {teacher, other}
    repo.remove_team_member(team.id, other, by=coach)
    assert repo.team_members(team.id) == [teacher]
    repo.add_team_member(team.id, other, by=coach)  # back again: the same record
    assert repo.db.execute("SELECT count(*) FROM plc_team_members").fetchone()[0] == 2
    assert repo.rename_team(team.id, "Third grade", by=coach).name == "Third grade"
    repo.delete_team(team.id, by=coach)
    assert repo.teams(school) == []
    assert repo.db.execute("SELECT count(*) FROM plc_team_members WHERE deleted = 0").fetchone()[0] == 0


def test_a_team_needs_a_name_of_its_own_in_its_school(repo: Repository) -> None:
    admin, school, _t, _r = _district(repo)
    repo.create_team(school, "Math team", by=admin)
    before = repo.db.execute("SELECT count(*) FROM plc_teams").fetchone()[0]
    with pytest.raises(StoreError, match="already has a PLC team called 'math TEAM'"):
        repo.create_team(school, "math TEAM", by=admin)
    with pytest.raises(StoreError, match="needs a name"):
        repo.create_team(school, "   ", by=admin)
    assert repo.db.execute("SELECT count(*) FROM plc_teams").fetchone()[0] == before


def test_a_teacher_may_not_change_teams_and_nothing_is_written(repo: Repository) -> None:
    admin, school, teacher, _r = _district(repo)
    team = repo.create_team(school, "Math team", by=admin)
    with pytest.raises(NotAllowed, match="make and change PLC teams"):
        repo.add_team_member(team.id, teacher, by=teacher)
    with pytest.raises(NotAllowed):
        repo.rename_team(team.id, "Mine", by=teacher)
    with pytest.raises(NotAllowed):
        repo.delete_team(team.id, by=teacher)
    assert repo.team_members(team.id) == [] and repo.team(team.id).name == "Math team"


def test_teams_and_visits_groups_travel_to_another_device(tmp_path: Path) -> None:
    one, two = devices(tmp_path, "office", "coach")
    by = admin_of(one)
    school = one.repo.add_school("Maple", by=by).id
    teacher = one.repo.add_person("Ana Diallo", Role.TEACHER, school, by=by).id
    room = one.repo.add_room(school, "Room 4", teacher_id=teacher, grade_band="K-2", subject="Art", by=by).id
    team = one.repo.create_team(school, "K-2 team", by=by)
    one.repo.add_team_member(team.id, teacher, by=by)
    one.repo.start_observation("blast", one.repo.framework(BLAST), school, room_id=room, observer_id=by, by=by)
    report = two.take(one.export())
    assert not report.refused
    for table in ("plc_teams", "plc_team_members", "observations"):
        assert state(two.repo)[table] == state(one.repo)[table], table
    assert two.repo.team_members(team.id) == [teacher]
    one.repo.close()
    two.repo.close()


def test_demo_visits_keep_their_rooms_groups_as_on_the_day(repo: Repository) -> None:
    from datetime import date

    from walkthrough.demo import generate

    generate(repo, observations=120, seed=2, today=date(2026, 3, 11))
    rows = repo._rows("SELECT o.kind, o.grade_band, o.subject, r.grade_band AS room_band, r.subject AS room_subject"
                      " FROM observations o JOIN rooms r ON r.id = o.room_id")
    assert rows and {r["kind"] for r in rows} == {"blast", "peer"}
    assert all((r["grade_band"], r["subject"]) == (r["room_band"], r["room_subject"]) for r in rows)
    assert any(r["grade_band"] for r in rows) and any(r["subject"] for r in rows)
