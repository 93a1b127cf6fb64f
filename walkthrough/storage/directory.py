"""Schools, people and rooms."""

from __future__ import annotations

from typing import Any

from walkthrough.core.model import Person, Role, Room, School, now_iso
from walkthrough.storage.base import StoreBase, StoreError


def _school(row: dict[str, Any]) -> School:
    return School(
        id=row["id"],
        revision=row["revision"],
        updated_at=row["updated_at"],
        deleted=bool(row["deleted"]),
        name=row["name"],
    )


def _person(row: dict[str, Any]) -> Person:
    return Person(
        id=row["id"],
        revision=row["revision"],
        updated_at=row["updated_at"],
        deleted=bool(row["deleted"]),
        name=row["name"],
        role=Role(row["role"]),
        school_id=row["school_id"],
    )


def _room(row: dict[str, Any]) -> Room:
    return Room(
        id=row["id"],
        revision=row["revision"],
        updated_at=row["updated_at"],
        deleted=bool(row["deleted"]),
        school_id=row["school_id"],
        name=row["name"],
        teacher_id=row["teacher_id"],
        grade_band=row["grade_band"],
        subject=row["subject"],
    )


class DirectoryStore(StoreBase):
    # Schools ------------------------------------------------------------
    def add_school(self, name: str) -> School:
        if not name.strip():
            raise StoreError("a school needs a name")
        with self.transaction():
            row = self._insert("schools", {"name": name.strip()})
        return _school(row)

    def schools(self) -> list[School]:
        return [_school(r) for r in self._rows("SELECT * FROM schools WHERE deleted = 0 ORDER BY name")]

    def school(self, school_id: str) -> School:
        return _school(self._row("schools", school_id))

    # People -------------------------------------------------------------
    def add_person(self, name: str, role: Role | str, school_id: str | None = None) -> Person:
        if not name.strip():
            raise StoreError("a person needs a name")
        try:
            role = Role(role)
        except ValueError:
            raise StoreError(f"unknown role '{role}' (administrator, coach, teacher or substitute)") from None
        with self.transaction():
            row = self._insert("people", {"name": name.strip(), "role": role.value, "school_id": school_id})
        return _person(row)

    def people(self, role: Role | None = None, school_id: str | None = None) -> list[Person]:
        sql = "SELECT * FROM people WHERE deleted = 0"
        params: list[Any] = []
        if role is not None:
            sql += " AND role = ?"
            params.append(Role(role).value)
        if school_id is not None:
            sql += " AND (school_id = ? OR school_id IS NULL)"
            params.append(school_id)
        return [_person(r) for r in self._rows(sql + " ORDER BY name", params)]

    def update_person(self, person_id: str, *, name: str | None = None, role: Role | str | None = None) -> Person:
        changes: dict[str, Any] = {}
        if name is not None:
            if not name.strip():
                raise StoreError("a person needs a name")
            changes["name"] = name.strip()
        if role is not None:
            try:
                changes["role"] = Role(role).value
            except ValueError:
                raise StoreError(f"unknown role '{role}' (administrator, coach, teacher or substitute)") from None
        with self.transaction():
            self._update("people", person_id, changes)
        return self.person(person_id)

    def remove_person(self, person_id: str) -> None:
        """Take a person off the directory (a tombstone: their past visits keep their name)."""
        with self.transaction():
            self._tombstone("people", person_id)
            self.db.execute(
                "UPDATE rooms SET teacher_id = NULL, revision = revision + 1, updated_at = ? WHERE teacher_id = ?",
                [now_iso(), person_id],
            )

    def person(self, person_id: str) -> Person:
        return _person(self._row("people", person_id))

    # Rooms --------------------------------------------------------------
    def add_room(
        self,
        school_id: str,
        name: str,
        *,
        teacher_id: str | None = None,
        grade_band: str = "",
        subject: str = "",
    ) -> Room:
        if not name.strip():
            raise StoreError("a room needs a name")
        with self.transaction():
            row = self._insert(
                "rooms",
                {
                    "school_id": school_id,
                    "name": name.strip(),
                    "teacher_id": teacher_id,
                    "grade_band": grade_band,
                    "subject": subject,
                },
            )
        return _room(row)

    def update_room(self, room_id: str, **changes: Any) -> Room:
        allowed = {"name", "teacher_id", "grade_band", "subject"}
        bad = set(changes) - allowed
        if bad:
            raise StoreError(f"a room has no field {sorted(bad)[0]!r}")
        if "name" in changes:
            if not str(changes["name"]).strip():
                raise StoreError("a room needs a name")
            changes["name"] = str(changes["name"]).strip()
        with self.transaction():
            self._update("rooms", room_id, changes)
        return self.room(room_id)

    def remove_room(self, room_id: str) -> None:
        """Take a room off the directory (a tombstone: past visits keep it)."""
        with self.transaction():
            self._tombstone("rooms", room_id)

    def rooms(self, school_id: str) -> list[Room]:
        return [
            _room(r)
            for r in self._rows("SELECT * FROM rooms WHERE school_id = ? AND deleted = 0 ORDER BY name", [school_id])
        ]

    def room(self, room_id: str) -> Room:
        return _room(self._row("rooms", room_id))
