"""The coach's compilation: several schools (or a PLC team) over a period.

Totals per school and per term; look-fors by tag (strategic-plan area, Profile of the Graduate
attribute); the trend of each look-for over the terms of the period; and the noticings of peer
visits whose hosts shared them, grouped by the host's focus. Blast figures count blast visits only
(``Output.ADMIN_REPORT``); the shared peer visits come through ``Output.COACH_COMPILATION``, which
never lets a private one in. Groups of fewer than five visits say "too few visits". Its words,
dates and framework text are in ``words``' language (English from the command line).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from walkthrough.core import terms as school_terms
from walkthrough.core.model import NoteKind
from walkthrough.core.privacy import Output
from walkthrough.reports.building_pdf import names_of, period_words
from walkthrough.reports.engine import ReportEngine
from walkthrough.reports.filters import VisitFilter
from walkthrough.reports.pdf.document import Header, build
from walkthrough.reports.pdf.styles import styles, text
from walkthrough.reports.pdf.tables import table
from walkthrough.reports.shared import shared_with_coaches
from walkthrough.reports.summary_parts import bar, section, tags_part
from walkthrough.reports.words import ENGLISH, Words
from walkthrough.storage import Repository

TREND_TERMS = 6  # at most this many terms side by side


def terms_in(flt: VisitFilter, setting: str | None = None) -> list[school_terms.Term]:
    first = flt.date_from or date(2000, 8, 1)
    last = flt.date_to or date.today()
    found = []
    for year in range(school_terms.school_year_of(first), school_terms.school_year_of(last) + 1):
        for term in school_terms.terms_of_year(year, setting):
            if term.end >= first and term.start <= last:
                found.append(term)
    return found[-TREND_TERMS:]


def within(flt: VisitFilter, term: school_terms.Term) -> VisitFilter:
    """The filter narrowed to the part of ``term`` inside its period."""
    first = max(term.start, flt.date_from) if flt.date_from else term.start
    last = min(term.end, flt.date_to) if flt.date_to else term.end
    return flt.but(date_from=first, date_to=last)


def _shared_noticings(repo: Repository, flt: VisitFilter, viewer_id: str | None, w: Words) -> list[Flowable]:
    """The shared peer visits of the period (of the team's teachers as hosts), by the host's focus."""
    st = styles()
    members = tuple(repo.team_members(flt.team_id)) if flt.team_id else ()
    groups = shared_with_coaches(repo, viewer_id, school_ids=flt.school_ids, date_from=flt.date_from,
                                 date_to=flt.date_to, person_ids=members)
    out: list[Flowable] = []
    for group in groups:
        visits = w.translate("core", "1 visit") if len(group.visits) == 1 else \
            w.translate("core", "{n} visits").format(n=w.number(len(group.visits)))
        out.append(Paragraph(text(f"{group.focus} · {visits}"), st.h3))
        for visit in group.visits:
            for note in visit.notes:
                if note.kind in (NoteKind.NOTICING, NoteKind.EVIDENCE) and note.text.strip():
                    out.append(Paragraph(text(w.translate("core", "{note} ({host}'s class, {day})").format(
                        note=note.text.strip(), host=visit.host, day=_day(visit.day, w))), st.note))
    return out


def compilation_pdf(repo: Repository, flt: VisitFilter, viewer_id: str | None, path: Path, *,
                    made: datetime | None = None, progress: Callable[[int], None] | None = None,
                    extra: Sequence[Flowable] = (), words: Words = ENGLISH) -> int:
    """Write the compilation of ``flt`` as ``viewer_id`` may make it; returns its pages."""
    header, story = compilation_story(repo, flt, viewer_id, made=made, words=words)
    return build(path, header, [*story, *extra], progress=progress)


def compilation_story(repo: Repository, flt: VisitFilter, viewer_id: str | None, *,
                      made: datetime | None = None, words: Words = ENGLISH) -> tuple[Header, list[Flowable]]:
    """The compilation's header and its content, its figures all made (laid out by :func:`build`)."""
    w = words
    repo.report_maker(by=viewer_id)
    flt = flt.but(kind=None)
    engine = ReportEngine(repo, Output.ADMIN_REPORT, w.language)
    engine.refresh()
    names = names_of(repo, w.language)
    s = styles()
    schools = list(flt.school_ids) or [sc.id for sc in repo.schools()]
    team = names.get(flt.team_id, "") if flt.team_id else ""
    who = w.translate("core", "PLC team {team}").format(team=team) if team else \
        ", ".join(names.get(i, i) for i in schools)
    covers = f"{who} · {period_words(flt, w)}"
    story: list[Flowable] = [
        Paragraph(text(w.translate("core", "Coach compilation: {who}").format(
            who=team or ", ".join(names.get(i, i) for i in schools))), s.title),
        Paragraph(text(period_words(flt, w)), s.subtitle),
        Paragraph(text(w.translate("core", "Filters: {filters}").format(filters=" · ".join(flt.describe(names, w)))),
                  s.small),
    ]
    total = engine.visit_count(flt)
    blast = w.translate("core", "Blast visits")
    story += section(w.translate("core", "Totals"))
    rows = [[names.get(i, i), w.number(engine.visit_count(flt.but(school_ids=(i,))))] for i in schools]
    rows.append([w.translate("core", "All"), w.number(total)])
    story.append(table([w.translate("core", "School"), blast], rows, [120 * mm, 30 * mm], numeric=[1]))
    setting = repo.setting(school_terms.SETTING) if hasattr(repo, "setting") else None
    periods = terms_in(flt, setting)
    if periods:
        story.append(Spacer(1, 4))
        story.append(table([w.translate("core", "Term"), blast],
                           [[t.name, w.number(engine.visit_count(within(flt, t)))] for t in periods],
                           [120 * mm, 30 * mm], numeric=[1]))
    story += section(w.translate("core", "Look-fors by tag"))
    story += tags_part(engine.by_tag(flt), w)
    story += section(w.translate("core", "Trends over terms"))
    story += _trends(engine, flt, periods, w)
    story += section(w.translate("core", "Shared peer visits: what visitors noticed, by the host's focus"))
    noticed = _shared_noticings(repo, flt, viewer_id, w)
    story.append(Paragraph(text(w.translate("core", "Only visits whose hosts shared them with coaches. Descriptive "
                                                    "notes, in the visitors' words; never counted in any figure.")),
                           s.small))
    story += noticed or [Paragraph(text(w.translate("core", "No shared peer visits in this period.")), s.body)]
    header = Header(w.translate("core", "Coach compilation"), covers, made or datetime.now(),
                    author=names.get(viewer_id or "", ""), words=w)
    return header, story


def _day(iso: str, w: Words) -> str:
    try:
        return w.day(date.fromisoformat(iso[:10]))
    except ValueError:
        return iso


def _trends(engine: ReportEngine, flt: VisitFilter, periods: list[school_terms.Term], w: Words) -> list[Flowable]:
    s = styles()
    if not periods:
        return [Paragraph(text(w.translate("core", "No term falls in this period.")), s.body)]
    per_term = [engine.figures(within(flt, t)) for t in periods]
    shares: dict[tuple[str, str], list[str]] = {}
    prompts: dict[tuple[str, str], str] = {}
    for i, figures in enumerate(per_term):
        for fw in figures.frameworks:
            for lf in fw.look_fors:
                if lf.presence is None:
                    continue
                key = (lf.framework_id, lf.key)
                prompts[key] = lf.prompt
                share = lf.presence.share
                shares.setdefault(key, ["–"] * len(periods))[i] = w.translate("core", "too few") if share is None \
                    else w.percent(share)
    if not shares:
        return [Paragraph(text(w.translate("core", "No presence look-fors in these visits.")), s.body)]
    width = 100 * mm / len(periods)
    overall = engine.figures(flt)
    last = {(lf.framework_id, lf.key): lf.presence for fw in overall.frameworks for lf in fw.look_fors}
    rows = [[prompts[k], *v, bar(last.get(k), 68, w)] for k, v in shares.items()]
    return [Paragraph(text(w.translate("core", "The share of visits each look-for was seen in, term by term; the "
                                               "bar: the whole period.")), s.small), Spacer(1, 3),
            table([w.translate("core", "Look-for"), *[t.name for t in periods], w.translate("core", "Whole period")],
                  rows,
                  [50 * mm, *[width] * len(periods), 28 * mm], numeric=list(range(1, len(periods) + 1)))]
