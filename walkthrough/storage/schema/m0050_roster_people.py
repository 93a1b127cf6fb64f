"""People from a roster: an e-mail (the key a re-import finds them by) and whether they are still here.

``people.email``: lower case, '' when not known. ``people.active``: 1, or 0 for
someone who left (a re-imported roster no longer lists them); they are never
removed, so their past visits keep their name. Both fields sync (see
``storage/sync_tables.py``): every existing record is rehashed to cover them.
"""

import sqlite_utils

from walkthrough.storage.sync_tables import rehash

STATEMENTS = [
    "ALTER TABLE people ADD COLUMN email TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE people ADD COLUMN active INTEGER NOT NULL DEFAULT 1",
    "CREATE INDEX people_email ON people (email) WHERE email != ''",
]


def migrate(db: sqlite_utils.Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
    rehash(db, "people", ("name", "role", "school_id", "email", "active", "deleted"))
