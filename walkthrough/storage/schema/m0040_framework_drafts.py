"""Framework drafts, who published each version, and answers that belong to a round.

``framework_drafts``: a framework being written or edited in the app, as the
TOML text of its file (it may not be valid yet). At most one draft per
framework. Publishing it adds a row to ``frameworks``, which holds only
published, frozen versions (what sync bundles carry), now with who
published it, when, and the version it was edited from.

``round_responses``: the answers to a section with ``scope = "round"``,
given once for the whole round of rooms (one per look-for per round).
"""

import sqlite_utils

RECORD = """
    revision INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
"""

STATEMENTS = [
    "ALTER TABLE frameworks ADD COLUMN published_at TEXT",
    "ALTER TABLE frameworks ADD COLUMN published_by TEXT",
    "ALTER TABLE frameworks ADD COLUMN based_on TEXT",
    f"""CREATE TABLE framework_drafts (
        id TEXT PRIMARY KEY,
        framework_id TEXT NOT NULL,
        version TEXT NOT NULL,
        based_on TEXT,
        source_text TEXT NOT NULL,
        created_by TEXT REFERENCES people(id),
        created_at TEXT NOT NULL,
        {RECORD})""",
    "CREATE UNIQUE INDEX framework_drafts_one_per_framework ON framework_drafts (framework_id) WHERE deleted = 0",
    f"""CREATE TABLE round_responses (
        id TEXT PRIMARY KEY,
        round_id TEXT NOT NULL REFERENCES rounds(id),
        look_for_key TEXT NOT NULL,
        value TEXT,
        not_applicable INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT '',
        set_at TEXT NOT NULL,
        {RECORD},
        UNIQUE (round_id, look_for_key))""",
]


def migrate(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
