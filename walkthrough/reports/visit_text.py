"""One peer visit as plain text: the document a visitor gives the host.

It holds the host's focus, the visitor's notes stamped with the minute of the
visit, the look-fors seen, and the host's debrief. Only the host and that
visitor may produce it: :func:`visit_text` asks
:func:`walkthrough.core.privacy.may_include` (``Output.VISIT_DOCUMENT``)
first and refuses anyone else. A later issue builds the PDF of the same.
"""

from __future__ import annotations

import re
from datetime import datetime

from walkthrough.core import privacy
from walkthrough.core.framework_text import localize
from walkthrough.core.i18n import QT_TRANSLATE_NOOP, MessageError, message
from walkthrough.core.model import Note, NoteKind, Observation
from walkthrough.core.peer import PeerVisit
from walkthrough.reports.words import ENGLISH, Words
from walkthrough.storage import Repository

NOT_AN_EVALUATION = QT_TRANSLATE_NOOP(
    "core", "This is not an evaluation. These notes describe what was seen and heard during a "
    "non-evaluative peer visit; they belong to the host and the visitor.")
_KIND_ORDER = (
    (NoteKind.EVIDENCE, QT_TRANSLATE_NOOP("core", "Evidence for the host's focus")),
    (NoteKind.NOTICING, QT_TRANSLATE_NOOP("core", "Noticings")),
    (NoteKind.WONDERING, QT_TRANSLATE_NOOP("core", "Wonderings")),
)


class VisitDocumentRefused(MessageError, PermissionError):
    """The viewer is not the host or the visitor of this visit (a translatable message; ``str()`` is the
    English)."""


def _when(visit: PeerVisit | None, observation: Observation, w: Words) -> str:
    if visit is not None:
        period = f" ({visit.period})" if visit.period else ""
        return f"{w.long_day(visit.date)}, {visit.start_time}–{visit.end_time}{period}"
    started = datetime.fromisoformat(observation.started_at)
    return f"{w.long_day(started.date())}, {started:%H:%M} (UTC)"


def _minute(note: Note) -> str:
    return f"min {note.minute:>2}" if note.minute is not None else "      "


def _indent(text: str, prefix: str) -> str:
    lines = text.splitlines() or [""]
    return "\n".join(prefix + line if line else prefix.rstrip() for line in lines)


def visit_text(repo: Repository, observation_id: str, viewer_id: str | None, words: Words = ENGLISH) -> str:
    """The text of one visitor's notes of one peer visit, for the host and that visitor only, in the
    language of ``words`` (English unless the app passes its own)."""
    observation = repo.observation(observation_id)
    if not privacy.may_include(observation, privacy.Output.VISIT_DOCUMENT, viewer_id):
        raise VisitDocumentRefused(message(QT_TRANSLATE_NOOP(
            "core", "only the host and the visitor may have this visit's notes")))
    w = words
    visit = repo.peer_visit_of_observation(observation_id)
    host = repo.person(observation.teacher_id).name if observation.teacher_id else w.translate("core", "the host")
    visitor = repo.person(observation.observer_id).name if observation.observer_id \
        else w.translate("core", "the visitor")
    framework = localize(repo.observation_framework(observation), w.language)
    room = repo.room(observation.room_id).name if observation.room_id else ""
    notes = repo.notes(observation_id)
    prompts = {lf.key: lf.prompt for lf in framework.look_fors}

    title = w.translate("core", "Peer visit: {visitor} visiting {host}'s class").format(visitor=visitor, host=host)
    out: list[str] = [title, "=" * 60, w.translate("core", NOT_AN_EVALUATION), ""]
    shared = visit.visibility if visit is not None else observation.visibility
    facts = [
        (w.translate("core", "When"), _when(visit, observation, w)),
        (w.translate("core", "Host"), host + (f", {room}" if room else "")),
        (w.translate("core", "Visitor"), visitor),
        (w.translate("core", "Prompts"), w.translate("core", "{title} (version {version})").format(
            title=framework.title, version=framework.version)),
        (w.translate("core", "Privacy"), w.translate("core", "shared by the host") if shared.value == "shared"
         else w.translate("core", "private to the host and visitor")),
    ]
    width = max(len(label) for label, _ in facts) + 2
    out += [f"{label + ':':<{width}}{value}" for label, value in facts]
    out.append("")

    def heading(text: str) -> list[str]:
        return [text, "-" * len(text)]

    focus = ""
    if visit is not None and privacy.may_include_plan(visit, privacy.PlanPart.FOCUS, privacy.Output.VISIT_DOCUMENT,
                                                      viewer_id):
        focus = visit.focus.strip()
    out += heading(w.translate("core", "The host's focus"))
    out += [_indent(focus or w.translate("core", "(The host did not write a focus.)"), "  "), ""]

    for kind, kind_title in _KIND_ORDER:
        mine = [n for n in notes if n.kind is kind]
        out += heading(w.translate("core", kind_title))
        if not mine:
            out.append("  " + w.translate("core", "(none)"))
        for note in mine:
            about = f"  [{prompts.get(note.look_for_key, note.look_for_key)}]" if note.look_for_key else ""
            first, *rest = note.text.splitlines() or [""]
            out.append(f"  {_minute(note)}  {first}{about}")
            out += [f"          {line}" for line in rest]
        out.append("")

    seen = sorted(repo.seen_look_fors(observation_id), key=lambda k: list(prompts).index(k) if k in prompts else 0)
    out += heading(w.translate("core", "Look-fors seen"))
    out += [f"  * {prompts.get(key, key)}" for key in seen] or ["  " + w.translate("core", "(none marked)")]
    out.append("")

    if visit is not None and (visit.reflection.strip() or visit.next_step.strip()):
        none_yet = w.translate("core", "(none yet)")
        out += heading(w.translate("core", "After the visit: the host's debrief"))
        out += ["  " + w.translate("core", "Reflection:"), _indent(visit.reflection.strip() or none_yet, "    ")]
        out += ["  " + w.translate("core", "Next step:"), _indent(visit.next_step.strip() or none_yet, "    "), ""]
    return "\n".join(out).rstrip() + "\n"


def suggested_file_name(repo: Repository, observation_id: str) -> str:
    """A file name for the text, e.g. ``peer-visit-2025-10-14-ben-ito.txt``."""
    observation = repo.observation(observation_id)
    visit = repo.peer_visit_of_observation(observation_id)
    day = visit.day if visit is not None else observation.started_at[:10]
    host = repo.person(observation.teacher_id).name if observation.teacher_id else "host"
    slug = re.sub(r"[^a-z0-9]+", "-", host.lower()).strip("-") or "host"
    return f"peer-visit-{day}-{slug}.txt"
