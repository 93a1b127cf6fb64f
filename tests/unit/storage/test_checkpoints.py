"""The app's connection leaves checkpoints to a background thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from role_helpers import first_admin

from walkthrough.storage import Repository
from walkthrough.storage.db import checkpoint


def test_background_checkpoints_turn_off_the_automatic_one(tmp_path: Path) -> None:
    app = Repository.open(tmp_path / "a.sqlite3", background_checkpoints=True)
    cli = Repository.open(tmp_path / "b.sqlite3")
    assert app.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    assert cli.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000


def test_a_checkpoint_on_another_thread_copies_the_wal_while_writes_go_on(tmp_path: Path) -> None:
    repo = Repository.open(tmp_path / "a.sqlite3", background_checkpoints=True)
    path = repo.database_file
    assert path.endswith("a.sqlite3")
    admin = first_admin(repo).id
    for n in range(50):
        repo.add_school(f"School {n}", by=admin)
    results: list[tuple[int, int, int]] = []
    worker = threading.Thread(target=lambda: results.append(checkpoint(path)))
    worker.start()
    for n in range(50):
        repo.add_school(f"More {n}", by=admin)
    worker.join()
    assert len(results) == 1  # it ran beside the writes without raising
    assert len(repo.schools()) == 100
    # Once the writes stop, a checkpoint copies every frame of the WAL.
    worker = threading.Thread(target=lambda: results.append(checkpoint(path)))
    worker.start()
    worker.join()
    busy, frames, copied = results[1]
    assert busy == 0 and frames > 0 and copied == frames


def test_unknown_checkpoint_mode_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown checkpoint mode"):
        checkpoint(tmp_path / "a.sqlite3", "SOMETIMES")
