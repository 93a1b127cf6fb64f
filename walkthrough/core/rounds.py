"""Blast walkthrough rounds: the pure rules, without storage or screen.

A *round* is one walk through a school: an ordered list of *stops* (one per
room, in walking order, usually from a saved *route*), each visited (with one
blast observation), skipped, or still to come. These functions decide the
next room, the teacher a visit is tied to, when a snapshot prompt is due and
what a finished round adds up to.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from walkthrough.core.frameworks import LookFor, ResponseType, TeacherLink
from walkthrough.core.model import Record, Room


class RoundStatus(StrEnum):
    ACTIVE = "active"
    FINISHED = "finished"


class StopStatus(StrEnum):
    PENDING = "pending"  # on the route, not reached yet
    VISITING = "visiting"  # the room the observer is in now
    VISITED = "visited"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class Route(Record):
    """A school's rooms in walking order, saved under a name."""

    school_id: str = ""
    name: str = ""
    room_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Round(Record):
    school_id: str = ""
    framework_id: str = ""
    framework_version: str = ""
    observer_id: str | None = None
    route_id: str | None = None
    with_teacher: bool = True
    started_at: str = ""
    ended_at: str | None = None
    status: RoundStatus = RoundStatus.ACTIVE
    current_stop_id: str | None = None


@dataclass(frozen=True)
class RoundStop(Record):
    round_id: str = ""
    position: int = 0
    room_id: str = ""
    status: StopStatus = StopStatus.PENDING
    observation_id: str | None = None
    started_at: str | None = None
    ended_at: str | None = None


@dataclass(frozen=True)
class ResponseChange(Record):
    """One tap, as the undo log keeps it: the value before and after."""

    observation_id: str = ""
    look_for_key: str = ""
    old_value: object = None
    old_not_applicable: bool = False
    new_value: object = None
    new_not_applicable: bool = False
    changed_at: str = ""
    undone: bool = False
    undo_of: str | None = None  # set on the change an undo wrote


def uses_teacher(link: TeacherLink, wanted: bool) -> bool:
    """Whether visits of a round are tied to the room's teacher.

    The framework decides when it says ``named`` or ``anonymous``; otherwise
    the observer's choice at the start of the round holds.
    """
    if link is TeacherLink.NAMED:
        return True
    if link is TeacherLink.ANONYMOUS:
        return False
    return wanted


def rooms_in_route_order(rooms: Sequence[Room], route_room_ids: Sequence[str] | None) -> list[Room]:
    """The rooms to walk: the route's order (rooms since removed left out),
    or every room of the school by name when there is no route."""
    if route_room_ids is None:
        return sorted((r for r in rooms if not r.deleted), key=lambda r: r.name.lower())
    by_id = {r.id: r for r in rooms if not r.deleted}
    return [by_id[i] for i in dict.fromkeys(route_room_ids) if i in by_id]


def moved(ids: Sequence[str], index: int, delta: int) -> list[str]:
    """``ids`` with the item at ``index`` moved ``delta`` places (clamped)."""
    result = list(ids)
    if not 0 <= index < len(result):
        return result
    target = max(0, min(len(result) - 1, index + delta))
    item = result.pop(index)
    result.insert(target, item)
    return result


def next_stop(stops: Sequence[RoundStop], current_position: int | None) -> RoundStop | None:
    """The next room to visit: the first pending stop after the current one,
    else the first pending stop before it (a room passed over earlier)."""
    pending = sorted((s for s in stops if s.status is StopStatus.PENDING), key=lambda s: s.position)
    if not pending:
        return None
    if current_position is not None:
        later = [s for s in pending if s.position > current_position]
        if later:
            return later[0]
    return pending[0]


def seconds_between(start: str | None, end: str | None) -> float:
    if not start or not end:
        return 0.0
    return max(0.0, (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds())


def clock(seconds: float) -> str:
    """``m:ss`` (or ``h:mm:ss``) for a duration."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def due_snapshot_minutes(look_for: LookFor, elapsed_seconds: float, answered: Iterable[str] = ()) -> list[int]:
    """Prompt minutes of a snapshot look-for that have come and are not yet answered."""
    if look_for.response is not ResponseType.SNAPSHOT:
        return []
    done = set(answered)
    return [m for m in look_for.minutes if elapsed_seconds >= m * 60 and str(m) not in done]


@dataclass(frozen=True)
class StopLine:
    """One room of a round summary."""

    position: int
    room_name: str
    teacher_name: str
    status: StopStatus
    seconds: float
    marked: int
    deleted: bool = False


@dataclass(frozen=True)
class RoundSummary:
    lines: tuple[StopLine, ...]
    started_at: str
    ended_at: str | None

    @property
    def visited(self) -> int:
        return sum(1 for s in self.lines if s.status is StopStatus.VISITED and not s.deleted)

    @property
    def skipped(self) -> int:
        return sum(1 for s in self.lines if s.status is StopStatus.SKIPPED)

    @property
    def not_reached(self) -> int:
        return sum(1 for s in self.lines if s.status in (StopStatus.PENDING, StopStatus.VISITING))

    @property
    def seconds_in_rooms(self) -> float:
        return sum(s.seconds for s in self.lines if s.status is StopStatus.VISITED and not s.deleted)

    @property
    def average_seconds(self) -> float:
        return self.seconds_in_rooms / self.visited if self.visited else 0.0

    def describe(self) -> str:
        parts = [f"{self.visited} room{'s' if self.visited != 1 else ''} visited"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        if self.not_reached:
            parts.append(f"{self.not_reached} not reached")
        parts.append(f"{clock(self.seconds_in_rooms)} in classrooms")
        if self.visited:
            parts.append(f"{clock(self.average_seconds)} a room on average")
        return " · ".join(parts)


def summarise(
    stops: Sequence[RoundStop],
    rooms: dict[str, Room],
    teacher_names: dict[str, str],
    marked: dict[str, int],
    deleted_visits: set[str],
    *,
    started_at: str,
    ended_at: str | None,
) -> RoundSummary:
    """The round summary: rooms in walking order, time in each, marks made."""
    lines = []
    for stop in sorted(stops, key=lambda s: s.position):
        room = rooms.get(stop.room_id)
        teacher = teacher_names.get(room.teacher_id or "", "") if room else ""
        lines.append(StopLine(
            position=stop.position, room_name=room.name if room else "(removed room)", teacher_name=teacher,
            status=stop.status, seconds=seconds_between(stop.started_at, stop.ended_at),
            marked=marked.get(stop.observation_id or "", 0),
            deleted=stop.observation_id in deleted_visits,
        ))
    return RoundSummary(tuple(lines), started_at, ended_at)
