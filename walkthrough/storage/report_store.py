"""What reports read with SQL: the visits behind a figure as rows, the visit history with a
search over notes, the rooms coverage looks at, and the direct SQL counts the figures are
checked (and benchmarked) against.

Every query over observations carries the privacy predicate
(:mod:`walkthrough.storage.privacy_sql`). Filters arrive as plain values
(the reports layer's ``VisitFilter`` is above storage): see
:class:`VisitQuery`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from walkthrough.core.model import Person
from walkthrough.core.permissions import Action
from walkthrough.core.privacy import Output
from walkthrough.storage.access import AccessStore
from walkthrough.storage.privacy_sql import included, on_screen

if TYPE_CHECKING:
    from walkthrough.storage.visit_columns import VisitColumns


@dataclass(frozen=True)
class VisitQuery:
    """The filter's fields, as storage reads them (empty: any)."""

    school_ids: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    framework_id: str | None = None
    grade_bands: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    observer_ids: tuple[str, ...] = ()
    team_id: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class VisitRow:
    """One visit as a list shows it."""

    id: str
    kind: str
    started_at: str
    status: str
    school: str
    room: str
    teacher: str
    observer: str
    observer_id: str | None
    teacher_id: str | None
    grade_band: str
    subject: str
    framework_id: str
    framework_version: str
    visibility: str
    notes: int  # notes and evidence notes written in it

    @property
    def day(self) -> str:
        return self.started_at[:10]


@dataclass(frozen=True)
class CoverageRoom:
    room_id: str
    room_name: str
    school_name: str
    teacher_id: str | None
    teacher_name: str | None


_ROW_SQL = (
    "SELECT o.id, o.kind, o.started_at, o.status, coalesce(s.name, ''), coalesce(r.name, ''),"
    " coalesce(t.name, ''), coalesce(ob.name, ''), o.observer_id, o.teacher_id, o.grade_band, o.subject,"
    " o.framework_id, o.framework_version, o.visibility,"
    " (SELECT count(*) FROM notes n WHERE n.observation_id = o.id AND n.deleted = 0)"
    " + (SELECT count(*) FROM responses x WHERE x.observation_id = o.id AND x.deleted = 0 AND x.note != '')"
    " FROM observations o LEFT JOIN schools s ON s.id = o.school_id LEFT JOIN rooms r ON r.id = o.room_id"
    " LEFT JOIN people t ON t.id = o.teacher_id LEFT JOIN people ob ON ob.id = o.observer_id"
)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def query_where(query: VisitQuery, alias: str = "o") -> tuple[str, list[Any]]:
    """The SQL conditions of a filter over ``alias`` (dates are the visit's local day)."""
    a = f"{alias}."
    parts: list[str] = []
    params: list[Any] = []

    def among(column: str, values: Sequence[str]) -> None:
        if values:
            parts.append(f"{a}{column} IN ({', '.join('?' for _ in values)})")
            params.extend(values)

    among("school_id", query.school_ids)
    among("grade_band", query.grade_bands)
    among("subject", query.subjects)
    among("observer_id", query.observer_ids)
    if query.date_from is not None:
        parts.append(f"date({a}started_at, 'localtime') >= ?")
        params.append(query.date_from.isoformat())
    if query.date_to is not None:
        parts.append(f"date({a}started_at, 'localtime') <= ?")
        params.append(query.date_to.isoformat())
    if query.framework_id is not None:
        parts.append(f"{a}framework_id = ?")
        params.append(query.framework_id)
    if query.team_id is not None:
        parts.append(f"{a}teacher_id IN (SELECT person_id FROM plc_team_members WHERE team_id = ? AND deleted = 0)")
        params.append(query.team_id)
    if query.kind is not None:
        parts.append(f"{a}kind = ?")
        params.append(query.kind)
    return (" AND ".join(parts) or "1"), params


class ReportStore(AccessStore):
    def dashboard_viewer(self, *, by: str | None) -> Person:
        """The acting profile, once it may open the dashboard (its figures are counted for it)."""
        return self._require(Action.VIEW_DASHBOARD, by)

    def visit_rows(self, ids: Sequence[str], viewer_id: str | None) -> list[VisitRow]:
        """The visits with these ids that the viewer may open, in the order given."""
        found: dict[str, VisitRow] = {}
        where, params = on_screen(viewer_id)
        listed = list(ids)
        for start in range(0, len(listed), 500):
            chunk = listed[start:start + 500]
            sql = f"{_ROW_SQL} WHERE {where} AND o.id IN ({', '.join('?' for _ in chunk)})"
            for row in self.db.execute(sql, [*params, *chunk]).fetchall():
                found[row[0]] = VisitRow(*row)
        return [found[i] for i in listed if i in found]

    def visit_history(self, query: VisitQuery, viewer_id: str | None, search: str = "",
                      limit: int = 1000) -> tuple[list[VisitRow], int]:
        """Every visit this device holds that the viewer may open, newest first, with the filter
        and (``search``) words found in its notes or evidence notes; and how many there are in all."""
        where, params = on_screen(viewer_id)
        conditions, extra = query_where(query)
        sql = f" WHERE {where} AND {conditions}"
        params = [*params, *extra]
        if search.strip():
            pattern = _like(search.strip())
            sql += (" AND (EXISTS (SELECT 1 FROM notes n WHERE n.observation_id = o.id AND n.deleted = 0"
                    " AND n.text LIKE ? ESCAPE '\\') OR EXISTS (SELECT 1 FROM responses x"
                    " WHERE x.observation_id = o.id AND x.deleted = 0 AND x.note LIKE ? ESCAPE '\\'))")
            params += [pattern, pattern]
        total = int(self.db.execute(f"SELECT count(*) FROM observations o{sql}", params).fetchone()[0])
        rows = self.db.execute(f"{_ROW_SQL}{sql} ORDER BY o.started_at DESC, o.id LIMIT ?",
                               [*params, limit]).fetchall()
        return [VisitRow(*r) for r in rows], total

    def rooms_for_coverage(self, school_ids: Sequence[str] | None) -> list[CoverageRoom]:
        """The directory's rooms (of these schools), with their teachers now."""
        sql = ("SELECT r.id, r.name, s.name, r.teacher_id, p.name FROM rooms r JOIN schools s ON s.id = r.school_id"
               " LEFT JOIN people p ON p.id = r.teacher_id AND p.deleted = 0 WHERE r.deleted = 0 AND s.deleted = 0")
        params: list[Any] = []
        if school_ids:
            sql += f" AND r.school_id IN ({', '.join('?' for _ in school_ids)})"
            params += list(school_ids)
        return [CoverageRoom(*row) for row in self.db.execute(sql + " ORDER BY s.name, r.name", params).fetchall()]

    def visit_columns(self, output: Output = Output.DASHBOARD) -> VisitColumns:
        """The in-memory columns of the visits ``output`` may use, read through this connection."""
        from walkthrough.storage.visit_columns import VisitColumns

        return VisitColumns(self.db.conn, output)

    def grouped_answer_counts(self, query: VisitQuery, output: Output = Output.DASHBOARD) -> dict[
            tuple[str, str, str, str | None], int]:
        """One direct SQL ``GROUP BY`` over the tables: visits per (framework, version, look-for,
        stored value), N/A answers under the value ``None`` with the key's suffix ``":na"``. What
        the figures are checked against, and the benchmark's baseline."""
        where, params = included(output, None)
        conditions, extra = query_where(query)
        rows = self.db.execute(
            "SELECT o.framework_id, o.framework_version, r.look_for_key || CASE WHEN r.not_applicable THEN ':na'"
            " ELSE '' END, CASE WHEN r.not_applicable THEN NULL ELSE r.value END, count(*)"
            " FROM responses r JOIN observations o ON o.id = r.observation_id"
            f" WHERE r.deleted = 0 AND {where} AND {conditions}"
            " GROUP BY 1, 2, 3, 4", [*params, *extra]).fetchall()
        return {(f, v, k, val): int(n) for f, v, k, val, n in rows}

    def counted_visits(self, query: VisitQuery, output: Output = Output.DASHBOARD) -> int:
        where, params = included(output, None)
        conditions, extra = query_where(query)
        return int(self.db.execute(f"SELECT count(*) FROM observations o WHERE {where} AND {conditions}",
                                   [*params, *extra]).fetchone()[0])

    def report_choices(self) -> tuple[list[str], list[str], list[tuple[str, str]]]:
        """What the filters offer before any figure is counted (cheap: the directory): the rooms'
        grade bands and subjects, and the administrators and coaches (who observe blast visits).
        The dashboard adds the groups and observers its counted visits hold."""
        bands = [r[0] for r in self.db.execute(
            "SELECT DISTINCT grade_band FROM rooms WHERE deleted = 0 AND grade_band != '' ORDER BY 1")]
        subjects = [r[0] for r in self.db.execute(
            "SELECT DISTINCT subject FROM rooms WHERE deleted = 0 AND subject != '' ORDER BY 1")]
        observers = [(r[0], r[1]) for r in self.db.execute(
            "SELECT id, name FROM people WHERE deleted = 0 AND role IN ('administrator', 'coach') ORDER BY name")]
        return bands, subjects, observers

    def people_names(self, ids: Sequence[str]) -> list[tuple[str, str]]:
        """(id, name) of these people, by name (removed people keep their name)."""
        listed = list(ids)
        if not listed:
            return []
        return [(r[0], r[1]) for r in self.db.execute(
            f"SELECT id, name FROM people WHERE id IN ({', '.join('?' for _ in listed)}) ORDER BY name", listed)]
