"""Pieces of the building summary and the compilation: the look-for table with bars and intervals,
the heatmap, coverage, a period comparison, look-fors by tag, drawn from the figures engine's
plain data (:mod:`walkthrough.reports.figures`). A group of fewer than five visits says "too few
visits", never a percentage. Every phrase is in the report's :class:`~walkthrough.reports.words.Words`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

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
from walkthrough.reports.words import ENGLISH, Words

WIDTH = 178 * mm  # the A4 frame's width
HEAT_ROWS = 40  # heatmap rows per drawing, so a long one splits across pages


def bar(p: Proportion | None, width: float = 100, w: Words | None = None) -> Flowable:
    if p is None or p.too_few:
        return share_bar(None, None, None, width=width, too_few=too_few(w or ENGLISH))
    interval = p.interval
    return share_bar(p.share, interval.low if interval else None, interval.high if interval else None, width=width)


def too_few(w: Words) -> str:
    return w.translate("core", "too few visits")


def percent_text(p: Proportion, w: Words = ENGLISH) -> str:
    """"62%" or "too few visits", in the report's language."""
    share = p.share
    return too_few(w) if share is None else w.percent(share)


def proportion_text(p: Proportion, w: Words = ENGLISH) -> str:
    """"31 of 50 (62%)", in the report's language."""
    return w.translate("core", "{n} of {total} ({share})").format(n=p.n, total=p.total, share=percent_text(p, w))


def interval_text(p: Proportion) -> str:
    interval = p.interval
    if p.too_few or interval is None:
        return ""
    return f"{round(interval.low * 100)}–{round(interval.high * 100)}%"


def figure_words(lf: LookForFigure, w: Words = ENGLISH) -> tuple[str, str, Proportion | None]:
    """n of N, what it shows in words, and the share to draw (presence look-fors)."""
    answered = w.translate("core", "{n} answered").format(n=lf.answered)  # counts as before: no separators
    if lf.presence is not None:
        p = lf.presence
        return (w.translate("core", "{n} of {total}").format(n=p.n, total=p.total),
                percent_text(p, w), p)
    if lf.too_few:
        return answered, too_few(w), None
    if lf.options:
        top = sorted(lf.options, key=lambda o: -o.count)[:3]
        words = ", ".join(f"{o.label} {percent_text(o.proportion, w)}" for o in top)
        mean = w.translate("core", "; mean {mean}").format(mean=w.number(lf.mean, 1)) if lf.mean is not None else ""
        return answered, words + mean, None
    if lf.mean is not None:
        return answered, w.translate("core", "mean {mean}").format(mean=w.number(lf.mean, 1)), None
    if lf.written:
        return w.translate("core", "{n} wrote").format(n=lf.written), "", None
    return answered, "", None


def look_for_table(fw: FrameworkFigures, w: Words = ENGLISH) -> list[Flowable]:
    s = styles()
    rows: list[list[object]] = []
    for lf in fw.look_fors:
        counted, words, p = figure_words(lf, w)
        if p is not None:
            rows.append([lf.prompt, counted, words, interval_text(p), bar(p, w=w)])
        else:  # a distribution or a mean: in words under the prompt, no bar
            cell = Paragraph(text(lf.prompt) + (f"<br/><font size=7.5 color='#5f6b7a'>{text(words)}</font>"
                                                if words else ""), s.cell)
            rows.append([cell, counted, "", "", ""])
    out: list[Flowable] = [
        Paragraph(text(w.translate("core", "{title} (version {version}) · {visits} visits").format(
            title=fw.title, version=fw.version, visits=w.number(fw.visits))), s.h3),
        table([w.translate("core", "Look-for"), w.translate("core", "Seen in"), w.translate("core", "Share"),
               w.translate("core", "95% interval"), w.translate("core", "Share, with its interval")], rows,
              [72 * mm, 22 * mm, 26 * mm, 18 * mm, 40 * mm], numeric=[1, 2, 3]),
    ]
    if fw.scores:
        score_rows = [[sc.title, f"{sc.scored}",
                       too_few(w) if sc.too_few or sc.mean is None else w.number(sc.mean, 2),
                       ", ".join(f"{b} {n}" for b, n in sc.bands)] for sc in fw.scores]
        out += [Spacer(1, 4), table([w.translate("core", "Score"), w.translate("core", "Visits scored"),
                                     w.translate("core", "Mean"), w.translate("core", "Visits per band")], score_rows,
                                    [60 * mm, 26 * mm, 26 * mm, 66 * mm], numeric=[1, 2])]
    return out


def heatmap_part(found: Heatmap, label: str, w: Words = ENGLISH) -> list[Flowable]:
    """``label``: what a column is ("grade band"), already in the report's language."""
    s = styles()
    if not found.rows or not found.groups:
        return [Paragraph(text(w.translate("core", "No presence look-fors in these visits.")), s.body)]
    out: list[Flowable] = [Paragraph(text(w.translate(
        "core", "Each cell: the share of visits in that {label} where the look-for was seen; “–”: too few visits."
    ).format(label=label)), s.small), Spacer(1, 3)]
    columns = [g or w.translate("core", "not set") for g in found.groups]
    for start in range(0, len(found.rows), HEAT_ROWS):
        chunk = found.rows[start:start + HEAT_ROWS]
        cells = [[DrawnCell(c.proportion.share, c.proportion.total) for c in row] for _lf, row in chunk]
        out.append(heatmap([lf.prompt for lf, _ in chunk], columns, cells, width=WIDTH))
        out.append(Spacer(1, 4))
    return out


def _balance(title: str, pairs: Sequence[tuple[str, int]], total: int, w: Words) -> list[Flowable]:
    if not pairs:
        return []
    rows = [[name or w.translate("core", "not set"), w.number(n), bar(Proportion(n, total), 125, w)]
            for name, n in pairs]
    return [Paragraph(text(title), styles().h3),
            table(["", w.translate("core", "Visits"), w.translate("core", "Share of the visits")], rows,
                  [70 * mm, 24 * mm, 50 * mm], numeric=[1])]


def _last_visit(iso: str | None, w: Words) -> str:
    return w.day(date.fromisoformat(iso)) if iso else w.translate("core", "never")


def coverage_part(found: Coverage, w: Words = ENGLISH) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = []
    rooms = found.rooms_not_visited
    school, last = w.translate("core", "School"), w.translate("core", "Last visit")
    out.append(Paragraph(text(w.translate("core", "Rooms not visited in the last {days} days: {n}").format(
        days=found.days, n=w.number(len(rooms)))), s.h3))
    if rooms:
        out.append(table([w.translate("core", "Room"), school, last],
                         [[r.name, r.school, _last_visit(r.last_visit, w)] for r in rooms],
                         [80 * mm, 60 * mm, 30 * mm]))
    teachers = found.teachers_not_visited
    out.append(Paragraph(text(w.translate("core", "Teachers not visited in the last {days} days: {n}").format(
        days=found.days, n=w.number(len(teachers)))), s.h3))
    if teachers:
        out.append(table([w.translate("core", "Teacher"), school, last],
                         [[t.name, t.school, _last_visit(t.last_visit, w)] for t in teachers],
                         [80 * mm, 60 * mm, 30 * mm]))
    weekdays = [(w.translate("core", day), n) for day, n in found.by_weekday]  # marked in reports.coverage.WEEKDAYS
    out += _balance(w.translate("core", "Visits by time of day"), found.by_hour, found.visits, w)
    out += _balance(w.translate("core", "Visits by weekday"), weekdays, found.visits, w)
    out += _balance(w.translate("core", "Visits by subject"), found.by_subject, found.visits, w)
    out += _balance(w.translate("core", "Visits by grade band"), found.by_grade_band, found.visits, w)
    return out


def comparison_part(found: Comparison, w: Words = ENGLISH) -> list[Flowable]:
    s = styles()
    if not found.changes:
        return [Paragraph(text(w.translate("core", "No presence look-fors to compare.")), s.body)]
    rows = []
    for change in found.changes:
        diff, interval = change.difference, change.interval
        if diff is None or interval is None:
            moved, marked = too_few(w), ""
        else:
            moved = w.translate("core", "{difference} points ({low} to {high})").format(
                difference=_points(diff, w), low=_points(interval.low, w), high=_points(interval.high, w))
            marked = (w.translate("core", "up") if diff > 0 else w.translate("core", "down")) if change.changed \
                else w.translate("core", "no clear change")
        rows.append([change.look_for.prompt, proportion_text(change.before, w), proportion_text(change.after, w),
                     moved, marked])
    return [Paragraph(text(w.translate(
        "core", "{before} against {after}. A change is marked only when the 95% interval of the difference "
        "excludes zero.").format(before=found.before_label, after=found.after_label)), s.small), Spacer(1, 3),
            table([w.translate("core", "Look-for"), found.before_label, found.after_label,
                   w.translate("core", "Difference (95% interval)"), w.translate("core", "Change")], rows,
                  [58 * mm, 30 * mm, 30 * mm, 40 * mm, 20 * mm])]


def _points(share: float, w: Words = ENGLISH) -> str:
    """A difference of shares in percentage points: "+8", "-12", "+0.4" (never a bare "-0")."""
    points = share * 100
    places = 1 if abs(points) < 1 else 0
    shown = w.number(abs(points), places)
    return ("-" if round(points, places) < 0 else "+") + shown


def tags_part(found: Sequence[TagFigure], w: Words = ENGLISH) -> list[Flowable]:
    if not found:
        return [Paragraph(text(w.translate("core", "No tagged look-fors in these visits.")), styles().body)]
    rows = [[t.tag, f"{len(t.look_fors)}", proportion_text(t.proportion, w), interval_text(t.proportion),
             bar(t.proportion, 110, w)] for t in found]
    return [table([w.translate("core", "Tag"), w.translate("core", "Look-fors"), w.translate("core", "Seen"),
                   w.translate("core", "95% interval"), w.translate("core", "Share, with its interval")], rows,
                  [46 * mm, 26 * mm, 38 * mm, 24 * mm, 44 * mm], numeric=[1])]  # room for "Indicadores"


def section(title: str) -> list[Flowable]:
    return [CondPageBreak(40 * mm), Paragraph(text(title), styles().h2)]
