"""A big bundle's transactions end early only for someone: while a user action of this process
waits for the database, each ends after TRANSACTION_SECONDS; while nobody waits, each goes on
ALONE_TIMES as long (a commit after every few hundred records costs the import a third of its time)."""

from __future__ import annotations

from pathlib import Path

import pytest
from framework_samples import FULL
from sync_helpers import Device, blast_visit, devices, school_with_room, state

from walkthrough.core.frameworks import parse_framework
from walkthrough.storage import sync_store


@pytest.fixture
def pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Device, Device]:
    monkeypatch.setattr(sync_store, "LINES_PER_TRANSACTION", 3)
    monkeypatch.setattr(sync_store, "CLOCK_EVERY", 3)
    monkeypatch.setattr(sync_store, "TRANSACTION_SECONDS", 1e-9)  # always past it...
    monkeypatch.setattr(sync_store, "ALONE_TIMES", 1e12)  # ...and never past this: only a waiting action counts
    a, b = devices(tmp_path, "tablet-a", "tablet-b")
    a.repo.install_framework(parse_framework(FULL, "full.toml"), FULL)
    school_id, room_id, teacher_id = school_with_room(a)
    for _ in range(3):
        blast_visit(a, school_id, room_id, teacher_id)
    yield a, b
    a.repo.close()
    b.repo.close()


def _commits(device: Device) -> list[int]:
    found: list[int] = []
    device.repo.db.conn.set_trace_callback(lambda sql: found.append(1) if sql.strip().upper() == "COMMIT" else None)
    return found


def test_a_big_bundle_goes_on_in_one_transaction_while_nobody_waits(pair: tuple[Device, Device]) -> None:
    a, b = pair
    bundle = a.export()
    commits = _commits(b)
    assert not b.take(bundle).refused
    b.repo.db.conn.set_trace_callback(None)
    assert len(commits) == 3  # the records; the last one (held records, the mark that it is in); the report


def test_a_big_bundle_commits_after_each_piece_while_a_user_action_waits(
        pair: tuple[Device, Device], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair
    bundle = a.export()
    [c] = devices(tmp_path, "in-one-go")
    assert not c.take(bundle).refused
    monkeypatch.setattr(type(b.repo), "someone_waits", lambda self: True)
    commits = _commits(b)
    assert not b.take(bundle).refused
    b.repo.db.conn.set_trace_callback(None)
    assert len(commits) > 5
    assert state(b.repo) == state(c.repo)
    c.repo.close()
