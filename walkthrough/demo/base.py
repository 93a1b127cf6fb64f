"""The demo's building blocks: the district directory, ids, school times, bookings."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from walkthrough.core.model import (
    Note,
    Observation,
    Person,
    Response,
    Role,
    Room,
)
from walkthrough.core.rounds import Route
from walkthrough.demo.content import FIRST, LAST, PERIODS, ROUTE_NAMES
from walkthrough.storage import Repository
from walkthrough.storage.route_store import LAST_ROUTE


@dataclass(frozen=True)
class DemoSummary:
    schools: int
    rooms: int
    teachers: int
    blast: int
    peer: int
    rounds: int = 0
    peer_plans: int = 0
    planned: int = 0

    def __str__(self) -> str:
        return (
            f"{self.schools} schools, {self.rooms} rooms, {self.teachers} teachers, "
            f"{self.blast} blast visits in {self.rounds} rounds, "
            f"{self.peer} peer visits in {self.peer_plans} plans, "
            f"and {self.planned} peer visits planned for this week and next"
        )


class DemoRefused(Exception):
    pass


@dataclass
class _School:
    id: str
    name: str
    rooms: list[Room]
    teachers: list[Person]  # with a room of their own or not
    observers: list[Person]  # administrators, who walk the rounds
    coach: Person
    substitutes: list[Person]
    periods: tuple[tuple[str, str, str], ...]
    route: Route | None = None


Visit = tuple[Observation, list[Response], list[Note]]


_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}


def _fresh_ids() -> Iterator[str]:
    """Random (version 4) UUIDs as text, like :func:`walkthrough.core.model.new_id`
    but three times as fast: the 100,000-visit demo makes two million of them."""
    while True:
        raw = os.urandom(16 * 4096).hex()
        for i in range(0, len(raw), 32):
            h = raw[i : i + 32]
            yield f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"


_new_id = _fresh_ids().__next__


def _school_days(end: date, count: int) -> list[date]:
    """``count`` school days (Mon-Fri, no late-December break) up to ``end``."""
    days: list[date] = []
    day = end
    while len(days) < count:
        if day.weekday() < 5 and not (day.month == 12 and day.day > 20) and day.month not in (7,):
            days.append(day)
        day -= timedelta(days=1)
    return sorted(days)


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _local(day: date, minutes: int) -> datetime:
    """``day`` at a school (local) time, as the app stores times: UTC."""
    return datetime.combine(day, time(minutes // 60, minutes % 60)).astimezone(UTC)


def _iso(at: datetime) -> str:
    return at.isoformat(timespec="milliseconds")


def _route_order(rooms: Sequence[Room]) -> list[Room]:
    """Walking order: down one side of the hall and back along the other."""
    return [*rooms[0::2], *rooms[1::2][::-1]]


class _Bookings:
    """Who is busy when, so that the generated plans book nobody twice by accident."""

    def __init__(self) -> None:
        self._busy: dict[tuple[date, str], list[tuple[int, int]]] = {}

    def free(self, day: date, people: Sequence[str], start: int, end: int) -> bool:
        return all(not (s < end and start < e) for p in people for s, e in self._busy.get((day, p), ()))

    def book(self, day: date, people: Sequence[str], start: int, end: int) -> None:
        for person in people:
            self._busy.setdefault((day, person), []).append((start, end))


@dataclass
class _Slot:
    """Who, where and when of one peer visit."""

    school: _School
    room: Room
    host_id: str
    day: date
    period: str
    start: int
    end: int
    visitors: list[tuple[Person, bool, str | None]]  # (visitor, cover needed, substitute)


def _people(
    repo: Repository, rng: random.Random, school_id: str, role: Role, count: int, used: set[str], by: str
) -> list[Person]:
    made: list[Person] = []
    while len(made) < count:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name in used:
            continue
        used.add(name)
        made.append(repo.add_person(name, role, school_id, by=by))
    return made


DISTRICT_ADMINISTRATOR = "Jordan Reyes (district office)"


def _district_administrator(repo: Repository) -> Person:
    """The administrator who sets the directory up: the district's, made as the first profile
    of the directory (or one the folder already has)."""
    existing = repo.people(Role.ADMINISTRATOR)
    if existing:
        return next((p for p in existing if p.name == DISTRICT_ADMINISTRATOR), existing[0])
    return repo.add_person(DISTRICT_ADMINISTRATOR, Role.ADMINISTRATOR, None, by=None)


def _directory(repo: Repository, rng: random.Random, by: str) -> list[_School]:
    used: set[str] = {DISTRICT_ADMINISTRATOR}
    plans = {
        "Maple Hollow Elementary (demo)": [
            *(
                f"{g}|{band}|General"
                for g, band in (
                    ("K", "K-2"),
                    ("K", "K-2"),
                    ("1", "K-2"),
                    ("1", "K-2"),
                    ("2", "K-2"),
                    ("2", "K-2"),
                    ("3", "3-5"),
                    ("3", "3-5"),
                    ("4", "3-5"),
                    ("4", "3-5"),
                    ("5", "3-5"),
                    ("5", "3-5"),
                )
            ),
            "Art|K-5|Art",
            "Music|K-5|Music",
            "PE|K-5|Physical education",
        ],
        "Riverbend Middle School (demo)": [
            f"{g}|6-8|{s}"
            for g in ("6", "7", "8")
            for s in ("Mathematics", "English language arts", "Science", "Social studies", "Spanish")
        ],
    }
    schools: list[_School] = []
    for school_name, plan in plans.items():
        school = repo.add_school(school_name, by=by)
        room_teachers = _people(repo, rng, school.id, Role.TEACHER, len(plan), used, by)
        # Interventionists and co-teachers: teachers without a room of their own.
        others = _people(repo, rng, school.id, Role.TEACHER, 5 if len(plan) < 16 else 4, used, by)
        observers = _people(repo, rng, school.id, Role.ADMINISTRATOR, 2, used, by)
        coach = _people(repo, rng, school.id, Role.COACH, 1, used, by)[0]
        substitutes = _people(repo, rng, school.id, Role.SUBSTITUTE, 2, used, by)
        school_rooms = []
        for number, (entry, teacher) in enumerate(zip(plan, room_teachers, strict=True), start=101):
            grade, band, subject = entry.split("|")
            label = f"Room {number}" + (f" · Grade {grade}" if grade.isdigit() or grade == "K" else f" · {grade}")
            school_rooms.append(
                repo.add_room(school.id, label, teacher_id=teacher.id, grade_band=band, subject=subject, by=by)
            )
        schools.append(
            _School(
                id=school.id,
                name=school_name,
                rooms=school_rooms,
                teachers=room_teachers + others,
                observers=observers,
                coach=coach,
                substitutes=substitutes,
                periods=PERIODS[school_name],
            )
        )
    return schools


def _routes(repo: Repository, schools: Sequence[_School], by: str) -> None:
    """One saved route per school, in walking order, and the one the app offers first."""
    for school in schools:
        school.route = repo.add_route(school.id, ROUTE_NAMES[school.name], [r.id for r in _route_order(school.rooms)],
                                      by=by)
        repo.set_setting(LAST_ROUTE + school.id, school.route.id)
