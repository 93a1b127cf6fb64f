"""A visitor's notes that arrive before their visit's plan (the plan is in a bundle still to
come) are private until the plan says otherwise: kept, never shown or counted by anyone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_hostile_bundles import _rewrite
from test_sealed_peer_visits import Trio, _private_visit, trio  # noqa: F401 - the fixture

from walkthrough.core.privacy import Output

PLAN_TABLES = ("peer_visits", "peer_visitors")


def _without_the_plan(lines: list[dict[str, Any]]) -> None:
    lines[:] = [ln for ln in lines if ln["t"] not in PLAN_TABLES]


def _seen_by(t: Trio, obs_id: str) -> list[str]:
    """The outputs of the coach's device that include the visit, for the coach and for nobody in particular."""
    repo = t.coach.repo
    return [f"{output.value} for {viewer}" for output in Output if output is not Output.SYNC_BUNDLE
            for viewer in (t.d.coach.id, None)
            if obs_id in {o.id for o in repo.observations_for(output, viewer)}]


def test_a_shared_visits_notes_without_their_plan_are_private_until_the_plan_arrives(
        trio: Trio, tmp_path: Path) -> None:  # noqa: F811
    plan_id, obs_id = _private_visit(trio)
    trio.host.repo.share_peer_visit(plan_id, True, by=trio.d.host.id)
    early = _rewrite(trio.host, tmp_path, "notes-first.zip", _without_the_plan)
    report = trio.coach.take(early)
    assert not report.refused, [f.message for f in report.refused]
    coach = trio.coach.repo
    assert coach.db.execute("SELECT visibility FROM observations WHERE id = ?", [obs_id]).fetchone() == ("private",)
    assert _seen_by(trio, obs_id) == []
    # The plan comes: shared by its host, the visit now counts for the coach.
    assert not trio.coach.take(trio.host.export()).refused
    assert obs_id in {o.id for o in coach.observations_for(Output.COACH_COMPILATION, trio.d.coach.id)}


def test_notes_whose_plan_arrives_private_stay_private(trio: Trio, tmp_path: Path) -> None:  # noqa: F811
    plan_id, obs_id = _private_visit(trio)
    trio.host.repo.share_peer_visit(plan_id, True, by=trio.d.host.id)
    early = _rewrite(trio.host, tmp_path, "notes-first.zip", _without_the_plan)
    trio.host.repo.share_peer_visit(plan_id, False, by=trio.d.host.id)  # the host changed their mind
    assert not trio.coach.take(early).refused
    assert not trio.coach.take(trio.host.export()).refused
    assert _seen_by(trio, obs_id) == []
    assert trio.coach.repo.db.execute("SELECT visibility FROM observations WHERE id = ?",
                                      [obs_id]).fetchone() == ("private",)
