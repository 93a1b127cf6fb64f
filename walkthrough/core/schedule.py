"""The visit schedule: who is where when, and who is booked twice at once.

Every planned visit books people for its time slot:

* the host, in their own room (they teach while being visited);
* each visitor, in the host's room;
* each visitor's substitute, in the visitor's class.

Two bookings of the same person on the same day whose times overlap are a
double booking, with one exception: a host booked twice *as host* is not,
because being visited by two separate visits at once needs nothing more of
them than teaching their class. Times are half-open intervals: a visit that
ends at 9:45 does not clash with one that starts at 9:45.

Also here: which visitors still need a substitute, and the week a day is in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum

from walkthrough.core.peer import PeerVisit, PeerVisitor


class BookingRole(StrEnum):
    HOST = "host"
    VISITOR = "visitor"
    SUBSTITUTE = "substitute"


@dataclass(frozen=True, order=True)
class Booking:
    """One person busy for one visit's time slot."""

    day: date
    start: time
    end: time
    person_id: str
    role: BookingRole
    visit_id: str
    covering_for: str | None = None  # a substitute: the visitor whose class they teach

    def overlaps(self, other: Booking) -> bool:
        return self.day == other.day and self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Conflict:
    """One person booked twice at once."""

    person_id: str
    first: Booking
    second: Booking


@dataclass(frozen=True)
class UncoveredClass:
    """A visitor whose class needs a substitute and has none yet."""

    visit: PeerVisit
    visitor: PeerVisitor


def clashes(a: Booking, b: Booking) -> bool:
    """Whether two bookings of one person cannot both happen."""
    if a.person_id != b.person_id or not a.overlaps(b):
        return False
    return not (a.role is BookingRole.HOST and b.role is BookingRole.HOST)


def bookings(visits: Iterable[PeerVisit]) -> list[Booking]:
    """Every booking the (not deleted) visits make, in time order."""
    made: list[Booking] = []
    for visit in visits:
        if visit.deleted:
            continue
        day, start, end = visit.date, visit.start, visit.end
        made.append(Booking(day, start, end, visit.host_id, BookingRole.HOST, visit.id))
        for visitor in visit.visitors:
            if visitor.deleted:
                continue
            made.append(Booking(day, start, end, visitor.visitor_id, BookingRole.VISITOR, visit.id))
            if visitor.cover_needed and visitor.substitute_id:
                made.append(Booking(day, start, end, visitor.substitute_id, BookingRole.SUBSTITUTE, visit.id,
                                    covering_for=visitor.visitor_id))
    return sorted(made)


def double_bookings(booked: Iterable[Booking]) -> list[Conflict]:
    """Every pair of one person's bookings that clash, earliest first (a booking given twice counts once)."""
    by_person: dict[tuple[str, date], list[Booking]] = defaultdict(list)
    for booking in set(booked):
        by_person[(booking.person_id, booking.day)].append(booking)
    found: list[Conflict] = []
    for (person_id, _day), mine in by_person.items():
        mine.sort()
        for i, first in enumerate(mine):
            for second in mine[i + 1:]:
                if second.start >= first.end:
                    break  # sorted by start: nothing later overlaps ``first``
                if clashes(first, second):
                    found.append(Conflict(person_id, first, second))
    return sorted(found, key=lambda c: (c.first, c.second))


def conflicts_of(visits: Iterable[PeerVisit]) -> list[Conflict]:
    return double_bookings(bookings(visits))


def uncovered(visits: Iterable[PeerVisit]) -> list[UncoveredClass]:
    """Visitors whose class needs cover and has no substitute assigned."""
    return [
        UncoveredClass(visit, visitor)
        for visit in sorted((v for v in visits if not v.deleted), key=lambda v: (v.day, v.start_time))
        for visitor in visit.visitors
        if not visitor.deleted and visitor.cover_needed and not visitor.substitute_id
    ]


def week_of(day: date) -> tuple[date, date]:
    """Monday and the following Monday (exclusive) of the week ``day`` is in."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=7)
