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

    def describe(self, names: dict[str, str] | None = None) -> list[str]:
        """The filter in words, one line per part that is set (for a page header); ``names``
        maps ids (schools, people, teams, frameworks) to what people call them."""
        names = names or {}

        def called(ids: tuple[str, ...]) -> str:
            return ", ".join(names.get(i, i) for i in ids)

        lines = []
        if self.school_ids:
            lines.append(f"Schools: {called(self.school_ids)}")
        if self.date_from or self.date_to:
            since = self.date_from.isoformat() if self.date_from else "the first visit"
            until = self.date_to.isoformat() if self.date_to else "today"
            lines.append(f"Dates: {since} to {until}")
        if self.framework_id:
            lines.append(f"Framework: {names.get(self.framework_id, self.framework_id)}")
        if self.grade_bands:
            lines.append(f"Grade bands: {', '.join(self.grade_bands)}")
        if self.subjects:
            lines.append(f"Subjects: {', '.join(self.subjects)}")
        if self.observer_ids:
            lines.append(f"Observers: {called(self.observer_ids)}")
        if self.team_id:
            lines.append(f"PLC team: {names.get(self.team_id, self.team_id)}")
        kinds = {ObservationKind.BLAST: "blast walkthroughs", ObservationKind.PEER: "peer visits", None: "all visits"}
        lines.append(f"Visits: {kinds[self.kind]}")
        return lines
