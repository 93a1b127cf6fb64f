"""Peer visit plans: host, visitors, time and room, the host's focus and
consent, sharing, the debrief, and substitute cover for the visitors' classes.

Every method that changes a plan takes ``by``, the current profile, and asks
:mod:`walkthrough.core.permissions`: only the host changes who takes part,
sets the focus, gives consent, shares the visit or writes the debrief; the
people in the visit (and whoever planned it) change when and where; a
visitor may withdraw. The host's agreement covers the visitors in the visit
when they agree: a visitor added later waits for the host to agree again,
and until then sees nothing of the host's words (:mod:`walkthrough.core.privacy`).
The host's part (focus, consent, sharing, debrief) is in :mod:`walkthrough.storage.peer_host_store`;
recording a visit is in :mod:`walkthrough.storage.peer_record_store`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from walkthrough.core import privacy, schedule
from walkthrough.core.frameworks import Framework, Mode
from walkthrough.core.model import Person, Role, Room, Visibility
from walkthrough.core.peer import DEFAULT_PEER_FRAMEWORK, PeerVisit, PeerVisitor, PlanError, check_times, parse_day
from walkthrough.core.permissions import Action
from walkthrough.storage.access import NotAllowed
from walkthrough.storage.base import NotFound, StoreError, stable_id
from walkthrough.storage.directory import DirectoryStore
from walkthrough.storage.observation_store import ObservationStore


def _visitor(row: dict[str, Any]) -> PeerVisitor:
    return PeerVisitor(
        id=row["id"], visit_id=row["visit_id"], visitor_id=row["visitor_id"], observation_id=row["observation_id"],
        cover_needed=bool(row["cover_needed"]), substitute_id=row["substitute_id"], agreed_at=row["agreed_at"],
        revision=row["revision"],
        updated_at=row["updated_at"], deleted=bool(row["deleted"]),
    )


def _visit(row: dict[str, Any], visitors: Sequence[PeerVisitor]) -> PeerVisit:
    return PeerVisit(
        id=row["id"], revision=row["revision"], updated_at=row["updated_at"], deleted=bool(row["deleted"]),
        school_id=row["school_id"], host_id=row["host_id"], room_id=row["room_id"],
        framework_id=row["framework_id"], framework_version=row["framework_version"], day=row["day"],
        start_time=row["start_time"], end_time=row["end_time"], period=row["period"], focus=row["focus"],
        consent_by=row["consent_by"], consent_at=row["consent_at"], visibility=Visibility(row["visibility"]),
        shared_by=row["shared_by"], shared_at=row["shared_at"], reflection=row["reflection"],
        next_step=row["next_step"], created_by=row["created_by"], visitors=tuple(visitors),
    )


class PeerVisitStore(ObservationStore, DirectoryStore):
    # Reading ------------------------------------------------------------
    def peer_visit(self, visit_id: str) -> PeerVisit:
        row = self._row("peer_visits", visit_id)
        return _visit(row, self._visitors_of([visit_id]).get(visit_id, []))

    def peer_visits(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        person_id: str | None = None,
        include_deleted: bool = False,
    ) -> list[PeerVisit]:
        """Plans by day and time; ``since``/``until`` are days (until exclusive);
        ``person_id`` keeps the visits that person hosts, visits or covers."""
        sql = "SELECT * FROM peer_visits WHERE 1 = 1"
        params: list[Any] = []
        if since is not None:
            sql += " AND day >= ?"
            params.append(since)
        if until is not None:
            sql += " AND day < ?"
            params.append(until)
        if not include_deleted:
            sql += " AND deleted = 0"
        if person_id is not None:
            sql += (" AND (host_id = ? OR id IN (SELECT visit_id FROM peer_visitors WHERE deleted = 0"
                    " AND (visitor_id = ? OR substitute_id = ?)))")
            params += [person_id, person_id, person_id]
        rows = self._rows(sql + " ORDER BY day, start_time, id", params)
        visitors = self._visitors_of([r["id"] for r in rows])
        return [_visit(r, visitors.get(r["id"], [])) for r in rows]

    def peer_visits_for(
        self,
        output: privacy.Output,
        viewer_id: str | None = None,
        *,
        part: privacy.PlanPart = privacy.PlanPart.LOGISTICS,
        since: str | None = None,
        until: str | None = None,
    ) -> list[PeerVisit]:
        """The plans whose ``part`` ``output`` may use, as :mod:`walkthrough.core.privacy` decides.

        Every export of the schedule (and any later output of plans) gets its plans here.
        """
        candidates = self.peer_visits(since=since, until=until, include_deleted=output is privacy.Output.SYNC_BUNDLE)
        return [v for v in candidates if privacy.may_include_plan(v, part, output, viewer_id)]

    def my_peer_visits(self, viewer_id: str | None) -> list[PeerVisit]:
        """The visits the current profile hosts or visits (what of each they may read is
        :func:`walkthrough.core.privacy.plan_visible_on_screen`'s to say)."""
        if viewer_id is None:
            return []
        return [v for v in self.peer_visits(person_id=viewer_id) if privacy.is_plan_participant(v, viewer_id)]

    def peer_visit_of_observation(self, observation_id: str) -> PeerVisit | None:
        row = self.db.execute(
            "SELECT visit_id FROM peer_visitors WHERE observation_id = ? AND deleted = 0", [observation_id]
        ).fetchone()
        return None if row is None else self.peer_visit(row[0])

    def schedule_conflicts(self, since: str | None = None, until: str | None = None) -> list[schedule.Conflict]:
        return schedule.conflicts_of(self.peer_visits(since=since, until=until))

    def teacher_room(self, person_id: str) -> Room | None:
        """The room a teacher teaches in (the first by name), if the directory knows it."""
        room_id = self._room_of(person_id)
        return None if room_id is None else self.room(room_id)

    def _visitors_of(self, visit_ids: Iterable[str]) -> dict[str, list[PeerVisitor]]:
        """Each visit's visitors, once per person.

        Two directory entries for one person, both visitors of a visit, then merged: the
        merged-away entry's row cannot take the kept person (one row per visitor and
        visit), so it stays as it was and still links that entry's notes to the visit
        (every device does the same, whatever the order). Here it is read as the kept
        person, folded into their row, which takes its notes if it has none of its own.
        """
        ids = list(visit_ids)
        merged = {r[0]: r[1] for r in self.db.execute(
            "SELECT from_id, into_id FROM sync_aliases WHERE table_name = 'people'").fetchall()}
        found: dict[str, list[PeerVisitor]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self._rows(
                f"SELECT * FROM peer_visitors WHERE deleted = 0 AND visit_id IN ({marks}) ORDER BY rowid", chunk
            ):
                person, seen = row["visitor_id"], {row["visitor_id"]}
                while person in merged and merged[person] not in seen:
                    person = merged[person]
                    seen.add(person)
                visitors = found.setdefault(row["visit_id"], [])
                twin = next((i for i, v in enumerate(visitors) if v.visitor_id == person), None)
                visitor = _visitor({**row, "visitor_id": person})
                if twin is None:
                    visitors.append(visitor)
                    continue
                kept, other = visitors[twin], visitor
                if row["visitor_id"] == person:  # the kept person's own row stands for them, whatever came first
                    kept, other = visitor, visitors[twin]
                if kept.observation_id is None and other.observation_id is not None:
                    kept = replace(kept, observation_id=other.observation_id)
                visitors[twin] = kept
        return found

    # Planning -----------------------------------------------------------
    def plan_peer_visit(
        self,
        *,
        host_id: str,
        day: str,
        start_time: str,
        end_time: str,
        period: str = "",
        room_id: str | None = None,
        framework_id: str = DEFAULT_PEER_FRAMEWORK,
        visitor_ids: Sequence[str] = (),
        by: str | None,
    ) -> PeerVisit:
        """Plan a visit to ``host_id``'s class, planned by ``by``: a colleague who takes
        part in it, or a coach or administrator. It is private until the host shares it."""
        taking_part = by is not None and (by == host_id or by in visitor_ids)
        self._require(Action.PLAN_PEER_VISIT, by, owner_id=by if taking_part else None)
        host = self._person_who_can_take_part(host_id)
        self._check_when(day, start_time, end_time)
        if room_id is None:
            room_id = self._room_of(host_id)
        school_id = self._school_for(host, room_id)
        framework = self._peer_framework(framework_id)
        if host_id in visitor_ids:
            raise StoreError("the host cannot also be a visitor of their own class")
        people = [self._person_who_can_take_part(v) for v in dict.fromkeys(visitor_ids)]
        with self.transaction():
            row = self._insert("peer_visits", {
                "school_id": school_id, "host_id": host_id, "room_id": room_id, "framework_id": framework.id,
                "framework_version": framework.version, "day": day, "start_time": start_time,
                "end_time": end_time, "period": period.strip(), "visibility": Visibility.PRIVATE.value,
                "created_by": by,
            })
            for person in people:
                self._insert_visitor(row["id"], person)
        return self.peer_visit(row["id"])

    def update_peer_plan(self, visit_id: str, *, by: str | None, **changes: str | None) -> PeerVisit:
        """Change when and where: ``day``, ``start_time``, ``end_time``, ``period``, ``room_id``, ``framework_id``."""
        allowed = {"day", "start_time", "end_time", "period", "room_id", "framework_id"}
        bad = set(changes) - allowed
        if bad:
            raise StoreError(f"a visit plan has no field {sorted(bad)[0]!r}")
        visit = self._plan_for_change(visit_id, by)
        values: dict[str, Any] = dict(changes)
        self._check_when(values.get("day") or visit.day, values.get("start_time") or visit.start_time,
                         values.get("end_time") or visit.end_time)
        if "framework_id" in values:
            if any(v.observation_id for v in visit.visitors):
                raise StoreError("a visitor has started their notes: the prompts can no longer change")
            framework = self._peer_framework(str(values["framework_id"]))
            values["framework_version"] = framework.version
        if "room_id" in values and values["room_id"] is not None:
            room = self.room(str(values["room_id"]))
            values["school_id"] = room.school_id
        if "period" in values:
            values["period"] = (values["period"] or "").strip()
        with self.transaction():
            self._update("peer_visits", visit_id, values)
        return self.peer_visit(visit_id)

    def change_peer_host(self, visit_id: str, host_id: str, *, by: str | None) -> PeerVisit:
        """Hand the visit to another host: the host's choice, while they have written nothing
        (no focus, no debrief), not agreed, and no visitor has started notes."""
        visit = self._live(visit_id)
        self._require(Action.CHANGE_PEER_PEOPLE, by, owner_id=visit.host_id)
        if (visit.focus.strip() or visit.reflection.strip() or visit.next_step.strip() or visit.consent_at
                or any(v.observation_id for v in visit.visitors)):
            raise StoreError("the host has written a focus or agreed to this visit: cancel it and plan a new one")
        host = self._person_who_can_take_part(host_id)
        if host_id in visit.visitor_ids:
            raise StoreError(f"{host.name} is a visitor of this visit and cannot also be its host")
        room_id = self._room_of(host_id)
        with self.transaction():
            self._update("peer_visits", visit_id, {
                "host_id": host_id, "room_id": room_id, "school_id": self._school_for(host, room_id),
            })
        return self.peer_visit(visit_id)

    def add_peer_visitor(self, visit_id: str, visitor_id: str, *, by: str | None) -> PeerVisit:
        """The host adds a visitor. Added after the host agreed, the visitor is not covered
        by that agreement: the host agrees again for the new set of people."""
        visit = self._live(visit_id)
        self._require(Action.CHANGE_PEER_PEOPLE, by, owner_id=visit.host_id)
        person = self._person_who_can_take_part(visitor_id)
        if visitor_id == visit.host_id:
            raise StoreError("the host cannot also be a visitor of their own class")
        if visitor_id in visit.visitor_ids:
            return visit
        with self.transaction():
            self._insert_visitor(visit_id, person)
        return self.peer_visit(visit_id)

    def remove_peer_visitor(self, visit_id: str, visitor_id: str, *, by: str | None) -> PeerVisit:
        """The host takes a visitor off the visit, or a visitor withdraws."""
        visit = self._live(visit_id)
        withdrawing = by is not None and by == visitor_id
        self._require(Action.CHANGE_PEER_PEOPLE, by, owner_id=by if withdrawing else visit.host_id)
        visitor = visit.visitor(visitor_id)
        if visitor is None:
            return visit
        if visitor.observation_id:
            raise StoreError("this visitor has started their notes and stays with the visit")
        with self.transaction():
            self._tombstone("peer_visitors", visitor.id)
        return self.peer_visit(visit_id)

    def cancel_peer_visit(self, visit_id: str, *, by: str | None) -> None:
        """Cancel a planned visit (a tombstone), before anyone has started notes: the host's or
        the planner's choice (a visitor withdraws instead)."""
        visit = self._live(visit_id)
        planner = by is not None and by in (visit.host_id, visit.created_by)
        self._require(Action.CANCEL_PEER_VISIT, by, owner_id=by if planner else None)
        if any(v.observation_id for v in visit.visitors):
            raise StoreError("a visitor has started their notes: this visit can no longer be cancelled")
        with self.transaction():
            for visitor in visit.visitors:
                self._tombstone("peer_visitors", visitor.id)
            self._tombstone("peer_visits", visit_id)

    # Helpers ------------------------------------------------------------
    def _live(self, visit_id: str) -> PeerVisit:
        visit = self.peer_visit(visit_id)
        if visit.deleted:
            raise StoreError("this visit was cancelled")
        return visit

    def _as_host(self, visit_id: str, by: str | None, what: str) -> PeerVisit:
        visit = self._live(visit_id)
        if not self.may(by, Action.HOST_PEER_VISIT, owner_id=visit.host_id):
            raise NotAllowed(f"only the host, {self.person(visit.host_id).name}, may {what}")
        return visit

    @staticmethod
    def _plan_owner(visit: PeerVisit, by: str | None) -> str | None:
        """``by`` when they take part in the visit or planned it (the plan's owners), else ``None``."""
        if by is not None and (by in visit.participants() or by == visit.created_by):
            return by
        return None

    def _plan_for_change(self, visit_id: str, by: str | None) -> PeerVisit:
        visit = self._live(visit_id)
        if not self.may(by, Action.CHANGE_PEER_PLAN, owner_id=self._plan_owner(visit, by)):
            raise NotAllowed("only the host and the visitors may change this visit")
        return visit

    def _visitor_row(self, visit_id: str, visitor_id: str) -> PeerVisitor:
        visitor = self.peer_visit(visit_id).visitor(visitor_id)
        if visitor is None:
            raise NotFound("that person is not a visitor of this visit")
        return visitor

    def _insert_visitor(self, visit_id: str, person: Person) -> None:
        """One visitor row per (visit, person), the same id on every device."""
        found = self.db.execute(
            "SELECT id FROM peer_visitors WHERE visit_id = ? AND visitor_id = ?", [visit_id, person.id]).fetchone()
        if found is not None:
            self._update("peer_visitors", found[0], {"deleted": 0, "agreed_at": None})
            return
        self._insert("peer_visitors", {"id": stable_id("visitor", visit_id, person.id), "visit_id": visit_id,
                                       "visitor_id": person.id, "cover_needed": int(person.role is Role.TEACHER)})

    def _person_who_can_take_part(self, person_id: str) -> Person:
        person = self.person(person_id)
        if person.deleted:
            raise StoreError(f"{person.name} is no longer in the directory")
        if person.role is Role.SUBSTITUTE:
            raise StoreError(f"{person.name} is a substitute: peer visits are between colleagues on staff")
        return person

    def _check_when(self, day: str, start_time: str, end_time: str) -> None:
        try:
            parse_day(day)
            check_times(start_time, end_time)
        except PlanError as exc:
            raise StoreError(str(exc)) from None

    def _room_of(self, teacher_id: str) -> str | None:
        row = self.db.execute(
            "SELECT id FROM rooms WHERE teacher_id = ? AND deleted = 0 ORDER BY name LIMIT 1", [teacher_id]
        ).fetchone()
        return None if row is None else str(row[0])

    def _school_for(self, host: Person, room_id: str | None) -> str:
        if room_id is not None:
            return self.room(room_id).school_id
        if host.school_id:
            return host.school_id
        schools = self.schools()
        if not schools:
            raise StoreError("there is no school in the directory yet")
        return schools[0].id

    def _peer_framework(self, framework_id: str) -> Framework:
        framework = self.framework(framework_id)
        if not framework.allows(Mode.PEER):
            raise StoreError(f"framework '{framework.title}' is not for peer visits")
        return framework


def _new_id() -> str:
    from walkthrough.core.model import new_id

    return new_id()
