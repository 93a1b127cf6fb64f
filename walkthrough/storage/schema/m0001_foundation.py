"""Schools, people, rooms, frameworks, observations, responses and notes.

Every record table has ``id`` (a UUID made on the device), ``revision``,
``updated_at`` and ``deleted`` (a tombstone flag): the fields sync needs.
"""

import sqlite_utils

RECORD = """
    revision INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
"""

STATEMENTS = [
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)",
    f"""CREATE TABLE schools (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        {RECORD})""",
    f"""CREATE TABLE people (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('administrator', 'coach', 'teacher', 'substitute')),
        school_id TEXT REFERENCES schools(id),
        {RECORD})""",
    f"""CREATE TABLE rooms (
        id TEXT PRIMARY KEY,
        school_id TEXT NOT NULL REFERENCES schools(id),
        name TEXT NOT NULL,
        teacher_id TEXT REFERENCES people(id),
        grade_band TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        {RECORD})""",
    """CREATE TABLE frameworks (
        framework_id TEXT NOT NULL,
        version TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        title TEXT NOT NULL,
        modes TEXT NOT NULL,
        source_name TEXT NOT NULL,
        source_text TEXT NOT NULL,
        installed_at TEXT NOT NULL,
        PRIMARY KEY (framework_id, version))""",
    f"""CREATE TABLE observations (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('blast', 'peer')),
        framework_id TEXT NOT NULL,
        framework_version TEXT NOT NULL,
        framework_sha256 TEXT NOT NULL,
        school_id TEXT NOT NULL REFERENCES schools(id),
        room_id TEXT REFERENCES rooms(id),
        teacher_id TEXT REFERENCES people(id),
        observer_id TEXT REFERENCES people(id),
        device_id TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        status TEXT NOT NULL CHECK (status IN ('draft', 'complete')),
        visibility TEXT NOT NULL CHECK (visibility IN ('private', 'shared')),
        round_id TEXT,
        {RECORD},
        FOREIGN KEY (framework_id, framework_version) REFERENCES frameworks(framework_id, version))""",
    "CREATE INDEX observations_by_school ON observations (school_id, started_at)",
    "CREATE INDEX observations_by_round ON observations (round_id)",
    f"""CREATE TABLE responses (
        id TEXT PRIMARY KEY,
        observation_id TEXT NOT NULL REFERENCES observations(id),
        look_for_key TEXT NOT NULL,
        value TEXT,
        not_applicable INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT '',
        set_at TEXT NOT NULL,
        {RECORD},
        UNIQUE (observation_id, look_for_key))""",
    f"""CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        observation_id TEXT NOT NULL REFERENCES observations(id),
        kind TEXT NOT NULL CHECK (kind IN ('evidence', 'noticing', 'wondering', 'reflection', 'next_step')),
        text TEXT NOT NULL,
        look_for_key TEXT,
        minute INTEGER,
        created_at TEXT NOT NULL,
        {RECORD})""",
    "CREATE INDEX notes_by_observation ON notes (observation_id)",
]


def migrate(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
