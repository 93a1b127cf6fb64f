"""Applying a school's roster: rooms and teachers, found again by a stable key.

A roster (:func:`walkthrough.core.roster.read_roster`) is first planned
(:meth:`RosterStore.plan_roster`: what would be added, changed, or marked as
having left, nothing written), then imported in one transaction
(:meth:`RosterStore.import_roster`), so a refused or failed import leaves the
database as it was.

Keys: a teacher is the same person again by e-mail (or, without one, by the
same name among the school's teachers); a room by its name within the school
(without case). Nothing is ever deleted: a teacher the new roster no longer
lists is marked as having left (``active = 0``) and keeps their history; a
room the roster no longer lists stays as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, message
from walkthrough.core.model import Person, Role
from walkthrough.core.permissions import Action
from walkthrough.core.roster import Roster, RosterRow
from walkthrough.storage.access import AccessStore, person_from_row
from walkthrough.storage.base import StoreError


@dataclass(frozen=True)
class RoomChange:
    row: int
    room: str
    what: str  # "new", "changed", "unchanged"
    details: tuple[str, ...] = ()  # "teacher: Ana Diallo → Ben Ortiz"


@dataclass
class RosterPlan:
    school_id: str
    school_name: str
    rooms: list[RoomChange] = field(default_factory=list)
    new_people: list[str] = field(default_factory=list)
    changed_people: list[str] = field(default_factory=list)
    returning_people: list[str] = field(default_factory=list)
    leaving_people: list[str] = field(default_factory=list)
    rooms_not_listed: list[str] = field(default_factory=list)
    new_teams: list[str] = field(default_factory=list)
    team_members_added: int = 0

    def count(self, what: str) -> int:
        return sum(1 for r in self.rooms if r.what == what)

    def summary(self) -> str:
        """:meth:`in_words` in English (the command line)."""
        return str(self.in_words())

    def in_words(self) -> Message:
        """What the import does, school by name first, as a translatable message."""
        parts = [message(QT_TRANSLATE_NOOP("core", "{n} new room(s)"), n=self.count("new")),
                 message(QT_TRANSLATE_NOOP("core", "{n} changed"), n=self.count("changed")),
                 message(QT_TRANSLATE_NOOP("core", "{n} unchanged"), n=self.count("unchanged")),
                 message(QT_TRANSLATE_NOOP("core", "{n} new teacher(s)"), n=len(self.new_people))]
        if self.changed_people:
            parts.append(message(QT_TRANSLATE_NOOP("core", "{n} teacher(s) updated"), n=len(self.changed_people)))
        if self.returning_people:
            parts.append(message(QT_TRANSLATE_NOOP("core", "{n} back again"), n=len(self.returning_people)))
        if self.leaving_people:
            parts.append(message(QT_TRANSLATE_NOOP("core", "{n} no longer listed, to be marked as left: {names}"),
                                 n=len(self.leaving_people), names=", ".join(self.leaving_people)))
        if self.rooms_not_listed:
            parts.append(message(QT_TRANSLATE_NOOP("core", "{n} room(s) not in the file, kept as they are"),
                                 n=len(self.rooms_not_listed)))
        if self.new_teams:
            parts.append(message(QT_TRANSLATE_NOOP("core", "{n} new PLC team(s): {names}"),
                                 n=len(self.new_teams), names=", ".join(self.new_teams)))
        if self.team_members_added:
            parts.append(message(QT_TRANSLATE_NOOP("core", "{n} teacher(s) added to their PLC team"),
                                 n=self.team_members_added))
        said = parts[0]
        for part in parts[1:]:
            said = message(QT_TRANSLATE_NOOP("core", "{said}; {more}"), said=said, more=part)
        return message(QT_TRANSLATE_NOOP("core", "{school}: {summary}"), school=self.school_name, summary=said)


@dataclass
class _Work:
    """What the import will write: planned once, applied as planned."""

    plan: RosterPlan
    new_people: dict[str, RosterRow] = field(default_factory=dict)  # key -> first row naming them
    person_changes: dict[str, dict[str, Any]] = field(default_factory=dict)  # person id -> changes
    teacher_of_row: dict[int, str] = field(default_factory=dict)  # row -> person key or id
    new_rooms: list[RosterRow] = field(default_factory=list)
    room_changes: dict[str, tuple[RosterRow, dict[str, Any]]] = field(default_factory=dict)
    leaving: list[str] = field(default_factory=list)
    teams: dict[str, str] = field(default_factory=dict)  # team name (casefold) -> id, or "" for a new one
    team_rows: list[RosterRow] = field(default_factory=list)  # rows whose teacher joins their team


def _person_key(row: RosterRow) -> str:
    return f"email:{row.email}" if row.email else f"name:{row.teacher.casefold()}"


class RosterStore(AccessStore):
    def plan_roster(self, school_id: str, roster: Roster) -> RosterPlan:
        """What importing ``roster`` into the school would do (nothing is written)."""
        return self._work(school_id, roster).plan

    def import_roster(self, school_id: str, roster: Roster, *, by: str | None) -> RosterPlan:
        """Add and update the school's rooms and teachers from ``roster``, in one transaction.

        Refused (nothing written) when the roster has any problem."""
        self._require(Action.IMPORT_ROSTER, by)
        if roster.problems:
            raise StoreError(message(QT_TRANSLATE_NOOP(
                "core", "{file} was not imported: it has {n} problem(s), the first: {first}"),
                file=roster.file, n=len(roster.problems), first=roster.problems[0].as_message()))
        if not roster.rows:
            raise StoreError(message(QT_TRANSLATE_NOOP("core", "{file} was not imported: it lists no rooms"),
                                     file=roster.file))
        with self.transaction():
            work = self._work(school_id, roster)
            ids: dict[str, str] = {}
            for key, row in work.new_people.items():
                inserted = self._insert("people", {"name": row.teacher, "role": Role.TEACHER.value,
                                                   "school_id": school_id, "email": row.email, "active": 1})
                ids[key] = inserted["id"]
            for person_id, changes in work.person_changes.items():
                self._update("people", person_id, changes)
            for person_id in work.leaving:
                self._update("people", person_id, {"active": 0})

            def teacher(row: RosterRow) -> str | None:
                found = work.teacher_of_row.get(row.row)
                return ids.get(found, found) if found else None

            for row in work.new_rooms:
                self._insert("rooms", {"school_id": school_id, "name": row.room, "teacher_id": teacher(row),
                                       "grade_band": row.grade_band, "subject": row.subject})
            for room_id, (row, changes) in work.room_changes.items():
                if "teacher_id" in changes:
                    changes["teacher_id"] = teacher(row)
                self._update("rooms", room_id, changes)
            teams = dict(work.teams)
            for row in work.team_rows:
                key = row.plc_team.casefold()
                if not teams.get(key):
                    teams[key] = self.create_team(school_id, row.plc_team, by=by).id  # type: ignore[attr-defined]
                member = teacher(row)
                if member:
                    self.add_team_member(teams[key], member, by=by)  # type: ignore[attr-defined]
        return work.plan

    def _work(self, school_id: str, roster: Roster) -> _Work:
        school = self._row("schools", school_id)
        if school["deleted"]:
            raise StoreError(f"the school {school['name']!r} was removed")
        work = _Work(RosterPlan(school_id, school["name"]))
        plan = work.plan
        teachers = [person_from_row(r) for r in self._rows(
            "SELECT * FROM people WHERE deleted = 0 AND school_id = ? AND role = ?", [school_id, Role.TEACHER.value])]
        others_by_email = {p.email: p for p in (person_from_row(r) for r in self._rows(
            "SELECT * FROM people WHERE deleted = 0 AND email != ''")) if p.email}
        by_email = {p.email: p for p in teachers if p.email}
        by_name: dict[str, Person] = {}
        person: Person | None
        for person in teachers:
            by_name.setdefault(person.name.casefold(), person)
        names = {r["id"]: r["name"] for r in self._rows("SELECT id, name FROM people")}  # for the details
        listed: set[str] = set()
        for row in roster.rows:
            if not row.teacher:
                continue
            key = _person_key(row)
            if key in work.new_people:
                work.teacher_of_row[row.row] = key
                continue
            person = by_email.get(row.email) if row.email else None
            if person is None and row.email and row.email in others_by_email:
                person = others_by_email[row.email]  # a coach who also teaches, or someone of another school
            if person is None:
                candidate = by_name.get(row.teacher.casefold())
                if candidate is not None and (not row.email or not candidate.email):
                    person = candidate
            if person is None:
                work.new_people[key] = row
                work.teacher_of_row[row.row] = key
                plan.new_people.append(row.teacher + (f" <{row.email}>" if row.email else ""))
                continue
            work.teacher_of_row[row.row] = person.id
            listed.add(person.id)
            if person.id in work.person_changes:
                continue
            changes: dict[str, Any] = {}
            if row.teacher != person.name:
                changes["name"] = row.teacher
            if row.email and row.email != person.email:
                changes["email"] = row.email
            if not person.active:
                changes["active"] = 1
                plan.returning_people.append(row.teacher)
            if changes:
                work.person_changes[person.id] = changes
                if set(changes) - {"active"}:
                    plan.changed_people.append(row.teacher)
        for person in teachers:
            if person.active and person.id not in listed:
                work.leaving.append(person.id)
                plan.leaving_people.append(person.name)
        rooms = {r["name"].casefold(): r for r in self._rows(
            "SELECT * FROM rooms WHERE deleted = 0 AND school_id = ?", [school_id])}
        seen_rooms: set[str] = set()
        for row in roster.rows:
            existing = rooms.get(row.room.casefold())
            new_teacher = work.teacher_of_row.get(row.row)
            teacher_name = row.teacher or "no teacher"
            if existing is None:
                work.new_rooms.append(row)
                plan.rooms.append(RoomChange(row.row, row.room, "new", (f"teacher: {teacher_name}",)))
                continue
            seen_rooms.add(existing["id"])
            changes = {}
            details: list[str] = []
            if row.room != existing["name"]:
                changes["name"] = row.room
                details.append(f"name: {existing['name']} → {row.room}")
            if (new_teacher or None) != existing["teacher_id"]:
                changes["teacher_id"] = new_teacher
                before = names.get(existing["teacher_id"] or "", "no teacher")
                details.append(f"teacher: {before} → {teacher_name}")
            for name, label in (("grade_band", "grade band"), ("subject", "subject")):
                value = getattr(row, name)
                if name in roster.columns and value != existing[name]:
                    changes[name] = value
                    details.append(f"{label}: {existing[name] or '—'} → {value or '—'}")
            if changes:
                work.room_changes[existing["id"]] = (row, changes)
            plan.rooms.append(RoomChange(row.row, row.room, "changed" if changes else "unchanged", tuple(details)))
        plan.rooms_not_listed = sorted(r["name"] for r in rooms.values() if r["id"] not in seen_rooms)
        if "plc_team" in roster.columns:
            self._plan_teams(school_id, roster, work)
        return work

    def _plan_teams(self, school_id: str, roster: Roster, work: _Work) -> None:
        """Each listed teacher joins the PLC team their row names (made if the school has none by that
        name). Memberships are only added: a team made or changed by hand keeps its other members."""
        work.teams = {name.casefold(): tid for tid, name in self.db.execute(
            "SELECT id, name FROM plc_teams WHERE school_id = ? AND deleted = 0", [school_id]).fetchall()}
        members = {(t, p) for t, p in self.db.execute(
            "SELECT team_id, person_id FROM plc_team_members WHERE deleted = 0").fetchall()}
        seen: set[tuple[str, str]] = set()
        for row in roster.rows:
            if not row.plc_team or not row.teacher:
                continue
            key = row.plc_team.casefold()
            if (key, work.teacher_of_row.get(row.row, "")) in seen:
                continue
            seen.add((key, work.teacher_of_row.get(row.row, "")))
            if key not in work.teams:
                work.teams[key] = ""
                work.plan.new_teams.append(row.plc_team)
            person = work.teacher_of_row.get(row.row, "")
            if work.teams[key] and person and (work.teams[key], person) in members:
                continue
            work.team_rows.append(row)
            work.plan.team_members_added += 1

    def active_teachers(self, school_id: str) -> list[Person]:
        return [person_from_row(r) for r in self._rows(
            "SELECT * FROM people WHERE deleted = 0 AND active = 1 AND school_id = ? AND role = ? ORDER BY name",
            [school_id, Role.TEACHER.value])]

