"""Records for reports (issue 9): a visit keeps its room's grade band and subject as they
were on the day, and PLC teams.

``observations.grade_band`` and ``observations.subject`` are set when a visit
starts, from its room; existing visits take their room's values now (the best
this device knows). Both are synced fields, so every observation's content
hash is recomputed over them (:func:`walkthrough.storage.sync_tables.rehash`).

``plc_teams`` (a named set of teachers of one school) and ``plc_team_members``
(one row per team and person, its id made from both so two devices adding the
same teacher write the same record) sync like the directory.

The step is frozen: it carries its own copy of the field lists as they were.
"""

from __future__ import annotations

import sqlite_utils

from walkthrough.storage.schema.m0010_sync_records import sync_columns
from walkthrough.storage.sync_tables import rehash

RECORD = """
    revision INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
"""

OBSERVATION_FIELDS = ("kind", "framework_id", "framework_version", "framework_sha256", "school_id", "room_id",
                      "teacher_id", "observer_id", "device_id", "started_at", "ended_at", "status", "round_id",
                      "grade_band", "subject", "deleted")

STATEMENTS = [
    "ALTER TABLE observations ADD COLUMN grade_band TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE observations ADD COLUMN subject TEXT NOT NULL DEFAULT ''",
    """UPDATE observations SET
        grade_band = coalesce((SELECT r.grade_band FROM rooms r WHERE r.id = observations.room_id), ''),
        subject = coalesce((SELECT r.subject FROM rooms r WHERE r.id = observations.room_id), '')
       WHERE room_id IS NOT NULL""",
    f"""CREATE TABLE plc_teams (
        id TEXT PRIMARY KEY,
        school_id TEXT NOT NULL REFERENCES schools(id),
        name TEXT NOT NULL,
        {RECORD})""",
    f"""CREATE TABLE plc_team_members (
        id TEXT PRIMARY KEY,
        team_id TEXT NOT NULL REFERENCES plc_teams(id),
        person_id TEXT NOT NULL REFERENCES people(id),
        {RECORD},
        UNIQUE (team_id, person_id))""",
    "CREATE INDEX plc_team_members_by_person ON plc_team_members (person_id)",
    # What report queries select by: kind and visibility (the privacy predicate), school and day.
    "CREATE INDEX observations_for_reports ON observations (deleted, kind, visibility, school_id, started_at)",
]


def migrate(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
    for table in ("plc_teams", "plc_team_members"):
        for statement in sync_columns(table):
            db.execute(statement)
        db.execute(f"CREATE INDEX {table}_outbox ON {table} (usn) WHERE outbox = 1")
    rehash(db, "observations", OBSERVATION_FIELDS)
