"""The building summary: one school over a period, for its administrators and coaches.

What is on it: the filters in words; the totals; per framework, each look-for's share of visits
with its 95% Wilson interval drawn as a bar and a whisker (and the framework's scores where it
defines them); the heatmap of look-fors against grade band; coverage (rooms and teachers not
visited in the last 30 days, and the balance across times of day, weekdays, subjects); and the
comparison with the period before (the term before, when the period is a term; else as many days
just before). Blast visits only: no peer visit is ever
counted (``Output.ADMIN_REPORT``). Groups of fewer than five visits say "too few visits".
Its words, dates and framework text are in ``words``' language (English from the command line).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer

from walkthrough.core import terms
from walkthrough.core.framework_text import localize_title
from walkthrough.core.privacy import Output
from walkthrough.reports.engine import ReportEngine
from walkthrough.reports.filters import VisitFilter
from walkthrough.reports.pdf.document import Header, build
from walkthrough.reports.pdf.styles import styles, text
from walkthrough.reports.summary_parts import comparison_part, coverage_part, heatmap_part, look_for_table, section
from walkthrough.reports.words import ENGLISH, Words
from walkthrough.storage import Repository

COVERAGE_DAYS = 30


def names_of(repo: Repository, language: str = ENGLISH.language) -> dict[str, str]:
    """Ids to what people call them, for writing a filter on the page (framework titles in ``language``)."""
    names = {s.id: s.name for s in repo.schools()}
    names |= {p.id: p.name for p in repo.people()}
    names |= {t.id: t.name for t in repo.teams()}
    names |= {fid: localize_title(fid, title, language) for fid, title in repo.framework_titles()}
    return names


def period_words(flt: VisitFilter, w: Words = ENGLISH) -> str:
    since = w.day(flt.date_from) if flt.date_from else w.translate("core", "the first visit")
    until = w.day(flt.date_to) if flt.date_to else w.translate("core", "today")
    return w.translate("core", "{since} to {until}").format(since=since, until=until)


def previous_period(flt: VisitFilter, setting: str | None = None) -> VisitFilter | None:
    """The term before, when the period is a term (fall against the spring before); else the same
    number of days just before."""
    if flt.date_from is None or flt.date_to is None:
        return None
    try:
        term = terms.term_of(flt.date_from, setting)
        before = terms.previous_term(term, setting) if term is not None else None
    except terms.TermsError:
        term = before = None
    if term is not None and before is not None and (term.start, term.end) == (flt.date_from, flt.date_to):
        return flt.but(date_from=before.start, date_to=before.end)
    length = (flt.date_to - flt.date_from).days + 1
    return flt.but(date_from=flt.date_from - timedelta(days=length), date_to=flt.date_from - timedelta(days=1))


def building_summary_pdf(repo: Repository, flt: VisitFilter, viewer_id: str | None, path: Path, *,
                         made: datetime | None = None, today: date | None = None,
                         progress: Callable[[int], None] | None = None, words: Words = ENGLISH) -> int:
    """Write the building summary of ``flt`` (one school) as ``viewer_id`` may make it; its pages."""
    w = words
    repo.report_maker(by=viewer_id)
    flt = flt.but(kind=None)  # the engine for this output holds blast visits only
    engine = ReportEngine(repo, Output.ADMIN_REPORT, w.language)
    engine.refresh()
    names = names_of(repo, w.language)
    school = ", ".join(names.get(i, i) for i in flt.school_ids) or w.translate("core", "Every school")
    s = styles()
    figures = engine.figures(flt)
    title = w.translate("core", "Building summary")
    story: list[Flowable] = [
        Paragraph(text(w.translate("core", "Building summary: {school}").format(school=school)), s.title),
        Paragraph(text(period_words(flt, w)), s.subtitle),
        Paragraph(text(w.translate("core", "Filters: {filters}").format(filters=" · ".join(flt.describe(names, w)))),
                  s.small),
        Spacer(1, 4),
        Paragraph(text(w.translate("core", "{visits} blast walkthrough visits. Peer visits are never counted here: "
                                           "they are non-evaluative and belong to the teachers in them.").format(
            visits=w.number(figures.visits))), s.body),
    ]
    if figures.too_few:
        story.append(Paragraph(text(w.translate("core", "Too few visits in this period for any share (fewer than 5).")),
                               s.body))
    story += section(w.translate("core", "Look-fors: the share of visits each was seen in"))
    for fw in figures.frameworks:
        story += look_for_table(fw, w)
    story += section(w.translate("core", "Look-fors by grade band"))
    story += heatmap_part(engine.heatmap(flt, "grade_band"), w.translate("core", "grade band"), w)
    story += section(w.translate("core", "Coverage"))
    story += coverage_part(engine.coverage(flt, COVERAGE_DAYS, today=today or flt.date_to), w)
    before = previous_period(flt, repo.setting(terms.SETTING))
    if before is not None:
        story += section(w.translate("core", "Compared with the period before"))
        story += comparison_part(engine.compare(before, flt, period_words(before, w), period_words(flt, w)), w)
    header = Header(title, f"{school} · {period_words(flt, w)}", made or datetime.now(),
                    author=names.get(viewer_id or "", ""), words=w)
    return build(path, header, story, progress=progress)
