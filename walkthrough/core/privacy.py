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
"""

from __future__ import annotations

from enum import StrEnum

from walkthrough.core.model import Observation, ObservationKind, Visibility


class Output(StrEnum):
    """Every way an observation can be shown, counted or carried off."""

    DASHBOARD = "dashboard"  # blast walkthrough dashboards on screen
    ADMIN_REPORT = "admin_report"  # building / district PDF summaries
    CSV_EXPORT = "csv_export"
    SYNC_BUNDLE = "sync_bundle"
    COACH_COMPILATION = "coach_compilation"  # a coach's summary for a PLC team
    VISIT_DOCUMENT = "visit_document"  # one visit's PDF or text, for the people in it


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


def _undeleted(observation: Observation) -> Observation:
    from dataclasses import replace

    return replace(observation, deleted=False)
