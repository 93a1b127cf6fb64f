"""A database made before sync gets what sync needs, and its records travel."""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils
from sync_helpers import admin_of, devices, state

from walkthrough.core import lineage
from walkthrough.storage import Repository, migrations
from walkthrough.storage.db import connect
from walkthrough.storage.sync_tables import TABLES
from walkthrough.sync.exporter import export_bundle
from walkthrough.sync.importer import import_files


def test_records_made_before_sync_get_lineage_hash_and_a_place_in_the_outbox(tmp_path: Path) -> None:
    path = tmp_path / "old" / "walkthrough.sqlite3"
    path.parent.mkdir()
    db = sqlite_utils.Database(connect(path))
    migrations.apply_migrations(db, stop_before="m0010_sync_records")
    db.execute("INSERT INTO settings (key, value) VALUES ('device_id', 'old-tablet')")
    db.execute("INSERT INTO schools (id, name, revision, updated_at, deleted) VALUES ('s1', 'Maple', 3, 'x', 0)")
    db.execute("INSERT INTO rooms (id, school_id, name, revision, updated_at, deleted, grade_band, subject)"
               " VALUES ('r1', 's1', 'Room 12', 1, 'x', 0, '3-5', '')")
    db.close()
    repo = Repository.open(path)
    row = repo.db.execute("SELECT origin_device, lineage, content_hash, usn, outbox FROM rooms").fetchone()
    assert row[0] == "old-tablet" and json.loads(row[1]) == {"v": {"old-tablet": 1}} and row[3] > 0 and row[4] == 1
    spec = TABLES["rooms"]
    values = dict(zip(spec.main_fields, repo.db.execute(
        f"SELECT {', '.join(spec.main_fields)} FROM rooms").fetchone(), strict=True))
    assert row[2] == lineage.content_hash(spec.main_fields, values)
    assert repo.outbox_counts() == {"school": 1, "room": 1}
    by = repo.add_person("Pat Principal", "administrator", by=None).id
    repo.update_room("r1", subject="Science", by=by)  # an edit after the upgrade is a new write of this device
    assert json.loads(repo.db.execute("SELECT lineage FROM rooms").fetchone()[0])["v"] == {"old-tablet": 2}
    [other] = devices(tmp_path, "coach")
    export_bundle(repo, tmp_path / "old.zip")
    assert not import_files(other.repo, [tmp_path / "old.zip"]).refused
    assert state(other.repo)["rooms"] == state(repo)["rooms"]
    repo.close()
    other.repo.close()


def test_rehash_gives_what_the_write_path_gives(tmp_path: Path) -> None:
    """A later schema step that adds a synced field recomputes hashes with sync_tables.rehash."""
    from walkthrough.storage.sync_tables import rehash

    [device] = devices(tmp_path, "tablet")
    by = admin_of(device)
    school = device.repo.add_school("Maple", by=by)
    device.repo.add_room(school.id, "Room 12", grade_band="3-5", by=by)
    before = device.repo.db.execute("SELECT id, content_hash FROM rooms").fetchall()
    device.repo.db.execute("UPDATE rooms SET content_hash = 'stale'")
    rehash(device.repo.db, "rooms", TABLES["rooms"].main_fields)
    assert device.repo.db.execute("SELECT id, content_hash FROM rooms").fetchall() == before
    device.repo.close()


def test_round_answers_given_before_they_synced_join_the_outbox_and_travel(tmp_path: Path) -> None:
    from framework_samples import FULL
    from sync_helpers import school_with_room

    from walkthrough.core.frameworks import parse_framework
    from walkthrough.storage.instrument_store import round_response_id

    [old, coach] = devices(tmp_path, "old-tablet", "coach")
    old.repo.install_framework(parse_framework(FULL, "full.toml"), FULL)
    school_id, _room, _teacher = school_with_room(old)
    round_id = old.repo.start_round(school_id, old.repo.framework("full-instrument"), by=admin_of(old)).id
    # The answer as the app wrote it before round answers synced: a random id, no sync columns.
    old.repo.db.execute("INSERT INTO round_responses (id, round_id, look_for_key, value, not_applicable, note,"
                        " set_at, revision, updated_at, deleted) VALUES ('legacy', ?, 'hallways', '\"observed\"',"
                        " 0, '', 'x', 1, 'x', 0)", [round_id])
    from walkthrough.storage.schema import m0041_sync_round_answers as step

    # Take the table back to how it was before the step (the database is otherwise current).
    for index in ("by_usn", "conflicted", "outbox"):
        old.repo.db.execute(f"DROP INDEX round_responses_{index}")
    for column in ("origin_device", "usn", "lineage", "content_hash", "conflicted", "outbox"):
        old.repo.db.execute(f"ALTER TABLE round_responses DROP COLUMN {column}")
    step.migrate(old.repo.db)
    row = old.repo.db.execute("SELECT id, origin_device, lineage, content_hash, outbox FROM round_responses").fetchone()
    assert row[0] == round_response_id(round_id, "hallways") and row[1] == old.repo.device_id and row[4] == 1
    spec = TABLES["round_responses"]
    values = dict(zip(spec.main_fields, old.repo.db.execute(
        f"SELECT {', '.join(spec.main_fields)} FROM round_responses").fetchone(), strict=True))
    assert row[3] == lineage.content_hash(spec.main_fields, values)
    assert not coach.take(old.export()).refused
    assert coach.repo.round_responses(round_id)["hallways"].value == "observed"
    old.repo.close()
    coach.repo.close()
