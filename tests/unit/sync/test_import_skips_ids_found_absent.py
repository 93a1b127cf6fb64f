"""The bundle check looks up every record's id on this device; the apply does not look up again
the ids it found absent, and a record written there since (the check said absent, wrongly by
then) still ends as the record-by-record way leaves it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import admin_of, devices
from test_new_records_fast import rows

from walkthrough.demo import generate
from walkthrough.storage import sync_store
from walkthrough.storage.sync_precheck import BundleCheckStore


def _visit_lookups(statements: list[str]) -> list[str]:
    """The apply's look-ups of visits by id (the check's start with ``SELECT id, origin_device``)."""
    return [s for s in statements if " FROM observations WHERE id IN (" in s
            and s.startswith("SELECT id, ") and not s.startswith("SELECT id, origin_device")]


def test_a_first_import_does_not_look_up_again_the_ids_the_check_found_absent(tmp_path: Path) -> None:
    source, target = devices(tmp_path, "source", "target")
    generate(source.repo, observations=30, seed=3, today=date(2026, 11, 20))
    bundle = source.export()
    statements: list[str] = []
    target.repo.db.conn.set_trace_callback(statements.append)
    assert not target.take(bundle).refused
    target.repo.db.conn.set_trace_callback(None)
    assert target.repo.db.execute("SELECT count(*) FROM observations").fetchone()[0] == 30
    assert any(s.startswith("SELECT id, origin_device") and " FROM observations " in s for s in statements)
    assert _visit_lookups(statements) == []
    for device in (source, target):
        device.repo.close()


def test_records_written_after_the_check_said_absent_end_as_the_long_way_leaves_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_store, "LINES_PER_TRANSACTION", 50)
    monkeypatch.setattr(sync_store, "TRANSACTION_SECONDS", 0.0)
    source, stale, fresh = devices(tmp_path, "source", "stale", "fresh")
    generate(source.repo, observations=20, seed=5, today=date(2026, 11, 20))
    first = source.export()
    by = admin_of(source)
    room = source.repo.db.execute("SELECT id FROM rooms ORDER BY id").fetchone()[0]
    source.repo.update_room(room, subject="Art", by=by)  # a record the devices hold, changed
    source.repo.add_school("Cedar Ridge Middle", by=by)  # and a new one
    second = source.export()
    for device in (stale, fresh):
        assert not device.take(first).refused
    assert not fresh.take(second).refused
    original = BundleCheckStore._check_bundle

    def every_id_absent(self: BundleCheckStore, *args: Any) -> None:
        original(self, *args)
        parsed = args[1]
        for key, absent in self.__dict__["_absent_ids"].items():
            absent.update(i.record_id for i in parsed if (i.spec.table, i.part) == key)

    monkeypatch.setattr(BundleCheckStore, "_check_bundle", every_id_absent)
    result = stale.take(second)
    assert not result.refused
    assert rows(stale) == rows(fresh)
    for device in (source, stale, fresh):
        device.repo.close()
