"""Records new to a device are written by a short cut (one row straight from the line): the
rows it makes are exactly those the record-by-record way makes, in a first import and in one
that mixes new records with records the device holds already."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sync_helpers import Device, admin_of, devices

from walkthrough.demo import generate
from walkthrough.storage import sync_store
from walkthrough.storage.sync_apply import SyncApplyStore
from walkthrough.storage.sync_tables import TABLES


def rows(device: Device) -> dict[str, list[tuple[object, ...]]]:
    """Every column of every synced row (device-local ones too), but the time a row was written here."""
    found = {}
    for spec in TABLES.values():
        cursor = device.repo.db.execute(f"SELECT * FROM {spec.table} ORDER BY id")
        names = [c[0] for c in cursor.description]
        found[spec.table] = [tuple(v for n, v in zip(names, r, strict=True) if n != "updated_at" or v is None)
                             for r in cursor.fetchall()]
    return found


def test_new_records_get_the_rows_the_long_way_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # transactions of 50 records, whatever the clock says: the same change numbers on both devices
    monkeypatch.setattr(sync_store, "LINES_PER_TRANSACTION", 50)
    monkeypatch.setattr(sync_store, "TRANSACTION_SECONDS", 0.0)
    source, quick, slow = devices(tmp_path, "source", "quick", "slow")
    generate(source.repo, observations=40, seed=5, today=date(2026, 11, 20))
    first = source.export()
    by = admin_of(source)
    room = source.repo.db.execute("SELECT id FROM rooms ORDER BY id").fetchone()[0]
    source.repo.update_room(room, subject="Art", by=by)  # a record the devices hold, changed
    source.repo.add_school("Cedar Ridge Middle", by=by)  # and a new one
    second = source.export()
    taken = []
    original = SyncApplyStore._apply_new_records

    def counted(self: SyncApplyStore, *args: object, **kwargs: object) -> None:
        taken.append(1)
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(SyncApplyStore, "_apply_new_records", counted)
    for path in (first, second):
        assert not quick.take(path).refused
    assert taken, "the short cut was not taken"
    monkeypatch.setattr(SyncApplyStore, "_fast_path_fits", lambda self, spec, part: False)
    for path in (first, second):
        assert not slow.take(path).refused
    quick_rows, slow_rows = rows(quick), rows(slow)
    assert sum(map(len, quick_rows.values())) > 500
    assert quick_rows == slow_rows
    for device in (source, quick, slow):
        device.repo.close()
