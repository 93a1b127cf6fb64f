"""A device restored from a backup goes on under a new device id, so nothing it writes
afterwards is mistaken for a copy of what it wrote before the restore."""

from __future__ import annotations

from pathlib import Path

from sync_helpers import admin_of, devices, school_with_room, state


def test_edits_after_restoring_a_backup_never_collide_with_the_ones_it_lost(tmp_path: Path) -> None:
    a, b = devices(tmp_path, "tablet", "coach")
    _, room_id, _ = school_with_room(a)
    admin = a.repo.person(admin_of(a))
    backup = a.repo.back_up()
    a.repo.update_room(room_id, subject="Art", by=admin.id)  # written after the backup, and sent on
    b.take(a.export(since_last=True))
    old_id = a.repo.device_id
    a.repo.restore_backup(backup, by=admin.id)
    assert a.repo.device_id != old_id and a.repo.room(room_id).subject == ""
    a.repo.update_room(room_id, subject="Music", by=admin.id)  # the same record, edited again after the restore
    report = b.take(a.export())
    assert not report.refused, [f.message for f in report.refused]  # no "same history, different content"
    a.take(b.export())  # what the tablet lost comes back from the coach
    for device in (a, b):  # two edits made without knowing of each other: both kept, for a person to choose
        [conflict] = device.repo.conflicts()
        assert {v.value for v in conflict.fields[0].versions} == {"Art", "Music"}
    assert state(a.repo) == state(b.repo)
    a.repo.close()
    b.repo.close()
