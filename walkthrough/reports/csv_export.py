"""Visits and their responses as CSV, in long format: one row per response.

UTF-8 with a byte-order mark, so Excel opens names like "Zoë Nguyễn" as typed. The columns are
:data:`COLUMNS` (documented in the README). The visits are those of a
:class:`~walkthrough.reports.filters.VisitFilter`, chosen as the dashboard chooses them, and the
rows pass the privacy predicate (``Output.CSV_EXPORT``: no peer visit, private or shared). A cell
that a spreadsheet would run as a formula (it starts with ``=``, ``+``, ``-``, ``@``) is written
with a leading apostrophe. The file appears whole or not at all.

The header row and the key columns (kind, value, not_applicable: "yes"/"no") are the same in every
language, so a spreadsheet or a script reads a file made in any language alike; the words a person
reads (framework, section, look_for, answer) are in ``words``' language (English from the command line).
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from walkthrough.core.framework_text import localize
from walkthrough.core.framework_types import Framework, LookFor
from walkthrough.core.privacy import Output
from walkthrough.reports.answer_words import answer_words
from walkthrough.reports.engine import ReportEngine
from walkthrough.reports.filters import VisitFilter
from walkthrough.reports.words import ENGLISH, Words
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError

COLUMNS = (
    "visit_id", "kind", "date", "started_at", "ended_at", "school", "room", "grade_band", "subject", "teacher",
    "observer", "framework_id", "framework_version", "framework", "section", "look_for_key", "look_for",
    "value", "answer", "not_applicable", "note",
)
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class CsvWritten:
    visits: int
    rows: int
    words: Words = ENGLISH

    def __str__(self) -> str:
        w = self.words
        return w.translate("core", "{rows} responses of {visits} visits").format(rows=w.number(self.rows),
                                                                                 visits=w.number(self.visits))


def _safe(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA) else value


def _value_text(raw: str | None) -> tuple[object, str]:
    if raw is None:
        return None, ""
    value = json.loads(raw)
    if isinstance(value, str):
        return value, value
    return value, json.dumps(value, ensure_ascii=False)


def export_csv(repo: Repository, flt: VisitFilter, viewer_id: str | None, path: Path, *,
               progress: Callable[[int, int], None] | None = None, words: Words = ENGLISH) -> CsvWritten:
    """Write the CSV of the visits of ``flt`` as ``viewer_id`` may export them."""
    repo.export_rows([], by=viewer_id)  # refused before anything is read or written
    engine = ReportEngine(repo, Output.CSV_EXPORT)
    engine.refresh()
    ids = list(reversed(engine.visits_behind(flt.but(kind=None))))
    frameworks: dict[tuple[str, str], tuple[Framework | None, dict[str, tuple[LookFor, str]]]] = {}
    visits: set[str] = set()
    count = 0
    folder = path.parent if str(path.parent) else Path(".")
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(COLUMNS)
            for row in repo.export_rows(ids, by=viewer_id):
                key = (row.framework_id, row.framework_version)
                if key not in frameworks:
                    try:
                        framework: Framework | None = localize(repo.framework(*key), words.language)
                    except StoreError:
                        framework = None
                    look_fors = {} if framework is None else {
                        lf.key: (lf, s.title) for s in framework.sections for lf in s.all_look_fors}
                    frameworks[key] = (framework, look_fors)
                framework, look_fors = frameworks[key]
                found = look_fors.get(row.look_for_key.split("#")[0])
                value, text = _value_text(row.value)
                answer = answer_words(found[0], value, not_applicable=row.not_applicable, words=words) if found \
                    else text
                day = datetime.fromisoformat(row.started_at).astimezone().date().isoformat()
                cells = (
                    row.visit_id, row.kind, day, row.started_at, row.ended_at or "", row.school, row.room,
                    row.grade_band, row.subject, row.teacher, row.observer, row.framework_id, row.framework_version,
                    framework.title if framework else "", found[1] if found else "", row.look_for_key,
                    found[0].prompt if found else "", text, answer, "yes" if row.not_applicable else "no", row.note,
                )
                writer.writerow([_safe(c) for c in cells])
                visits.add(row.visit_id)
                count += 1
                if progress is not None and count % 5000 == 0:
                    progress(len(visits), len(ids))
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return CsvWritten(len(visits), count, words)
