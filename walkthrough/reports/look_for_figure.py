"""One look-for's figure from its answers: how many visits gave each value, made into the
figure of the look-for's type (a share for presence, a mean for numbers and tallies, option
counts for choices, frequencies and ratings, per-minute shares for snapshots).

Qt-free; used by :mod:`walkthrough.reports.engine`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from walkthrough.core.framework_types import LookFor, ResponseType, SnapshotPick
from walkthrough.core.scoring import answer_value
from walkthrough.reports.figures import LookForFigure, OptionCount, Proportion


@dataclass
class Tallies:
    """A look-for's answers: stored value (decoded) → how many visits, and N/A answers."""

    values: dict[Any, int]
    not_applicable: int = 0


def freeze(value: object) -> Any:
    """A hashable stand-in for a decoded JSON value (dicts and lists)."""
    if isinstance(value, dict):
        return ("__dict__", tuple(sorted((k, freeze(v)) for k, v in value.items())))
    if isinstance(value, list):
        return ("__list__", tuple(freeze(v) for v in value))
    return value


def thaw(value: Any) -> Any:
    if isinstance(value, tuple) and len(value) == 2 and value[0] == "__dict__":
        return {k: thaw(v) for k, v in value[1]}
    if isinstance(value, tuple) and len(value) == 2 and value[0] == "__list__":
        return [thaw(v) for v in value[1]]
    return value


def presence(tally: Tallies) -> Proportion:
    observed = tally.values.get("observed", 0)
    return Proportion(observed, observed + tally.values.get("not_observed", 0))


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def fill_figure(base: LookForFigure, lf: LookFor, pairs: list[tuple[Any, int]], part: str = "") -> LookForFigure:
    """The figure of the look-for's type from its (value, visits) pairs."""
    if lf.parts and not part:
        parts = []
        for p in lf.parts:
            inner = [(v.get(p.key), n) for v, n in pairs if isinstance(v, dict) and v.get(p.key) is not None]
            sub = replace(base, key=f"{base.key}.{p.key}", prompt=p.prompt or p.label,
                          answered=sum(n for _v, n in inner))
            parts.append((p.label, fill_figure(sub, lf, inner, p.key)))
        return replace(base, parts=tuple(parts))
    rtype = lf.response
    if rtype is ResponseType.PRESENCE:
        observed = sum(n for v, n in pairs if v == "observed")
        marked = sum(n for v, n in pairs if v in ("observed", "not_observed"))
        return replace(base, presence=Proportion(observed, marked))
    if rtype in (ResponseType.NUMBER, ResponseType.TALLY):
        numbers = [(x, n) for v, n in pairs if (x := _number(v)) is not None]
        total = sum(n for _x, n in numbers)
        return replace(base, mean=sum(x * n for x, n in numbers) / total if total else None)
    if rtype is ResponseType.TEXT:
        return replace(base, written=sum(n for v, n in pairs if isinstance(v, str) and v.strip()))
    if rtype is ResponseType.SNAPSHOT:
        return _snapshot(base, lf, pairs)
    options = lf.choices
    counts = {o.key: 0 for o in options}
    weighted = 0.0
    valued = 0
    for v, n in pairs:
        for key in v if isinstance(v, list) else [str(v)]:
            if key in counts:
                counts[key] += n
        number = _part_value(lf, v) if part else answer_value(lf, v)
        if number is not None:
            weighted += number * n
            valued += n
    answered = base.answered
    return replace(base, options=tuple(OptionCount(o.key, o.label, counts[o.key], answered) for o in options),
                   mean=weighted / valued if valued else None)


def _part_value(lf: LookFor, value: object) -> float | None:
    from walkthrough.core.scoring import _single_value

    return _single_value(lf, value)


def _snapshot(base: LookForFigure, lf: LookFor, pairs: list[tuple[Any, int]]) -> LookForFigure:
    labels = {o.key: o.label for o in lf.options}
    per_minute: dict[int, dict[str, int]] = {m: dict.fromkeys(labels, 0) for m in lf.minutes}
    numbers: dict[int, list[tuple[float, int]]] = {m: [] for m in lf.minutes}
    for value, n in pairs:
        if not isinstance(value, dict):
            continue
        for minute_text, v in value.items():
            try:
                minute = int(minute_text)
            except ValueError:
                continue
            if minute not in per_minute:
                continue
            if not labels:
                x = _number(v)
                if x is not None:
                    numbers[minute].append((x, n))
            elif lf.pick is SnapshotPick.COUNT and isinstance(v, dict):
                for key, count in v.items():
                    if key in per_minute[minute] and _number(count) is not None:
                        per_minute[minute][key] += int(count) * n
            else:
                for key in v if isinstance(v, list) else [v]:
                    if key in per_minute[minute]:
                        per_minute[minute][key] += n
    if not labels:
        means = tuple((m, (sum(x * k for x, k in numbers[m]) / sum(k for _x, k in numbers[m]))
                       if numbers[m] else None) for m in lf.minutes)
        return replace(base, snapshot_means=means)
    rows = []
    for m in lf.minutes:
        total = sum(per_minute[m].values())
        rows.append((m, tuple(OptionCount(k, labels[k], per_minute[m][k], total) for k in labels)))
    return replace(base, snapshot=tuple(rows))
