"""Peer visits for the demo: visited plans with their notes, and planned ones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from walkthrough.core.frameworks import Framework, ResponseType
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
from walkthrough.core.schedule import week_of
from walkthrough.demo.base import Visit, _hhmm, _iso, _local, _minutes, _new_id, _School, _Slot
from walkthrough.demo.content import DESCRIPTIVE_NOTES, FOCUS_QUESTIONS, NEXT_STEPS, REFLECTIONS, WONDERINGS
from walkthrough.demo.maker import _MakerBase


class _PeerMaker(_MakerBase):
    """Makes peer-visit plans, visited and planned."""

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
                grade_band=slot.room.grade_band,
                subject=slot.room.subject,
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
        people = [replace(p, agreed_at=consent_at) for p in people]  # the host agreed to them all
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
                    agreed_at=consent_at,
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
