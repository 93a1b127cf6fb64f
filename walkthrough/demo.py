"""A realistic demo district, made by a seeded generator.

Two schools, about 30 rooms and 40 teachers, administrators, coaches and
substitutes, a saved walking route for each school, then a term of blast
walkthroughs and peer visits, as the app itself would have left them:

* every blast visit belongs to a finished round (8 to 15 rooms of 2 to 5
  minutes, now and then a room skipped, the rest of the route not reached),
  and one short round was walked this morning, so "Today's visits" has rows.
  No round is left in progress: the app would open straight into it;
* every peer visit belongs to its plan: the host (the room's teacher), one to
  three visitors each with their own notes, the host's focus in their own
  words and consent, substitute cover for the visitors' classes that need it,
  and for many the host's reflection and next step;
* a handful of visits are planned for this week and next, not visited yet:
  some classes still need a substitute, and one substitute is booked twice
  at once, so the visit schedule has something to warn about.

``observations=100000`` spreads the rounds over as many earlier terms as it
takes: the large database the benchmarks use. Times are school (local)
times, stored in UTC as the app stores them. Everything shown comes from this
generator and says so: the schools are named "(demo)". The same seed (and
day) makes the same district; record ids are fresh each time.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from walkthrough.core.frameworks import Framework, LookFor, Mode, ResponseType
from walkthrough.core.model import (
    Note,
    NoteKind,
    Observation,
    ObservationKind,
    ObservationStatus,
    Person,
    Response,
    Role,
    Room,
    Visibility,
)
from walkthrough.core.peer import DEFAULT_PEER_FRAMEWORK, PeerVisit, PeerVisitor
from walkthrough.core.rounds import Round, RoundStatus, RoundStop, Route, StopStatus, rooms_in_route_order, uses_teacher
from walkthrough.core.schedule import week_of
from walkthrough.storage import Repository
from walkthrough.storage.demo_bulk import import_peer_visits, import_rounds
from walkthrough.storage.route_store import LAST_ROUTE

CHUNK = 2000

FIRST = [
    "Amara",
    "Ben",
    "Carmen",
    "Dana",
    "Eli",
    "Farah",
    "Gabe",
    "Hana",
    "Ivan",
    "Jada",
    "Kofi",
    "Lena",
    "Marco",
    "Nadia",
    "Owen",
    "Priya",
    "Quinn",
    "Rosa",
    "Sami",
    "Tess",
    "Uma",
    "Victor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zoe",
    "Alma",
    "Bruno",
    "Celia",
    "Dev",
    "Esme",
    "Felix",
    "Gia",
    "Hugo",
    "Iris",
    "Joel",
    "Kira",
    "Luis",
    "Mei",
    "Noor",
]
LAST = [
    "Abbott",
    "Banerjee",
    "Castillo",
    "Diallo",
    "Eriksen",
    "Fontaine",
    "Garcia",
    "Haddad",
    "Ito",
    "Jensen",
    "Kowalski",
    "Lindqvist",
    "Mensah",
    "Novak",
    "Okafor",
    "Petrova",
    "Quintero",
    "Rahman",
    "Silva",
    "Tanaka",
    "Ueda",
    "Vasquez",
    "Whitfield",
    "Xu",
    "Yilmaz",
    "Zeller",
]

DESCRIPTIVE_NOTES = (
    "Four students at the back table explained to each other how they got 24.",
    "The learning target was read aloud and students repeated it to a partner.",
    "Two students used the proficiency scale on the wall to say where they were.",
    "Students chose between a number line and base-ten blocks to model the problem.",
    "The teacher asked 'How do you know?' three times in two minutes.",
    "A student asked the group 'What if we tried it with fractions?'",
    "Students moved to stations without directions after the timer sounded.",
    "Eleven of 24 students had their hands up during the turn-and-talk question.",
    "A student said: 'I'm stuck but I'm going to try another way.'",
    "Students gave each other feedback using the sentence stems on the table.",
)
WONDERINGS = (
    "I wonder how students decided which tool to use.",
    "I wonder what the students who were quiet were thinking during the discussion.",
    "I wonder how the scale is used on days without a posted target.",
)


# The parts of each school's day, as the school names them: (name, start, end).
PERIODS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "Maple Hollow Elementary (demo)": (
        ("Literacy block", "08:45", "10:15"),
        ("Math block", "10:30", "11:45"),
        ("Science and social studies", "12:30", "13:30"),
        ("Intervention and enrichment", "13:35", "14:20"),
    ),
    "Riverbend Middle School (demo)": (
        ("Period 1", "08:00", "08:50"),
        ("Period 2", "08:55", "09:45"),
        ("Period 3", "09:50", "10:40"),
        ("Period 4", "10:45", "11:35"),
        ("Period 5", "12:15", "13:05"),
        ("Period 6", "13:10", "14:00"),
        ("Period 7", "14:05", "14:55"),
    ),
}
ROUTE_NAMES = {
    "Maple Hollow Elementary (demo)": "Front hall and back",
    "Riverbend Middle School (demo)": "Sixth-grade wing to eighth",
}
# When blast rounds start (school time, minutes after midnight): two a day,
# a third in the afternoon only if the count asked for needs it.
ROUND_STARTS = (8 * 60 + 30, 12 * 60 + 30)
LATE_ROUND_START = 14 * 60

# What hosts ask their visitors to notice, in their own words.
FOCUS_QUESTIONS = (
    "How do students decide which tool to use when they're stuck?",
    "Who does the talking in the turn-and-talk, and who waits for their partner to answer?",
    "When I ask 'How do you know?', what do students point to as evidence?",
    "What do students do in the first five minutes, before I give any directions?",
    "Do students use the success criteria on the board while they work, or only when I point to them?",
    "Which students ask a classmate for help before they ask me, and what happens when they do?",
    "How much Spanish do students use with each other when I'm not at their table?",
    "During the lab, what questions do students ask, and who do they ask?",
    "How do my newcomers get into the group discussion: the sentence frames, their partner, or not yet?",
    "What do students change in their draft after a partner gives them feedback?",
    "How long do the transitions between stations take, and who gets lost in them?",
    "Where in the lesson do students get to choose, and what do they choose?",
)
REFLECTIONS = (
    "Most groups reached for the calculator first; only two tried the number line. I had assumed the opposite.",
    "The same four students answered every report-out. The quiet ones were talking, just not to the whole class.",
    "Students pointed at the anchor chart more than at their own work when asked how they knew.",
    "The first five minutes were calmer than I expected; the warm-up on the door does its job.",
    "Nobody looked at the success criteria until I mentioned them. They are too far from the tables.",
    "I heard more Spanish at the back tables than at the front, which surprised me.",
    "Feedback from partners was kind but vague: 'good job' more than 'add a reason'.",
    "The station rotation lost about four minutes each time, mostly waiting for materials.",
)
NEXT_STEPS = (
    "Put the number line and the blocks on every table before the task and see what changes.",
    "Try numbered heads for report-outs and invite the same visitors back in three weeks.",
    "Move the success criteria onto a card at each table.",
    "Teach the feedback stems explicitly on Monday, with one strong and one weak example.",
    "Set up the materials before the bell so the rotation starts on time.",
    "Ask two students to be 'Spanish captains' at their tables for a week.",
    "Visit a colleague who uses talk moves and borrow one for next unit.",
    "Keep the warm-up routine and add a question students answer with a partner.",
)


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
    repo: Repository, rng: random.Random, school_id: str, role: Role, count: int, used: set[str]
) -> list[Person]:
    made: list[Person] = []
    while len(made) < count:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name in used:
            continue
        used.add(name)
        made.append(repo.add_person(name, role, school_id))
    return made


def _directory(repo: Repository, rng: random.Random) -> list[_School]:
    used: set[str] = set()
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
        school = repo.add_school(school_name)
        room_teachers = _people(repo, rng, school.id, Role.TEACHER, len(plan), used)
        # Interventionists and co-teachers: teachers without a room of their own.
        others = _people(repo, rng, school.id, Role.TEACHER, 5 if len(plan) < 16 else 4, used)
        observers = _people(repo, rng, school.id, Role.ADMINISTRATOR, 2, used)
        coach = _people(repo, rng, school.id, Role.COACH, 1, used)[0]
        substitutes = _people(repo, rng, school.id, Role.SUBSTITUTE, 2, used)
        school_rooms = []
        for number, (entry, teacher) in enumerate(zip(plan, room_teachers, strict=True), start=101):
            grade, band, subject = entry.split("|")
            label = f"Room {number}" + (f" · Grade {grade}" if grade.isdigit() or grade == "K" else f" · {grade}")
            school_rooms.append(
                repo.add_room(school.id, label, teacher_id=teacher.id, grade_band=band, subject=subject)
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


def _routes(repo: Repository, schools: Sequence[_School]) -> None:
    """One saved route per school, in walking order, and the one the app offers first."""
    for school in schools:
        school.route = repo.add_route(school.id, ROUTE_NAMES[school.name], [r.id for r in _route_order(school.rooms)])
        repo.set_setting(LAST_ROUTE + school.id, school.route.id)


def _value(look_for: LookFor, rng: random.Random, p: float) -> tuple[object, bool]:
    """A plausible response for ``look_for``; ``p`` is how common the practice is."""
    if look_for.allow_na and rng.random() < 0.04:
        return None, True
    r = look_for.response
    if r is ResponseType.PRESENCE:
        return ("observed" if rng.random() < p else "not_observed"), False
    if r is ResponseType.FREQUENCY:
        index = min(4, max(0, round(rng.gauss(p * 4, 1.0))))
        return look_for.options[index].key, False
    if r is ResponseType.RATING:
        index = min(len(look_for.levels), max(1, round(rng.gauss(p * len(look_for.levels), 0.8))))
        return index, False
    if r is ResponseType.CHOICE:
        return rng.choice(look_for.options).key, False
    if r is ResponseType.MULTI_CHOICE:
        return [o.key for o in look_for.options if rng.random() < p / 2], False
    if r is ResponseType.TALLY:
        return max(0, round(rng.gauss(p * 6, 2))), False
    if r is ResponseType.SNAPSHOT:
        if look_for.options:
            return {str(m): rng.choice(look_for.options).key for m in look_for.minutes}, False
        return {str(m): max(0, round(rng.gauss(p * 20, 4))) for m in look_for.minutes}, False
    return rng.choice(DESCRIPTIVE_NOTES), False


def _visit(
    framework: Framework,
    rng: random.Random,
    obs: Observation,
    start: datetime,
    minutes: float,
    growth: float,
    room_effect: float,
    base: dict[str, float],
) -> tuple[list[Response], list[Note]]:
    responses: list[Response] = []
    for look_for in framework.look_fors:
        if rng.random() < 0.08:  # untouched: unmarked, not "not observed"
            continue
        p = min(0.97, max(0.03, base[look_for.key] + growth + room_effect))
        value, na = _value(look_for, rng, p)
        at = (start + timedelta(seconds=rng.uniform(5, minutes * 60))).isoformat(timespec="milliseconds")
        note = rng.choice(DESCRIPTIVE_NOTES) if look_for.evidence_note and rng.random() < 0.06 else ""
        responses.append(
            Response(
                id=_new_id(),
                observation_id=obs.id,
                look_for_key=look_for.key,
                value=value,
                not_applicable=na,
                note=note,
                set_at=at,
                updated_at=at,
            )
        )
    notes = []
    if rng.random() < 0.3:
        at = (start + timedelta(minutes=minutes / 2)).isoformat(timespec="milliseconds")
        notes.append(
            Note(
                id=_new_id(),
                observation_id=obs.id,
                kind=NoteKind.EVIDENCE,
                text=rng.choice(DESCRIPTIVE_NOTES),
                minute=int(minutes / 2),
                created_at=at,
                updated_at=at,
            )
        )
    return responses, notes


@dataclass
class _Maker:
    """Makes rounds and peer visits; holds what every one of them draws on."""

    rng: random.Random
    device: str
    schools: list[_School]
    blast: list[Framework]
    peer: list[Framework]
    base: dict[str, float]  # how common each practice is across the district
    room_effect: dict[str, float]
    keen: set[str]  # teachers who host and visit more often than most
    bookings: _Bookings = field(default_factory=_Bookings)

    # Blast rounds -----------------------------------------------------------
    def round_(self, day: date, start: int, target: int, progress: float) -> tuple[Round, list[RoundStop], list[Visit]]:
        """A finished round walked from ``start`` on ``day``, with ``target`` visits (fewer if rooms run out)."""
        rng = self.rng
        school = rng.choice(self.schools)
        observer = rng.choice(school.observers)
        framework = self.blast[0] if rng.random() < 0.6 else rng.choice(self.blast)
        with_teacher = uses_teacher(framework.teacher, rng.random() < 0.85)
        route = school.route if school.route is not None and rng.random() < 0.75 else None
        walk = rooms_in_route_order(school.rooms, route.room_ids if route else None)
        round_id = _new_id()
        # Most rounds start at the first room; some jump to another and walk on from there.
        offset = 0 if rng.random() < 0.5 else rng.randrange(len(walk))
        clock = _local(day, start)
        begun = _iso(clock)
        ended = begun
        states: dict[int, tuple[StopStatus, str | None, str | None, str | None]] = {}
        visits: list[Visit] = []
        for step in range(len(walk)):
            if len(visits) >= target:
                break
            position = (offset + step) % len(walk)
            room = walk[position]
            if step and rng.random() < 0.04:  # a test, an assembly, a room at the library
                states[position] = (StopStatus.SKIPPED, None, None, None)
                clock += timedelta(seconds=rng.uniform(20, 60))
                continue
            minutes = rng.uniform(2, 5)
            end = clock + timedelta(minutes=minutes)
            started, ended = _iso(clock), _iso(end)
            obs = Observation(
                id=_new_id(),
                kind=ObservationKind.BLAST,
                framework_id=framework.id,
                framework_version=framework.version,
                school_id=school.id,
                room_id=room.id,
                teacher_id=room.teacher_id if with_teacher else None,
                observer_id=observer.id,
                device_id=self.device,
                started_at=started,
                ended_at=ended,
                status=ObservationStatus.COMPLETE,
                visibility=Visibility.SHARED,
                updated_at=ended,
                round_id=round_id,
            )
            resp, notes = _visit(
                framework, rng, obs, clock, minutes, 0.15 * progress, self.room_effect[room.id], self.base
            )
            visits.append((obs, resp, notes))
            states[position] = (StopStatus.VISITED, obs.id, started, ended)
            clock = end + timedelta(minutes=rng.uniform(1, 3))
        stops = []
        for position, room in enumerate(walk):
            status, observation_id, stop_start, stop_end = states.get(position, (StopStatus.PENDING, None, None, None))
            stops.append(
                RoundStop(
                    id=_new_id(),
                    revision=1,
                    updated_at=stop_end or ended,
                    round_id=round_id,
                    position=position,
                    room_id=room.id,
                    status=status,
                    observation_id=observation_id,
                    started_at=stop_start,
                    ended_at=stop_end,
                )
            )
        round_ = Round(
            id=round_id,
            revision=1,
            updated_at=ended,
            school_id=school.id,
            framework_id=framework.id,
            framework_version=framework.version,
            observer_id=observer.id,
            route_id=route.id if route else None,
            with_teacher=with_teacher,
            started_at=begun,
            ended_at=ended,
            status=RoundStatus.FINISHED,
            current_stop_id=None,
        )
        return round_, stops, visits

    # Peer visits --------------------------------------------------------------
    def _weighted(self, people: Sequence[Person], count: int) -> list[Person]:
        """``count`` different people, the keen ones three times as likely."""
        weights = [3 if p.id in self.keen else 1 for p in people]
        chosen: list[Person] = []
        while len(chosen) < min(count, len(people)):
            person = self.rng.choices(people, weights)[0]
            if person not in chosen:
                chosen.append(person)
        return chosen

    def _times(self, school: _School) -> tuple[str, int, int]:
        """A period and a 20 to 30 minute visit inside it."""
        name, first, last = self.rng.choice(school.periods)
        start, end = _minutes(first), _minutes(last)
        length = self.rng.choice((20, 25, 30))
        start += 5 * self.rng.randint(0, (end - length - start) // 5)
        return name, start, start + length

    def slot(
        self,
        days: Sequence[date],
        visitors: int,
        *,
        cover_rate: float = 0.6,
        assign_cover: bool = True,
        school: _School | None = None,
        times: tuple[str, int, int] | None = None,
        substitute: Person | None = None,
    ) -> _Slot:
        """Who visits whom, when and where, and who covers the visitors' classes.

        Nobody is booked twice, except ``substitute``, who is given to every
        visitor needing cover without looking at their other bookings.
        """
        rng = self.rng
        found: _Slot | None = None
        for _attempt in range(200):
            where = school or rng.choice(self.schools)
            hosts = [p for p in where.teachers if any(r.teacher_id == p.id for r in where.rooms)]
            host = self._weighted(hosts, 1)[0]
            room = next(r for r in where.rooms if r.teacher_id == host.id)
            pool = [t for t in where.teachers if t.id != host.id]
            chosen = self._weighted(pool, visitors)
            if cover_rate < 1.0 and rng.random() < 0.15:  # the coach comes along
                chosen[-1] = where.coach
            day = rng.choice(days)
            period, start, end = times or self._times(where)
            ids = [host.id, *(p.id for p in chosen)]
            cover: list[tuple[Person, bool, str | None]] = []
            taken: set[str] = set()
            free = self.bookings.free(day, ids, start, end)
            for person in chosen:
                # A coach has no class; a teacher visiting in their planning period needs no cover.
                needed = person.role is Role.TEACHER and rng.random() < cover_rate
                sub: str | None = None
                if needed and assign_cover:
                    if substitute is not None:
                        sub = substitute.id
                    else:
                        options = [
                            s
                            for s in where.substitutes
                            if s.id not in taken and self.bookings.free(day, [s.id], start, end)
                        ]
                        if options:
                            sub = rng.choice(options).id
                            taken.add(sub)
                        else:
                            free = False
                            sub = rng.choice(where.substitutes).id
                cover.append((person, needed, sub))
            found = _Slot(where, room, host.id, day, period, start, end, cover)
            if free:
                break
        assert found is not None
        self.bookings.book(found.day, [found.host_id, *(p.id for p, _, _ in found.visitors)], found.start, found.end)
        self.bookings.book(found.day, [s for _, _, s in found.visitors if s], found.start, found.end)
        return found

    def _framework(self, room: Room) -> Framework:
        """The peer protocol mostly; now and then a math framework's prompts in a math class."""
        default = next((f for f in self.peer if f.id == DEFAULT_PEER_FRAMEWORK), self.peer[0])
        others = [f for f in self.peer if f is not default]
        if others and room.subject in ("Mathematics", "General") and self.rng.random() < 0.3:
            return self.rng.choice(others)
        return default

    def _plan(
        self,
        slot: _Slot,
        framework: Framework,
        visitors: Sequence[PeerVisitor],
        *,
        plan_id: str,
        focus: str,
        consent_at: str | None,
        created_by: str,
        updated_at: str,
        visibility: Visibility = Visibility.PRIVATE,
        shared_at: str | None = None,
        reflection: str = "",
        next_step: str = "",
    ) -> PeerVisit:
        return PeerVisit(
            id=plan_id,
            revision=1,
            updated_at=updated_at,
            school_id=slot.school.id,
            host_id=slot.host_id,
            room_id=slot.room.id,
            framework_id=framework.id,
            framework_version=framework.version,
            day=slot.day.isoformat(),
            start_time=_hhmm(slot.start),
            end_time=_hhmm(slot.end),
            period=slot.period,
            focus=focus,
            consent_by=slot.host_id if consent_at else None,
            consent_at=consent_at,
            visibility=visibility,
            shared_by=slot.host_id if shared_at else None,
            shared_at=shared_at,
            reflection=reflection,
            next_step=next_step,
            created_by=created_by,
            visitors=tuple(visitors),
        )

    def visited_plan(self, days: Sequence[date], visitors: int) -> tuple[PeerVisit, list[Visit]]:
        """A plan that took place: consent and focus beforehand, each visitor's notes, often a debrief."""
        rng = self.rng
        slot = self.slot(days, visitors)
        framework = self._framework(slot.room)
        plan_id = _new_id()
        visibility = Visibility.SHARED if rng.random() < 0.2 else Visibility.PRIVATE
        begins = _local(slot.day, slot.start)
        length = slot.end - slot.start
        seen = [lf for lf in framework.look_fors if lf.response is ResponseType.PRESENCE]
        made: list[Visit] = []
        people: list[PeerVisitor] = []
        for person, needed, sub in slot.visitors:
            start = begins + timedelta(seconds=rng.uniform(0, 150))
            end = begins + timedelta(minutes=length) - timedelta(seconds=rng.uniform(0, 90))
            obs = Observation(
                id=_new_id(),
                kind=ObservationKind.PEER,
                framework_id=framework.id,
                framework_version=framework.version,
                school_id=slot.school.id,
                room_id=slot.room.id,
                teacher_id=slot.host_id,
                observer_id=person.id,
                device_id=self.device,
                started_at=_iso(start),
                ended_at=_iso(end),
                status=ObservationStatus.COMPLETE,
                visibility=visibility,
                updated_at=_iso(end),
            )
            notes = []
            for minute in sorted(rng.sample(range(1, length), k=rng.randint(3, 6))):
                kind = rng.choice((NoteKind.NOTICING, NoteKind.NOTICING, NoteKind.EVIDENCE, NoteKind.WONDERING))
                text = rng.choice(WONDERINGS if kind is NoteKind.WONDERING else DESCRIPTIVE_NOTES)
                at = _iso(start + timedelta(minutes=minute))
                notes.append(
                    Note(
                        id=_new_id(),
                        observation_id=obs.id,
                        kind=kind,
                        text=text,
                        minute=minute,
                        created_at=at,
                        updated_at=at,
                    )
                )
            marks = []
            for look_for in seen:
                if rng.random() < 0.4:
                    at = _iso(start + timedelta(minutes=rng.uniform(1, length - 2)))
                    marks.append(
                        Response(
                            id=_new_id(),
                            observation_id=obs.id,
                            look_for_key=look_for.key,
                            value="observed",
                            set_at=at,
                            updated_at=at,
                        )
                    )
            made.append((obs, marks, notes))
            people.append(
                PeerVisitor(
                    id=_new_id(),
                    visit_id=plan_id,
                    visitor_id=person.id,
                    observation_id=obs.id,
                    cover_needed=needed,
                    substitute_id=sub,
                    updated_at=_iso(start),
                )
            )
        consent_at = _iso(_local(slot.day - timedelta(days=rng.randint(2, 9)), rng.randint(15 * 60, 16 * 60 + 30)))
        latest = max(consent_at, *(o.updated_at for o, _, _ in made))
        shared_at = None
        if visibility is Visibility.SHARED:
            shared_at = _iso(_local(slot.day + timedelta(days=rng.randint(0, 3)), rng.randint(15 * 60, 17 * 60)))
            latest = max(latest, shared_at)
        reflection = next_step = ""
        if rng.random() < 0.6:
            reflection, next_step = rng.choice(REFLECTIONS), rng.choice(NEXT_STEPS)
            debrief = _local(slot.day + timedelta(days=rng.randint(0, 2)), rng.randint(15 * 60, 17 * 60))
            latest = max(latest, _iso(debrief))
        plan = self._plan(
            slot,
            framework,
            people,
            plan_id=plan_id,
            focus=rng.choice(FOCUS_QUESTIONS),
            consent_at=consent_at,
            created_by=slot.host_id if rng.random() < 0.4 else slot.visitors[0][0].id,
            updated_at=latest,
            visibility=visibility,
            shared_at=shared_at,
            reflection=reflection,
            next_step=next_step,
        )
        return plan, made

    def planned_visits(self, today: date) -> list[PeerVisit]:
        """6 to 10 visits for this week and next, not visited yet, one substitute booked twice at once."""
        rng = self.rng
        _monday, next_monday = week_of(today)
        this_week = [d for d in (today + timedelta(days=i) for i in range(1, 7)) if d < next_monday and d.weekday() < 5]
        next_week = [next_monday + timedelta(days=i) for i in range(5)]
        asked = _iso(_local(today - timedelta(days=rng.randint(3, 6)), rng.randint(15 * 60, 16 * 60)))
        plans: list[PeerVisit] = []

        def plan(slot: _Slot, state: str) -> PeerVisit:
            plan_id = _new_id()
            consent_at = (
                None
                if state == "waiting"
                else _iso(_local(today - timedelta(days=rng.randint(1, 2)), rng.randint(15 * 60, 16 * 60 + 30)))
            )
            focus = rng.choice(FOCUS_QUESTIONS) if state == "ready" else ""
            visitors = [
                PeerVisitor(
                    id=_new_id(),
                    visit_id=plan_id,
                    visitor_id=p.id,
                    cover_needed=needed,
                    substitute_id=sub,
                    updated_at=consent_at or asked,
                )
                for p, needed, sub in slot.visitors
            ]
            return self._plan(
                slot,
                self._framework(slot.room),
                visitors,
                plan_id=plan_id,
                focus=focus,
                consent_at=consent_at,
                created_by=slot.visitors[0][0].id,
                updated_at=consent_at or asked,
            )

        # The double booking: two visits at once, the same substitute covering a class in each.
        clash_day = (this_week or next_week)[0]
        where = rng.choice(self.schools)
        name, first, _last = rng.choice(where.periods)
        sub = rng.choice(where.substitutes)
        start = _minutes(first) + 5
        for shift in (0, 10):
            slot = self.slot(
                [clash_day],
                1,
                cover_rate=1.0,
                school=where,
                times=(name, start + shift, start + shift + 30),
                substitute=sub,
            )
            plans.append(plan(slot, "ready"))
        # The rest: some still need a substitute, one waits for the host to agree, one has no focus yet.
        count = rng.randint(6, 10) - len(plans)
        states = ["uncovered", "uncovered", "waiting", "agreed", *["ready"] * (count - 4)]
        rng.shuffle(states)
        for i, state in enumerate(states):
            days = this_week if this_week and i % 2 == 0 else next_week
            if state == "uncovered":
                slot = self.slot(days, 1, cover_rate=1.0, assign_cover=False)
            else:
                slot = self.slot(days, rng.choice((1, 1, 2)), cover_rate=0.7)
            plans.append(plan(slot, "ready" if state == "uncovered" else state))
        return plans


def generate(repo: Repository, *, observations: int = 600, seed: int = 2026, today: date | None = None) -> DemoSummary:
    """Write the demo district into ``repo``; refuse if it already holds visits.

    ``today`` (the local date by default) is the day of this morning's round;
    earlier visits are on the school days before it, planned ones after it.
    """
    if repo.observation_count() > 0:
        raise DemoRefused(
            "this data folder already holds observations; the demo only fills an empty one "
            "(use --data-dir to choose another folder)"
        )
    today = today or date.today()
    rng = random.Random(seed)
    blast_frameworks = repo.frameworks(Mode.BLAST)
    peer_frameworks = repo.frameworks(Mode.PEER)
    if not blast_frameworks:
        raise DemoRefused("no blast framework is installed; check the forms folder")
    schools = _directory(repo, rng)
    _routes(repo, schools)
    hashes = {(f.id, f.version): f.sha256 for f in blast_frameworks + peer_frameworks}
    teachers = [t for s in schools for t in s.teachers]
    maker = _Maker(
        rng=rng,
        device=repo.device_id,
        schools=schools,
        blast=blast_frameworks,
        peer=peer_frameworks,
        base={lf.key: rng.uniform(0.2, 0.8) for f in blast_frameworks + peer_frameworks for lf in f.look_fors},
        room_effect={room.id: rng.uniform(-0.15, 0.15) for s in schools for room in s.rooms},
        keen={t.id for t in rng.sample(teachers, k=len(teachers) // 3)},
    )

    peer_count = min(observations, max(0, round(observations * 0.05))) if peer_frameworks else 0
    blast_count = observations - peer_count
    today_count = min(blast_count, rng.randint(5, 8))  # this morning's round
    earlier_count = blast_count - today_count
    rounds_needed = max(1, -(-earlier_count // 10))
    days = _school_days(today - timedelta(days=1), max(1, -(-rounds_needed // 2)))

    def rounds() -> Iterator[tuple[Round, list[RoundStop], list[Visit]]]:
        made = 0
        position = {d: i for i, d in enumerate(days)}
        slots = [(d, m) for d in days for m in ROUND_STARTS] + [(d, LATE_ROUND_START) for d in days]
        for day, start in slots:
            if made >= earlier_count:
                break
            walked = maker.round_(
                day, start, min(rng.randint(8, 15), earlier_count - made), position[day] / max(1, len(days) - 1)
            )
            made += len(walked[2])
            yield walked
        if today_count:
            yield maker.round_(today, ROUND_STARTS[0], today_count, 1.0)

    def peer_plans() -> Iterator[tuple[PeerVisit, list[Visit]]]:
        made = 0
        while made < peer_count:
            visitors = min(peer_count - made, rng.choices((1, 2, 3), weights=(55, 35, 10))[0])
            plan, visits = maker.visited_plan(days, visitors)
            made += len(visits)
            yield plan, visits

    blast = round_count = pending = 0
    walks: list[tuple[Round, list[RoundStop], list[Visit]]] = []
    for walked in rounds():
        walks.append(walked)
        round_count += 1
        pending += len(walked[2])
        if pending >= CHUNK:
            blast += _flush_rounds(repo, walks, hashes)
            walks, pending = [], 0
    if walks:
        blast += _flush_rounds(repo, walks, hashes)

    peer = plan_count = 0
    plans: list[tuple[PeerVisit, list[Visit]]] = []
    for made in peer_plans():
        plans.append(made)
        plan_count += 1
        if len(plans) >= CHUNK // 2:
            peer += _flush_plans(repo, plans, hashes)
            plans = []
    if plans:
        peer += _flush_plans(repo, plans, hashes)

    planned = maker.planned_visits(today) if peer_frameworks else []
    import_peer_visits(repo, planned, framework_hashes=hashes)
    return DemoSummary(
        schools=len(schools),
        rooms=sum(len(s.rooms) for s in schools),
        teachers=len(teachers),
        blast=blast,
        peer=peer,
        rounds=round_count,
        peer_plans=plan_count,
        planned=len(planned),
    )


def _flush_rounds(
    repo: Repository, walks: list[tuple[Round, list[RoundStop], list[Visit]]], hashes: dict[tuple[str, str], str]
) -> int:
    visits = [v for _, _, vs in walks for v in vs]
    return import_rounds(
        repo,
        [r for r, _, _ in walks],
        [s for _, ss, _ in walks for s in ss],
        [o for o, _, _ in visits],
        [r for _, rs, _ in visits for r in rs],
        [n for _, _, ns in visits for n in ns],
        framework_hashes=hashes,
    )


def _flush_plans(
    repo: Repository, plans: list[tuple[PeerVisit, list[Visit]]], hashes: dict[tuple[str, str], str]
) -> int:
    visits = [v for _, vs in plans for v in vs]
    return import_peer_visits(
        repo,
        [p for p, _ in plans],
        [o for o, _, _ in visits],
        [r for _, rs, _ in visits for r in rs],
        [n for _, _, ns in visits for n in ns],
        framework_hashes=hashes,
    )
