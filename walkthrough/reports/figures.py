"""What the dashboard and the summary PDFs show, as plain frozen data.

Made by :class:`walkthrough.reports.engine.ReportEngine`; drawn by the
dashboard page and the PDFs. A share is always a :class:`Proportion`: n of
N with its 95% Wilson interval, and ``too_few`` when N is below
:data:`~walkthrough.reports.stats.MIN_GROUP` (then it shows "too few
visits", never a percentage).
"""

from __future__ import annotations

from dataclasses import dataclass

from walkthrough.core.framework_types import ResponseType
from walkthrough.reports.filters import VisitFilter
from walkthrough.reports.stats import MIN_GROUP, Interval, newcombe_difference, wilson

TOO_FEW = "too few visits"


@dataclass(frozen=True)
class Proportion:
    n: int
    total: int

    @property
    def too_few(self) -> bool:
        return self.total < MIN_GROUP

    @property
    def share(self) -> float | None:
        """n / N, or None when there are too few visits to say."""
        return None if self.too_few else self.n / self.total

    @property
    def interval(self) -> Interval | None:
        return None if self.too_few else wilson(self.n, self.total)

    def percent_text(self) -> str:
        """"62%" or "too few visits"."""
        share = self.share
        return TOO_FEW if share is None else f"{round(share * 100)}%"

    def text(self) -> str:
        """"31 of 50 (62%)", or "3 of 4 (too few visits)"."""
        return f"{self.n} of {self.total} ({self.percent_text()})"


@dataclass(frozen=True)
class OptionCount:
    key: str
    label: str
    count: int
    of: int  # visits that answered the look-for

    @property
    def proportion(self) -> Proportion:
        return Proportion(self.count, self.of)


@dataclass(frozen=True)
class LookForFigure:
    """One look-for across the filtered visits (counted by framework and key, across versions)."""

    framework_id: str
    key: str
    prompt: str
    section: str
    tags: tuple[str, ...]
    response: ResponseType
    visits: int  # filtered visits whose framework version has this look-for
    answered: int  # marked with a value (not N/A)
    not_applicable: int
    presence: Proportion | None = None  # presence: observed of observed or not observed
    options: tuple[OptionCount, ...] = ()  # frequency, rating, choice, multi_choice: each option
    mean: float | None = None  # tally and number: the mean; rating, frequency: the mean value
    snapshot: tuple[tuple[int, tuple[OptionCount, ...]], ...] = ()  # per minute, each option's share
    snapshot_means: tuple[tuple[int, float | None], ...] = ()  # per minute, numbers without options
    parts: tuple[tuple[str, LookForFigure], ...] = ()  # a paired look-for: one figure per part (label)
    written: int = 0  # text: how many wrote something

    @property
    def not_marked(self) -> int:
        return self.visits - self.answered - self.not_applicable

    @property
    def too_few(self) -> bool:
        return self.answered < MIN_GROUP


@dataclass(frozen=True)
class FrameworkFigures:
    framework_id: str
    title: str
    version: str  # the newest version the figures are labelled by
    visits: int
    look_fors: tuple[LookForFigure, ...]
    scores: tuple[ScoreSummary, ...] = ()


@dataclass(frozen=True)
class ScoreSummary:
    """A framework's score (issue 12) across the visits: its mean, and visits per band."""

    key: str
    title: str
    scored: int
    mean: float | None
    bands: tuple[tuple[str, int], ...]

    @property
    def too_few(self) -> bool:
        return self.scored < MIN_GROUP


@dataclass(frozen=True)
class Figures:
    """Everything per look-for for one filter."""

    filter: VisitFilter
    visits: int
    frameworks: tuple[FrameworkFigures, ...]

    @property
    def too_few(self) -> bool:
        return self.visits < MIN_GROUP


@dataclass(frozen=True)
class HeatCell:
    group: str  # the grade band or subject ("" shows as "not set")
    proportion: Proportion


@dataclass(frozen=True)
class Heatmap:
    """Presence look-fors (rows) against grade band or subject (columns)."""

    by: str  # "grade_band" or "subject"
    groups: tuple[str, ...]
    rows: tuple[tuple[LookForFigure, tuple[HeatCell, ...]], ...]


@dataclass(frozen=True)
class NotVisited:
    id: str
    name: str  # the room's or the teacher's
    school: str
    last_visit: str | None  # the day, ISO, or None: never


@dataclass(frozen=True)
class Coverage:
    days: int  # "not visited in the last N days"
    rooms_not_visited: tuple[NotVisited, ...]
    teachers_not_visited: tuple[NotVisited, ...]
    by_hour: tuple[tuple[str, int], ...]  # "08:00", visits that started in that hour (local time)
    by_weekday: tuple[tuple[str, int], ...]  # "Monday", visits
    by_subject: tuple[tuple[str, int], ...]
    by_grade_band: tuple[tuple[str, int], ...]
    visits: int


@dataclass(frozen=True)
class Change:
    """A presence look-for in two periods, and whether its share changed."""

    look_for: LookForFigure  # its figure in the later period
    before: Proportion
    after: Proportion

    @property
    def difference(self) -> float | None:
        if self.before.too_few or self.after.too_few:
            return None
        return self.after.n / self.after.total - self.before.n / self.before.total

    @property
    def interval(self) -> Interval | None:
        """The 95% interval of (after − before), Newcombe's hybrid score method."""
        if self.before.too_few or self.after.too_few:
            return None
        return newcombe_difference(self.after.n, self.after.total, self.before.n, self.before.total)

    @property
    def changed(self) -> bool:
        """A change only when the interval excludes zero."""
        found = self.interval
        return found is not None and found.excludes_zero()


@dataclass(frozen=True)
class Comparison:
    before: VisitFilter
    after: VisitFilter
    before_label: str
    after_label: str
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class TagFigure:
    """A tag (strategic-plan area, Profile of the Graduate attribute) across its presence look-fors:
    observed of the look-fors' answers in the filtered visits."""

    tag: str
    look_fors: tuple[LookForFigure, ...]
    proportion: Proportion
