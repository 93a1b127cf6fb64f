"""Pieces of the building summary and the compilation: the look-for table with bars and intervals,
the heatmap, coverage, a period comparison, look-fors by tag, drawn from the figures engine's
plain data (:mod:`walkthrough.reports.figures`). A group of fewer than five visits says "too few
visits", never a percentage."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from walkthrough.reports.figures import (
    Comparison,
    Coverage,
    FrameworkFigures,
    Heatmap,
    LookForFigure,
    Proportion,
    TagFigure,
)
from walkthrough.reports.pdf.charts import HeatCell as DrawnCell
from walkthrough.reports.pdf.charts import heatmap, share_bar
from walkthrough.reports.pdf.styles import styles, text
from walkthrough.reports.pdf.tables import table

WIDTH = 178 * mm  # the A4 frame's width
HEAT_ROWS = 40  # heatmap rows per drawing, so a long one splits across pages


def bar(p: Proportion | None, width: float = 100) -> Flowable:
    if p is None or p.too_few:
        return share_bar(None, None, None, width=width)
    interval = p.interval
    return share_bar(p.share, interval.low if interval else None, interval.high if interval else None, width=width)


def interval_text(p: Proportion) -> str:
    interval = p.interval
    if p.too_few or interval is None:
        return ""
    return f"{round(interval.low * 100)}–{round(interval.high * 100)}%"


def figure_words(lf: LookForFigure) -> tuple[str, str, Proportion | None]:
    """n of N, what it shows in words, and the share to draw (presence look-fors)."""
    if lf.presence is not None:
        p = lf.presence
        return f"{p.n} of {p.total}", p.percent_text(), p
    if lf.too_few:
        return f"{lf.answered} answered", "too few visits", None
    if lf.options:
        top = sorted(lf.options, key=lambda o: -o.count)[:3]
        words = ", ".join(f"{o.label} {o.proportion.percent_text()}" for o in top)
        mean = f"; mean {lf.mean:.1f}" if lf.mean is not None else ""
        return f"{lf.answered} answered", words + mean, None
    if lf.mean is not None:
        return f"{lf.answered} answered", f"mean {lf.mean:.1f}", None
    if lf.written:
        return f"{lf.written} wrote", "", None
    return f"{lf.answered} answered", "", None


def look_for_table(fw: FrameworkFigures) -> list[Flowable]:
    s = styles()
    rows: list[list[object]] = []
    for lf in fw.look_fors:
        counted, words, p = figure_words(lf)
        if p is not None:
            rows.append([lf.prompt, counted, words, interval_text(p), bar(p)])
        else:  # a distribution or a mean: in words under the prompt, no bar
            cell = Paragraph(text(lf.prompt) + (f"<br/><font size=7.5 color='#5f6b7a'>{text(words)}</font>"
                                                if words else ""), s.cell)
            rows.append([cell, counted, "", "", ""])
    out: list[Flowable] = [
        Paragraph(text(f"{fw.title} (version {fw.version}) · {fw.visits:,} visits"), s.h3),
        table(["Look-for", "Seen in", "Share", "95% interval", "Share, with its interval"], rows,
              [72 * mm, 22 * mm, 26 * mm, 18 * mm, 40 * mm], numeric=[1, 2, 3]),
    ]
    if fw.scores:
        score_rows = [[sc.title, f"{sc.scored}",
                       "too few visits" if sc.too_few or sc.mean is None else f"{sc.mean:.2f}",
                       ", ".join(f"{b} {n}" for b, n in sc.bands)] for sc in fw.scores]
        out += [Spacer(1, 4), table(["Score", "Visits scored", "Mean", "Visits per band"], score_rows,
                                    [60 * mm, 26 * mm, 26 * mm, 66 * mm], numeric=[1, 2])]
    return out


def heatmap_part(found: Heatmap, label: str) -> list[Flowable]:
    s = styles()
    if not found.rows or not found.groups:
        return [Paragraph("No presence look-fors in these visits.", s.body)]
    out: list[Flowable] = [Paragraph(text(f"Each cell: the share of visits in that {label} where the look-for was "
                                          "seen; “–”: too few visits."), s.small), Spacer(1, 3)]
    columns = [g or "not set" for g in found.groups]
    for start in range(0, len(found.rows), HEAT_ROWS):
        chunk = found.rows[start:start + HEAT_ROWS]
        cells = [[DrawnCell(c.proportion.share, c.proportion.total) for c in row] for _lf, row in chunk]
        out.append(heatmap([lf.prompt for lf, _ in chunk], columns, cells, width=WIDTH))
        out.append(Spacer(1, 4))
    return out


def _balance(title: str, pairs: Sequence[tuple[str, int]], total: int) -> list[Flowable]:
    if not pairs:
        return []
    rows = [[name or "not set", f"{n:,}", bar(Proportion(n, total), 125)] for name, n in pairs]
    return [Paragraph(text(title), styles().h3),
            table(["", "Visits", "Share of the visits"], rows, [70 * mm, 24 * mm, 50 * mm], numeric=[1])]


def coverage_part(found: Coverage) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = []
    rooms = found.rooms_not_visited
    out.append(Paragraph(text(f"Rooms not visited in the last {found.days} days: {len(rooms)}"), s.h3))
    if rooms:
        out.append(table(["Room", "School", "Last visit"],
                         [[r.name, r.school, r.last_visit or "never"] for r in rooms], [80 * mm, 60 * mm, 30 * mm]))
    teachers = found.teachers_not_visited
    out.append(Paragraph(text(f"Teachers not visited in the last {found.days} days: {len(teachers)}"), s.h3))
    if teachers:
        out.append(table(["Teacher", "School", "Last visit"],
                         [[t.name, t.school, t.last_visit or "never"] for t in teachers], [80 * mm, 60 * mm, 30 * mm]))
    out += _balance("Visits by time of day", found.by_hour, found.visits)
    out += _balance("Visits by weekday", found.by_weekday, found.visits)
    out += _balance("Visits by subject", found.by_subject, found.visits)
    out += _balance("Visits by grade band", found.by_grade_band, found.visits)
    return out


def comparison_part(found: Comparison) -> list[Flowable]:
    s = styles()
    if not found.changes:
        return [Paragraph("No presence look-fors to compare.", s.body)]
    rows = []
    for change in found.changes:
        diff, interval = change.difference, change.interval
        if diff is None or interval is None:
            moved, marked = "too few visits", ""
        else:
            moved = f"{_points(diff)} points ({_points(interval.low)} to {_points(interval.high)})"
            marked = ("up" if diff > 0 else "down") if change.changed else "no clear change"
        rows.append([change.look_for.prompt, change.before.text(), change.after.text(), moved, marked])
    return [Paragraph(text(f"{found.before_label} against {found.after_label}. A change is marked only when the 95% "
                           "interval of the difference excludes zero."), s.small), Spacer(1, 3),
            table(["Look-for", found.before_label, found.after_label, "Difference (95% interval)", "Change"], rows,
                  [58 * mm, 30 * mm, 30 * mm, 40 * mm, 20 * mm])]


def _points(share: float) -> str:
    """A difference of shares in percentage points: "+8", "-12", "+0.4" (never a bare "-0")."""
    points = share * 100
    return f"{points:+.1f}" if abs(points) < 1 else f"{points:+.0f}"


def tags_part(found: Sequence[TagFigure]) -> list[Flowable]:
    if not found:
        return [Paragraph("No tagged look-fors in these visits.", styles().body)]
    rows = [[t.tag, f"{len(t.look_fors)}", t.proportion.text(), interval_text(t.proportion), bar(t.proportion, 110)]
            for t in found]
    return [table(["Tag", "Look-fors", "Seen", "95% interval", "Share, with its interval"], rows,
                  [52 * mm, 18 * mm, 40 * mm, 24 * mm, 44 * mm], numeric=[1])]


def section(title: str) -> list[Flowable]:
    return [CondPageBreak(40 * mm), Paragraph(text(title), styles().h2)]
