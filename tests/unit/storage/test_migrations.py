"""The schema is made only by migrations, from empty and step by step."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from walkthrough.storage import migrations
from walkthrough.storage.db import connect, open_database


def test_steps_are_numbered_in_order() -> None:
    """Numbers only go up and never repeat (each branch has its own block of numbers)."""
    names = migrations.steps()
    assert names[0] == "m0001_foundation"
    numbers = [int(n[1:5]) for n in names]
    assert numbers == sorted(set(numbers)), names


def test_empty_database_gets_every_step(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite3")
    assert migrations.applied(db) == migrations.steps()
    for table in ("schools", "people", "rooms", "frameworks", "observations", "responses", "notes", "settings"):
        assert db[table].exists(), table


def test_opening_twice_applies_nothing_new(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    open_database(path).close()
    db = open_database(path)
    rows = db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    assert rows == len(migrations.steps())


@pytest.mark.parametrize("stop", migrations.steps()[1:])
def test_each_step_applies_over_the_ones_before(tmp_path: Path, stop: str) -> None:
    """A database left at an older schema upgrades to the newest one."""
    path = tmp_path / "old.sqlite3"
    db = sqlite_utils.Database(connect(path))
    migrations.apply_migrations(db, stop_before=stop)
    assert stop not in migrations.applied(db)
    db.close()
    db = open_database(path)
    assert migrations.applied(db) == migrations.steps()


def test_pragmas_for_durability(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_a_failing_step_leaves_no_trace(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    db = open_database(path)
    broken = migrations.build()

    @broken(name="m9999_broken")
    def _broken(db: sqlite_utils.Database) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("boom")

    with pytest.raises(sqlite3.OperationalError):
        broken.apply(db)
    assert not db["half_done"].exists()
    assert "m9999_broken" not in migrations.applied(db)
