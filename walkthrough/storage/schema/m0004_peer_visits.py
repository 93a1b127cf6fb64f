"""Peer visits: the host-owned plan, its visitors and the cover for their classes.

``peer_visits`` holds the plan (host, time, room, the host's focus, consent,
sharing and debrief); ``peer_visitors`` one row per visitor, linking to the
observation that visitor records and to the substitute who covers their class.
Both are records: id, revision, updated_at and a tombstone flag.
"""

import sqlite_utils

RECORD = """
    revision INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
"""

STATEMENTS = [
    f"""CREATE TABLE peer_visits (
        id TEXT PRIMARY KEY,
        school_id TEXT NOT NULL REFERENCES schools(id),
        host_id TEXT NOT NULL REFERENCES people(id),
        room_id TEXT REFERENCES rooms(id),
        framework_id TEXT NOT NULL,
        framework_version TEXT NOT NULL,
        day TEXT NOT NULL,
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        period TEXT NOT NULL DEFAULT '',
        focus TEXT NOT NULL DEFAULT '',
        consent_by TEXT REFERENCES people(id),
        consent_at TEXT,
        visibility TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'shared')),
        shared_by TEXT REFERENCES people(id),
        shared_at TEXT,
        reflection TEXT NOT NULL DEFAULT '',
        next_step TEXT NOT NULL DEFAULT '',
        created_by TEXT REFERENCES people(id),
        {RECORD},
        CHECK (end_time > start_time),
        FOREIGN KEY (framework_id, framework_version) REFERENCES frameworks(framework_id, version))""",
    "CREATE INDEX peer_visits_by_day ON peer_visits (day, start_time)",
    "CREATE INDEX peer_visits_by_host ON peer_visits (host_id)",
    f"""CREATE TABLE peer_visitors (
        id TEXT PRIMARY KEY,
        visit_id TEXT NOT NULL REFERENCES peer_visits(id),
        visitor_id TEXT NOT NULL REFERENCES people(id),
        observation_id TEXT REFERENCES observations(id),
        cover_needed INTEGER NOT NULL DEFAULT 1,
        substitute_id TEXT REFERENCES people(id),
        {RECORD},
        UNIQUE (visit_id, visitor_id))""",
    "CREATE INDEX peer_visitors_by_person ON peer_visitors (visitor_id)",
    "CREATE INDEX peer_visitors_by_substitute ON peer_visitors (substitute_id)",
    "CREATE INDEX peer_visitors_by_observation ON peer_visitors (observation_id)",
]


def migrate(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
