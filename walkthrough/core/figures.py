"""The figures a dashboard or a PDF shows for a look-for or a score, across visits.

One function per kind of answer takes the effective answers of many visits
(:func:`walkthrough.core.answers.visit_answers`, one per visit, or per
segment in a repeated section) and returns the figure:

* :func:`presence_figure`: observed / not observed / not applicable / not marked, and the share observed;
* :func:`counts_figure`: frequency, rating, choice and multi_choice: how often each option, and the mean value;
* :func:`number_figure`: number and tally: n, mean, median, least, most, total;
* :func:`snapshot_figure`: per minute, the counts (or numbers, or the students per option);
* :func:`paired_figure`: one figure per part of a paired look-for;
* :func:`text_figure`: how many wrote something;
* :func:`look_for_figure`: whichever of these fits the look-for;
* :func:`score_figure`: a score across visits: mean, and how many visits reached each band.

Hidden items (a condition, an unused optional section) count as not
applicable, never as not observed. :func:`look_for_identities` maps every
version's look-for keys to one key, following ``former_keys``, so a
look-for is counted across versions by its key. Pure Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from statistics import fmean, median

from walkthrough.core.answers import Answer
from walkthrough.core.framework_types import Framework, LookFor, ResponseType, Score, SnapshotPick
from walkthrough.core.scoring import ScoreResult, answer_value


@dataclass(frozen=True)
class Tally:
    """How the answers split before any figure: marked, not applicable (hidden included), not marked."""

    answered: int = 0
    not_applicable: int = 0
    not_marked: int = 0


def _split(answers: Iterable[Answer]) -> tuple[list[Answer], Tally]:
    answered: list[Answer] = []
    na = unmarked = 0
    for a in answers:
        if a.counts_as_na:
            na += 1
        elif a.value is None:
            unmarked += 1
        else:
            answered.append(a)
    return answered, Tally(len(answered), na, unmarked)


@dataclass(frozen=True)
class ShareFigure:
    observed: int
    not_observed: int
    tally: Tally

    @property
    def share(self) -> float | None:
        """Observed among those marked observed or not observed (None when none were)."""
        seen = self.observed + self.not_observed
        return self.observed / seen if seen else None


def presence_figure(answers: Iterable[Answer], part: str = "") -> ShareFigure:
    marked, tally = _split(answers)
    values = [a.value.get(part) if part and isinstance(a.value, dict) else a.value for a in marked]
    return ShareFigure(values.count("observed"), values.count("not_observed"), tally)


@dataclass(frozen=True)
class CountsFigure:
    labels: dict[str, str]  # option key: label, in order
    counts: dict[str, int]  # option key: how many chose it
    tally: Tally
    mean_value: float | None = None  # the mean of the answers' values, where they have one

    def share(self, key: str) -> float | None:
        return self.counts.get(key, 0) / self.tally.answered if self.tally.answered else None


def counts_figure(look_for: LookFor, answers: Iterable[Answer], part: str = "") -> CountsFigure:
    marked, tally = _split(answers)
    options = look_for.choices
    counts = {o.key: 0 for o in options}
    values: list[float] = []
    for a in marked:
        value = a.value.get(part) if part and isinstance(a.value, dict) else a.value
        if value is None:
            continue
        chosen = value if isinstance(value, list) else [str(value)]
        for key in chosen:
            if key in counts:
                counts[key] += 1
        number = answer_value(look_for, {part: value} if part else value)
        if number is not None:
            values.append(number)
    return CountsFigure({o.key: o.label for o in options}, counts, tally, fmean(values) if values else None)


@dataclass(frozen=True)
class NumberFigure:
    values: tuple[float, ...]
    tally: Tally

    @property
    def n(self) -> int:
        return len(self.values)

    @property
    def mean(self) -> float | None:
        return fmean(self.values) if self.values else None

    @property
    def median(self) -> float | None:
        return median(self.values) if self.values else None

    @property
    def least(self) -> float | None:
        return min(self.values) if self.values else None

    @property
    def most(self) -> float | None:
        return max(self.values) if self.values else None

    @property
    def total(self) -> float:
        return sum(self.values)


def number_figure(answers: Iterable[Answer], part: str = "") -> NumberFigure:
    marked, tally = _split(answers)
    values = [a.value.get(part) if part and isinstance(a.value, dict) else a.value for a in marked]
    return NumberFigure(tuple(float(v) for v in values if isinstance(v, int | float) and not isinstance(v, bool)),
                        tally)


@dataclass(frozen=True)
class SnapshotFigure:
    """Per prompt minute: for options, how many visits (or, with pick = "count", students) per option; without
    options, the numbers recorded."""

    minutes: tuple[int, ...]
    labels: dict[str, str]
    per_minute: dict[int, dict[str, int]] = field(default_factory=dict)
    numbers: dict[int, tuple[float, ...]] = field(default_factory=dict)
    tally: Tally = Tally()

    def share(self, minute: int, key: str) -> float | None:
        """The share of this option among all recorded at that minute (students, with counts)."""
        row = self.per_minute.get(minute, {})
        total = sum(row.values())
        return row.get(key, 0) / total if total else None


def snapshot_figure(look_for: LookFor, answers: Iterable[Answer]) -> SnapshotFigure:
    marked, tally = _split(answers)
    labels = {o.key: o.label for o in look_for.options}
    per_minute: dict[int, dict[str, int]] = {m: dict.fromkeys(labels, 0) for m in look_for.minutes}
    numbers: dict[int, list[float]] = {m: [] for m in look_for.minutes}
    for a in marked:
        if not isinstance(a.value, dict):
            continue
        for minute_text, v in a.value.items():
            minute = int(minute_text)
            if minute not in per_minute:
                continue
            if not labels and isinstance(v, int | float):
                numbers[minute].append(float(v))
            elif look_for.pick is SnapshotPick.COUNT and isinstance(v, dict):
                for key, n in v.items():
                    per_minute[minute][key] = per_minute[minute].get(key, 0) + int(n)
            else:
                for key in v if isinstance(v, list) else [v]:
                    per_minute[minute][key] = per_minute[minute].get(key, 0) + 1
    return SnapshotFigure(look_for.minutes, labels, per_minute if labels else {},
                          {m: tuple(v) for m, v in numbers.items()} if not labels else {}, tally)


@dataclass(frozen=True)
class TextFigure:
    written: int
    tally: Tally


def text_figure(answers: Iterable[Answer]) -> TextFigure:
    marked, tally = _split(answers)
    return TextFigure(sum(1 for a in marked if isinstance(a.value, str) and a.value.strip()), tally)


Figure = ShareFigure | CountsFigure | NumberFigure | SnapshotFigure | TextFigure


def _part_figure(look_for: LookFor, answers: Sequence[Answer], part: str) -> Figure:
    if look_for.response is ResponseType.PRESENCE:
        return presence_figure(answers, part)
    if look_for.response is ResponseType.NUMBER:
        return number_figure(answers, part)
    return counts_figure(look_for, answers, part)


def paired_figure(look_for: LookFor, answers: Iterable[Answer]) -> dict[str, Figure]:
    """One figure per part ("teacher does", "students do"), by part key."""
    listed = list(answers)
    return {p.key: _part_figure(look_for, listed, p.key) for p in look_for.parts}


def look_for_figure(look_for: LookFor, answers: Iterable[Answer]) -> Figure | dict[str, Figure]:
    """The figure that fits the look-for's response type (a dict by part for a paired look-for)."""
    if look_for.parts:
        return paired_figure(look_for, answers)
    rtype = look_for.response
    if rtype is ResponseType.PRESENCE:
        return presence_figure(answers)
    if rtype in (ResponseType.NUMBER, ResponseType.TALLY):
        return number_figure(answers)
    if rtype is ResponseType.SNAPSHOT:
        return snapshot_figure(look_for, answers)
    if rtype is ResponseType.TEXT:
        return text_figure(answers)
    return counts_figure(look_for, answers)


@dataclass(frozen=True)
class ScoreFigure:
    score: Score
    values: tuple[float, ...]  # one per visit that had something to score
    not_scored: int  # visits with nothing answered that the score counts
    bands: dict[str, int]  # band label: visits whose score reached it (and no higher band)

    @property
    def mean(self) -> float | None:
        return fmean(self.values) if self.values else None

    def share_at_least(self, label: str) -> float | None:
        """The share of scored visits at this band or above ("proficient or better")."""
        if not self.values:
            return None
        labels = [b.label for b in self.score.bands]
        if label not in labels:
            raise KeyError(label)
        above = labels[labels.index(label):]
        return sum(self.bands[x] for x in above) / len(self.values)


def score_figure(score: Score, results: Iterable[ScoreResult]) -> ScoreFigure:
    """A score across visits, from each visit's :func:`walkthrough.core.scoring.visit_score`."""
    values: list[float] = []
    missing = 0
    bands = {b.label: 0 for b in score.bands}
    for r in results:
        if r.value is None:
            missing += 1
            continue
        values.append(r.value)
        if r.band is not None:
            bands[r.band] = bands.get(r.band, 0) + 1
    return ScoreFigure(score, tuple(values), missing, bands)


def look_for_identities(versions: Iterable[Framework]) -> dict[tuple[str, str], str]:
    """(version, look-for key) → the key the look-for has in the newest of ``versions``.

    A look-for keeps its identity by its key; a renamed key lists the old one
    in ``former_keys``, so its answers under the old key count with the new.
    ``versions`` are one framework's versions, oldest first."""
    listed = list(versions)
    renamed: dict[str, str] = {}
    for framework in listed:
        for lf in framework.look_fors:
            for old in lf.former_keys:
                renamed[old] = lf.key

    def newest(key: str) -> str:
        seen = {key}
        while key in renamed and renamed[key] not in seen:
            key = renamed[key]
            seen.add(key)
        return key

    return {(f.version, lf.key): newest(lf.key) for f in listed for lf in f.look_fors}
