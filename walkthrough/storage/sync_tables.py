"""Which tables sync, and how: the one declaration a new table joins sync by.

Every insert, update and tombstone of a table named here goes through the
write path in :mod:`walkthrough.storage.base` (``_insert``, ``_update``,
``_tombstone``), which keeps the record's sync columns: ``origin_device``,
``usn`` (this device's change sequence, indexed: "what changed since my last
export" is one query), ``lineage`` (version vector and field dots, see
:mod:`walkthrough.core.lineage`), ``content_hash`` (SHA-256 of the synced
fields), ``conflicted`` and ``outbox``. A table whose :class:`Synced` has
``private`` fields has the same columns again with the prefix ``private_``:
those fields travel as a part of their own, with a lineage of their own,
sealed to the people in a private peer visit.

To make a new table sync (say PLC teams, issue 9):

1. give it ``id TEXT PRIMARY KEY``, ``revision``, ``updated_at``, ``deleted``
   and the sync columns (``schema.m0010_sync_records.sync_columns()`` makes
   the ALTER statements) in your schema step;
2. add one ``Synced(...)`` line to :data:`TABLES` below: its synced fields,
   its parents (field -> table, so a record that arrives before its parent
   is held, not refused), its natural key (what says "the same thing" when
   two devices type it twice), and where it goes in :data:`ORDER`;
3. write it only through ``_insert`` / ``_update`` / ``_tombstone``.

To add a synced field to a table that already syncs (say the grade band a
visit had on its day, issue 9): add the column in your schema step, add the
field to the table's ``fields`` here, and call :func:`rehash` in the same step
so every existing record's hash covers it. Bundles from devices still on an
older app lack the field and are refused (naming it) until those devices
update; say so in your note, or give the field a default in
``walkthrough.storage.sync_checks.check_values`` for bundles of format 1.

Columns not listed in ``fields`` are this device's own (a PIN, the stop an
observer is at now, a derived visibility) and never travel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Synced:
    table: str
    fields: tuple[str, ...]  # synced fields of the main part ("deleted" is added)
    parents: dict[str, str] = field(default_factory=dict)  # field -> parent table
    natural_key: tuple[str, ...] = ()  # the fields that say two records are the same thing
    unique: bool = False  # the natural key is a UNIQUE constraint: two ids for one key merge
    private: tuple[str, ...] = ()  # fields of the private part (sealed while a peer visit is private)
    private_parents: dict[str, str] = field(default_factory=dict)
    quiet: tuple[str, ...] = ()  # time stamps: concurrent values are merged without a conflict
    mergeable: bool = False  # a person may merge two of them (the directory)
    kind: str = ""  # what a person calls one, for messages

    @cached_property
    def main_fields(self) -> tuple[str, ...]:
        return (*self.fields, "deleted")

    def part_fields(self, part: str) -> tuple[str, ...]:
        return self.private if part == PRIVATE else self.main_fields

    def part_parents(self, part: str) -> dict[str, str]:
        return self.private_parents if part == PRIVATE else self.parents

    def columns(self, part: str) -> tuple[str, str, str, str]:
        """The (lineage, hash, conflicted) columns of a part, and its prefix."""
        prefix = "private_" if part == PRIVATE else ""
        return f"{prefix}lineage", f"{prefix}content_hash", f"{prefix}conflicted", prefix


MAIN = "main"
PRIVATE = "private"

_PEOPLE = "people"

TABLES: dict[str, Synced] = {
    s.table: s
    for s in (
        Synced("schools", ("name",), natural_key=("name",), mergeable=True, kind="school"),
        Synced("people", ("name", "role", "school_id"), {"school_id": "schools"},
               natural_key=("name",), mergeable=True, kind="person"),
        Synced("rooms", ("school_id", "name", "teacher_id", "grade_band", "subject"),
               {"school_id": "schools", "teacher_id": _PEOPLE}, natural_key=("school_id", "name"),
               mergeable=True, kind="room"),
        Synced("plc_teams", ("school_id", "name"), {"school_id": "schools"}, natural_key=("school_id", "name"),
               kind="PLC team"),
        Synced("plc_team_members", ("team_id", "person_id"), {"team_id": "plc_teams", "person_id": _PEOPLE},
               natural_key=("team_id", "person_id"), unique=True, kind="member of a PLC team"),
        Synced("profile_keys", ("person_id", "device_id", "public_key"), {"person_id": _PEOPLE},
               natural_key=("person_id", "device_id"), unique=True, kind="profile key"),
        Synced("record_merges", ("table_name", "from_id", "into_id", "merged_by"), kind="merge"),
        Synced("routes", ("school_id", "name", "room_ids"), {"school_id": "schools"}, kind="route"),
        Synced("rounds", ("school_id", "framework_id", "framework_version", "observer_id", "route_id",
                          "with_teacher", "started_at", "ended_at", "status"),
               {"school_id": "schools", "observer_id": _PEOPLE, "route_id": "routes"}, kind="round"),
        Synced("observations", ("kind", "framework_id", "framework_version", "framework_sha256", "school_id",
                                "room_id", "teacher_id", "observer_id", "device_id", "started_at", "ended_at",
                                "status", "round_id", "grade_band", "subject"),
               {"school_id": "schools", "room_id": "rooms", "teacher_id": _PEOPLE, "observer_id": _PEOPLE},
               quiet=("ended_at",), kind="visit"),
        Synced("round_stops", ("round_id", "position", "room_id", "status", "observation_id", "started_at",
                               "ended_at"),
               {"round_id": "rounds", "room_id": "rooms", "observation_id": "observations"},
               quiet=("started_at", "ended_at"), kind="stop of a round"),
        Synced("responses", ("observation_id", "look_for_key", "value", "not_applicable", "note", "set_at"),
               {"observation_id": "observations"}, natural_key=("observation_id", "look_for_key"), unique=True,
               quiet=("set_at",), kind="response"),
        Synced("round_responses", ("round_id", "look_for_key", "value", "not_applicable", "note", "set_at"),
               {"round_id": "rounds"}, natural_key=("round_id", "look_for_key"), unique=True,
               quiet=("set_at",), kind="answer for a whole round"),
        Synced("notes", ("observation_id", "kind", "text", "look_for_key", "minute", "created_at"),
               {"observation_id": "observations"}, kind="note"),
        Synced("peer_visits", ("school_id", "host_id", "room_id", "framework_id", "framework_version", "day",
                               "start_time", "end_time", "period", "visibility", "shared_by", "shared_at",
                               "created_by"),
               {"school_id": "schools", "host_id": _PEOPLE, "room_id": "rooms", "shared_by": _PEOPLE,
                "created_by": _PEOPLE},
               private=("focus", "consent_by", "consent_at", "reflection", "next_step"),
               private_parents={"consent_by": _PEOPLE}, quiet=("shared_at", "consent_at"), kind="peer visit"),
        Synced("peer_visitors", ("visit_id", "visitor_id", "cover_needed", "substitute_id"),
               {"visit_id": "peer_visits", "visitor_id": _PEOPLE, "substitute_id": _PEOPLE},
               natural_key=("visit_id", "visitor_id"), unique=True,
               private=("observation_id", "agreed_at"), private_parents={"observation_id": "observations"},
               quiet=("agreed_at",), kind="visitor of a peer visit"),
    )
}

# The order records are applied in: parents before children.
ORDER: tuple[str, ...] = tuple(TABLES)

# Frameworks sync by their own rule (id, version and hash; see walkthrough.sync):
# a record's (framework_id, framework_version) must name an installed version.
FRAMEWORK_REFERENCES = ("observations", "rounds", "peer_visits")


def synced(table: str) -> Synced | None:
    return TABLES.get(table)


def rehash(db: object, table: str, fields: tuple[str, ...], *, prefix: str = "") -> None:
    """Recompute a table's content hashes over ``fields`` (for a schema step that adds a
    synced field: every existing record's hash then covers the new field too).

    ``db`` is the step's ``sqlite_utils.Database``; ``fields`` the part's synced fields as
    the new :data:`TABLES` entry lists them, ``"deleted"`` last for the main part.
    """
    from walkthrough.core.lineage import hash_values

    conn = db.conn  # type: ignore[attr-defined]
    rows = conn.execute(f"SELECT id, {', '.join(fields)} FROM {table}").fetchall()
    conn.executemany(f"UPDATE {table} SET {prefix}content_hash = ? WHERE id = ?",
                     [(hash_values(list(r[1:])), r[0]) for r in rows])
