"""Saved routes: a school's rooms in walking order, and the last one used."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from walkthrough.core.permissions import Action
from walkthrough.core.rounds import Route
from walkthrough.storage.base import StoreBase, StoreError
from walkthrough.storage.directory import DirectoryStore

LAST_ROUTE = "last_route:"


def route_from_row(row: dict[str, Any]) -> Route:
    return Route(
        id=row["id"], revision=row["revision"], updated_at=row["updated_at"], deleted=bool(row["deleted"]),
        school_id=row["school_id"], name=row["name"], room_ids=tuple(json.loads(row["room_ids"])),
    )


class RouteStore(DirectoryStore, StoreBase):
    def add_route(self, school_id: str, name: str, room_ids: Sequence[str] = (), *, by: str | None) -> Route:
        self._require(Action.EDIT_ROUTE, by)
        if not name.strip():
            raise StoreError("a route needs a name")
        ids = self._route_room_ids(school_id, room_ids)
        with self.transaction():
            row = self._insert("routes", {"school_id": school_id, "name": name.strip(), "room_ids": json.dumps(ids)})
        return route_from_row(row)

    def update_route(
        self, route_id: str, *, by: str | None, name: str | None = None, room_ids: Sequence[str] | None = None
    ) -> Route:
        """Rename a route or change its rooms and their order (one action, committed)."""
        self._require(Action.EDIT_ROUTE, by)
        route = self.route(route_id)
        changes: dict[str, Any] = {}
        if name is not None:
            if not name.strip():
                raise StoreError("a route needs a name")
            changes["name"] = name.strip()
        if room_ids is not None:
            changes["room_ids"] = json.dumps(self._route_room_ids(route.school_id, room_ids))
        with self.transaction():
            self._update("routes", route_id, changes)
        return self.route(route_id)

    def delete_route(self, route_id: str, *, by: str | None) -> None:
        self._require(Action.EDIT_ROUTE, by)
        route = self.route(route_id)
        with self.transaction():
            self._tombstone("routes", route_id)
            if self.setting(LAST_ROUTE + route.school_id) == route_id:
                self.db.execute("DELETE FROM settings WHERE key = ?", [LAST_ROUTE + route.school_id])

    def route(self, route_id: str) -> Route:
        return route_from_row(self._row("routes", route_id))

    def routes(self, school_id: str) -> list[Route]:
        rows = self._rows("SELECT * FROM routes WHERE school_id = ? AND deleted = 0 ORDER BY name", [school_id])
        return [route_from_row(r) for r in rows]

    def last_route(self, school_id: str) -> Route | None:
        """The route last used for a round at this school, if it still exists."""
        route_id = self.setting(LAST_ROUTE + school_id)
        if not route_id:
            return None
        try:
            route = self.route(route_id)
        except StoreError:
            return None
        return None if route.deleted else route

    def _remember_route(self, school_id: str, route_id: str | None) -> None:
        """Inside the caller's transaction."""
        self.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [LAST_ROUTE + school_id, route_id],
        )

    def _route_room_ids(self, school_id: str, room_ids: Sequence[str]) -> list[str]:
        ids = list(dict.fromkeys(room_ids))
        if ids:
            marks = ", ".join("?" for _ in ids)
            found = {r[0] for r in self.db.execute(
                f"SELECT id FROM rooms WHERE school_id = ? AND id IN ({marks})", [school_id, *ids]).fetchall()}
            stray = [i for i in ids if i not in found]
            if stray:
                raise StoreError(f"room {stray[0]} is not a room of this school")
        return ids
