"""The store's side of reports and exports: who may make them, and the rows of a CSV export.

Summary reports (:data:`Action.MAKE_REPORT`) and CSV exports (:data:`Action.EXPORT_CSV`) are for
administrators and coaches; :meth:`ExportStore.report_maker` and :meth:`ExportStore.export_rows`
refuse anyone else before anything is read. The export's rows pass the privacy predicate of
:mod:`walkthrough.storage.privacy_sql` (``Output.CSV_EXPORT``: blast visits only) whatever ids
it is given.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from walkthrough.core.model import Person
from walkthrough.core.permissions import Action
from walkthrough.core.privacy import Output
from walkthrough.storage.access import AccessStore
from walkthrough.storage.privacy_sql import included

_CHUNK = 500


@dataclass(frozen=True)
class ExportRow:
    """One response of one visit, with what the visit was on the day."""

    visit_id: str
    kind: str
    started_at: str
    ended_at: str | None
    school: str
    room: str
    grade_band: str
    subject: str
    teacher: str
    observer: str
    framework_id: str
    framework_version: str
    look_for_key: str
    value: str | None  # the stored JSON text
    not_applicable: bool
    note: str


class ExportStore(AccessStore):
    def report_maker(self, *, by: str | None) -> Person:
        """The acting profile, once it may make summary reports (building summaries, compilations)."""
        return self._require(Action.MAKE_REPORT, by)

    def export_rows(self, visit_ids: Sequence[str], *, by: str | None) -> Iterator[ExportRow]:
        """The responses of ``visit_ids`` (in that order) that a CSV export may hold."""
        self._require(Action.EXPORT_CSV, by)
        rule, params = included(Output.CSV_EXPORT, None, "o")
        for start in range(0, len(visit_ids), _CHUNK):
            chunk = list(visit_ids[start:start + _CHUNK])
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                "SELECT o.id, o.kind, o.started_at, o.ended_at, coalesce(s.name, ''), coalesce(rm.name, ''),"
                " o.grade_band, o.subject, coalesce(t.name, ''), coalesce(ob.name, ''), o.framework_id,"
                " o.framework_version, r.look_for_key, r.value, r.not_applicable, r.note"
                " FROM observations o JOIN responses r ON r.observation_id = o.id AND r.deleted = 0"
                " LEFT JOIN schools s ON s.id = o.school_id LEFT JOIN rooms rm ON rm.id = o.room_id"
                " LEFT JOIN people t ON t.id = o.teacher_id LEFT JOIN people ob ON ob.id = o.observer_id"
                f" WHERE o.id IN ({marks}) AND {rule}"
                " ORDER BY o.started_at, o.id, r.rowid", [*chunk, *params]).fetchall()
            for row in rows:
                yield ExportRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6] or "", row[7] or "", row[8],
                                row[9], row[10], row[11], row[12], row[13], bool(row[14]), row[15] or "")
