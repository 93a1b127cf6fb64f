"""Writing the demo district many records at a time: rounds with their stops,
and peer-visit plans with their visitors, each with the observations they hold.

The demo generator (:mod:`walkthrough.demo`) makes about 10,000 rounds and
3,000 plans for its 100,000-observation database; one repository action per
record would take minutes, so these functions insert a batch in one
transaction, in the order the foreign keys need. They write the records as
given, once they have checked that the batch hangs together the way the app
leaves it (every blast visit on a stop of its finished round, every peer
visit the notes of one visitor of an agreed plan): a batch that does not is
refused whole. They are for filling an empty data folder, not the app's actions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from walkthrough.core.model import Note, Observation, ObservationKind, Response
from walkthrough.core.peer import PeerVisit
from walkthrough.core.rounds import Round, RoundStatus, RoundStop, StopStatus
from walkthrough.storage.base import StoreError, insert_records
from walkthrough.storage.bulk import BulkStore

_ROUND_COLUMNS = (
    "id",
    "school_id",
    "framework_id",
    "framework_version",
    "observer_id",
    "route_id",
    "with_teacher",
    "started_at",
    "ended_at",
    "status",
    "current_stop_id",
    "revision",
    "updated_at",
    "deleted",
)
_STOP_COLUMNS = (
    "id",
    "round_id",
    "position",
    "room_id",
    "status",
    "observation_id",
    "started_at",
    "ended_at",
    "revision",
    "updated_at",
    "deleted",
)
_PLAN_COLUMNS = (
    "id",
    "school_id",
    "host_id",
    "room_id",
    "framework_id",
    "framework_version",
    "day",
    "start_time",
    "end_time",
    "period",
    "focus",
    "consent_by",
    "consent_at",
    "visibility",
    "shared_by",
    "shared_at",
    "reflection",
    "next_step",
    "created_by",
    "revision",
    "updated_at",
    "deleted",
)
_VISITOR_COLUMNS = (
    "id",
    "visit_id",
    "visitor_id",
    "observation_id",
    "cover_needed",
    "substitute_id",
    "agreed_at",
    "revision",
    "updated_at",
    "deleted",
)


def import_rounds(
    store: BulkStore,
    rounds: Sequence[Round],
    stops: Sequence[RoundStop],
    observations: Iterable[Observation],
    responses: Iterable[Response] = (),
    notes: Iterable[Note] = (),
    *,
    framework_hashes: dict[tuple[str, str], str],
) -> int:
    """Insert finished rounds, their visits and their stops in one transaction; return how many visits."""
    observations = list(observations)
    _check_rounds(rounds, stops, observations)
    with store.transaction():
        insert_records(store.db, "rounds", _ROUND_COLUMNS, rounds)
        written = store.import_records(observations, responses, notes, framework_hashes=framework_hashes)
        insert_records(store.db, "round_stops", _STOP_COLUMNS, stops)
    return written


def import_peer_visits(
    store: BulkStore,
    visits: Sequence[PeerVisit],
    observations: Iterable[Observation] = (),
    responses: Iterable[Response] = (),
    notes: Iterable[Note] = (),
    *,
    framework_hashes: dict[tuple[str, str], str],
) -> int:
    """Insert peer-visit plans, their visitors and the visitors' observations in one
    transaction; return how many observations."""
    observations = list(observations)
    _check_plans(visits, observations)
    with store.transaction():
        written = store.import_records(observations, responses, notes, framework_hashes=framework_hashes)
        insert_records(store.db, "peer_visits", _PLAN_COLUMNS, visits)
        insert_records(store.db, "peer_visitors", _VISITOR_COLUMNS, [p for v in visits for p in v.visitors])
    return written


def _check_rounds(rounds: Sequence[Round], stops: Sequence[RoundStop], observations: Sequence[Observation]) -> None:
    round_ids = {r.id for r in rounds}
    for round_ in rounds:
        if round_.status is not RoundStatus.FINISHED or round_.current_stop_id or not round_.ended_at:
            raise StoreError(f"round {round_.id} is not finished: the app would open straight into it")
    visits = {o.id: o for o in observations}
    for visit in observations:
        if visit.kind is not ObservationKind.BLAST or visit.round_id not in round_ids:
            raise StoreError(f"visit {visit.id} is not a blast visit of a round in the batch")
    on_a_stop: set[str] = set()
    for stop in stops:
        if stop.round_id not in round_ids:
            raise StoreError(f"stop {stop.id} belongs to no round in the batch")
        if (stop.observation_id is not None) != (stop.status is StopStatus.VISITED):
            raise StoreError(f"stop {stop.id}: a visited room has its visit, and only a visited room")
        if stop.observation_id is not None:
            found = visits.get(stop.observation_id)
            if found is None or found.round_id != stop.round_id or found.room_id != stop.room_id:
                raise StoreError(f"stop {stop.id} points to no visit of its round and room in the batch")
            if stop.observation_id in on_a_stop:
                raise StoreError(f"visit {stop.observation_id} is on two stops")
            on_a_stop.add(stop.observation_id)
    stray = visits.keys() - on_a_stop
    if stray:
        raise StoreError(f"visit {min(stray)} is on no stop of its round")


def _check_plans(visits: Sequence[PeerVisit], observations: Sequence[Observation]) -> None:
    notes = {o.id: o for o in observations}
    of_a_visitor: set[str] = set()
    for visit in visits:
        for visitor in visit.visitors:
            if visitor.visit_id != visit.id or visitor.visitor_id == visit.host_id:
                raise StoreError(f"visitor {visitor.id} is not a visitor of visit {visit.id}")
            if visitor.observation_id is None:
                continue
            observation = notes.get(visitor.observation_id)
            if (
                observation is None
                or observation.kind is not ObservationKind.PEER
                or observation.teacher_id != visit.host_id
                or observation.observer_id != visitor.visitor_id
                or observation.visibility is not visit.visibility
            ):
                raise StoreError(f"visitor {visitor.id}: their notes are not a peer visit of this plan in the batch")
            if not visit.agreed_to(visitor.visitor_id):
                raise StoreError(f"visit {visit.id} has notes of a visitor the host has not agreed to")
            of_a_visitor.add(observation.id)
    stray = notes.keys() - of_a_visitor
    if stray:
        raise StoreError(f"peer visit {min(stray)} belongs to no visitor of a plan in the batch")
