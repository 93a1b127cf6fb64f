"""One visit's responses and notes, drawn to look like a real classroom."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from walkthrough.core.frameworks import Framework, LookFor, ResponseType
from walkthrough.core.model import (
    Note,
    NoteKind,
    Observation,
    Response,
)
from walkthrough.demo.base import _new_id
from walkthrough.demo.content import DESCRIPTIVE_NOTES


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
    answered: int | None = None,
) -> tuple[list[Response], list[Note]]:
    responses: list[Response] = []
    look_fors = framework.look_fors
    if answered is not None:  # exactly this many look-fors marked (the benchmarks' large demo)
        picked = set(rng.sample(range(len(look_fors)), min(answered, len(look_fors))))
        look_fors = tuple(lf for i, lf in enumerate(look_fors) if i in picked)
    for look_for in look_fors:
        if answered is None and rng.random() < 0.08:  # untouched: unmarked, not "not observed"
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
