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
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from statistics import fmean

import numpy as np
import numpy.typing as npt

from walkthrough.core.answers import Stored, visit_answers
from walkthrough.core.figures import look_for_identities
from walkthrough.core.framework_text import SOURCE_LANGUAGE, localize
from walkthrough.core.framework_types import Framework, LookFor
from walkthrough.core.i18n import QT_TRANSLATE_NOOP
from walkthrough.core.privacy import Output
from walkthrough.core.scoring import visit_scores
from walkthrough.reports.figures import (
    Change,
    Comparison,
    Coverage,
    Figures,
    FrameworkFigures,
    HeatCell,
    Heatmap,
    LookForFigure,
    NotVisited,
    Proportion,
    ScoreSummary,
    TagFigure,
)
from walkthrough.reports.filters import VisitFilter
from walkthrough.reports.look_for_figure import Tallies, fill_figure, freeze, presence, thaw
from walkthrough.storage import Repository
from walkthrough.storage.base import NotFound
from walkthrough.storage.visit_columns import KINDS, NONE, BoolArray

NA = "__not_applicable__"  # the key under which a look-for's N/A answers are counted
WEEKDAYS = (QT_TRANSLATE_NOOP("core", "Monday"), QT_TRANSLATE_NOOP("core", "Tuesday"),
            QT_TRANSLATE_NOOP("core", "Wednesday"), QT_TRANSLATE_NOOP("core", "Thursday"),
            QT_TRANSLATE_NOOP("core", "Friday"), QT_TRANSLATE_NOOP("core", "Saturday"),
            QT_TRANSLATE_NOOP("core", "Sunday"))  # Coverage.by_weekday's names; a report translates them


class Cancelled(Exception):
    """A newer filter came in: the work for this one was dropped."""


Identity = tuple[str, str]  # (framework id, look-for key as in the newest version)


def _needs_rules(framework: Framework) -> bool:
    """Whether a version's answers depend on more than what was stored (or it has scores)."""
    if framework.scores:
        return True
    for section, _depth in framework.walk():
        if section.show_if or section.optional or section.repeat is not None:
            return True
    return any(lf.show_if or lf.default is not None for lf in framework.look_fors)


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
        cols = self.columns
        mask = cols.v_alive.copy()
        if flt.kind is not None:  # peer visits are never counted in blast figures, whatever the output
            mask &= cols.v_kind == KINDS.index(flt.kind.value)
        if flt.school_ids:
            mask &= np.isin(cols.v_school, cols.codes_of(cols.schools, flt.school_ids))
        if flt.date_from is not None:
            mask &= cols.v_day >= flt.date_from.toordinal()
        if flt.date_to is not None:
            mask &= cols.v_day <= flt.date_to.toordinal()
        if flt.framework_id is not None:
            code = cols.frameworks.get(flt.framework_id)
            mask &= cols.v_framework == (NONE - 1 if code is None else code)
        if flt.grade_bands:
            mask &= np.isin(cols.v_grade, cols.codes_of(cols.grade_bands, flt.grade_bands))
        if flt.subjects:
            mask &= np.isin(cols.v_subject, cols.codes_of(cols.subjects, flt.subjects))
        if flt.observer_ids:
            mask &= np.isin(cols.v_observer, cols.codes_of(cols.people, flt.observer_ids))
        if flt.team_id is not None:
            mask &= np.isin(cols.v_teacher, cols.codes_of(cols.people, cols.team_members(flt.team_id)))
        return mask

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
                if (fw := self._framework_of_version(vc)) is not None and _needs_rules(fw)}

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
            self._ruled_tallies(mask, ruled, tallies, check)
        return tallies

    def _ruled_visits(self, mask: BoolArray, ruled: set[int]) -> Iterable[tuple[Framework, dict[str, Stored]]]:
        """Each visit of a version with rules, with its stored responses."""
        cols = self.columns
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
            framework = self._framework_of_version(int(cols.v_version[row]))
            if framework is None:
                continue
            stored = {}
            for i in by_visit.get(row, []):
                _version, key = cols.keys.values[int(cols.r_key[i])]
                stored[key] = Stored(cols.decoded_value(int(cols.r_value[i])), bool(cols.r_na[i]))
            yield framework, stored

    def _ruled_tallies(self, mask: BoolArray, ruled: set[int], tallies: dict[Identity, Tallies],
                       check: Callable[[], None]) -> None:
        identities: dict[str, dict[tuple[str, str], str]] = {}
        for n, (framework, stored) in enumerate(self._ruled_visits(mask, ruled)):
            if n % 2000 == 0:
                check()
            if framework.id not in identities:
                newest = self._newest(framework.id)
                versions = [self.repo.framework(framework.id, v) for v in newest[1]] if newest else [framework]
                identities[framework.id] = look_for_identities(versions)
            for answer in visit_answers(framework, stored).values():
                key = identities[framework.id].get((framework.version, answer.look_for.key), answer.look_for.key)
                tally = tallies.setdefault((framework.id, key), Tallies({}))
                if answer.counts_as_na:
                    tally.not_applicable += 1
                elif answer.value is not None:
                    value = freeze(answer.value)
                    tally.values[value] = tally.values.get(value, 0) + 1

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
            newest = self._newest(framework.id)
            versions = [self.repo.framework(framework.id, v) for v in newest[1]] if newest else [framework]
            names = look_for_identities(versions)
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
        results: dict[str, list[float]] = defaultdict(list)
        bands: dict[str, dict[str, int]] = {s.key: {b.label: 0 for b in s.bands} for s in framework.scores}
        for n, (version, stored) in enumerate(self._ruled_visits(mask, versions)):
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
            mask &= cols.v_grade == _code(cols.grade_bands.get(grade_band))
        if subject is not None:
            mask &= cols.v_subject == _code(cols.subjects.get(subject))
        if look_for is not None and framework_id is not None:
            mask &= self._answered(mask, (framework_id, look_for), value, not_applicable)
        rows = np.flatnonzero(mask)
        rows = rows[np.argsort(-cols.v_day[rows].astype(np.int64) * 1440 - cols.v_minute[rows], kind="stable")]
        return [cols.ids[i] for i in rows.tolist()]

    def visits_behind_any(self, flt: VisitFilter, look_fors: Iterable[tuple[str, str]],
                          value: object = "observed") -> list[str]:
        """The ids of the filtered visits, newest first, whose answer to any of ``look_fors``
        (framework id, key) was ``value``: the visits behind a tag's figure."""
        cols = self.columns
        mask = self.visit_mask(flt)
        hit = np.zeros(len(cols.v_alive), dtype=np.bool_)
        for framework_id, key in look_fors:
            hit |= self._answered(mask, (framework_id, key), value, False)
        rows = np.flatnonzero(mask & hit)
        rows = rows[np.argsort(-cols.v_day[rows].astype(np.int64) * 1440 - cols.v_minute[rows], kind="stable")]
        return [cols.ids[i] for i in rows.tolist()]

    def _answered(self, mask: BoolArray, identity: Identity, value: object, not_applicable: bool) -> BoolArray:
        cols = self.columns
        ident = self._identity_code.get(identity)
        hit = np.zeros(len(cols.v_alive), dtype=np.bool_)
        if ident is None:
            return hit
        keys = np.flatnonzero(self._identity_of_key == ident)
        rmask = cols.r_alive & mask[cols.r_visit] & np.isin(cols.r_key, keys)
        if not_applicable:
            rmask &= cols.r_na
        else:
            rmask &= ~cols.r_na & (cols.r_value != NONE)
            if value is not None:
                wanted = [c for c, text in enumerate(cols.values.values) if _matches(cols.decoded_value(c), value)]
                rmask &= np.isin(cols.r_value, np.asarray(wanted, dtype=np.int32))
        hit[cols.r_visit[rmask]] = True
        return hit

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
        cols = self.columns
        today = today or date.today()
        mask = self.visit_mask(flt)
        unfiltered_days = self.visit_mask(flt.but(date_from=None, date_to=None))
        recent = unfiltered_days & (cols.v_day > (today - timedelta(days=days)).toordinal())
        last_by_room: dict[str, int] = {}
        last_by_teacher: dict[str, int] = {}
        rows = np.flatnonzero(unfiltered_days)
        order = rows[np.argsort(cols.v_day[rows], kind="stable")]
        rooms_v, teachers_v, days_v = cols.v_room[order].tolist(), cols.v_teacher[order].tolist(), \
            cols.v_day[order].tolist()
        for room, teacher, day in zip(rooms_v, teachers_v, days_v, strict=True):
            if room != NONE:
                last_by_room[cols.rooms.values[room]] = day
            if teacher != NONE:
                last_by_teacher[cols.people.values[teacher]] = day
        seen_rooms = {cols.rooms.values[r] for r in np.unique(cols.v_room[recent]).tolist() if r != NONE}
        seen_teachers = {cols.people.values[t] for t in np.unique(cols.v_teacher[recent]).tolist() if t != NONE}
        directory = self.repo.rooms_for_coverage(flt.school_ids or None)
        for room in directory:  # a room visited recently counts for the teacher it has now
            if room.room_id in seen_rooms and room.teacher_id:
                seen_teachers.add(room.teacher_id)
            if room.teacher_id and room.room_id in last_by_room:
                last_by_teacher[room.teacher_id] = max(last_by_teacher.get(room.teacher_id, 0),
                                                       last_by_room[room.room_id])

        def day_text(ordinal: int | None) -> str | None:
            return None if ordinal is None else date.fromordinal(ordinal).isoformat()

        rooms = tuple(sorted((NotVisited(r.room_id, r.room_name, r.school_name, day_text(last_by_room.get(r.room_id)))
                              for r in directory if r.room_id not in seen_rooms),
                             key=lambda n: (n.last_visit or "", n.school, n.name)))
        teachers: dict[str, NotVisited] = {}
        for r in directory:
            if r.teacher_id and r.teacher_id not in seen_teachers and r.teacher_id not in teachers:
                teachers[r.teacher_id] = NotVisited(r.teacher_id, r.teacher_name or "", r.school_name,
                                                    day_text(last_by_teacher.get(r.teacher_id)))
        hours = np.bincount(cols.v_minute[mask] // 60, minlength=24) if mask.any() else np.zeros(24, dtype=np.int64)
        weekdays = np.zeros(7, dtype=np.int64)
        if mask.any():
            weekdays = np.bincount((cols.v_day[mask].astype(np.int64) - 1) % 7, minlength=7)  # ordinal 1 = Monday
        busy = [h for h in range(24) if hours[h]]
        span = range(min(busy), max(busy) + 1) if busy else range(0)
        return Coverage(
            days, rooms, tuple(sorted(teachers.values(), key=lambda n: (n.last_visit or "", n.school, n.name))),
            tuple((f"{h:02d}:00", int(hours[h])) for h in span),
            tuple((WEEKDAYS[d], int(weekdays[d])) for d in range(7) if d < 5 or weekdays[d]),
            self._group_counts(mask, cols.subjects.values, cols.v_subject),
            self._group_counts(mask, cols.grade_bands.values, cols.v_grade),
            int(mask.sum()))

    @staticmethod
    def _group_counts(mask: BoolArray, names: list[str], column: npt.NDArray[np.int32]) -> tuple[tuple[str, int], ...]:
        if not mask.any():
            return ()
        counts = np.bincount(column[mask], minlength=len(names))
        return tuple(sorted(((names[i], int(n)) for i, n in enumerate(counts.tolist()) if n),
                            key=lambda p: (-p[1], p[0])))

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


def _code(code: int | None) -> int:
    return NONE - 1 if code is None else code


def _matches(found: object, wanted: object) -> bool:
    if isinstance(found, list):
        return wanted in found or found == wanted
    return found == wanted or (isinstance(found, int | float) and not isinstance(found, bool)
                               and str(found) == str(wanted))
