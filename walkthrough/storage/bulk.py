"""Writing many records at once: the demo generator now, sync import later."""

from __future__ import annotations

from collections.abc import Iterable

from walkthrough.core import responses as response_rules
from walkthrough.core.model import Note, Observation, ObservationKind, Response
from walkthrough.storage.base import StoreBase, StoreError, dumps, insert_records
from walkthrough.storage.framework_store import FrameworkStore

_OBSERVATION_COLUMNS = (
    "id",
    "kind",
    "framework_id",
    "framework_version",
    "framework_sha256",
    "school_id",
    "room_id",
    "teacher_id",
    "observer_id",
    "device_id",
    "started_at",
    "ended_at",
    "status",
    "visibility",
    "round_id",
    "grade_band",
    "subject",
    "revision",
    "updated_at",
    "deleted",
)
_RESPONSE_COLUMNS = (
    "id",
    "observation_id",
    "look_for_key",
    "value",
    "not_applicable",
    "note",
    "set_at",
    "revision",
    "updated_at",
    "deleted",
)
_NOTE_COLUMNS = (
    "id",
    "observation_id",
    "kind",
    "text",
    "look_for_key",
    "minute",
    "created_at",
    "revision",
    "updated_at",
    "deleted",
)


class BulkStore(FrameworkStore, StoreBase):
    def import_records(
        self,
        observations: Iterable[Observation],
        responses: Iterable[Response] = (),
        notes: Iterable[Note] = (),
        *,
        framework_hashes: dict[tuple[str, str], str],
    ) -> int:
        """Insert new records in one transaction; return how many observations.

        Every response is checked by the same rules as a tap (the value fits
        its look-for; no rating on a peer visit): a batch with one bad record
        is refused whole and nothing is written.
        """
        observations = list(observations)
        responses = list(responses)
        kinds: dict[str, tuple[ObservationKind, str, str]] = {
            o.id: (o.kind, o.framework_id, o.framework_version) for o in observations
        }
        for r in responses:
            if r.observation_id not in kinds:
                raise StoreError(f"response {r.id} belongs to no observation in the batch")
            kind, framework_id, version = kinds[r.observation_id]
            framework = self.framework(framework_id, version)
            try:
                look_for = framework.look_for(r.look_for_key)
            except KeyError:
                raise StoreError(
                    f"response {r.id}: framework '{framework_id}' has no look-for '{r.look_for_key}'"
                ) from None
            response_rules.check_allowed(kind, look_for)
            response_rules.normalise(look_for, r.value, not_applicable=r.not_applicable)
        notes = list(notes)
        with self.transaction():
            insert_records(
                self.db,
                "observations",
                _OBSERVATION_COLUMNS,
                observations,
                {
                    "framework_sha256": lambda o: framework_hashes[(o.framework_id, o.framework_version)],
                },
            )
            insert_records(self.db, "responses", _RESPONSE_COLUMNS, responses, {"value": lambda r: dumps(r.value)})
            insert_records(self.db, "notes", _NOTE_COLUMNS, notes)
        return len(observations)
