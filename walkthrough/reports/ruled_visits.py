"""The visits of framework versions with rules (conditions, defaults, optional or repeated sections)
or scores, read one by one through :func:`walkthrough.core.answers.visit_answers` as the visit
screen reads them, so the rules hold in every figure; and the tallies and score summaries of them.

Computed over the engine's integer-coded columns
(:class:`walkthrough.storage.visit_columns.VisitColumns`) for the masks
:class:`walkthrough.reports.engine.ReportEngine` selects. Qt-free.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from statistics import fmean

import numpy as np

from walkthrough.core.answers import Stored, visit_answers
from walkthrough.core.framework_types import Framework
from walkthrough.core.scoring import visit_scores
from walkthrough.reports.figures import ScoreSummary
from walkthrough.reports.look_for_figure import Tallies, freeze
from walkthrough.storage.visit_columns import BoolArray, VisitColumns

Identity = tuple[str, str]  # (framework id, look-for key as in the newest version)
RuledVisit = tuple[Framework, dict[str, Stored]]


def needs_rules(framework: Framework) -> bool:
    """Whether a version's answers depend on more than what was stored (or it has scores)."""
    if framework.scores:
        return True
    for section, _depth in framework.walk():
        if section.show_if or section.optional or section.repeat is not None:
            return True
    return any(lf.show_if or lf.default is not None for lf in framework.look_fors)


def ruled_visits(cols: VisitColumns, mask: BoolArray, ruled: set[int],
                 framework_of_version: Callable[[int], Framework | None]) -> Iterator[RuledVisit]:
    """Each visit in ``mask`` of a version (code) in ``ruled``, with its stored responses."""
    wanted = mask & np.isin(cols.v_version, np.asarray(sorted(ruled), dtype=np.int32))
    rows = np.flatnonzero(wanted)
    if not len(rows):
        return
    rmask = cols.r_alive & wanted[cols.r_visit]
    r_index = np.flatnonzero(rmask)
    order = r_index[np.argsort(cols.r_visit[r_index], kind="stable")]
    by_visit: dict[int, list[int]] = defaultdict(list)
    for i in order.tolist():
        by_visit[int(cols.r_visit[i])].append(i)
    for row in rows.tolist():
        framework = framework_of_version(int(cols.v_version[row]))
        if framework is None:
            continue
        stored = {}
        for i in by_visit.get(row, []):
            _version, key = cols.keys.values[int(cols.r_key[i])]
            stored[key] = Stored(cols.decoded_value(int(cols.r_value[i])), bool(cols.r_na[i]))
        yield framework, stored


def add_ruled_tallies(visits: Iterable[RuledVisit], identities_of: Callable[[Framework], dict[tuple[str, str], str]],
                      tallies: dict[Identity, Tallies], check: Callable[[], None]) -> None:
    """Count the answers of ``visits`` into ``tallies``, each under its look-for's identity."""
    identities: dict[str, dict[tuple[str, str], str]] = {}
    for n, (framework, stored) in enumerate(visits):
        if n % 2000 == 0:
            check()
        if framework.id not in identities:
            identities[framework.id] = identities_of(framework)
        for answer in visit_answers(framework, stored).values():
            key = identities[framework.id].get((framework.version, answer.look_for.key), answer.look_for.key)
            tally = tallies.setdefault((framework.id, key), Tallies({}))
            if answer.counts_as_na:
                tally.not_applicable += 1
            elif answer.value is not None:
                value = freeze(answer.value)
                tally.values[value] = tally.values.get(value, 0) + 1


def score_summaries(framework: Framework, visits: Iterable[RuledVisit],
                    check: Callable[[], None]) -> tuple[ScoreSummary, ...]:
    """Each score of ``framework`` over ``visits`` (of any of its versions): how many, mean, bands."""
    results: dict[str, list[float]] = defaultdict(list)
    bands: dict[str, dict[str, int]] = {s.key: {b.label: 0 for b in s.bands} for s in framework.scores}
    for n, (version, stored) in enumerate(visits):
        if n % 2000 == 0:
            check()
        for key, result in visit_scores(version, visit_answers(version, stored)).items():
            if result.value is None:
                continue
            results[key].append(result.value)
            if result.band is not None and key in bands:
                bands[key][result.band] = bands[key].get(result.band, 0) + 1
    return tuple(ScoreSummary(s.key, s.title, len(results[s.key]),
                              fmean(results[s.key]) if results[s.key] else None,
                              tuple(bands[s.key].items())) for s in framework.scores)
