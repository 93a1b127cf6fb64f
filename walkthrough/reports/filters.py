"""Which visits a dashboard figure, a report or an export covers.

A :class:`VisitFilter` is frozen: the dashboard makes a new one for every
change of its controls, and a query for an older one can be told apart (and
cancelled). Empty tuples and ``None`` mean "any". Dates are school days,
both ends inclusive, compared with the local day a visit started on.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from walkthrough.core.model import ObservationKind
from walkthrough.core.terms import Term
from walkthrough.reports.words import ENGLISH, Words
from walkthrough.storage.report_store import VisitQuery


@dataclass(frozen=True)
class VisitFilter:
    school_ids: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    framework_id: str | None = None
    grade_bands: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    observer_ids: tuple[str, ...] = ()
    team_id: str | None = None  # visits whose teacher (on the day) is a member of this PLC team
    kind: ObservationKind | None = ObservationKind.BLAST  # None: both kinds (the visit history)

    def but(self, **changes: Any) -> VisitFilter:
        """The same filter with some fields changed."""
        return replace(self, **changes)

    def in_term(self, term: Term) -> VisitFilter:
        return replace(self, date_from=term.start, date_to=term.end)

    def query(self) -> VisitQuery:
        """The filter as storage reads it."""
        return VisitQuery(self.school_ids, self.date_from, self.date_to, self.framework_id, self.grade_bands,
                          self.subjects, self.observer_ids, self.team_id, self.kind.value if self.kind else None)

    def describe(self, names: dict[str, str] | None = None, words: Words = ENGLISH) -> list[str]:
        """The filter in words, one line per part that is set (for a page header); ``names``
        maps ids (schools, people, teams, frameworks) to what people call them."""
        names = names or {}
        w = words

        def called(ids: tuple[str, ...]) -> str:
            return ", ".join(names.get(i, i) for i in ids)

        lines = []
        if self.school_ids:
            lines.append(w.translate("core", "Schools: {names}").format(names=called(self.school_ids)))
        if self.date_from or self.date_to:
            since = w.day(self.date_from) if self.date_from else w.translate("core", "the first visit")
            until = w.day(self.date_to) if self.date_to else w.translate("core", "today")
            lines.append(w.translate("core", "Dates: {since} to {until}").format(since=since, until=until))
        if self.framework_id:
            lines.append(w.translate("core", "Framework: {name}").format(
                name=names.get(self.framework_id, self.framework_id)))
        if self.grade_bands:
            lines.append(w.translate("core", "Grade bands: {names}").format(names=", ".join(self.grade_bands)))
        if self.subjects:
            lines.append(w.translate("core", "Subjects: {names}").format(names=", ".join(self.subjects)))
        if self.observer_ids:
            lines.append(w.translate("core", "Observers: {names}").format(names=called(self.observer_ids)))
        if self.team_id:
            lines.append(w.translate("core", "PLC team: {name}").format(name=names.get(self.team_id, self.team_id)))
        kinds = {ObservationKind.BLAST: w.translate("core", "blast walkthroughs"),
                 ObservationKind.PEER: w.translate("core", "peer visits"), None: w.translate("core", "all visits")}
        lines.append(w.translate("core", "Visits: {kind}").format(kind=kinds[self.kind]))
        return lines
