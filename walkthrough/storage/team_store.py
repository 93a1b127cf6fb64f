"""PLC teams: a named set of teachers of one school (a grade-level or course team).

Administrators and coaches make and change them (:data:`Action.MANAGE_TEAMS`);
everyone may read them. A member's record id comes from the team and the
person, so two devices adding the same teacher write the same record, and a
teacher removed and added again is the same record brought back.
"""

from __future__ import annotations

from typing import Any

from walkthrough.core.model import PlcTeam
from walkthrough.core.permissions import Action
from walkthrough.storage.access import AccessStore
from walkthrough.storage.base import NotFound, StoreError, stable_id


def team_from_row(row: dict[str, Any]) -> PlcTeam:
    return PlcTeam(id=row["id"], revision=row["revision"], updated_at=row["updated_at"],
                   deleted=bool(row["deleted"]), school_id=row["school_id"], name=row["name"])


def member_id(team_id: str, person_id: str) -> str:
    return stable_id("plc_team_member", team_id, person_id)


class TeamStore(AccessStore):
    def _team_name(self, school_id: str, name: str, *, other_than: str | None = None) -> str:
        name = name.strip()
        if not name:
            raise StoreError("a PLC team needs a name")
        clash = self.db.execute(
            "SELECT id FROM plc_teams WHERE school_id = ? AND lower(name) = lower(?) AND deleted = 0 AND id IS NOT ?",
            [school_id, name, other_than]).fetchone()
        if clash is not None:
            raise StoreError(f"this school already has a PLC team called '{name}'")
        return name

    def create_team(self, school_id: str, name: str, *, by: str | None) -> PlcTeam:
        self._require(Action.MANAGE_TEAMS, by)
        if self.db.execute("SELECT 1 FROM schools WHERE id = ? AND deleted = 0", [school_id]).fetchone() is None:
            raise NotFound("that school is not in the directory")
        with self.transaction():
            row = self._insert("plc_teams", {"school_id": school_id, "name": self._team_name(school_id, name)})
        return team_from_row(row)

    def rename_team(self, team_id: str, name: str, *, by: str | None) -> PlcTeam:
        self._require(Action.MANAGE_TEAMS, by)
        team = self.team(team_id)
        with self.transaction():
            self._update("plc_teams", team_id, {"name": self._team_name(team.school_id, name, other_than=team_id)})
        return self.team(team_id)

    def delete_team(self, team_id: str, *, by: str | None) -> None:
        """Delete a team and its memberships (tombstones, so the delete syncs)."""
        self._require(Action.MANAGE_TEAMS, by)
        self.team(team_id)
        with self.transaction():
            for (mid,) in self.db.execute("SELECT id FROM plc_team_members WHERE team_id = ? AND deleted = 0",
                                          [team_id]).fetchall():
                self._tombstone("plc_team_members", mid)
            self._tombstone("plc_teams", team_id)

    def add_team_member(self, team_id: str, person_id: str, *, by: str | None) -> None:
        self._require(Action.MANAGE_TEAMS, by)
        self.team(team_id)
        person = self.db.execute("SELECT deleted FROM people WHERE id = ?", [person_id]).fetchone()
        if person is None or person[0]:
            raise NotFound("that person is not in the directory")
        record = member_id(team_id, person_id)
        found = self.db.execute("SELECT deleted FROM plc_team_members WHERE id = ?", [record]).fetchone()
        with self.transaction():
            if found is None:
                self._insert("plc_team_members", {"id": record, "team_id": team_id, "person_id": person_id})
            elif found[0]:
                self._update("plc_team_members", record, {"deleted": 0})

    def remove_team_member(self, team_id: str, person_id: str, *, by: str | None) -> None:
        self._require(Action.MANAGE_TEAMS, by)
        self.team(team_id)
        record = member_id(team_id, person_id)
        found = self.db.execute("SELECT deleted FROM plc_team_members WHERE id = ?", [record]).fetchone()
        if found is None or found[0]:
            return
        with self.transaction():
            self._tombstone("plc_team_members", record)

    def team(self, team_id: str) -> PlcTeam:
        team = team_from_row(self._row("plc_teams", team_id))
        if team.deleted:
            raise NotFound("that PLC team was deleted")
        return team

    def teams(self, school_id: str | None = None) -> list[PlcTeam]:
        sql = "SELECT * FROM plc_teams WHERE deleted = 0"
        params: list[Any] = []
        if school_id is not None:
            sql += " AND school_id = ?"
            params.append(school_id)
        return [team_from_row(r) for r in self._rows(sql + " ORDER BY name", params)]

    def team_members(self, team_id: str) -> list[str]:
        """The person ids of the team's members (in the directory), by name."""
        return [r[0] for r in self.db.execute(
            "SELECT m.person_id FROM plc_team_members m JOIN people p ON p.id = m.person_id"
            " WHERE m.team_id = ? AND m.deleted = 0 AND p.deleted = 0 ORDER BY p.name", [team_id]).fetchall()]
