"""Benchmark: a 1,000-page district compilation PDF beside a bare reportlab document of the same tables.

    .venv/bin/python tests/perf/bench_reports.py [--db PATH] [--pages 1000] [--repeat 2]

The compilation is made by :func:`walkthrough.reports.compilation_pdf.compilation_pdf` over every
school and the last three school years of the demo database (``--db``; default the benchmarks'
100,000-visit one in ``~/.cache/walkthrough-bench``, made with ``walkthrough demo --observations
100000`` when missing), with an appendix of look-for tables (each look-for's share by term, grade
band and subject, from the figures engine) long enough for ``--pages`` pages. The floor is a bare
reportlab document of the same appendix tables: ``SimpleDocTemplate``, built-in Helvetica, the same
cells (the prompts wrapped in a Paragraph, figures as strings, the same bars), no page template.

Measures (seconds, best of ``--repeat``): ``compilation_figures`` and ``appendix_figures`` (the
engine's and the queries' work, once), ``ours`` (laying out and writing the whole compilation: its
sections, the appendix, the page template with "page N of M", the embedded fonts), ``bare`` (the floor),
and ``ratio`` = ours / bare (goal: at most 1.5). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    Flowable,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    TableStyle,
)

from walkthrough.core import terms  # noqa: E402
from walkthrough.core.model import Role  # noqa: E402
from walkthrough.core.privacy import Output  # noqa: E402
from walkthrough.reports.compilation_pdf import compilation_story  # noqa: E402
from walkthrough.reports.engine import ReportEngine  # noqa: E402
from walkthrough.reports.filters import VisitFilter  # noqa: E402
from walkthrough.reports.pdf.charts import share_bar  # noqa: E402
from walkthrough.reports.pdf.document import Header, build  # noqa: E402
from walkthrough.reports.pdf.styles import styles  # noqa: E402
from walkthrough.reports.pdf.tables import table  # noqa: E402
from walkthrough.storage import Repository  # noqa: E402

CACHE = Path.home() / ".cache" / "walkthrough-bench"
ROWS_PER_PAGE = 21  # about what an A4 page of the appendix holds (most prompts take two lines)
HEADER = ["Look-for", "Term", "Grade band", "Subject", "Seen in", "Share", "Share, with its interval"]
WIDTHS = [62 * mm, 22 * mm, 16 * mm, 26 * mm, 18 * mm, 12 * mm, 30 * mm]


def database(path: Path | None) -> Path:
    if path is not None:
        return path
    db = CACHE / "walkthrough.sqlite3"
    if not db.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "walkthrough", "--data-dir", str(CACHE), "demo", "--observations",
                        "100000"], check=True)
    return db


def appendix_rows(engine: ReportEngine, today: date) -> list[list[object]]:
    """Each presence look-for's share by term, grade band and subject (groups with visits only)."""
    cols = engine.columns
    rows: list[list[object]] = []
    for term in sorted(terms.recent_terms(today), key=lambda t: t.start):
        for band in cols.grade_bands.values:
            for subject in cols.subjects.values:
                flt = VisitFilter(date_from=term.start, date_to=term.end, grade_bands=(band,), subjects=(subject,))
                if engine.visit_count(flt) == 0:
                    continue
                for fw in engine.figures(flt).frameworks:
                    for lf in fw.look_fors:
                        if lf.presence is None:
                            continue
                        p = lf.presence
                        rows.append([lf.prompt, term.name, band, subject, f"{p.n} of {p.total}", p.percent_text()
                                     .replace("too few visits", "too few"), p])
    return rows


def _bar(p: object) -> object:
    from walkthrough.reports.figures import Proportion

    assert isinstance(p, Proportion)
    if p.too_few:
        return share_bar(None, None, None, width=78)
    interval = p.interval
    assert interval is not None
    return share_bar(p.share, interval.low, interval.high, width=78)


def ours(header: Header, story: list[Flowable], rows: list[list[object]]) -> tuple[float, int, int]:
    """Laying out and writing the whole compilation (its figures made before)."""
    started = time.perf_counter()
    cells = [[*r[:6], _bar(r[6])] for r in rows]
    appendix = [table(HEADER, cells, WIDTHS, numeric=[4, 5], short=[1, 2, 3])]
    out = io.BytesIO()
    pages = build(out, header, [*story, *appendix])
    return time.perf_counter() - started, pages, out.tell()


def bare(rows: list[list[object]]) -> tuple[float, int, int]:
    started = time.perf_counter()
    style = getSampleStyleSheet()["BodyText"]
    cells = [HEADER] + [[Paragraph(str(r[0]), style), *r[1:6], _bar(r[6])] for r in rows]
    t = LongTable(cells, colWidths=WIDTHS, repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    doc.build([t])
    return time.perf_counter() - started, int(doc.page), out.tell()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    repo = Repository.open(database(args.db))
    styles()
    viewer = next(p.id for p in repo.people(role=Role.COACH))
    started = time.perf_counter()
    engine = ReportEngine(repo, Output.ADMIN_REPORT)
    engine.refresh()
    real = appendix_rows(engine, date.today())
    figures = time.perf_counter() - started
    wanted = args.pages * ROWS_PER_PAGE
    rows = list(itertools.islice(itertools.cycle(real), wanted)) if len(real) < wanted else real
    best_ours = best_bare = compilation_figures = float("inf")
    pages = bare_pages = size = bare_size = 0
    for _ in range(args.repeat):
        started = time.perf_counter()  # flowables are laid out once: a new story for each run
        header, story = compilation_story(repo, VisitFilter(), viewer)
        compilation_figures = min(compilation_figures, time.perf_counter() - started)
        seconds, pages, size = ours(header, story, rows)
        best_ours = min(best_ours, seconds)
        seconds, bare_pages, bare_size = bare(rows)
        best_bare = min(best_bare, seconds)
    print(json.dumps({
        "database": str(database(args.db)), "visits": engine.visit_count(VisitFilter()),
        "appendix_rows": len(rows), "distinct_rows": len(real),
        "appendix_figures_s": round(figures, 2), "compilation_figures_s": round(compilation_figures, 2),
        "ours_s": round(best_ours, 2), "ours_pages": pages, "ours_bytes": size,
        "bare_s": round(best_bare, 2), "bare_pages": bare_pages, "bare_bytes": bare_size,
        "ratio": round(best_ours / best_bare, 2), "goal_ratio": 1.5,
    }))
    repo.close()


if __name__ == "__main__":
    main()
