"""Undo in a room takes back a round's answer tapped there (issue 10): round answers are logged in the
visit's change log like its own taps, and undone on the round."""

from __future__ import annotations

import pytest
from framework_samples import FULL
from role_helpers import first_admin
from round_helpers import small_school

from walkthrough.core.frameworks import Framework, parse_framework
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError


@pytest.fixture
def full(repo: Repository) -> Framework:
    framework = parse_framework(FULL, "full.toml")
    repo.install_framework(framework, FULL)
    return repo.framework("full-instrument")


def test_undo_in_the_room_takes_back_the_round_answer_tapped_there(repo: Repository, full: Framework) -> None:
    d = small_school(repo)
    round_ = repo.start_round(d.school.id, full, by=d.observer.id)
    visit = repo.current_visit(round_.id)
    assert visit is not None
    observation_id = visit[1].id
    by = first_admin(repo).id
    repo.record_round_response(round_.id, "hallways", "observed", by=by, observation_id=observation_id)
    repo.record_response(observation_id, "target-posted", "observed", by=by)
    repo.record_round_response(round_.id, "hallways", "not_observed", by=by, observation_id=observation_id)
    change = repo.undo_last_change(observation_id, by=by)
    assert change is not None and change.look_for_key == "hallways"
    assert repo.round_responses(round_.id)["hallways"].value == "observed"
    assert repo.undo_last_change(observation_id, by=by) is not None  # the room's own tap
    assert not repo.response(observation_id, "target-posted").is_marked
    repo.undo_last_change(observation_id, by=by)
    assert not repo.round_responses(round_.id)["hallways"].is_marked
    assert repo.last_change(observation_id) is None


def test_a_round_answer_is_logged_only_in_a_visit_of_that_round(repo: Repository, full: Framework) -> None:
    d = small_school(repo)
    round_ = repo.start_round(d.school.id, full, by=d.observer.id)
    other = repo.start_observation("blast", full, d.school.id, room_id=d.rooms[0].id, by=first_admin(repo).id)
    with pytest.raises(StoreError, match="not part of this round"):
        repo.record_round_response(round_.id, "hallways", "observed", by=first_admin(repo).id,
                                   observation_id=other.id)
