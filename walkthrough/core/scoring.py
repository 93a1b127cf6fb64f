"""Scores: the value of an answer, and a visit's scores with their bands.

The value of an answer, by response type:

* ``presence``: 1 when observed, 0 when not observed;
* ``rating``: the level's ``value``, or its number (1 is the lowest);
* ``frequency``: the step's ``value``, or 0 (none) to 4 (all students);
* ``choice``: the option's ``value``; ``multi_choice``: the sum of the ticked options' values;
* ``number`` and ``tally``: the number itself;
* ``snapshot`` (pick one, options with values): the mean over the minutes answered;
* a paired look-for: the mean of its parts' values;
* ``text``: none.

A not applicable, hidden or unmarked answer has no value and is left out
of totals and means (``answered`` and ``out_of`` say how many counted).
Pure Python, no Qt: the dashboard and the PDFs call :func:`visit_scores`
for each visit and :func:`summarise_scores` (in ``figures``) across visits.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from statistics import fmean

from walkthrough.core.answers import Answer
from walkthrough.core.framework_types import (
    DEFAULT_FREQUENCY_KEYS,
    Framework,
    LookFor,
    ResponseType,
    Score,
    ScoreMethod,
)


def _single_value(lf: LookFor, value: object) -> float | None:
    rtype = lf.response
    if value is None:
        return None
    if rtype is ResponseType.PRESENCE:
        return 1.0 if value == "observed" else 0.0 if value == "not_observed" else None
    if rtype is ResponseType.RATING:
        if not isinstance(value, int) or not 1 <= value <= len(lf.levels):
            return None
        level = lf.levels[value - 1]
        return float(value) if level.value is None else level.value
    if rtype is ResponseType.FREQUENCY:
        option = next((o for o in lf.options if o.key == value), None)
        if option is None:
            return None
        return option.value if option.value is not None else float(DEFAULT_FREQUENCY_KEYS.index(option.key))
    if rtype is ResponseType.CHOICE:
        option = next((o for o in lf.options if o.key == value), None)
        return None if option is None else option.value
    if rtype is ResponseType.MULTI_CHOICE:
        if not isinstance(value, list) or any(o.value is None for o in lf.options):
            return None
        return float(sum(o.value or 0.0 for o in lf.options if o.key in value))
    if rtype in (ResponseType.NUMBER, ResponseType.TALLY):
        return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
    if rtype is ResponseType.SNAPSHOT and isinstance(value, dict):
        values = {o.key: o.value for o in lf.options}
        found = [values[v] for v in value.values() if isinstance(v, str) and values.get(v) is not None]
        return fmean(v for v in found if v is not None) if found else None
    return None


def answer_value(lf: LookFor, value: object) -> float | None:
    """The value a score counts for one answer (None: it has none)."""
    if lf.parts:
        if not isinstance(value, dict):
            return None
        found = [v for p in lf.parts if (v := _single_value(lf, value.get(p.key))) is not None]
        return fmean(found) if found else None
    return _single_value(lf, value)


def criteria(lf: LookFor, value: object, met_at: float | None) -> list[bool]:
    """Whether each criterion of an answer is met: one per part of a paired look-for, else one."""
    values = [value.get(p.key) for p in lf.parts] if lf.parts and isinstance(value, dict) else [value]
    met: list[bool] = []
    for v in values:
        if v is None:
            continue
        if lf.response is ResponseType.PRESENCE and met_at is None:
            met.append(v == "observed")
        else:
            number = _single_value(lf, v)
            if number is not None:
                met.append(number >= (met_at if met_at is not None else 1.0))
    return met


@dataclass(frozen=True)
class ScoreResult:
    """One visit's score."""

    score: Score
    value: float | None  # None: nothing it counts was answered
    answered: int  # answers (or criteria) that counted
    out_of: int  # look-fors (or criteria) it could count
    band: str | None = None  # the highest band reached, if any

    def describe(self) -> str:
        if self.value is None:
            return f"{self.score.title}: not scored (nothing answered)"
        shown = f"{self.value:.2f}".rstrip("0").rstrip(".")
        if self.score.method is ScoreMethod.COUNT_MET:
            shown = f"{self.value:g} of {self.answered} met"
        return f"{self.score.title}: {shown}" + (f" ({self.band})" if self.band else "")


def band_for(score: Score, value: float | None) -> str | None:
    if value is None:
        return None
    reached = [b for b in score.bands if value >= b.at_least]
    return reached[-1].label if reached else None


def visit_score(score: Score, framework: Framework, answers: Mapping[str, Answer]) -> ScoreResult:
    """One score of one visit, from :func:`walkthrough.core.answers.visit_answers`.

    Each segment of a repeated section counts as its own answer."""
    members = set(score.look_fors)
    relevant = [a for a in answers.values() if a.look_for.key in members]
    counted = [a for a in relevant if not a.counts_as_na and a.value is not None]
    if score.method is ScoreMethod.COUNT_MET:
        met = [m for a in counted for m in criteria(a.look_for, a.value, score.met_at)]
        value: float | None = float(sum(met)) if met else None
        return ScoreResult(score, value, len(met), sum(max(1, len(a.look_for.parts)) for a in relevant
                                                        if not a.counts_as_na), band_for(score, value))
    values = [v for a in counted if (v := answer_value(a.look_for, a.value)) is not None]
    if not values:
        value = None
    elif score.method is ScoreMethod.TOTAL:
        value = float(sum(values))
    else:
        value = fmean(values)
    return ScoreResult(score, value, len(values), len([a for a in relevant if not a.counts_as_na]),
                       band_for(score, value))


def visit_scores(framework: Framework, answers: Mapping[str, Answer]) -> dict[str, ScoreResult]:
    """Every score of the framework for one visit, by score key."""
    return {s.key: visit_score(s, framework, answers) for s in framework.scores}


def score_values(results: Iterable[ScoreResult]) -> list[float]:
    return [r.value for r in results if r.value is not None]
