"""A realistic demo district, made by a seeded generator.

Two schools, about 30 rooms and 40 teachers, administrators, coaches and
substitutes, then a term of blast walkthroughs (rounds of 8 to 15 rooms, 2 to
5 minutes each) and some peer visits. ``observations=100000`` spreads the
rounds over as many earlier terms as it takes: the large database the
benchmarks use. Everything shown comes from this generator and says so: the
schools are named "(demo)".
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

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
    new_id,
)
from walkthrough.storage import Repository

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


@dataclass(frozen=True)
class DemoSummary:
    schools: int
    rooms: int
    teachers: int
    blast: int
    peer: int

    def __str__(self) -> str:
        return (
            f"{self.schools} schools, {self.rooms} rooms, {self.teachers} teachers, "
            f"{self.blast} blast visits and {self.peer} peer visits"
        )


class DemoRefused(Exception):
    pass


def _school_days(end: date, count: int) -> list[date]:
    """``count`` school days (Mon-Fri, no late-December break) up to ``end``."""
    days: list[date] = []
    day = end
    while len(days) < count:
        if day.weekday() < 5 and not (day.month == 12 and day.day > 20) and day.month not in (7,):
            days.append(day)
        day -= timedelta(days=1)
    return sorted(days)


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


def _directory(
    repo: Repository, rng: random.Random
) -> tuple[dict[str, list[Room]], dict[str, list[Person]], list[Person]]:
    used: set[str] = set()
    rooms: dict[str, list[Room]] = {}
    observers: dict[str, list[Person]] = {}
    teachers: list[Person] = []
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
    for school_name, plan in plans.items():
        school = repo.add_school(school_name)
        room_teachers = _people(repo, rng, school.id, Role.TEACHER, len(plan), used)
        # Interventionists and co-teachers: teachers without a room of their own.
        teachers.extend(room_teachers + _people(repo, rng, school.id, Role.TEACHER, 5 if len(plan) < 16 else 4, used))
        observers[school.id] = _people(repo, rng, school.id, Role.ADMINISTRATOR, 2, used)
        _people(repo, rng, school.id, Role.COACH, 1, used)
        _people(repo, rng, school.id, Role.SUBSTITUTE, 2, used)
        school_rooms = []
        for number, (entry, teacher) in enumerate(zip(plan, room_teachers, strict=True), start=101):
            grade, band, subject = entry.split("|")
            label = f"Room {number}" + (f" · Grade {grade}" if grade.isdigit() or grade == "K" else f" · {grade}")
            school_rooms.append(
                repo.add_room(school.id, label, teacher_id=teacher.id, grade_band=band, subject=subject)
            )
        rooms[school.id] = school_rooms
    return rooms, observers, teachers


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
                id=new_id(),
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
                id=new_id(),
                observation_id=obs.id,
                kind=NoteKind.EVIDENCE,
                text=rng.choice(DESCRIPTIVE_NOTES),
                minute=int(minutes / 2),
                created_at=at,
                updated_at=at,
            )
        )
    return responses, notes


def generate(repo: Repository, *, observations: int = 600, seed: int = 2026, today: date | None = None) -> DemoSummary:
    """Write the demo district into ``repo``; refuse if it already holds visits."""
    if repo.observation_count() > 0:
        raise DemoRefused(
            "this data folder already holds observations; the demo only fills an empty one "
            "(use --data-dir to choose another folder)"
        )
    rng = random.Random(seed)
    blast_frameworks = repo.frameworks(Mode.BLAST)
    peer_frameworks = repo.frameworks(Mode.PEER)
    if not blast_frameworks:
        raise DemoRefused("no blast framework is installed; check the forms folder")
    rooms, observers, teachers = _directory(repo, rng)
    device = repo.device_id
    hashes = {(f.id, f.version): f.sha256 for f in blast_frameworks + peer_frameworks}
    base = {lf.key: rng.uniform(0.2, 0.8) for f in blast_frameworks + peer_frameworks for lf in f.look_fors}
    room_effect = {room.id: rng.uniform(-0.15, 0.15) for rs in rooms.values() for room in rs}

    peer_count = min(observations, max(0, round(observations * 0.05))) if peer_frameworks else 0
    blast_count = observations - peer_count
    rounds_needed = max(1, -(-blast_count // 10))
    days = _school_days(today or datetime.now(UTC).date(), max(1, -(-rounds_needed // 2)))

    def blast_visits() -> Iterator[tuple[Observation, list[Response], list[Note]]]:
        made = 0
        # Two rounds a school day, morning and after lunch; a third in the
        # afternoon only if the count asked for needs more.
        position = {d: i for i, d in enumerate(days)}
        slots = [(d, h) for d in days for h in (8, 12)] + [(d, 14) for d in days]
        for day, hour in slots:
            if made >= blast_count:
                return
            school_id = rng.choice(list(rooms))
            observer = rng.choice(observers[school_id])
            framework = blast_frameworks[0] if rng.random() < 0.6 else rng.choice(blast_frameworks)
            route = rng.sample(rooms[school_id], k=min(len(rooms[school_id]), rng.randint(8, 15)))
            clock = datetime(day.year, day.month, day.day, hour, 30, tzinfo=UTC)
            term_progress = position[day] / max(1, len(days) - 1)
            for room in route:
                if made >= blast_count:
                    return
                minutes = rng.uniform(2, 5)
                start = clock
                end = start + timedelta(minutes=minutes)
                anonymous = framework.teacher.value == "anonymous"
                obs = Observation(
                    id=new_id(),
                    kind=ObservationKind.BLAST,
                    framework_id=framework.id,
                    framework_version=framework.version,
                    school_id=school_id,
                    room_id=room.id,
                    teacher_id=None if anonymous else room.teacher_id,
                    observer_id=observer.id,
                    device_id=device,
                    started_at=start.isoformat(timespec="milliseconds"),
                    ended_at=end.isoformat(timespec="milliseconds"),
                    status=ObservationStatus.COMPLETE,
                    visibility=Visibility.SHARED,
                    updated_at=end.isoformat(timespec="milliseconds"),
                )
                resp, notes = _visit(
                    framework, rng, obs, start, minutes, 0.15 * term_progress, room_effect[room.id], base
                )
                made += 1
                clock = end + timedelta(minutes=rng.uniform(1, 3))
                yield obs, resp, notes

    def peer_visits() -> Iterator[tuple[Observation, list[Response], list[Note]]]:
        for _ in range(peer_count):
            school_id = rng.choice(list(rooms))
            room = rng.choice(rooms[school_id])
            visitor = rng.choice([t for t in teachers if t.id != room.teacher_id])
            framework = rng.choice(peer_frameworks)
            day = rng.choice(days)
            start = datetime(day.year, day.month, day.day, rng.randint(8, 14), rng.choice((0, 15, 30, 45)), tzinfo=UTC)
            end = start + timedelta(minutes=rng.choice((20, 25, 30)))
            obs = Observation(
                id=new_id(),
                kind=ObservationKind.PEER,
                framework_id=framework.id,
                framework_version=framework.version,
                school_id=school_id,
                room_id=room.id,
                teacher_id=room.teacher_id,
                observer_id=visitor.id,
                device_id=device,
                started_at=start.isoformat(timespec="milliseconds"),
                ended_at=end.isoformat(timespec="milliseconds"),
                status=ObservationStatus.COMPLETE,
                visibility=Visibility.SHARED if rng.random() < 0.2 else Visibility.PRIVATE,
                updated_at=end.isoformat(timespec="milliseconds"),
            )
            notes = []
            for minute in sorted(rng.sample(range(1, 25), k=rng.randint(3, 6))):
                kind = rng.choice((NoteKind.NOTICING, NoteKind.NOTICING, NoteKind.EVIDENCE, NoteKind.WONDERING))
                text = rng.choice(WONDERINGS if kind is NoteKind.WONDERING else DESCRIPTIVE_NOTES)
                at = (start + timedelta(minutes=minute)).isoformat(timespec="milliseconds")
                notes.append(
                    Note(
                        id=new_id(),
                        observation_id=obs.id,
                        kind=kind,
                        text=text,
                        minute=minute,
                        created_at=at,
                        updated_at=at,
                    )
                )
            yield obs, [], notes

    written = {"blast": 0, "peer": 0}
    for kind, source in (("blast", blast_visits()), ("peer", peer_visits())):
        batch: list[tuple[Observation, list[Response], list[Note]]] = []
        for item in source:
            batch.append(item)
            if len(batch) >= CHUNK:
                written[kind] += _flush(repo, batch, hashes)
                batch = []
        if batch:
            written[kind] += _flush(repo, batch, hashes)
    return DemoSummary(
        schools=len(rooms),
        rooms=sum(len(r) for r in rooms.values()),
        teachers=len(teachers),
        blast=written["blast"],
        peer=written["peer"],
    )


def _flush(
    repo: Repository, batch: list[tuple[Observation, list[Response], list[Note]]], hashes: dict[tuple[str, str], str]
) -> int:
    return repo.import_records(
        [o for o, _, _ in batch],
        [r for _, rs, _ in batch for r in rs],
        [n for _, _, ns in batch for n in ns],
        framework_hashes=hashes,
    )
