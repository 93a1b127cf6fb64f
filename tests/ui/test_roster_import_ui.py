"""Importing a roster from the School directory: preview with every problem, Import off the UI thread."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from walkthrough.core.model import Role
from walkthrough.storage import Repository
from walkthrough.ui.dialogs.roster_import import RosterImportDialog
from walkthrough.ui.mainwindow import MainWindow

ROSTER = "Room,Teacher,E-mail,Grade band,Subject\n" + "".join(
    f"Room {n},Teacher {n},t{n}@cedar.org,{'K-2' if n < 10 else '3-5'},General\n" for n in range(1, 21))


def _school(repo: Repository) -> tuple[str, str]:
    admin = repo.add_person("Pat Rivera", Role.ADMINISTRATOR, by=None)
    school = repo.add_school("Cedar Park Elementary", by=admin.id)
    repo.switch_profile(admin.id)
    return school.id, admin.id


def _read(qtbot: QtBot, dialog: RosterImportDialog, path: Path) -> None:
    dialog.choose_file(path)
    qtbot.waitUntil(lambda: dialog.roster is not None, timeout=10_000)


def test_the_directory_imports_a_roster_of_20_rooms(repo: Repository, qtbot: QtBot, tmp_path: Path) -> None:
    school_id, _ = _school(repo)
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    window = MainWindow(repo)
    qtbot.addWidget(window)
    page = window.show_page("directory")
    assert window.directory_page.import_roster_button.isVisibleTo(page)
    dialog = window.directory_page.open_roster_import()
    assert dialog is not None
    _read(qtbot, dialog, tmp_path / "roster.csv")
    assert dialog.table.rowCount() == 20
    assert dialog.table.item(0, 6).text() == "New room"
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 20 rooms"
    assert repo.rooms(school_id) == []  # nothing saved by the preview
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert len(repo.rooms(school_id)) == 20
    assert dialog.status.text().startswith("Imported and saved. Cedar Park Elementary: 20 new room(s)")
    assert window.directory_page.rooms.rowCount() == 20  # the page re-read


def test_a_roster_with_problems_lists_each_and_cannot_be_imported(
    repo: Repository, qtbot: QtBot, tmp_path: Path
) -> None:
    school_id, _ = _school(repo)
    (tmp_path / "roster.csv").write_text(ROSTER + "Room 3,Eve,eve(at)cedar,purple,Art\n", encoding="utf-8")
    dialog = RosterImportDialog(repo, school_id)
    qtbot.addWidget(dialog)
    _read(qtbot, dialog, tmp_path / "roster.csv")
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems == [
        "3 problems: fix them in the file, save it and choose it again. Nothing was saved.",
        "row 22, column A (room): 'Room 3' is already on row 4; each room once",
        "row 22, column C (e-mail): 'eve(at)cedar' is not an e-mail address (name@school.org)",
        "row 22, column D (grade band): 'purple' is not a grade band the app knows (K-2, 3-5, 6-8, 9-12, or one "
        "grade from PK and K to 12)",
    ]
    assert not dialog.import_button.isEnabled()
    dialog.start_import()
    assert repo.rooms(school_id) == []


def test_a_re_import_shows_what_changes_and_who_left(repo: Repository, qtbot: QtBot, tmp_path: Path) -> None:
    school_id, _ = _school(repo)
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    first = RosterImportDialog(repo, school_id)
    qtbot.addWidget(first)
    _read(qtbot, first, tmp_path / "roster.csv")
    with qtbot.waitSignal(first.imported, timeout=10_000):
        first.start_import()
    updated = ROSTER.replace("Room 2,Teacher 2,t2@cedar.org", "Room 2,Nadia Flores,nadia@cedar.org")
    (tmp_path / "roster.csv").write_text(updated, encoding="utf-8")
    again = RosterImportDialog(repo, school_id)
    qtbot.addWidget(again)
    _read(qtbot, again, tmp_path / "roster.csv")
    assert again.table.item(1, 6).text() == "Changes: teacher: Teacher 2 → Nadia Flores"
    assert "1 no longer listed, to be marked as left: Teacher 2" in again.summary.text()
    with qtbot.waitSignal(again.imported, timeout=10_000):
        again.start_import()
    assert len(repo.rooms(school_id)) == 20
    left = next(p for p in repo.people() if p.name == "Teacher 2")
    assert not left.active
    assert len([p for p in repo.people() if p.role is Role.TEACHER]) == 21


def test_a_teacher_does_not_see_the_import_button(repo: Repository, qtbot: QtBot) -> None:
    school_id, admin = _school(repo)
    teacher = repo.add_person("Eli Novak", Role.TEACHER, school_id, by=admin)
    repo.switch_profile(teacher.id)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    page = window.show_page("directory")
    assert not window.directory_page.import_roster_button.isVisibleTo(page)
