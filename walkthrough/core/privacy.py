"""The one place that says what may leave the device or be counted.

Every output of the app (dashboards, reports, CSV exports, sync bundles, a
coach's compilation, the per-visit PDF and text export) asks
:func:`may_include` about each observation before it uses it. Nothing else
in the code base decides this, and ``tests/unit/core/test_privacy_outputs.py``
enumerates every output and proves a private peer visit appears in none of
those it must not.

The rule:
- A blast visit is a building-level record: it may appear in every
  summary output and sync.
- A peer visit belongs to its host (the teacher visited) and its visitor.
  While ``private`` (the default) it appears only in the per-visit outputs
  that one of those two asks for, and on their own screens. When the host
  marks it ``shared`` it may also sync and appear in a coach's compilation,
  but it is never counted in blast dashboards, administrator reports or CSV
  exports: peer visits are non-evaluative.
- A deleted record (a tombstone) is never shown; a shared or blast
  tombstone still syncs so that other devices learn of the delete.

A peer visit's plan (:class:`walkthrough.core.peer.PeerVisit`) has two parts,
decided by :func:`may_include_plan` and :func:`plan_visible_on_screen`:
- its logistics (who visits whom, when, where, and the substitute cover) are
  what the people in it and the substitute coordinator need: they appear in
  the schedule (on screen and in the .ics file) whatever the visibility;
- its focus, consent and debrief belong to the host and the visitors the
  host agreed to, like the notes: in the schedule only once the host shares
  the visit. A visitor added after the host agreed sees none of it until the
  host agrees again for the new set of people (:meth:`PeerVisit.agreed_to`).
No part of a peer visit is ever counted in a summary output. Observations
never appear in the schedule.

In a sync bundle (:func:`bundle_carriage`, :func:`plan_bundle_carriage`): a
plan's logistics travel in the clear to every device (the schedule and the
substitute coordinator need them). While the visit is private, its focus,
consent, debrief and every visitor's notes travel only *sealed* to the
public keys of the people who may read them (never readable in the bundle
file); once the host shares it, they travel in the clear. So
``may_include(..., SYNC_BUNDLE)`` is "may travel in the clear".
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from walkthrough.core.model import Observation, ObservationKind, Visibility
from walkthrough.core.peer import PeerVisit


class Output(StrEnum):
    """Every way an observation can be shown, counted or carried off."""

    DASHBOARD = "dashboard"  # blast walkthrough dashboards on screen
    ADMIN_REPORT = "admin_report"  # building / district PDF summaries
    CSV_EXPORT = "csv_export"
    SYNC_BUNDLE = "sync_bundle"
    COACH_COMPILATION = "coach_compilation"  # a coach's summary for a PLC team
    VISIT_DOCUMENT = "visit_document"  # one visit's PDF or text, for the people in it
    SCHEDULE = "schedule"  # the peer-visit schedule: the week view and its .ics export


SUMMARY_OUTPUTS = frozenset({Output.DASHBOARD, Output.ADMIN_REPORT, Output.CSV_EXPORT})


def is_participant(observation: Observation, viewer_id: str | None) -> bool:
    """Whether ``viewer_id`` is the host or the visitor of the observation."""
    return viewer_id is not None and viewer_id in (observation.teacher_id, observation.observer_id)


def may_include(observation: Observation, output: Output, viewer_id: str | None = None) -> bool:
    """Whether ``observation`` may appear in ``output`` requested by ``viewer_id``."""
    if observation.deleted:
        return output is Output.SYNC_BUNDLE and may_include(
            _undeleted(observation), Output.SYNC_BUNDLE, viewer_id
        )
    if output is Output.SCHEDULE:
        return False  # the schedule carries plans, never what was observed
    if observation.kind is ObservationKind.BLAST:
        return output is not Output.VISIT_DOCUMENT or viewer_id is not None
    # A peer visit.
    if output is Output.VISIT_DOCUMENT:
        return is_participant(observation, viewer_id)
    if output in SUMMARY_OUTPUTS:
        return False
    return observation.visibility is Visibility.SHARED


def visible_on_screen(observation: Observation, viewer_id: str | None) -> bool:
    """Whether the current profile may open this observation in the app."""
    if observation.deleted:
        return False
    if observation.kind is ObservationKind.BLAST:
        return True
    return is_participant(observation, viewer_id)


_R = TypeVar("_R", Observation, PeerVisit)


def _undeleted(record: _R) -> _R:
    from dataclasses import replace

    return replace(record, deleted=False)


class PlanPart(StrEnum):
    """The parts of a peer visit's plan that privacy tells apart."""

    LOGISTICS = "logistics"  # who visits whom, when, where, substitute cover
    FOCUS = "focus"  # the host's focus, consent, reflection and next step


def is_plan_participant(plan: PeerVisit, viewer_id: str | None) -> bool:
    """Whether ``viewer_id`` is the host or one of the visitors of the plan."""
    return viewer_id is not None and viewer_id in plan.participants()


def may_read_plan(plan: PeerVisit, viewer_id: str | None) -> bool:
    """Whether ``viewer_id`` may read the host's words: the host, or a visitor the host agreed to."""
    return plan.agreed_to(viewer_id)


def may_include_plan(plan: PeerVisit, part: PlanPart, output: Output, viewer_id: str | None = None) -> bool:
    """Whether ``part`` of a peer visit's plan may appear in ``output`` requested by ``viewer_id``."""
    if plan.deleted:
        return output is Output.SYNC_BUNDLE and may_include_plan(_undeleted(plan), part, output, viewer_id)
    if output in SUMMARY_OUTPUTS:
        return False
    if output is Output.VISIT_DOCUMENT:
        return may_read_plan(plan, viewer_id)
    if output in (Output.SCHEDULE, Output.SYNC_BUNDLE) and part is PlanPart.LOGISTICS:
        return True
    return plan.visibility is Visibility.SHARED


def plan_visible_on_screen(plan: PeerVisit, part: PlanPart, viewer_id: str | None) -> bool:
    """Whether the current profile may see ``part`` of the plan in the app."""
    if plan.deleted:
        return False
    if part is PlanPart.LOGISTICS:
        return True
    return may_read_plan(plan, viewer_id)



class Carriage(StrEnum):
    """How a record travels in a sync bundle."""

    CLEAR = "clear"  # readable by anyone who opens the bundle
    SEALED = "sealed"  # sealed to the people who may read it


def bundle_carriage(kind: ObservationKind, visibility: Visibility) -> Carriage:
    """How an observation (with its responses and notes) travels in a bundle."""
    if kind is ObservationKind.PEER and visibility is not Visibility.SHARED:
        return Carriage.SEALED
    return Carriage.CLEAR


def plan_bundle_carriage(visibility: Visibility, part: PlanPart) -> Carriage:
    """How a part of a peer visit's plan travels in a bundle."""
    if part is PlanPart.LOGISTICS or visibility is Visibility.SHARED:
        return Carriage.CLEAR
    return Carriage.SEALED
