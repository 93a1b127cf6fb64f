"""Importing a roster: rooms and teachers added, re-imports update by a stable key, who left is marked."""

from __future__ import annotations

from pathlib import Path

import pytest
from fault_helpers import write_lock

from walkthrough.core.model import Role
from walkthrough.core.roster import read_roster
from walkthrough.storage import Repository
from walkthrough.storage.access import NotAllowed
from walkthrough.storage.base import StoreError, StoreUnavailable

FIRST = (
    "Room,Teacher,E-mail,Grade band,Subject\n"
    "Room 1,Ana Diallo,ana@cedar.org,K-2,Reading\n"
    "Room 2,Ben Ortiz,ben@cedar.org,3-5,Math\n"
    "Room 3,Cy Moss,cy@cedar.org,3-5,Science\n"
    "Lab B,,,6-8,Science\n"
)
# A term later: Cy left, Dee took Room 3, Ana married (new name, same e-mail), Room 2 changed grade band.
SECOND = (
    "Room,Teacher,E-mail,Grade band,Subject\n"
    "Room 1,Ana Diallo-Ruiz,ana@cedar.org,K-2,Reading\n"
    "room 2,Ben Ortiz,ben@cedar.org,6-8,Math\n"
    "Room 3,Dee Park,dee@cedar.org,3-5,Science\n"
)


def _file(tmp_path: Path, text: str, name: str = "roster.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def school(fresh_repo: Repository) -> tuple[Repository, str, str]:
    admin = fresh_repo.add_person("Pat Rivera", Role.ADMINISTRATOR, by=None)
    school = fresh_repo.add_school("Cedar Park Elementary", by=admin.id)
    return fresh_repo, school.id, admin.id


def _state(repo: Repository, school_id: str) -> list[tuple[str, str, str, str]]:
    names = {p.id: (p.name if p.active else p.name + " (left)") for p in repo.people()}
    return [(r.name, names.get(r.teacher_id or "", ""), r.grade_band, r.subject) for r in repo.rooms(school_id)]


def test_a_first_import_adds_rooms_and_teachers(school: tuple[Repository, str, str], tmp_path: Path) -> None:
    repo, school_id, admin = school
    plan = repo.import_roster(school_id, read_roster(_file(tmp_path, FIRST)), by=admin)
    assert (plan.count("new"), len(plan.new_people)) == (4, 3)
    assert _state(repo, school_id) == [
        ("Lab B", "", "6-8", "Science"), ("Room 1", "Ana Diallo", "K-2", "Reading"),
        ("Room 2", "Ben Ortiz", "3-5", "Math"), ("Room 3", "Cy Moss", "3-5", "Science")]
    ana = next(p for p in repo.people() if p.name == "Ana Diallo")
    assert (ana.email, ana.role, ana.school_id, ana.active) == ("ana@cedar.org", Role.TEACHER, school_id, True)


def test_the_same_roster_again_changes_nothing(school: tuple[Repository, str, str], tmp_path: Path) -> None:
    repo, school_id, admin = school
    roster = read_roster(_file(tmp_path, FIRST))
    repo.import_roster(school_id, roster, by=admin)
    before = repo.db.execute("SELECT * FROM people ORDER BY id").fetchall(), \
        repo.db.execute("SELECT * FROM rooms ORDER BY id").fetchall()
    plan = repo.import_roster(school_id, roster, by=admin)
    assert (plan.count("unchanged"), plan.new_people, plan.leaving_people) == (4, [], [])
    after = repo.db.execute("SELECT * FROM people ORDER BY id").fetchall(), \
        repo.db.execute("SELECT * FROM rooms ORDER BY id").fetchall()
    assert after == before


def test_a_re_import_updates_by_e_mail_and_room_name_and_marks_who_left(
    school: tuple[Repository, str, str], tmp_path: Path
) -> None:
    repo, school_id, admin = school
    repo.import_roster(school_id, read_roster(_file(tmp_path, FIRST)), by=admin)
    ana_id = next(p.id for p in repo.people() if p.email == "ana@cedar.org")
    room_ids = {r.name: r.id for r in repo.rooms(school_id)}
    plan = repo.plan_roster(school_id, read_roster(_file(tmp_path, SECOND)))
    assert plan.leaving_people == ["Cy Moss"] and plan.rooms_not_listed == ["Lab B"]
    repo.import_roster(school_id, read_roster(_file(tmp_path, SECOND)), by=admin)
    assert _state(repo, school_id) == [
        ("Lab B", "", "6-8", "Science"), ("Room 1", "Ana Diallo-Ruiz", "K-2", "Reading"),
        ("Room 3", "Dee Park", "3-5", "Science"), ("room 2", "Ben Ortiz", "6-8", "Math")]
    assert {r.name.casefold(): r.id for r in repo.rooms(school_id)} == {k.casefold(): v for k, v in room_ids.items()}
    assert next(p.id for p in repo.people() if p.email == "ana@cedar.org") == ana_id  # the same person
    cy = next(p for p in repo.people() if p.name == "Cy Moss")
    assert not cy.active and not cy.deleted  # marked, never removed
    assert len([p for p in repo.people() if p.role is Role.TEACHER]) == 4  # no duplicates


def test_a_teacher_who_comes_back_is_active_again(school: tuple[Repository, str, str], tmp_path: Path) -> None:
    repo, school_id, admin = school
    repo.import_roster(school_id, read_roster(_file(tmp_path, FIRST)), by=admin)
    repo.import_roster(school_id, read_roster(_file(tmp_path, SECOND)), by=admin)
    plan = repo.import_roster(school_id, read_roster(_file(tmp_path, FIRST)), by=admin)
    assert plan.returning_people == ["Cy Moss"]
    assert next(p for p in repo.people() if p.name == "Cy Moss").active
    assert len([p for p in repo.people() if p.role is Role.TEACHER]) == 4


def test_teachers_typed_by_hand_are_found_by_name(school: tuple[Repository, str, str], tmp_path: Path) -> None:
    repo, school_id, admin = school
    typed = repo.add_person("Ben Ortiz", Role.TEACHER, school_id, by=admin)
    repo.import_roster(school_id, read_roster(_file(tmp_path, FIRST)), by=admin)
    ben = repo.person(typed.id)
    assert ben.email == "ben@cedar.org"
    assert [p.id for p in repo.people() if p.name == "Ben Ortiz"] == [typed.id]


def test_a_roster_with_problems_is_refused_and_nothing_is_written(
    school: tuple[Repository, str, str], tmp_path: Path
) -> None:
    repo, school_id, admin = school
    before = repo.db.execute("SELECT COUNT(*) FROM people").fetchone(), repo.db.execute(
        "SELECT COUNT(*) FROM rooms").fetchone()
    roster = read_roster(_file(tmp_path, FIRST + "Room 9,Eve,not-an-email,K-2,Art\n"))
    with pytest.raises(StoreError, match=r"roster.csv was not imported: it has 1 problem\(s\), the first: "
                                         r"roster.csv: row 6, column C \(e-mail\)"):
        repo.import_roster(school_id, roster, by=admin)
    after = repo.db.execute("SELECT COUNT(*) FROM people").fetchone(), repo.db.execute(
        "SELECT COUNT(*) FROM rooms").fetchone()
    assert after == before


def test_a_teacher_may_not_import_a_roster(school: tuple[Repository, str, str], tmp_path: Path) -> None:
    repo, school_id, admin = school
    teacher = repo.add_person("Eli Novak", Role.TEACHER, school_id, by=admin)
    with pytest.raises(NotAllowed):
        repo.import_roster(school_id, read_roster(_file(tmp_path, FIRST)), by=teacher.id)
    assert repo.rooms(school_id) == []


def test_a_failure_half_way_leaves_the_database_as_it_was(
    school: tuple[Repository, str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo, school_id, admin = school
    roster = read_roster(_file(tmp_path, FIRST))
    real_insert = repo._insert
    calls: list[str] = []

    def failing_insert(table: str, values: dict[str, object]) -> dict[str, object]:
        calls.append(table)
        if table == "rooms" and calls.count("rooms") == 3:
            raise OSError("disk pulled out")
        return real_insert(table, values)

    monkeypatch.setattr(repo, "_insert", failing_insert)
    with pytest.raises(OSError):
        repo.import_roster(school_id, roster, by=admin)
    assert repo.rooms(school_id) == []
    assert [p.name for p in repo.people()] == ["Pat Rivera"]


def test_a_locked_database_refuses_the_whole_import(school: tuple[Repository, str, str], tmp_path: Path) -> None:
    repo, school_id, admin = school
    repo.set_lock_wait(30)
    with write_lock(repo.database_file), pytest.raises(StoreUnavailable):
        repo.import_roster(school_id, read_roster(_file(tmp_path, FIRST)), by=admin)
    assert repo.rooms(school_id) == []
    repo.import_roster(school_id, read_roster(_file(tmp_path, FIRST)), by=admin)
    assert len(repo.rooms(school_id)) == 4


def test_the_new_fields_travel_with_the_person(school: tuple[Repository, str, str], tmp_path: Path) -> None:
    from walkthrough.storage.sync_tables import TABLES

    assert {"email", "active"} <= set(TABLES["people"].fields)


def test_the_plc_team_column_puts_each_teacher_in_their_team(
    fresh_repo: Repository, tmp_path: Path
) -> None:
    repo = fresh_repo
    admin = repo.add_person("Pat Rivera", Role.ADMINISTRATOR, by=None).id
    school_id = repo.add_school("Cedar Park Elementary", by=admin).id
    repo.create_team(school_id, "Grade 4 team", by=admin)
    text = ("Room,Teacher,E-mail,PLC team\n"
            "Room 1,Ana Diallo,ana@cedar.org,grade 4 TEAM\n"
            "Room 2,Ben Ortiz,ben@cedar.org,Math PLC\n"
            "Room 3,Ben Ortiz,ben@cedar.org,Math PLC\n"
            "Room 4,Cy Moss,cy@cedar.org,\n")
    plan = repo.import_roster(school_id, read_roster(_file(tmp_path, text)), by=admin)
    assert plan.new_teams == ["Math PLC"] and plan.team_members_added == 2
    teams = {t.name: [repo.person(p).name for p in repo.team_members(t.id)] for t in repo.teams(school_id)}
    assert teams == {"Grade 4 team": ["Ana Diallo"], "Math PLC": ["Ben Ortiz"]}
    again = repo.import_roster(school_id, read_roster(_file(tmp_path, text)), by=admin)
    assert again.new_teams == [] and again.team_members_added == 0
    assert len(repo.teams(school_id)) == 2
