"""The store's side of the permission rules: who is acting, and refusing.

Every store method that changes records takes ``by``, the person id of the
acting profile, and calls :meth:`AccessStore._require` before it writes;
what :mod:`walkthrough.core.permissions` refuses comes out as
:class:`NotAllowed`, a :class:`~walkthrough.storage.base.StoreError`, so the
UI shows it like any other refusal.
"""

from __future__ import annotations

from typing import Any

from walkthrough.core import permissions
from walkthrough.core.i18n import QT_TRANSLATE_NOOP, message
from walkthrough.core.model import Person, Role
from walkthrough.core.permissions import Action
from walkthrough.storage.base import StoreBase, StoreError


class NotAllowed(StoreError, permissions.NotAllowed):
    """The acting profile's role (or relation to the record) does not allow the action."""


def person_from_row(row: dict[str, Any]) -> Person:
    return Person(
        id=row["id"],
        revision=row["revision"],
        updated_at=row["updated_at"],
        deleted=bool(row["deleted"]),
        name=row["name"],
        role=Role(row["role"]),
        school_id=row["school_id"],
        email=row.get("email") or "",
        active=bool(row.get("active", 1)),
    )


class AccessStore(StoreBase):
    def _actor(self, by: str | None) -> Person | None:
        """The acting profile (``None``: nobody signed in)."""
        if by is None:
            return None
        rows = self._rows("SELECT * FROM people WHERE id = ?", [by])
        if not rows:
            raise NotAllowed(message(QT_TRANSLATE_NOOP("core", "that profile is not in the directory")))
        return person_from_row(rows[0])

    def _require(self, action: Action, by: str | None, *, owner_id: str | None = None) -> Person:
        """The acting profile, once :func:`permissions.require` lets it take ``action``."""
        actor = self._actor(by)
        try:
            permissions.require(actor, action, owner_id=owner_id)
        except permissions.NotAllowed as exc:
            raise NotAllowed(exc.message) from None
        assert actor is not None  # require() refuses nobody
        return actor

    def may(self, by: str | None, action: Action, *, owner_id: str | None = None) -> bool:
        """Whether the profile ``by`` may take ``action`` (for the UI to hide what it cannot do)."""
        try:
            actor = self._actor(by)
        except NotAllowed:
            return False
        return permissions.may(actor, action, owner_id=owner_id)

    def administrator_count(self) -> int:
        row = self.db.execute("SELECT count(*) FROM people WHERE deleted = 0 AND role = ?",
                              [Role.ADMINISTRATOR.value]).fetchone()
        return int(row[0])
