"""PLC teams in the School directory: a coach makes a team, ticks its teachers (each tick committed at
once), renames and deletes it; a teacher reads the teams and cannot change them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from role_helpers import first_admin

from walkthrough.core.model import Role
from walkthrough.storage import Repository
from walkthrough.ui.widgets.teams_editor import TeamsEditor


@pytest.fixture
def school(repo: Repository) -> tuple[str, str, list[str]]:
    admin = first_admin(repo).id
    school = repo.add_school("Lincoln Elementary", by=admin)
    coach = repo.add_person("Dana Okafor", Role.COACH, school.id, by=admin)
    names = ("Zoë Nguyễn", "Luis Peña", "Ben Ito")
    teachers = [repo.add_person(n, Role.TEACHER, school.id, by=admin).id for n in names]
    return school.id, coach.id, teachers


def _editor(qtbot: QtBot, repo: Repository, school_id: str) -> TeamsEditor:
    editor = TeamsEditor(repo)
    qtbot.addWidget(editor)
    editor.resize(600, 420)
    editor.set_school(school_id)
    editor.show()
    return editor


def test_a_coach_makes_a_team_and_each_tick_is_in_the_database_at_once(
    qtbot: QtBot, repo: Repository, school: tuple[str, str, list[str]], tmp_path: Path
) -> None:
    school_id, coach, teachers = school
    repo.switch_profile(coach)
    editor = _editor(qtbot, repo, school_id)
    qtbot.keyClicks(editor.name, "Grade 3 team")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    [team] = repo.teams(school_id)
    assert team.name == "Grade 3 team"
    names = [editor.members.item(i).text() for i in range(editor.members.count())]
    zoe = editor.members.item(names.index("Zoë Nguyễn"))
    zoe.setCheckState(Qt.CheckState.Checked)
    assert repo.team_members(team.id) == [teachers[0]]
    assert editor.team_list.item(0).text() == "Grade 3 team (1)"
    editor.grab().save(str(tmp_path / "teams.png"))
    zoe.setCheckState(Qt.CheckState.Unchecked)
    assert repo.team_members(team.id) == []
    qtbot.keyClicks(editor.name, "Grade 3 PLC")
    qtbot.mouseClick(editor.rename_button, Qt.MouseButton.LeftButton)
    assert repo.team(team.id).name == "Grade 3 PLC"


def test_a_name_used_twice_is_refused_with_a_message_and_nothing_added(
    qtbot: QtBot, repo: Repository, school: tuple[str, str, list[str]]
) -> None:
    school_id, coach, _ = school
    repo.switch_profile(coach)
    repo.create_team(school_id, "Math team", by=coach)
    editor = _editor(qtbot, repo, school_id)
    seen: list[str] = []
    editor.message.connect(seen.append)
    qtbot.keyClicks(editor.name, "math TEAM")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert len(repo.teams(school_id)) == 1
    assert seen and "already has a PLC team" in seen[-1]


def test_deleting_a_team_asks_first(qtbot: QtBot, repo: Repository, school: tuple[str, str, list[str]],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    school_id, coach, teachers = school
    repo.switch_profile(coach)
    team = repo.create_team(school_id, "Math team", by=coach)
    repo.add_team_member(team.id, teachers[1], by=coach)
    editor = _editor(qtbot, repo, school_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert repo.teams(school_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert repo.teams(school_id) == []


def test_a_teacher_reads_the_teams_and_cannot_change_them(
    qtbot: QtBot, repo: Repository, school: tuple[str, str, list[str]]
) -> None:
    school_id, coach, teachers = school
    team = repo.create_team(school_id, "Math team", by=coach)
    repo.add_team_member(team.id, teachers[1], by=coach)
    repo.switch_profile(teachers[0])
    editor = _editor(qtbot, repo, school_id)
    assert not editor.add_button.isVisible() and not editor.name.isVisible()
    assert "Only administrators and coaches may make and change PLC teams" in editor.note.text()
    item = editor.members.item(0)
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert editor.team_list.item(0).text() == "Math team (1)"


def test_the_report_filters_unfiltered_team_entry_says_every_team_not_no_team(
    qtbot: QtBot, repo: Repository, school: tuple[str, str, list[str]],
) -> None:
    """It once said "No PLC team" (in Spanish "Sin equipo de PLC") while it counts every team's visits."""
    from walkthrough.ui.widgets.report_filters import ANY, ReportFilters

    school_id, coach, _teachers = school
    repo.create_team(school_id, "Grade 4 team", by=coach)
    filters = ReportFilters(repo)
    qtbot.addWidget(filters)
    entries = [(filters.team.itemText(i), filters.team.itemData(i)) for i in range(filters.team.count())]
    assert entries[0] == ("All PLC teams", ANY)
    assert [text for text, _data in entries[1:]] == ["Grade 4 team"]
    assert filters.visit_filter().team_id is None
