"""The host's agreement covers named people: one agreement time per visitor.

A host agrees to a visit by the people in it. A visitor added after the host
agreed is not covered until the host agrees again, and sees nothing of the
host's focus or debrief until then (:mod:`walkthrough.core.privacy`).

For visits agreed before this step, a visitor is taken as covered when they
had already started their notes, or when their row was last changed no later
than the agreement; anyone else (who may have been added after it) waits for
the host to agree again.
"""

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE peer_visitors ADD COLUMN agreed_at TEXT")
    db.execute(
        "UPDATE peer_visitors SET agreed_at = (SELECT consent_at FROM peer_visits v WHERE v.id = visit_id)"
        " WHERE (SELECT consent_at FROM peer_visits v WHERE v.id = visit_id) IS NOT NULL"
        " AND (observation_id IS NOT NULL"
        "      OR updated_at <= (SELECT consent_at FROM peer_visits v WHERE v.id = visit_id))"
    )
