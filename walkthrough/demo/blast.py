"""Finished blast walkthrough rounds for the demo."""

from __future__ import annotations

from datetime import date, timedelta

from walkthrough.core.model import (
    Observation,
    ObservationKind,
    ObservationStatus,
    Visibility,
)
from walkthrough.core.rounds import Round, RoundStatus, RoundStop, StopStatus, rooms_in_route_order, uses_teacher
from walkthrough.demo.base import Visit, _iso, _local, _new_id
from walkthrough.demo.maker import _MakerBase
from walkthrough.demo.visits import _visit


class _BlastMaker(_MakerBase):
    """Makes finished rounds."""

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
            if step and rng.random() > self.coverage.get(room.id, 1.0):
                continue  # the observer passes it by today: some rooms are seen far less than others
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
                grade_band=room.grade_band,
                subject=room.subject,
            )
            resp, notes = _visit(
                framework, rng, obs, clock, minutes, 0.15 * progress, self.room_effect[room.id], self.base,
                self.answered,
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
