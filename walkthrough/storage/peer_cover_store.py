"""Substitute cover for a peer visit: whether each visitor's class needs a
substitute while they visit, and who covers it.

Arranging cover is logistics, not the visit's content: the people in the
visit (and whoever planned it) say whether a class needs cover; coaches and
administrators assign the substitute (:mod:`walkthrough.core.permissions`).
A substitute sees the schedule of the cover they give, never the focus or
the notes.
"""

from __future__ import annotations

from typing import Any

from walkthrough.core.model import Person, Role
from walkthrough.core.peer import PeerVisit
from walkthrough.core.permissions import Action
from walkthrough.storage.base import StoreError
from walkthrough.storage.peer_store import PeerVisitStore


class PeerCoverStore(PeerVisitStore):
    def substitutes(self) -> list[Person]:
        return self.people(Role.SUBSTITUTE)

    def set_cover_needed(self, visit_id: str, visitor_id: str, needed: bool, *, by: str | None) -> PeerVisit:
        """Whether the visitor's class needs a substitute while they visit: the people in the
        visit (or its planner) say so, and so may whoever arranges cover."""
        visit = self._live(visit_id)
        if not self.may(by, Action.ASSIGN_COVER):
            self._require(Action.CHANGE_PEER_PLAN, by, owner_id=self._plan_owner(visit, by))
        visitor = self._visitor_row(visit_id, visitor_id)
        changes: dict[str, Any] = {"cover_needed": int(needed)}
        if not needed:
            changes["substitute_id"] = None
        with self.transaction():
            self._update("peer_visitors", visitor.id, changes)
        return self.peer_visit(visit_id)

    def assign_substitute(
        self, visit_id: str, visitor_id: str, substitute_id: str | None, *, by: str | None
    ) -> PeerVisit:
        """Give (or with ``None`` take away) the substitute who covers the visitor's class."""
        self._require(Action.ASSIGN_COVER, by)
        visit = self._live(visit_id)
        visitor = self._visitor_row(visit_id, visitor_id)
        if substitute_id is not None:
            sub = self.person(substitute_id)
            if sub.deleted:
                raise StoreError(f"{sub.name} is no longer in the directory")
            if substitute_id in visit.participants():
                raise StoreError(f"{sub.name} takes part in this visit and cannot also cover a class in it")
        with self.transaction():
            needed = 1 if substitute_id else int(visitor.cover_needed)
            self._update("peer_visitors", visitor.id, {"substitute_id": substitute_id, "cover_needed": needed})
        return self.peer_visit(visit_id)
