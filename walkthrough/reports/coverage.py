"""Coverage: the rooms and teachers not visited lately, and the balance of the visits across hours
of the day, weekdays, subjects and grade bands.

Computed over the engine's integer-coded columns
(:class:`walkthrough.storage.visit_columns.VisitColumns`) for the masks
:class:`walkthrough.reports.engine.ReportEngine` selects. Qt-free.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import numpy as np
import numpy.typing as npt

from walkthrough.core.i18n import QT_TRANSLATE_NOOP
from walkthrough.reports.figures import Coverage, NotVisited
from walkthrough.storage import Repository
from walkthrough.storage.visit_columns import NONE, BoolArray, VisitColumns

WEEKDAYS = (QT_TRANSLATE_NOOP("core", "Monday"), QT_TRANSLATE_NOOP("core", "Tuesday"),
            QT_TRANSLATE_NOOP("core", "Wednesday"), QT_TRANSLATE_NOOP("core", "Thursday"),
            QT_TRANSLATE_NOOP("core", "Friday"), QT_TRANSLATE_NOOP("core", "Saturday"),
            QT_TRANSLATE_NOOP("core", "Sunday"))  # Coverage.by_weekday's names; a report translates them


def coverage(cols: VisitColumns, repo: Repository, mask: BoolArray, unfiltered_days: BoolArray,
             school_ids: Sequence[str] | None, days: int, today: date) -> Coverage:
    """Rooms and teachers of ``school_ids`` (every school: None) not visited in the last ``days``
    days among ``unfiltered_days``, and the balance of the visits in ``mask``."""
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
    directory = repo.rooms_for_coverage(school_ids)
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
        group_counts(mask, cols.subjects.values, cols.v_subject),
        group_counts(mask, cols.grade_bands.values, cols.v_grade),
        int(mask.sum()))


def group_counts(mask: BoolArray, names: list[str], column: npt.NDArray[np.int32]) -> tuple[tuple[str, int], ...]:
    """The visits in ``mask`` per group (a subject, a grade band), most first."""
    if not mask.any():
        return ()
    counts = np.bincount(column[mask], minlength=len(names))
    return tuple(sorted(((names[i], int(n)) for i, n in enumerate(counts.tolist()) if n),
                        key=lambda p: (-p[1], p[0])))
