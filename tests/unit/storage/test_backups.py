"""Backups: online copies, the newest 14 kept, once a day, before a migration, restore for administrators."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from walkthrough.core.model import Role
from walkthrough.core.permissions import NotAllowed
from walkthrough.storage import Repository, migrations
from walkthrough.storage.backup import KEEP, Reason, backups, daily_backup_due, make_backup, newest_good_backup
from walkthrough.storage.db import connect


def _repo(tmp_path: Path) -> Repository:
    return Repository.open(tmp_path / "data" / "walkthrough.sqlite3")


def test_backups_rotate_keeping_the_newest_14(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    start = datetime(2026, 1, 1, 8, tzinfo=UTC)
    for day in range(KEEP + 3):
        make_backup(Path(repo.database_file), Reason.DAILY, now=start + timedelta(days=day))
    kept = backups(tmp_path / "data")
    assert len(kept) == KEEP == 14
    assert kept[0].made_at == start + timedelta(days=KEEP + 2)
    assert kept[-1].made_at == start + timedelta(days=3)
    repo.close()


def test_a_backup_is_a_whole_single_file_copy_made_while_the_database_is_open(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    admin = repo.add_person("Pat Principal", Role.ADMINISTRATOR, by=None)
    school = repo.add_school("North", by=admin.id)
    backup = repo.back_up()
    repo.add_school("Added after the backup", by=admin.id)
    copy = sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert copy.execute("SELECT name FROM schools").fetchall() == [(school.name,)]
    copy.close()
    repo.close()


def test_the_daily_backup_is_due_once_a_local_day(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    folder = tmp_path / "data"
    now = datetime.now(UTC)
    assert daily_backup_due(folder, now=now)
    make_backup(Path(repo.database_file), Reason.DAILY, now=now)
    assert not daily_backup_due(folder, now=now)
    assert daily_backup_due(folder, now=now + timedelta(days=1))
    repo.close()


def test_a_migration_is_preceded_by_a_backup_of_the_old_schema(tmp_path: Path) -> None:
    path = tmp_path / "data" / "walkthrough.sqlite3"
    path.parent.mkdir()
    db = sqlite_utils.Database(connect(path))
    last = migrations.steps()[-1]
    migrations.apply_migrations(db, stop_before=last)
    db.close()
    repo = Repository.open(path)
    [backup] = backups(path.parent)
    assert backup.reason == Reason.BEFORE_MIGRATION
    old = sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)
    names = [r[0] for r in old.execute("SELECT name FROM _sqlite_migrations")]
    assert last not in names
    old.close()
    repo.close()


def test_a_damaged_backup_is_not_offered_as_good(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    good = repo.back_up()
    bad = make_backup(Path(repo.database_file), Reason.DAILY, now=datetime.now(UTC) + timedelta(hours=1))
    bad.path.write_bytes(b"garbage" * 100)
    assert newest_good_backup(tmp_path / "data") == good
    repo.close()


def test_restoring_backs_up_the_current_state_then_brings_the_backup_back(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    admin = repo.add_person("Pat Principal", Role.ADMINISTRATOR, by=None)
    repo.add_school("Kept", by=admin.id)
    backup = repo.back_up()
    repo.add_school("Made after the backup", by=admin.id)
    before = repo.restore_backup(backup, by=admin.id)
    assert [s.name for s in repo.schools()] == ["Kept"]
    assert before.reason == Reason.BEFORE_RESTORE
    saved = sqlite3.connect(f"file:{before.path}?mode=ro", uri=True)
    assert {r[0] for r in saved.execute("SELECT name FROM schools")} == {"Kept", "Made after the backup"}
    saved.close()
    assert repo.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    repo.close()


def test_only_an_administrator_may_restore_once_someone_is_in_the_directory(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    assert repo.may_restore(None)  # a new install with nobody in it may restore its data
    backup = repo.back_up()
    admin = repo.add_person("Pat Principal", Role.ADMINISTRATOR, by=None)
    teacher = repo.add_person("Ana Diallo", Role.TEACHER, by=admin.id)
    assert not repo.may_restore(teacher.id) and not repo.may_restore(None)
    with pytest.raises(NotAllowed, match="only administrators may restore a backup"):
        repo.restore_backup(backup, by=teacher.id)
    with pytest.raises(NotAllowed, match="choose your profile first"):
        repo.restore_backup(backup, by=None)
    assert [p.name for p in repo.people()] == ["Ana Diallo", "Pat Principal"]  # nothing was restored
    assert repo.may_restore(admin.id)
    repo.close()
