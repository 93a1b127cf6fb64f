"""Bulk writes obey the same rules as taps, and refuse a bad batch whole."""

from __future__ import annotations

import pytest
from role_helpers import first_admin

from walkthrough.core.frameworks import Framework
from walkthrough.core.model import Observation, ObservationKind, Response, Visibility, new_id
from walkthrough.core.responses import ResponseError
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError


def _obs(repo: Repository, framework: Framework, kind: ObservationKind = ObservationKind.BLAST) -> Observation:
    school = repo.add_school("S", by=first_admin(repo).id)
    return Observation(
        id=new_id(),
        kind=kind,
        framework_id=framework.id,
        framework_version=framework.version,
        school_id=school.id,
        device_id=repo.device_id,
        started_at="2026-11-23T09:00:00.000+00:00",
        visibility=Visibility.PRIVATE if kind is ObservationKind.PEER else Visibility.SHARED,
    )


def test_a_good_batch_is_written(repo: Repository, blast_framework: Framework) -> None:
    obs = _obs(repo, blast_framework)
    key = next(lf.key for lf in blast_framework.look_fors if lf.response.value == "presence")
    written = repo.import_records(
        [obs],
        [Response(id=new_id(), observation_id=obs.id, look_for_key=key, value="observed")],
        framework_hashes={(blast_framework.id, blast_framework.version): blast_framework.sha256},
    )
    assert written == 1 and repo.responses(obs.id)[key].value == "observed"


def test_a_bad_value_refuses_the_whole_batch(repo: Repository, blast_framework: Framework) -> None:
    obs = _obs(repo, blast_framework)
    key = next(lf.key for lf in blast_framework.look_fors if lf.response.value == "presence")
    with pytest.raises(ResponseError, match="'maybe' is not one of"):
        repo.import_records(
            [obs],
            [Response(id=new_id(), observation_id=obs.id, look_for_key=key, value="maybe")],
            framework_hashes={(blast_framework.id, blast_framework.version): blast_framework.sha256},
        )
    assert repo.observations() == []


def test_a_rating_on_a_peer_visit_is_refused_in_bulk_too(repo: Repository) -> None:
    equity = repo.framework("equity-sel-assured-practices")
    rating = next(lf for lf in equity.look_fors if lf.response.value == "rating")
    obs = _obs(repo, equity, ObservationKind.PEER)
    with pytest.raises(ResponseError, match="non-evaluative"):
        repo.import_records(
            [obs],
            [Response(id=new_id(), observation_id=obs.id, look_for_key=rating.key, value=1)],
            framework_hashes={(equity.id, equity.version): equity.sha256},
        )
    assert repo.observations(include_deleted=True) == []


def test_a_response_without_its_observation_is_refused(repo: Repository, blast_framework: Framework) -> None:
    with pytest.raises(StoreError, match="belongs to no observation"):
        repo.import_records(
            [], [Response(id=new_id(), observation_id="nope", look_for_key="x", value=None)], framework_hashes={}
        )
