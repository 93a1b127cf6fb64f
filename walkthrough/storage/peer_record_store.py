"""Recording a peer visit: each visitor's own notes, stamped with the minute
of the visit, and the framework look-fors they mark "seen".

Every write to a peer observation here goes through
:func:`walkthrough.core.responses.check_allowed`, so a rating can never be
recorded on a peer visit, whatever the framework says. Only the visitor who
owns the observation may write to it (``by`` is the current profile).
"""

from __future__ import annotations

from walkthrough.core import privacy, responses
from walkthrough.core.frameworks import LookFor, ResponseType
from walkthrough.core.model import Note, NoteKind, Observation, ObservationKind, Response
from walkthrough.core.peer import NOTE_KIND_LABELS, VISIT_NOTE_KINDS, notes_open, visit_minute
from walkthrough.storage.access import NotAllowed
from walkthrough.storage.base import StoreError
from walkthrough.storage.observation_store import note_from_row
from walkthrough.storage.peer_cover_store import PeerCoverStore


class PeerRecordStore(PeerCoverStore):
    def begin_peer_notes(self, visit_id: str, *, by: str | None) -> Observation:
        """The visitor's own observation of the visit, made on first use and then kept."""
        visit = self.peer_visit(visit_id)
        if visit.deleted:
            raise StoreError("this visit was cancelled")
        visitor = visit.visitor(by) if by else None
        if visitor is None:
            raise NotAllowed("only a visitor of this visit can take notes in it")
        if visitor.observation_id:
            return self.observation(visitor.observation_id)
        if not notes_open(visit.day):
            raise StoreError(f"notes open on the day of the visit ({visit.day}), not before")
        if not visit.agreed_to(by):
            host = self.person(visit.host_id).name
            if visit.consent_at:  # the host agreed before this visitor joined
                raise StoreError(f"{host} has not agreed to this visit with you in it yet: {host} agrees again "
                                 "for the new set of people")
            raise StoreError(f"{host} has not agreed to this visit yet")
        framework = self.framework(visit.framework_id, visit.framework_version)
        with self.transaction():
            observation = self.start_observation(
                ObservationKind.PEER, framework, visit.school_id, room_id=visit.room_id,
                teacher_id=visit.host_id, observer_id=by, visibility=visit.visibility, by=by,
            )
            self._update("peer_visitors", visitor.id, {"observation_id": observation.id})
        return observation

    def peer_observation(self, observation_id: str, viewer_id: str | None) -> Observation:
        """A peer observation the current profile may open; refuses anyone else."""
        observation = self.observation(observation_id)
        if not privacy.visible_on_screen(observation, viewer_id):
            raise StoreError("this visit's notes belong to its host and visitor")
        return observation

    def add_peer_note(
        self,
        observation_id: str,
        kind: NoteKind | str,
        text: str,
        *,
        by: str | None,
        look_for_key: str | None = None,
        minute: int | None = None,
    ) -> Note:
        """A noticing, wondering or evidence for the focus, stamped with the minute of the visit."""
        observation = self._own_peer_observation(observation_id, by)
        kind = NoteKind(kind)
        if kind not in VISIT_NOTE_KINDS:
            raise StoreError(f"a visit note is a noticing, a wondering or evidence, not a {kind.value}")
        if not text.strip():
            raise StoreError("a note needs some words")
        if look_for_key is not None:
            self._peer_look_for(observation, look_for_key)
        if minute is None:
            minute = visit_minute(observation.started_at)
        return self.add_note(observation_id, kind, text.strip(), look_for_key=look_for_key, minute=minute, by=by)

    def set_peer_note_kind(self, note_id: str, kind: NoteKind | str, *, by: str | None) -> Note:
        """Switch a note between noticing, wondering and evidence."""
        note = note_from_row(self._row("notes", note_id))
        self._own_peer_observation(note.observation_id, by)
        kind = NoteKind(kind)
        if kind not in VISIT_NOTE_KINDS:
            raise StoreError(f"a visit note is a noticing, a wondering or evidence, not {NOTE_KIND_LABELS[kind]}")
        return self.update_note(note_id, kind=kind, by=by)

    def remove_peer_note(self, note_id: str, *, by: str | None) -> None:
        note = note_from_row(self._row("notes", note_id))
        self._own_peer_observation(note.observation_id, by)
        self.delete_note(note_id, by=by)

    def mark_peer_seen(self, observation_id: str, look_for_key: str, seen: bool, *, by: str | None) -> Response:
        """Mark a look-for seen (or not any more): the only response a peer visitor gives."""
        observation = self._own_peer_observation(observation_id, by)
        look_for = self._peer_look_for(observation, look_for_key)
        if look_for.response is not ResponseType.PRESENCE:
            raise StoreError(f"'{look_for.prompt}' is a prompt for notes, not something to mark seen")
        return self.set_response(observation_id, look_for_key, "observed" if seen else None, by=by)

    def seen_look_fors(self, observation_id: str) -> set[str]:
        return {k for k, r in self.responses(observation_id).items() if r.value == "observed"}

    def finish_peer_notes(self, observation_id: str, *, by: str | None) -> Observation:
        self._own_peer_observation(observation_id, by)
        return self.complete_observation(observation_id, by=by)

    def _own_peer_observation(self, observation_id: str, by: str | None) -> Observation:
        observation = self.observation(observation_id)
        if observation.kind is not ObservationKind.PEER:
            raise StoreError("this is not a peer visit")
        if observation.deleted:
            raise StoreError("this visit was deleted")
        if by is None or by != observation.observer_id:
            raise NotAllowed("only the visitor who took these notes may change them")
        return observation

    def _peer_look_for(self, observation: Observation, key: str) -> LookFor:
        framework = self.observation_framework(observation)
        try:
            look_for = framework.look_for(key)
        except KeyError:
            raise StoreError(f"framework '{framework.id}' has no look-for '{key}'") from None
        responses.check_allowed(observation.kind, look_for)
        return look_for
