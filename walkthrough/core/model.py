"""The records of the domain, as plain dataclasses.

Every stored record carries an id made on the device (a UUID), a revision
counter that goes up by one on every change, the time of that change, and a
``deleted`` flag: a delete is a tombstone, never a hard delete. Sync (a later
issue) relies on these three fields to merge records between devices.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum


def new_id() -> str:
    """A fresh record id, made on this device."""
    return str(uuid.uuid4())


def now_iso() -> str:
    """The current time, UTC, to the millisecond, ISO 8601."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    COACH = "coach"
    TEACHER = "teacher"
    SUBSTITUTE = "substitute"


class ObservationKind(StrEnum):
    BLAST = "blast"
    PEER = "peer"


class ObservationStatus(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"


class Visibility(StrEnum):
    """Who may see an observation beyond the people in it.

    ``private``: only the host and the visitor of a peer visit.
    ``shared``: counted in summaries and carried by sync.
    """

    PRIVATE = "private"
    SHARED = "shared"


class NoteKind(StrEnum):
    EVIDENCE = "evidence"
    NOTICING = "noticing"
    WONDERING = "wondering"
    REFLECTION = "reflection"
    NEXT_STEP = "next_step"


@dataclass(frozen=True)
class Record:
    """Fields every stored record has."""

    id: str
    revision: int = 1
    updated_at: str = field(default_factory=now_iso)
    deleted: bool = False


@dataclass(frozen=True)
class School(Record):
    name: str = ""


@dataclass(frozen=True)
class Person(Record):
    name: str = ""
    role: Role = Role.TEACHER
    school_id: str | None = None


@dataclass(frozen=True)
class Room(Record):
    school_id: str = ""
    name: str = ""
    teacher_id: str | None = None
    grade_band: str = ""
    subject: str = ""


@dataclass(frozen=True)
class PlcTeam(Record):
    """A PLC team: a named set of teachers of one school (a grade-level or course team)."""

    school_id: str = ""
    name: str = ""


@dataclass(frozen=True)
class Observation(Record):
    kind: ObservationKind = ObservationKind.BLAST
    framework_id: str = ""
    framework_version: str = ""
    school_id: str = ""
    room_id: str | None = None
    teacher_id: str | None = None
    observer_id: str | None = None
    device_id: str = ""
    started_at: str = ""
    ended_at: str | None = None
    status: ObservationStatus = ObservationStatus.DRAFT
    visibility: Visibility = Visibility.SHARED
    round_id: str | None = None
    grade_band: str = ""  # the room's grade band and subject on the day of the visit (history stays true)
    subject: str = ""


@dataclass(frozen=True)
class Response(Record):
    """What the observer recorded for one look-for in one observation.

    ``value`` is the JSON-compatible value for the look-for's response type
    (see :mod:`walkthrough.core.responses`); ``None`` with
    ``not_applicable`` false means the look-for was cleared (unmarked).
    """

    observation_id: str = ""
    look_for_key: str = ""
    value: object = None
    not_applicable: bool = False
    note: str = ""
    set_at: str = field(default_factory=now_iso)

    @property
    def is_marked(self) -> bool:
        return self.not_applicable or self.value is not None


@dataclass(frozen=True)
class Note(Record):
    observation_id: str = ""
    kind: NoteKind = NoteKind.EVIDENCE
    text: str = ""
    look_for_key: str | None = None
    minute: int | None = None
    created_at: str = field(default_factory=now_iso)
