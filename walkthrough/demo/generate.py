"""generate(): the whole demo district, written in chunks."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from walkthrough.core.frameworks import Mode
from walkthrough.core.peer import PeerVisit
from walkthrough.core.rounds import Round, RoundStop
from walkthrough.demo.base import (
    DemoRefused,
    DemoSummary,
    Visit,
    _directory,
    _district_administrator,
    _routes,
)
from walkthrough.demo.blast import _BlastMaker
from walkthrough.demo.calendar import busy_days, school_days
from walkthrough.demo.content import CHUNK, ROUND_STARTS, ROUND_TIMES, SUBJECT_FAVOUR
from walkthrough.demo.peer import _PeerMaker
from walkthrough.storage import Repository
from walkthrough.storage.demo_bulk import import_peer_visits, import_rounds


class _Maker(_BlastMaker, _PeerMaker):
    """Makes rounds and peer visits."""


def generate(repo: Repository, *, observations: int = 600, seed: int = 2026, today: date | None = None,
             responses_per_visit: int | None = None) -> DemoSummary:
    """Write the demo district into ``repo``; refuse if it already holds visits.

    ``today`` (the local date by default) is the day of this morning's round;
    earlier visits are on the school days before it, planned ones after it.
    The whole district is one transaction: interrupted (Ctrl+C, a kill, a
    full disk), it leaves nothing behind, so running it again completes it.
    ``responses_per_visit``: every blast visit marks exactly that many look-fors of
    a 48-look-for framework installed for it (the benchmarks' large demo).
    """
    if responses_per_visit is not None and repo.observation_count() == 0:  # refused below otherwise
        _install_large(repo)
    with repo.transaction():
        return _generate(repo, observations=observations, seed=seed, today=today,
                         responses_per_visit=responses_per_visit)


def _install_large(repo: Repository) -> None:
    import tempfile
    from pathlib import Path

    from walkthrough.demo.large import write_large_framework

    with tempfile.TemporaryDirectory() as folder:
        for report in repo.install_framework_files([write_large_framework(Path(folder))]):
            if report.problems:
                raise DemoRefused("the benchmark framework did not install: " + "; ".join(map(str, report.problems)))


def _generate(repo: Repository, *, observations: int, seed: int, today: date | None,
              responses_per_visit: int | None) -> DemoSummary:
    if repo.observation_count() > 0:
        raise DemoRefused(
            "this data folder already holds observations; the demo only fills an empty one "
            "(use --data-dir to choose another folder)"
        )
    today = today or date.today()
    rng = random.Random(seed)
    blast_frameworks = repo.frameworks(Mode.BLAST)
    if responses_per_visit is not None:
        from walkthrough.demo.large import LARGE_ID

        blast_frameworks = [f for f in blast_frameworks if f.id == LARGE_ID]
    peer_frameworks = repo.frameworks(Mode.PEER)
    if not blast_frameworks:
        raise DemoRefused("no blast framework is installed; check the forms folder")
    admin = _district_administrator(repo)
    schools = _directory(repo, rng, admin.id)
    _routes(repo, schools, admin.id)
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
        coverage={room.id: _coverage(rng, room.subject) for s in schools for room in s.rooms},
        answered=responses_per_visit,
    )

    peer_count = min(observations, max(0, round(observations * 0.05))) if peer_frameworks else 0
    blast_count = observations - peer_count
    today_count = min(blast_count, rng.randint(5, 8))  # this morning's round
    earlier_count = blast_count - today_count
    # The last three school years: school days only, some weeks and times of day busier than others.
    days = school_days(today) or [today - timedelta(days=1)]
    position = {d: i / max(1, len(days) - 1) for i, d in enumerate(days)}
    times, time_weights = zip(*ROUND_TIMES, strict=True)

    def rounds() -> Iterator[tuple[Round, list[RoundStop], list[Visit]]]:
        made = 0
        # About 9 visits a round once rooms passed by are left out; short rounds are made up after.
        planned = busy_days(rng, days, max(1, -(-earlier_count // 9)))
        while made < earlier_count:
            for day in planned:
                if made >= earlier_count:
                    break
                start = rng.choices(times, weights=time_weights)[0] + rng.randrange(0, 20)
                walked = maker.round_(day, start, min(rng.randint(8, 15), earlier_count - made), position[day])
                made += len(walked[2])
                yield walked
            planned = busy_days(rng, days, max(1, -(-(earlier_count - made) // 6)))
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


def _coverage(rng: random.Random, subject: str) -> float:
    """How likely a round is to stop at a room: a few rooms are seen far more than others, and the
    subjects the district is working on (mathematics, reading) more than the rest."""
    tier = rng.choices((0.15, 0.55, 0.8, 1.0), weights=(15, 30, 35, 20))[0]
    return max(0.08, tier * SUBJECT_FAVOUR.get(subject, 0.75))


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
