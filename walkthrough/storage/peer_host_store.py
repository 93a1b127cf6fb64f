"""The host's part of a peer visit: the focus, the agreement to the visit, sharing it, the debrief.

Only the host may do these (:mod:`walkthrough.core.permissions`, asked through
:meth:`~walkthrough.storage.peer_store.PeerVisitStore._as_host`). The host's agreement covers the
visitors in the visit when they agree: a visitor added later waits for the host to agree again.
"""

from __future__ import annotations

from walkthrough.core.model import Visibility, now_iso
from walkthrough.core.peer import PeerVisit
from walkthrough.storage.base import StoreError
from walkthrough.storage.peer_store import PeerVisitStore


class PeerHostStore(PeerVisitStore):
    def set_peer_focus(self, visit_id: str, focus: str, *, by: str | None) -> PeerVisit:
        """The host's question for the visitors, in their own words."""
        self._as_host(visit_id, by, "write the focus")
        with self.transaction():
            self._update("peer_visits", visit_id, {"focus": focus})
        return self.peer_visit(visit_id)

    def set_peer_consent(self, visit_id: str, consent: bool, *, by: str | None) -> PeerVisit:
        """The host agrees to the visit with the visitors now in it (or takes that back
        before anyone has started notes)."""
        visit = self._as_host(visit_id, by, "agree to the visit")
        if not consent and any(v.observation_id for v in visit.visitors):
            raise StoreError("a visitor has started their notes: the agreement can no longer be taken back")
        at = now_iso()
        with self.transaction():
            self._update("peer_visits", visit_id, {"consent_by": by if consent else None,
                                                   "consent_at": at if consent else None})
            for visitor in visit.visitors:
                if consent and not visitor.agreed_at:
                    self._update("peer_visitors", visitor.id, {"agreed_at": at})
                elif not consent and visitor.agreed_at:
                    self._update("peer_visitors", visitor.id, {"agreed_at": None})
        return self.peer_visit(visit_id)

    def share_peer_visit(self, visit_id: str, shared: bool, *, by: str | None) -> PeerVisit:
        """Share the visit beyond its people, or make it private again: the host's choice alone.

        Who changed it and when is recorded; the visitors' observations follow.
        """
        visit = self._as_host(visit_id, by, "share the visit")
        visibility = Visibility.SHARED if shared else Visibility.PRIVATE
        with self.transaction():
            self._update("peer_visits", visit_id, {"visibility": visibility.value, "shared_by": by,
                                                   "shared_at": now_iso()})
            for visitor in visit.visitors:
                if visitor.observation_id:
                    self._update("observations", visitor.observation_id, {"visibility": visibility.value})
        return self.peer_visit(visit_id)

    def set_peer_debrief(
        self, visit_id: str, *, by: str | None, reflection: str | None = None, next_step: str | None = None
    ) -> PeerVisit:
        """The host's reflection and next step after the visit."""
        self._as_host(visit_id, by, "write the debrief")
        changes = {k: v for k, v in (("reflection", reflection), ("next_step", next_step)) if v is not None}
        with self.transaction():
            self._update("peer_visits", visit_id, changes)
        return self.peer_visit(visit_id)
