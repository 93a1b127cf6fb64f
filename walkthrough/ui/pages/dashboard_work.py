"""The dashboard's query, as one piece of background work: every figure for one filter.

Runs on the task manager's thread with its own :class:`ReportEngine` (its own
connection); a newer filter bumps the page's generation, and ``check``
drops this work at its next step (:class:`Cancelled`). Qt-free on purpose.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from walkthrough.core import terms
from walkthrough.reports.engine import Cancelled, ReportEngine
from walkthrough.reports.figures import Comparison, Coverage, Figures, Heatmap, TagFigure
from walkthrough.reports.filters import VisitFilter
from walkthrough.ui import core_text


@dataclass(frozen=True)
class DashboardResult:
    generation: int
    filter: VisitFilter
    figures: Figures
    heatmap: Heatmap
    coverage: Coverage
    comparison: Comparison | None
    tags: tuple[TagFigure, ...]
    choices: tuple[list[str], list[str], list[str]]  # grade bands, subjects, observer ids of the counted visits


@dataclass(frozen=True)
class Periods:
    """The two periods the comparison sets side by side."""

    before: terms.Term
    after: terms.Term


def default_periods(today: date, setting: str | None, chosen: terms.Term | None) -> Periods | None:
    """The chosen term (or the latest one begun) against the term before it."""
    try:
        after = chosen or next(iter(terms.recent_terms(today, 1, setting)), None)
        before = terms.previous_term(after, setting) if after else None
    except terms.TermsError:
        return None
    return Periods(before, after) if after and before else None


def dashboard_figures(engine: ReportEngine, generation: int, flt: VisitFilter, periods: Periods | None,
                      heat_by: str, coverage_days: int, today: date,
                      current: Callable[[], int]) -> DashboardResult | None:
    """Every figure of the dashboard, or None when a newer filter came first."""

    def check() -> None:
        if current() != generation:
            raise Cancelled

    try:
        check()
        engine.refresh()
        figures = engine.figures(flt, check)
        check()
        heatmap = engine.heatmap(flt, heat_by, check)
        coverage = engine.coverage(flt, coverage_days, today)
        comparison = None
        if periods is not None:
            before, after = (core_text.text(term.shown) for term in (periods.before, periods.after))
            comparison = engine.compare(flt.in_term(periods.before), flt.in_term(periods.after), before, after, check)
        tags = engine.by_tag(flt, check)
    except Cancelled:
        return None
    return DashboardResult(generation, flt, figures, heatmap, coverage, comparison, tags, engine.choices())
