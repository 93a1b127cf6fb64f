"""The figures for a filter: per look-for n of N, distributions, means, snapshots, and the
visits behind each figure.

``ReportEngine`` keeps the visits in memory as integer-coded columns
(:class:`walkthrough.storage.visit_columns.VisitColumns`, loaded through the
privacy predicate) and brings them up to date by change number on each
:meth:`ReportEngine.refresh`, so a figure for a new filter is a boolean mask
and a count over arrays. A framework version whose answers depend on rules
(conditions, defaults, optional or repeated sections) or that defines scores
has its visits read through :func:`walkthrough.core.answers.visit_answers`
one by one, as the visit screen reads them, so the rules hold in every figure.

Qt-free. One engine is used from one thread at a time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import date

import numpy as np
import numpy.typing as npt

from walkthrough.core.figures import look_for_identities
from walkthrough.core.framework_text import SOURCE_LANGUAGE, localize
from walkthrough.core.framework_types import Framework, LookFor
from walkthrough.core.privacy import Output
from walkthrough.reports.coverage import WEEKDAYS, coverage
from walkthrough.reports.figures import (
    Change,
    Comparison,
    Coverage,
    Figures,
    FrameworkFigures,
    HeatCell,
    Heatmap,
    LookForFigure,
    Proportion,
    ScoreSummary,
    TagFigure,
)
from walkthrough.reports.filters import VisitFilter
from walkthrough.reports.look_for_figure import Tallies, fill_figure, freeze, presence, thaw
from walkthrough.reports.ruled_visits import (
    Identity,
    RuledVisit,
    add_ruled_tallies,
    needs_rules,
    ruled_visits,
    score_summaries,
)
from walkthrough.reports.visit_selection import passing
from walkthrough.reports.visits_behind import answered, newest_first
from walkthrough.reports.visits_behind import code as code_of
from walkthrough.storage import Repository
from walkthrough.storage.base import NotFound
from walkthrough.storage.visit_columns import NONE, BoolArray

NA = "__not_applicable__"  # the key under which a look-for's N/A answers are counted
__all__ = ["WEEKDAYS", "Cancelled", "ReportEngine"]  # WEEKDAYS: made in walkthrough.reports.coverage


class Cancelled(Exception):
    """A newer filter came in: the work for this one was dropped."""




class ReportEngine:
    """Figures for filters, over the visits ``output`` may use (the dashboard: blast visits).

    Titles, section names, prompts, option labels and tags are in ``language`` (the framework's
    sidecar, :func:`~walkthrough.core.framework_text.localize`); keys are the definition's, so every
    tally is the same in every language."""

    def __init__(self, repo: Repository, output: Output = Output.DASHBOARD,
                 language: str = SOURCE_LANGUAGE) -> None:
        self.repo = repo
        self.output = output
        self.language = language
        self.columns = repo.visit_columns(output)
        self._frameworks: dict[int, Framework | None] = {}
        self._identity_of_key: npt.NDArray[np.int32] = np.zeros(0, dtype=np.int32)
        self._identities: list[Identity] = []
        self._identity_code: dict[Identity, int] = {}
        self._look_for: dict[Identity, LookFor] = {}
        self._order: dict[Identity, int] = {}
        self._keys_seen = -1
        self._framework_rows: dict[str, tuple[Framework, list[str]]] = {}
        self._tags: dict[Identity, tuple[str, ...]] = {}  # each look-for's tags as its definition writes them
        self._tag_names: dict[str, str] = {}  # a definition's tag -> its name in the language (one for all)

    @classmethod
    def open(cls, path: str, output: Output = Output.DASHBOARD, language: str = SOURCE_LANGUAGE) -> ReportEngine:
        return cls(Repository.open_reader(path), output, language)

    def close(self) -> None:
        self.repo.close()

    # Keeping up ------------------------------------------------------------------
    def refresh(self) -> bool:
        """Read what changed since the last refresh (everything, the first time)."""
        changed = self.columns.refresh()
        if changed or len(self.columns.keys) != self._keys_seen:
            self._code_identities()
        return changed

    def _framework_of_version(self, version_code: int) -> Framework | None:
        if version_code not in self._frameworks:
            fid, version = self.columns.versions.values[version_code]
            try:
                self._frameworks[version_code] = self.repo.framework(fid, version)
            except (NotFound, ValueError):
                self._frameworks[version_code] = None
        return self._frameworks[version_code]

    def _newest(self, framework_id: str) -> tuple[Framework, list[str]] | None:
        if framework_id not in self._framework_rows:
            versions = self.repo.framework_versions(framework_id)
            if not versions:
                return None
            self._framework_rows[framework_id] = (localize(self.repo.framework(framework_id), self.language),
                                                  versions)
        return self._framework_rows[framework_id]

    def _code_identities(self) -> None:
        """Each (version, key) code → the look-for's identity across versions."""
        cols = self.columns
        by_framework: dict[str, dict[tuple[str, str], str]] = {}
        codes = np.full(len(cols.keys), NONE, dtype=np.int32)
        for code, (version_code, key) in enumerate(cols.keys.values):
            framework = self._framework_of_version(version_code)
            if framework is None:
                continue
            if framework.id not in by_framework:
                newest = self._newest(framework.id)
                versions = [self.repo.framework(framework.id, v) for v in newest[1]] if newest else [framework]
                by_framework[framework.id] = look_for_identities(versions)
                self._remember_order(versions)
            ident_key = by_framework[framework.id].get((framework.version, key))
            if ident_key is None:
                continue
            identity = (framework.id, ident_key)
            if identity not in self._identity_code:
                self._identity_code[identity] = len(self._identities)
                self._identities.append(identity)
            codes[code] = self._identity_code[identity]
        self._identity_of_key = codes
        self._keys_seen = len(cols.keys)

    def _remember_order(self, versions: list[Framework]) -> None:
        """Each look-for's place (newest version first, then older ones' retired keys) and its newest form."""
        for framework in reversed(versions):
            shown = localize(framework, self.language)
            for lf, original in zip(shown.look_fors, framework.look_fors, strict=True):
                identity = (framework.id, lf.key)
                for tag, name in zip(original.tags, lf.tags, strict=True):
                    if name != tag:  # a framework's translation names the tag for every framework
                        self._tag_names[tag] = name
                if identity not in self._look_for:
                    self._look_for[identity] = lf
                    self._tags[identity] = original.tags
                    self._order[identity] = len(self._order)

    # Selecting visits ------------------------------------------------------------------
    def visit_mask(self, flt: VisitFilter) -> BoolArray:
        """Which visits (rows of the columns) pass the filter."""
        return passing(self.columns, flt)

    def choices(self) -> tuple[list[str], list[str], list[str]]:
        """The grade bands, subjects and observer ids the counted visits hold (for the filters)."""
        cols = self.columns
        alive = cols.v_alive

        def present(column: npt.NDArray[np.int32], values: list[str]) -> list[str]:
            codes = np.unique(column[alive]).tolist() if alive.any() else []
            return sorted(values[c] for c in codes if c != NONE and values[c])

        return (present(cols.v_grade, cols.grade_bands.values), present(cols.v_subject, cols.subjects.values),
                present(cols.v_observer, cols.people.values))

    def visit_count(self, flt: VisitFilter) -> int:
        return int(self.visit_mask(flt).sum())

    # Counting ---------------------------------------------------------------------------
    def _rules_versions(self) -> set[int]:
        return {vc for vc in range(len(self.columns.versions))
                if (fw := self._framework_of_version(vc)) is not None and needs_rules(fw)}

    def _tallies(self, mask: BoolArray, check: Callable[[], None] = lambda: None) -> dict[Identity, Tallies]:
        """Every look-for's answers among the visits in ``mask``."""
        cols = self.columns
        ruled = self._rules_versions()
        fast_visits = mask
        if ruled:
            fast_visits = mask & ~np.isin(cols.v_version, np.asarray(sorted(ruled), dtype=np.int32))
        rmask = cols.r_alive & fast_visits[cols.r_visit]
        keys = cols.r_key[rmask]
        slot = np.where(cols.r_na[rmask], 0, cols.r_value[rmask] + 2).astype(np.int64)
        width = len(cols.values) + 2
        combined = keys.astype(np.int64) * width + slot
        check()
        if len(cols.keys) * width <= 20_000_000:
            counts = np.bincount(combined, minlength=len(cols.keys) * width)
            where = np.flatnonzero(counts)
            found, numbers = where, counts[where]
        else:
            found, numbers = np.unique(combined, return_counts=True)
        check()
        tallies: dict[Identity, Tallies] = {}
        identity_of = self._identity_of_key
        for flat, n in zip(found.tolist(), numbers.tolist(), strict=True):
            key_code, slot_code = divmod(flat, width)
            ident = int(identity_of[key_code]) if key_code < len(identity_of) else NONE
            if ident == NONE:
                continue
            tally = tallies.setdefault(self._identities[ident], Tallies({}))
            if slot_code == 0:
                tally.not_applicable += n
            elif slot_code >= 2:
                value = freeze(cols.decoded_value(slot_code - 2))
                tally.values[value] = tally.values.get(value, 0) + n
        if ruled:
            add_ruled_tallies(self._ruled_visits(mask, ruled), self._identities_of, tallies, check)
        return tallies

    def _ruled_visits(self, mask: BoolArray, ruled: set[int]) -> Iterator[RuledVisit]:
        return ruled_visits(self.columns, mask, ruled, self._framework_of_version)

    def _identities_of(self, framework: Framework) -> dict[tuple[str, str], str]:
        """Each (version, key) of the framework's versions -> the look-for's key in the newest."""
        newest = self._newest(framework.id)
        return look_for_identities([self.repo.framework(framework.id, v) for v in newest[1]] if newest
                                   else [framework])

    def _visits_per_identity(self, mask: BoolArray) -> tuple[dict[str, int], dict[Identity, int]]:
        """Visits per framework, and per look-for (the visits whose version has it)."""
        cols = self.columns
        per_version = np.bincount(cols.v_version[mask], minlength=len(cols.versions)) if mask.any() else \
            np.zeros(len(cols.versions), dtype=np.int64)
        per_framework: dict[str, int] = defaultdict(int)
        per_identity: dict[Identity, int] = defaultdict(int)
        for vc, n in enumerate(per_version.tolist()):
            if not n:
                continue
            framework = self._framework_of_version(vc)
            if framework is None:
                continue
            per_framework[framework.id] += n
            names = self._identities_of(framework)
            for lf in framework.look_fors:
                if not lf.retired:
                    per_identity[(framework.id, names.get((framework.version, lf.key), lf.key))] += n
        return dict(per_framework), dict(per_identity)

    # Figures ------------------------------------------------------------------------------
    def figures(self, flt: VisitFilter, check: Callable[[], None] = lambda: None) -> Figures:
        """Every look-for's figure for the filter, grouped by framework in the framework's order.

        ``check`` is called now and then; it raises :class:`Cancelled` to drop the work."""
        mask = self.visit_mask(flt)
        tallies = self._tallies(mask, check)
        per_framework, per_identity = self._visits_per_identity(mask)
        frameworks = []
        for fid in sorted(per_framework, key=lambda f: self._title(f).lower()):
            newest = self._newest(fid)
            if newest is None:
                continue
            framework = newest[0]
            idents = sorted((i for i in per_identity if i[0] == fid), key=lambda i: self._order.get(i, 10**6))
            rows = tuple(self._figure(i, per_identity[i], tallies.get(i, Tallies({}))) for i in idents
                         if i in self._look_for)
            scores = self._scores(framework, mask, check) if framework.scores else ()
            frameworks.append(FrameworkFigures(fid, framework.title, framework.version, per_framework[fid], rows,
                                               scores))
        return Figures(flt, int(mask.sum()), tuple(frameworks))

    def _title(self, framework_id: str) -> str:
        newest = self._newest(framework_id)
        return newest[0].title if newest else framework_id

    def _figure(self, identity: Identity, visits: int, tally: Tallies) -> LookForFigure:
        lf = self._look_for[identity]
        framework = self._newest(identity[0])
        section = ""
        if framework is not None:
            try:
                section = framework[0].section_of(lf.key).title
            except KeyError:
                section = ""
        pairs = [(thaw(k), n) for k, n in tally.values.items()]
        answered = sum(n for _v, n in pairs)
        tags = tuple(self._tag_names.get(tag, tag) for tag in self._tags.get(identity, lf.tags))
        base = LookForFigure(identity[0], identity[1], lf.prompt, section, tags, lf.response, visits, answered,
                             tally.not_applicable)
        return fill_figure(base, lf, pairs)

    def _scores(self, framework: Framework, mask: BoolArray, check: Callable[[], None]) -> tuple[ScoreSummary, ...]:
        cols = self.columns
        versions = {vc for vc in range(len(cols.versions)) if cols.versions.values[vc][0] == framework.id}
        return score_summaries(framework, self._ruled_visits(mask, versions), check)

    # The visits behind a figure -------------------------------------------------------------
    def visits_behind(self, flt: VisitFilter, framework_id: str | None = None, look_for: str | None = None,
                      value: object = None, *, grade_band: str | None = None, subject: str | None = None,
                      not_applicable: bool = False) -> list[str]:
        """The ids of the visits behind a figure, newest first: those of the filter (in a group of
        the heatmap, with ``grade_band`` or ``subject``), and, with ``look_for``, whose answer to it
        was ``value`` (any answer when ``value`` is None; an option key is enough for a multiple choice)."""
        cols = self.columns
        mask = self.visit_mask(flt)
        if grade_band is not None:
            mask &= cols.v_grade == code_of(cols.grade_bands.get(grade_band))
        if subject is not None:
            mask &= cols.v_subject == code_of(cols.subjects.get(subject))
        if look_for is not None and framework_id is not None:
            mask &= self._answered(mask, (framework_id, look_for), value, not_applicable)
        return newest_first(cols, mask)

    def visits_behind_any(self, flt: VisitFilter, look_fors: Iterable[tuple[str, str]],
                          value: object = "observed") -> list[str]:
        """The ids of the filtered visits, newest first, whose answer to any of ``look_fors``
        (framework id, key) was ``value``: the visits behind a tag's figure."""
        cols = self.columns
        mask = self.visit_mask(flt)
        hit = np.zeros(len(cols.v_alive), dtype=np.bool_)
        for framework_id, key in look_fors:
            hit |= self._answered(mask, (framework_id, key), value, False)
        return newest_first(cols, mask & hit)

    def _answered(self, mask: BoolArray, identity: Identity, value: object, not_applicable: bool) -> BoolArray:
        cols = self.columns
        ident = self._identity_code.get(identity)
        if ident is None:
            return np.zeros(len(cols.v_alive), dtype=np.bool_)
        return answered(cols, np.flatnonzero(self._identity_of_key == ident), mask, value, not_applicable)

    # Heatmap, coverage, comparison, tags --------------------------------------------------------
    def heatmap(self, flt: VisitFilter, by: str = "grade_band",
                check: Callable[[], None] = lambda: None) -> Heatmap:
        """Presence look-fors against grade band (or ``by="subject"``): observed of marked in each group."""
        cols = self.columns
        codes, column = (cols.grade_bands, cols.v_grade) if by == "grade_band" else (cols.subjects, cols.v_subject)
        mask = self.visit_mask(flt)
        present = sorted({codes.values[c] for c in np.unique(column[mask]).tolist()}, key=lambda g: (g == "", g))
        overall = self.figures(flt, check)
        cells: dict[str, dict[Identity, Proportion]] = {}
        for group in present:
            tallies = self._tallies(mask & (column == codes.index[group]), check)
            cells[group] = {i: presence(t) for i, t in tallies.items()}
        rows = []
        for fw in overall.frameworks:
            for lf in fw.look_fors:
                if lf.presence is None:
                    continue
                ident = (lf.framework_id, lf.key)
                rows.append((lf, tuple(HeatCell(g, cells[g].get(ident, Proportion(0, 0))) for g in present)))
        return Heatmap(by, tuple(present), tuple(rows))

    def coverage(self, flt: VisitFilter, days: int = 30, today: date | None = None) -> Coverage:
        """Rooms and teachers of the filter's schools not visited in the last ``days`` days, and the
        balance of the filtered visits across hours of the day, weekdays, subjects and grade bands."""
        return coverage(self.columns, self.repo, self.visit_mask(flt),
                        self.visit_mask(flt.but(date_from=None, date_to=None)), flt.school_ids or None, days,
                        today or date.today())

    def compare(self, before: VisitFilter, after: VisitFilter, before_label: str = "before",
                after_label: str = "after", check: Callable[[], None] = lambda: None) -> Comparison:
        """Each presence look-for's share in two periods (fall against spring), with the interval
        of the difference; a change only where that interval excludes zero."""
        first = self._tallies(self.visit_mask(before), check)
        later = self.figures(after, check)
        changes = []
        for fw in later.frameworks:
            for lf in fw.look_fors:
                if lf.presence is None:
                    continue
                tally = first.get((lf.framework_id, lf.key))
                changes.append(Change(lf, presence(tally) if tally else Proportion(0, 0), lf.presence))
        return Comparison(before, after, before_label, after_label, tuple(changes))

    def by_tag(self, flt: VisitFilter, check: Callable[[], None] = lambda: None) -> tuple[TagFigure, ...]:
        """Each tag's presence look-fors, and observed of their answers together.

        Grouped by the tag as the definitions write it, so a framework with no translation of a tag
        still counts in the same group as one that has; the group is named in the language."""
        figures = self.figures(flt, check)
        grouped: dict[str, list[LookForFigure]] = defaultdict(list)
        for fw in figures.frameworks:
            for lf in fw.look_fors:
                if lf.presence is not None:
                    for tag in self._tags.get((lf.framework_id, lf.key), lf.tags):
                        grouped[self._tag_names.get(tag, tag)].append(lf)
        return tuple(TagFigure(tag, tuple(lfs), Proportion(sum(x.presence.n for x in lfs if x.presence),
                                                           sum(x.presence.total for x in lfs if x.presence)))
                     for tag, lfs in sorted(grouped.items()))

