"""The state the demo's round and peer-visit makers share."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from walkthrough.core.frameworks import Framework
from walkthrough.demo.base import _Bookings, _School


@dataclass
class _MakerBase:
    """What every round and peer visit of the demo draws on."""

    rng: random.Random
    device: str
    schools: list[_School]
    blast: list[Framework]
    peer: list[Framework]
    base: dict[str, float]  # how common each practice is across the district
    room_effect: dict[str, float]
    keen: set[str]  # teachers who host and visit more often than most
    bookings: _Bookings = field(default_factory=_Bookings)
    coverage: dict[str, float] = field(default_factory=dict)  # how likely a round stops at each room
    answered: int | None = None  # marked look-fors per blast visit (None: most, as observers do)
