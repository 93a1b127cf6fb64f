"""Blast walkthrough rounds: saved routes, rounds, their stops, and the undo log.

``response_changes`` keeps every tap (value before and after), written in the
same transaction as the response, so "Undo" can restore the value before as
a new change.
"""

import sqlite_utils

RECORD = """
    revision INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
"""

STATEMENTS = [
    f"""CREATE TABLE routes (
        id TEXT PRIMARY KEY,
        school_id TEXT NOT NULL REFERENCES schools(id),
        name TEXT NOT NULL,
        room_ids TEXT NOT NULL DEFAULT '[]',
        {RECORD})""",
    "CREATE INDEX routes_by_school ON routes (school_id)",
    f"""CREATE TABLE rounds (
        id TEXT PRIMARY KEY,
        school_id TEXT NOT NULL REFERENCES schools(id),
        framework_id TEXT NOT NULL,
        framework_version TEXT NOT NULL,
        observer_id TEXT REFERENCES people(id),
        route_id TEXT REFERENCES routes(id),
        with_teacher INTEGER NOT NULL DEFAULT 1,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL CHECK (status IN ('active', 'finished')),
        current_stop_id TEXT,
        {RECORD},
        FOREIGN KEY (framework_id, framework_version) REFERENCES frameworks(framework_id, version))""",
    "CREATE INDEX rounds_by_status ON rounds (status, started_at)",
    f"""CREATE TABLE round_stops (
        id TEXT PRIMARY KEY,
        round_id TEXT NOT NULL REFERENCES rounds(id),
        position INTEGER NOT NULL,
        room_id TEXT NOT NULL REFERENCES rooms(id),
        status TEXT NOT NULL CHECK (status IN ('pending', 'visiting', 'visited', 'skipped')),
        observation_id TEXT REFERENCES observations(id),
        started_at TEXT,
        ended_at TEXT,
        {RECORD})""",
    "CREATE INDEX round_stops_by_round ON round_stops (round_id, position)",
    f"""CREATE TABLE response_changes (
        id TEXT PRIMARY KEY,
        observation_id TEXT NOT NULL REFERENCES observations(id),
        look_for_key TEXT NOT NULL,
        old_value TEXT,
        old_not_applicable INTEGER NOT NULL DEFAULT 0,
        new_value TEXT,
        new_not_applicable INTEGER NOT NULL DEFAULT 0,
        changed_at TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0,
        undo_of TEXT,
        {RECORD})""",
    "CREATE INDEX response_changes_by_observation ON response_changes (observation_id, changed_at)",
]


def migrate(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
