"""Visit feedback as a PDF: one visit, for the teacher.

* A blast visit: where and when, the look-fors seen, anything else recorded, and its notes.
* A peer visit: it opens with the host's focus (in the host's words), then the visitor's
  descriptive notes stamped with the minute, then the host's reflection. Nothing else: no
  look-for tallies, nothing that reads as a judgement.

Who may make it is :func:`walkthrough.core.privacy.may_include` (``Output.VISIT_DOCUMENT``):
anyone signed in for a blast visit; for a peer visit, private or shared, only its host or its
visitor. Anyone else is refused with :class:`VisitDocumentRefused` before a byte is written.
Its words, dates and framework text are in ``words``' language (English from the command line).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import IO

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from walkthrough.core import privacy
from walkthrough.core.framework_text import localize
from walkthrough.core.framework_types import ResponseType
from walkthrough.core.i18n import QT_TRANSLATE_NOOP, message
from walkthrough.core.model import Note, NoteKind, Observation, ObservationKind
from walkthrough.reports.answer_words import answer_words
from walkthrough.reports.pdf.document import Header, build
from walkthrough.reports.pdf.styles import styles, text
from walkthrough.reports.pdf.tables import table
from walkthrough.reports.visit_text import NOT_AN_EVALUATION, VisitDocumentRefused
from walkthrough.reports.words import ENGLISH, Words
from walkthrough.storage import Repository

__all__ = ["VisitDocumentRefused", "suggested_pdf_name", "visit_feedback_pdf"]

_PEER_NOTES = (
    (NoteKind.EVIDENCE, QT_TRANSLATE_NOOP("core", "Evidence for the host's focus")),
    (NoteKind.NOTICING, QT_TRANSLATE_NOOP("core", "Noticings")),
    (NoteKind.WONDERING, QT_TRANSLATE_NOOP("core", "Wonderings")),
)


def _name(repo: Repository, person_id: str | None, fallback: str) -> str:
    return repo.person(person_id).name if person_id else fallback


def _day(observation: Observation, w: Words) -> str:
    return w.long_day(datetime.fromisoformat(observation.started_at).date())


def _minute(note: Note, w: Words) -> str:
    return w.translate("core", "min {minute}").format(minute=note.minute) if note.minute is not None else ""


def visit_feedback_pdf(repo: Repository, observation_id: str, viewer_id: str | None,
                       target: Path | IO[bytes], *, made: datetime | None = None,
                       progress: Callable[[int], None] | None = None, words: Words = ENGLISH) -> int:
    """Write the feedback PDF of one visit; returns its number of pages."""
    w = words
    observation = repo.observation(observation_id)
    if not privacy.may_include(observation, privacy.Output.VISIT_DOCUMENT, viewer_id):
        if observation.kind is ObservationKind.BLAST:
            raise VisitDocumentRefused(message(QT_TRANSLATE_NOOP(
                "core", "choose your profile first: the feedback names who made it")))
        raise VisitDocumentRefused(message(QT_TRANSLATE_NOOP(
            "core", "only the host and the visitor may have this peer visit's feedback")))
    teacher = _name(repo, observation.teacher_id, w.translate("core", "the teacher"))
    observer = _name(repo, observation.observer_id, w.translate("core", "the observer"))
    room = repo.room(observation.room_id).name if observation.room_id else ""
    school = repo.school(observation.school_id).name if observation.school_id else ""
    framework = localize(repo.observation_framework(observation), w.language)
    s = styles()
    where = ", ".join(p for p in (room, school) if p)
    story: list[Flowable] = []
    day = observation.started_at[:10]
    if observation.kind is ObservationKind.PEER:
        title = w.translate("core", "Peer visit feedback")
        visit = repo.peer_visit_of_observation(observation.id)
        when = _day(observation, w)
        if visit is not None:
            day = visit.day
            period = f" ({visit.period})" if visit.period else ""
            when = f"{w.long_day(visit.date)}, {visit.start_time}–{visit.end_time}{period}"
        story += [Paragraph(text(w.translate("core", "{observer} visiting {teacher}'s class").format(
                      observer=observer, teacher=teacher)), s.title),
                  Paragraph(text(f"{when} · {where}"), s.subtitle),
                  Paragraph(text(w.translate("core", NOT_AN_EVALUATION)), s.small), Spacer(1, 6)]
        story += _peer_body(repo, observation, viewer_id, w)
    else:
        title = w.translate("core", "Visit feedback")
        story += [Paragraph(text(w.translate("core", "Walkthrough visit to {teacher}'s class").format(teacher=teacher)),
                            s.title),
                  Paragraph(text(w.translate("core", "{day} · {where} · by {observer}").format(
                      day=_day(observation, w), where=where, observer=observer)), s.subtitle),
                  Paragraph(text(w.translate("core", "{title} (version {version})").format(
                      title=framework.title, version=framework.version)), s.small), Spacer(1, 6)]
        story += _blast_body(repo, observation, w)
    covers = f"{teacher} · {where} · {day}"
    author = _name(repo, viewer_id, "") if viewer_id else ""
    return build(target, Header(title, covers, made or datetime.now(), author=author, words=w), story,
                 progress=progress)


def _blast_body(repo: Repository, observation: Observation, w: Words) -> list[Flowable]:
    s = styles()
    framework = localize(repo.observation_framework(observation), w.language)
    responses = repo.responses(observation.id)
    notes = repo.notes(observation.id)
    order = {lf.key: lf for lf in framework.look_fors}
    seen = [lf for lf in framework.look_fors if lf.response is ResponseType.PRESENCE
            and responses.get(lf.key) is not None and responses[lf.key].value == "observed"]
    out: list[Flowable] = [Paragraph(text(w.translate("core", "Look-fors seen")), s.h2)]
    if seen:
        out += [Paragraph("• " + text(lf.prompt), s.note) for lf in seen]
    else:
        out.append(Paragraph(text(w.translate("core", "None of the look-fors were marked as seen in this visit.")),
                             s.body))
    other = []
    for key, response in responses.items():
        look_for = order.get(key.split("#")[0])
        if look_for is None or look_for.response is ResponseType.PRESENCE or not response.is_marked:
            continue
        other.append([look_for.prompt, answer_words(look_for, response.value,
                                                    not_applicable=response.not_applicable, words=w)])
    if other:
        out += [Paragraph(text(w.translate("core", "Also recorded")), s.h2),
                table([w.translate("core", "Look-for"), w.translate("core", "Recorded")], other, [300, 200])]
    written = [(order[k].prompt if k in order else k, r.note) for k, r in responses.items() if r.note.strip()]
    written += [(order[n.look_for_key].prompt if n.look_for_key in order else "", n.text) for n in notes
                if n.text.strip()]
    out.append(Paragraph(text(w.translate("core", "Notes")), s.h2))
    if not written:
        out.append(Paragraph(text(w.translate("core", "No notes were written in this visit.")), s.body))
    for about, note in written:
        block: list[Flowable] = []
        if about:
            block.append(Paragraph(text(about), s.h3))
        block.append(Paragraph(text(note), s.note))
        out.append(KeepTogether(block))
    return out


def _peer_body(repo: Repository, observation: Observation, viewer_id: str | None, w: Words) -> list[Flowable]:
    s = styles()
    visit = repo.peer_visit_of_observation(observation.id)
    framework = localize(repo.observation_framework(observation), w.language)
    prompts = {lf.key: lf.prompt for lf in framework.look_fors}
    out: list[Flowable] = [Paragraph(text(w.translate("core", "The host's focus")), s.h2)]
    focus = ""
    if visit is not None and privacy.may_include_plan(visit, privacy.PlanPart.FOCUS,
                                                      privacy.Output.VISIT_DOCUMENT, viewer_id):
        focus = visit.focus.strip()
    out.append(Paragraph(text(focus) if focus else text(w.translate("core", "The host did not write a focus.")),
                         s.quote if focus else s.body))
    notes = repo.notes(observation.id)
    for kind, heading in _PEER_NOTES:
        mine = [n for n in notes if n.kind is kind and n.text.strip()]
        out.append(Paragraph(text(w.translate("core", heading)), s.h2))
        if not mine:
            out.append(Paragraph(text(w.translate("core", "None written.")), s.small))
        for note in mine:
            about = f" <i>({text(prompts.get(note.look_for_key, note.look_for_key))})</i>" if note.look_for_key else ""
            minute = f"<b>{text(_minute(note, w))}</b>  " if note.minute is not None else ""
            out.append(Paragraph(minute + text(note.text) + about, s.note))
    reflection = ""
    if visit is not None and privacy.may_include_plan(visit, privacy.PlanPart.FOCUS,
                                                      privacy.Output.VISIT_DOCUMENT, viewer_id):
        reflection = visit.reflection.strip()
    out.append(Paragraph(text(w.translate("core", "The host's reflection")), s.h2))
    out.append(Paragraph(text(reflection) if reflection else
                         text(w.translate("core", "The host has not written a reflection yet.")),
                         s.quote if reflection else s.small))
    return out


def suggested_pdf_name(repo: Repository, observation_id: str) -> str:
    """A file name for the feedback, e.g. ``visit-feedback-2025-10-14-ben-ito.pdf``."""
    observation = repo.observation(observation_id)
    teacher = repo.person(observation.teacher_id).name if observation.teacher_id else "visit"
    plain = unicodedata.normalize("NFKD", teacher).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "visit"
    return f"visit-feedback-{observation.started_at[:10]}-{slug}.pdf"
