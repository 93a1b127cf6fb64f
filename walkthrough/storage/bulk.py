"""Writing many records at once: the demo generator now, sync import later."""

from __future__ import annotations

from collections.abc import Iterable

from walkthrough.core import responses as response_rules
from walkthrough.core.model import Note, Observation, ObservationKind, Response
from walkthrough.storage.base import StoreBase, StoreError, dumps
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


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


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
        obs_rows = [
            (
                o.id,
                o.kind.value,
                o.framework_id,
                o.framework_version,
                framework_hashes[(o.framework_id, o.framework_version)],
                o.school_id,
                o.room_id,
                o.teacher_id,
                o.observer_id,
                o.device_id,
                o.started_at,
                o.ended_at,
                o.status.value,
                o.visibility.value,
                o.round_id,
                o.revision,
                o.updated_at,
                int(o.deleted),
            )
            for o in observations
        ]
        resp_rows = [
            (
                r.id,
                r.observation_id,
                r.look_for_key,
                dumps(r.value),
                int(r.not_applicable),
                r.note,
                r.set_at,
                r.revision,
                r.updated_at,
                int(r.deleted),
            )
            for r in responses
        ]
        note_rows = [
            (
                n.id,
                n.observation_id,
                n.kind.value,
                n.text,
                n.look_for_key,
                n.minute,
                n.created_at,
                n.revision,
                n.updated_at,
                int(n.deleted),
            )
            for n in notes
        ]
        with self.transaction():
            conn = self.db.conn
            conn.executemany(_insert_sql("observations", _OBSERVATION_COLUMNS), obs_rows)
            conn.executemany(_insert_sql("responses", _RESPONSE_COLUMNS), resp_rows)
            conn.executemany(_insert_sql("notes", _NOTE_COLUMNS), note_rows)
        return len(obs_rows)
