"""A big bundle is applied in several short transactions (a tap on another connection waits
for one of them at most), yet a person still sees "whole or not at all": whatever would refuse
it is found before anything is written, so a refused bundle leaves the database as it was, and
a bundle applied in many transactions ends exactly as one applied in one."""

from __future__ import annotations

import json
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from framework_samples import FULL
from sync_helpers import BLAST, REPORTS, Device, admin_of, blast_visit, devices, everything, school_with_room, state
from test_hostile_bundles import _rewrite

from walkthrough.core.frameworks import parse_framework
from walkthrough.storage import Repository, sync_store
from walkthrough.sync.importer import import_files


@pytest.fixture
def small_transactions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_store, "LINES_PER_TRANSACTION", 3)
    monkeypatch.setattr(sync_store, "TRANSACTION_SECONDS", 0.0)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Device, Device]:
    a, b = devices(tmp_path, "tablet-a", "tablet-b")
    a.repo.install_framework(parse_framework(FULL, "full.toml"), FULL)
    school_id, room_id, teacher_id = school_with_room(a)
    for _ in range(3):
        blast_visit(a, school_id, room_id, teacher_id)
    yield a, b
    a.repo.close()
    b.repo.close()


def _commits(device: Device) -> list[int]:
    """Count the transactions the device's connection commits (by the change numbers they take)."""
    found: list[int] = []
    device.repo.db.conn.set_trace_callback(lambda sql: found.append(1) if sql.strip().upper() == "COMMIT" else None)
    return found


def test_a_big_bundle_is_applied_in_several_transactions_and_ends_as_one_would(
        pair: tuple[Device, Device], tmp_path: Path, small_transactions: None) -> None:
    a, b = pair
    bundle = a.export()
    commits = _commits(b)
    report = b.take(bundle)
    b.repo.db.conn.set_trace_callback(None)
    assert not report.refused and len(commits) > 3
    [c] = devices(tmp_path, "in-one-go")
    sync_store.LINES_PER_TRANSACTION = 100_000
    assert not c.take(bundle).refused
    assert state(b.repo) == state(c.repo)
    assert b.repo.bundle_seen(*c.repo.db.execute("SELECT bundle_id, sha256 FROM sync_bundles").fetchone())
    c.repo.close()


def _late(kind: str) -> Any:
    def spoil(lines: list[dict[str, Any]]) -> None:
        target = [ln for ln in lines if ln["t"] == kind][-1]  # the last of its kind: well past the first chunk
        if kind == "responses" or kind == "notes":
            target["v"]["look_for_key"] = "made-up-key"
        lines.remove(target)
        lines.append(target)
    return spoil


@pytest.mark.parametrize("kind", ["responses", "notes"])
def test_a_big_bundle_refused_by_its_last_record_leaves_the_database_as_it_was(
        pair: tuple[Device, Device], tmp_path: Path, small_transactions: None, kind: str) -> None:
    a, b = pair
    path = _rewrite(a, tmp_path, f"late-{kind}.zip", _late(kind))
    before = everything(b.repo, but=REPORTS)
    [refused] = b.take(path).refused
    assert "has no look-for 'made-up-key'" in refused.message
    assert everything(b.repo, but=REPORTS) == before


def test_a_late_round_answer_for_a_round_in_the_same_bundle_is_checked_before_anything_is_written(
        pair: tuple[Device, Device], tmp_path: Path, small_transactions: None) -> None:
    a, b = pair
    school_id = a.repo.schools()[0].id
    round_id = a.repo.start_round(school_id, a.repo.framework("full-instrument"), by=admin_of(a)).id
    a.repo.record_round_response(round_id, "hallways", "observed", by=admin_of(a))

    def spoil(lines: list[dict[str, Any]]) -> None:
        for line in lines:
            if line["t"] == "round_responses":
                line["v"]["look_for_key"] = "target-posted"  # answered in each room, not for the round

    path = _rewrite(a, tmp_path, "round.zip", spoil)
    before = everything(b.repo, but=REPORTS)
    [refused] = b.take(path).refused
    assert "is answered in each room, not once for the round" in refused.message
    assert everything(b.repo, but=REPORTS) == before


def test_a_record_claiming_a_known_write_with_other_content_refuses_a_big_bundle_untouched(
        pair: tuple[Device, Device], tmp_path: Path, small_transactions: None) -> None:
    a, b = pair
    assert not b.take(a.export()).refused
    room_id = a.repo.db.execute("SELECT id FROM rooms").fetchone()[0]
    a.repo.update_room(room_id, subject="Art", by=admin_of(a))
    b.repo.update_room(room_id, subject="Music", by=admin_of(b))  # concurrent with a's edit

    def forged(lines: list[dict[str, Any]]) -> None:
        for line in lines:
            if line["t"] == "rooms":
                # a's write, claimed under b's dot with other content: the same history, different words
                line["l"] = json.loads(b.repo.db.execute("SELECT lineage FROM rooms WHERE id = ?",
                                                         [room_id]).fetchone()[0])
                line["v"]["subject"] = "Forged"
        lines.sort(key=lambda ln: ln["t"] == "rooms")  # the room last, after many records

    path = _rewrite(a, tmp_path, "forged.zip", forged)
    before = everything(b.repo, but=REPORTS)
    [refused] = b.take(path).refused
    assert "the same history with different content" in refused.message
    assert everything(b.repo, but=REPORTS) == before


def test_a_tap_on_another_connection_commits_quickly_during_a_long_import(tmp_path: Path) -> None:
    """The app's sync runs on its own connection; the window's taps keep committing meanwhile."""
    from walkthrough.demo import generate

    source, target = devices(tmp_path, "source", "target")
    generate(source.repo, observations=600, seed=3, today=date(2026, 11, 20))  # about 11,000 records
    bundle = source.export()
    by = admin_of(target)
    school = target.repo.add_school("Cedar Ridge Middle", by=by)
    framework = target.repo.framework(BLAST)
    visit = target.repo.start_observation("blast", framework, school.id, observer_id=by, by=by)
    keys = [lf.key for lf in framework.look_fors if lf.response.value == "presence"]
    target.repo.set_lock_wait(5_000)
    database = target.repo.database_file
    done = threading.Event()

    def sync() -> None:
        other = Repository.open(database)
        try:
            assert not import_files(other, [bundle]).refused
        finally:
            other.close()
            done.set()

    worker = threading.Thread(target=sync)
    worker.start()
    waits: list[float] = []
    while not done.is_set():
        started = time.perf_counter()
        target.repo.set_response(visit.id, keys[len(waits) % len(keys)], "observed", by=by)
        waits.append(time.perf_counter() - started)
        time.sleep(0.005)
    worker.join()
    assert len(waits) >= 5
    waits.sort()
    print(f"taps: {len(waits)}, median {waits[len(waits) // 2] * 1000:.1f} ms, worst {waits[-1] * 1000:.1f} ms")
    # The goal is every tap within 100 ms (measured at 10,000 visits in tests/perf/bench_sync.py); on a
    # shared test machine, nine taps in ten, and none past a few times that.
    assert waits[len(waits) * 9 // 10] < 0.1, f"more than one tap in ten waited over 100 ms: {waits[-5:]}"
    assert waits[-1] < 0.4, f"a tap waited {waits[-1] * 1000:.0f} ms"
    source.repo.close()
    target.repo.close()


def test_a_bundle_has_a_big_page_cache_while_it_imports_and_leaves_the_connections_as_it_was(
        pair: tuple[Device, Device], small_transactions: None) -> None:
    a, b = pair
    bundle = a.export()
    b.repo.db.execute("PRAGMA cache_size = -1234")
    seen: list[int] = []
    original = sync_store.SyncStore._apply_lines

    def looking(self: Any, *args: Any, **kwargs: Any) -> None:
        seen.append(int(self.db.execute("PRAGMA cache_size").fetchone()[0]))
        original(self, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sync_store.SyncStore, "_apply_lines", looking)
        assert not b.take(bundle).refused
    assert seen and set(seen) == {sync_store.BUNDLE_CACHE_KIB}
    assert b.repo.db.execute("PRAGMA cache_size").fetchone()[0] == -1234


def test_one_record_twice_in_a_bundle_with_one_history_and_two_contents_refuses_it_untouched(
        pair: tuple[Device, Device], tmp_path: Path, small_transactions: None) -> None:
    a, b = pair  # b holds none of a's records: nothing here to agree with, only the bundle itself

    def doubled(lines: list[dict[str, Any]]) -> None:
        room = next(line for line in lines if line["t"] == "rooms")
        lines.append({**room, "v": {**room["v"], "subject": "Forged"}})  # the same write, other words

    path = _rewrite(a, tmp_path, "doubled.zip", doubled)
    before = everything(b.repo, but=REPORTS)
    [refused] = b.take(path).refused
    assert "the same history with different content" in refused.message
    assert everything(b.repo, but=REPORTS) == before
