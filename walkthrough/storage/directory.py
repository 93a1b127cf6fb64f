"""Schools, people and rooms."""

from __future__ import annotations

from typing import Any

from walkthrough.core.model import Person, Role, Room, School
from walkthrough.core.permissions import Action
from walkthrough.storage.access import AccessStore, NotAllowed, person_from_row
from walkthrough.storage.base import StoreError

DISTRICT_NAME = "district_name"


def _school(row: dict[str, Any]) -> School:
    return School(
        id=row["id"],
        revision=row["revision"],
        updated_at=row["updated_at"],
        deleted=bool(row["deleted"]),
        name=row["name"],
    )


def _person(row: dict[str, Any]) -> Person:
    return person_from_row(row)


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


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise StoreError(f"unknown role '{role}' (administrator, coach, teacher or substitute)") from None


class DirectoryStore(AccessStore):
    """Schools, rooms and people: an administrator's to change (see
    :mod:`walkthrough.core.permissions`).

    The directory always keeps an administrator: the last one can be neither
    removed nor given another role. While a directory has none (a new
    install, or one brought in without any), anyone may add an administrator:
    that is how a new install starts (the first profile made is one).
    """

    # Schools ------------------------------------------------------------
    def add_school(self, name: str, *, by: str | None) -> School:
        self._require(Action.EDIT_DIRECTORY, by)
        if not name.strip():
            raise StoreError("a school needs a name")
        with self.transaction():
            row = self._insert("schools", {"name": name.strip()})
        return _school(row)

    def rename_school(self, school_id: str, name: str, *, by: str | None) -> School:
        self._require(Action.EDIT_DIRECTORY, by)
        if not name.strip():
            raise StoreError("a school needs a name")
        with self.transaction():
            self._update("schools", school_id, {"name": name.strip()})
        return self.school(school_id)

    def schools(self) -> list[School]:
        return [_school(r) for r in self._rows("SELECT * FROM schools WHERE deleted = 0 ORDER BY name")]

    def school(self, school_id: str) -> School:
        return _school(self._row("schools", school_id))

    # The district (this device's name for it; shown in the directory) ----
    def district_name(self) -> str:
        return self.setting(DISTRICT_NAME) or ""

    def set_district_name(self, name: str, *, by: str | None) -> None:
        self._require(Action.EDIT_DIRECTORY, by)
        self.set_setting(DISTRICT_NAME, name.strip() or None)

    # People -------------------------------------------------------------
    def add_person(self, name: str, role: Role | str, school_id: str | None = None, *, by: str | None) -> Person:
        """Add someone to the directory (an administrator's action; while the
        directory has no administrator, anyone may add the first one)."""
        role = _role(role)
        if not (role is Role.ADMINISTRATOR and self.administrator_count() == 0):
            self._require(Action.ADD_PERSON, by)
        if not name.strip():
            raise StoreError("a person needs a name")
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

    def update_person(
        self, person_id: str, *, by: str | None, name: str | None = None, role: Role | str | None = None
    ) -> Person:
        person = self.person(person_id)
        changes: dict[str, Any] = {}
        if name is not None and name.strip() != person.name:
            self._require(Action.EDIT_PERSON, by)
            if not name.strip():
                raise StoreError("a person needs a name")
            changes["name"] = name.strip()
        if role is not None and _role(role) is not person.role:
            self._require(Action.CHANGE_ROLE, by)
            self._keep_an_administrator(person, "given another role")
            changes["role"] = _role(role).value
        if not changes:
            return person
        with self.transaction():
            self._update("people", person_id, changes)
        return self.person(person_id)

    def remove_person(self, person_id: str, *, by: str | None) -> None:
        """Take a person off the directory (a tombstone: their past visits keep their name)."""
        self._require(Action.REMOVE_PERSON, by)
        person = self.person(person_id)
        if person.deleted:
            return
        self._keep_an_administrator(person, "removed")
        with self.transaction():
            self._tombstone("people", person_id)
            for (room_id,) in self.db.execute("SELECT id FROM rooms WHERE teacher_id = ?", [person_id]).fetchall():
                self._update("rooms", room_id, {"teacher_id": None})

    def person(self, person_id: str) -> Person:
        return _person(self._row("people", person_id))

    def _keep_an_administrator(self, person: Person, what: str) -> None:
        if person.role is Role.ADMINISTRATOR and not person.deleted and self.administrator_count() <= 1:
            raise NotAllowed(f"{person.name} is the only administrator and cannot be {what}: "
                             "make someone else an administrator first")

    # Rooms --------------------------------------------------------------
    def add_room(
        self,
        school_id: str,
        name: str,
        *,
        teacher_id: str | None = None,
        grade_band: str = "",
        subject: str = "",
        by: str | None,
    ) -> Room:
        self._require(Action.EDIT_DIRECTORY, by)
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

    def update_room(self, room_id: str, *, by: str | None, **changes: Any) -> Room:
        self._require(Action.EDIT_DIRECTORY, by)
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

    def remove_room(self, room_id: str, *, by: str | None) -> None:
        """Take a room off the directory (a tombstone: past visits keep it)."""
        self._require(Action.EDIT_DIRECTORY, by)
        with self.transaction():
            self._tombstone("rooms", room_id)

    def rooms(self, school_id: str) -> list[Room]:
        return [
            _room(r)
            for r in self._rows("SELECT * FROM rooms WHERE school_id = ? AND deleted = 0 ORDER BY name", [school_id])
        ]

    def room(self, room_id: str) -> Room:
        return _room(self._row("rooms", room_id))
