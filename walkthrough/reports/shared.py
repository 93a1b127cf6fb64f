"""Shared with coaches: the peer visits whose hosts shared them, grouped by the host's focus.

Only what :func:`walkthrough.core.privacy.may_include_plan` and
:func:`~walkthrough.core.privacy.may_include` allow for
``Output.COACH_COMPILATION``: a private visit, or a deleted one, never
appears. The notes are descriptive (noticings, wonderings, evidence), never
judged or counted: a peer visit is non-evaluative.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from walkthrough.core import privacy
from walkthrough.core.model import NoteKind
from walkthrough.storage import Repository
from walkthrough.storage.base import NotFound


@dataclass(frozen=True)
class SharedNote:
    kind: NoteKind
    text: str
    minute: int | None
    visitor: str


@dataclass(frozen=True)
class SharedVisit:
    plan_id: str
    day: str
    host: str
    visitors: tuple[str, ...]
    room: str
    school_id: str
    focus: str
    notes: tuple[SharedNote, ...]
    reflection: str
    next_step: str
    observation_ids: tuple[str, ...]


@dataclass(frozen=True)
class FocusGroup:
    focus: str  # as the first host wrote it
    visits: tuple[SharedVisit, ...]


def _focus_key(text: str) -> str:
    return " ".join(text.lower().split()).rstrip("?.! ")


def shared_with_coaches(repo: Repository, viewer_id: str | None, *, school_ids: Sequence[str] = (),
                        date_from: date | None = None, date_to: date | None = None,
                        person_ids: Sequence[str] = ()) -> tuple[FocusGroup, ...]:
    """The shared peer visits (of these schools, days and, with ``person_ids``, hosts), by focus."""
    output = privacy.Output.COACH_COMPILATION
    until = date.fromordinal(date_to.toordinal() + 1).isoformat() if date_to else None
    plans = repo.peer_visits_for(output, viewer_id, part=privacy.PlanPart.FOCUS,
                                 since=date_from.isoformat() if date_from else None, until=until)
    names: dict[str, str] = {}

    def name(person_id: str | None) -> str:
        if not person_id:
            return ""
        if person_id not in names:
            try:
                names[person_id] = repo.person(person_id).name
            except NotFound:
                names[person_id] = "someone no longer in the directory"
        return names[person_id]

    groups: dict[str, list[SharedVisit]] = {}
    for plan in plans:
        if not privacy.may_include_plan(plan, privacy.PlanPart.FOCUS, output, viewer_id):
            continue
        if school_ids and plan.school_id not in school_ids:
            continue
        if person_ids and plan.host_id not in person_ids:
            continue
        notes: list[SharedNote] = []
        observed: list[str] = []
        for visitor in plan.visitors:
            if not visitor.observation_id:
                continue
            try:
                observation = repo.observation(visitor.observation_id)
            except NotFound:
                continue
            if not privacy.may_include(observation, output, viewer_id):
                continue
            observed.append(observation.id)
            notes += [SharedNote(n.kind, n.text, n.minute, name(visitor.visitor_id))
                      for n in repo.notes(observation.id)
                      if n.kind in (NoteKind.NOTICING, NoteKind.WONDERING, NoteKind.EVIDENCE)]
        room = ""
        if plan.room_id:
            try:
                room = repo.room(plan.room_id).name
            except NotFound:
                room = ""
        visit = SharedVisit(plan.id, plan.day, name(plan.host_id), tuple(name(v.visitor_id) for v in plan.visitors),
                            room, plan.school_id, plan.focus, tuple(notes), plan.reflection, plan.next_step,
                            tuple(observed))
        groups.setdefault(_focus_key(plan.focus) or "(no focus written)", []).append(visit)
    found = [FocusGroup(visits[0].focus or "(no focus written)",
                        tuple(sorted(visits, key=lambda v: v.day, reverse=True))) for visits in groups.values()]
    return tuple(sorted(found, key=lambda g: (-len(g.visits), g.focus.lower())))
