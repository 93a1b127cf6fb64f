"""Peer visits: a host invites colleagues to notice something in their class.

A :class:`PeerVisit` is the plan: who is visited (the host), who visits, when
and where, the host's focus (what they want noticed, in their own words), the
host's consent, and after the visit the host's reflection and next step.
Each visitor records their own :class:`~walkthrough.core.model.Observation`
of kind ``peer`` (``teacher_id`` = host, ``observer_id`` = visitor); the
plan links to it through :class:`PeerVisitor`.

Peer visits are non-evaluative: notes are noticings, wonderings or evidence
for the focus, never ratings, and what leaves the device is decided by
:mod:`walkthrough.core.privacy`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from walkthrough.core.model import NoteKind, Record, Visibility

DEFAULT_PEER_FRAMEWORK = "peer-visit-protocol"

# What a visitor writes during the visit; one tap switches between them.
VISIT_NOTE_KINDS: tuple[NoteKind, ...] = (NoteKind.NOTICING, NoteKind.WONDERING, NoteKind.EVIDENCE)
NOTE_KIND_LABELS: dict[NoteKind, str] = {
    NoteKind.NOTICING: "Noticing",
    NoteKind.WONDERING: "Wondering",
    NoteKind.EVIDENCE: "Evidence for the focus",
    NoteKind.REFLECTION: "Reflection",
    NoteKind.NEXT_STEP: "Next step",
}

_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class PlanError(ValueError):
    """A visit plan value that cannot be used; the message is for the user."""


@dataclass(frozen=True)
class PeerVisitor:
    """One visitor of a planned visit, their notes and the cover for their class."""

    id: str
    visit_id: str
    visitor_id: str
    observation_id: str | None = None  # set when the visitor starts their notes
    cover_needed: bool = True  # someone must teach the visitor's class meanwhile
    substitute_id: str | None = None
    agreed_at: str | None = None  # when the host agreed to the visit with this visitor in it
    revision: int = 1
    updated_at: str = ""
    deleted: bool = False


@dataclass(frozen=True)
class PeerVisit(Record):
    school_id: str = ""
    host_id: str = ""
    room_id: str | None = None
    framework_id: str = DEFAULT_PEER_FRAMEWORK
    framework_version: str = ""
    day: str = ""  # ISO date, school local time
    start_time: str = ""  # "HH:MM", school local time
    end_time: str = ""
    period: str = ""  # e.g. "Period 3", as the school names it
    focus: str = ""  # the host's question, in their words
    consent_by: str | None = None
    consent_at: str | None = None
    visibility: Visibility = Visibility.PRIVATE
    shared_by: str | None = None
    shared_at: str | None = None
    reflection: str = ""  # the host's, after the visit
    next_step: str = ""
    created_by: str | None = None
    visitors: tuple[PeerVisitor, ...] = ()

    @property
    def visitor_ids(self) -> tuple[str, ...]:
        return tuple(v.visitor_id for v in self.visitors)

    def visitor(self, person_id: str) -> PeerVisitor | None:
        return next((v for v in self.visitors if v.visitor_id == person_id), None)

    @property
    def consented(self) -> bool:
        """Whether the host has agreed to the visit with everyone now in it.

        A visitor added after the host agreed is not covered by that
        agreement: the host is asked again (see :meth:`agreed_to`).
        """
        return self.consent_at is not None and all(v.agreed_at for v in self.visitors)

    def agreed_to(self, person_id: str | None) -> bool:
        """Whether the host's agreement covers ``person_id`` (the host always is)."""
        if person_id is None:
            return False
        if person_id == self.host_id:
            return True
        visitor = self.visitor(person_id)
        return visitor is not None and visitor.agreed_at is not None and self.consent_at is not None

    @property
    def awaiting_agreement(self) -> tuple[str, ...]:
        """The visitors the host has not agreed to yet."""
        return tuple(v.visitor_id for v in self.visitors if not v.agreed_at)

    @property
    def date(self) -> date:
        return date.fromisoformat(self.day)

    @property
    def start(self) -> time:
        return parse_time(self.start_time)

    @property
    def end(self) -> time:
        return parse_time(self.end_time)

    def participants(self) -> tuple[str, ...]:
        return (self.host_id, *self.visitor_ids)


def parse_time(text: str) -> time:
    """A school time written ``HH:MM`` (24-hour clock)."""
    match = _TIME.match(text.strip())
    if not match:
        raise PlanError(f"a time is written HH:MM (24-hour clock), not {text!r}")
    return time(int(match.group(1)), int(match.group(2)))


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise PlanError(f"a date is written YYYY-MM-DD, not {text!r}") from None


def check_times(start_time: str, end_time: str) -> None:
    """Refuse a visit that ends before it starts."""
    if parse_time(end_time) <= parse_time(start_time):
        raise PlanError(f"the visit must end after it starts ({start_time} to {end_time})")


def visit_minute(started_at: str, at: datetime | None = None) -> int:
    """Whole minutes since the visitor started their notes (0 in the first minute)."""
    start = datetime.fromisoformat(started_at)
    if start.tzinfo is None:
        start = start.replace(tzinfo=UTC)
    now = at or datetime.now(UTC)
    return max(0, int((now - start).total_seconds() // 60))


def notes_open(day: str, today: date | None = None) -> bool:
    """A visitor's notes open on the day of the visit (not the day before: nothing to see yet)."""
    try:
        return (today or date.today()) >= parse_day(day)
    except ValueError:
        return True  # a day that cannot be read never locks a visitor out of their notes
