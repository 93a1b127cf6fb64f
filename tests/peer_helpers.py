"""A small district for peer-visit tests: one school, teachers with rooms,
a coach and two substitutes. Imported by the peer-visit tests (tests/ is on
sys.path because tests/conftest.py lives there)."""

from __future__ import annotations

from dataclasses import dataclass

from role_helpers import first_admin

from walkthrough.core.model import Person, Role, Room, School
from walkthrough.core.peer import PeerVisit
from walkthrough.storage import Repository


@dataclass(frozen=True)
class PeerDistrict:
    school: School
    host: Person  # Ben Ito, visited in Room 12
    visitor: Person  # Ana Diallo, teaches in Room 4
    second_visitor: Person  # Carmen Silva, teaches in Room 7
    coach: Person
    outsider: Person  # a teacher who takes no part
    sub: Person
    other_sub: Person
    host_room: Room
    visitor_room: Room
    admin: Person  # Pat Principal, who set the directory up


def make_district(repo: Repository) -> PeerDistrict:
    admin = first_admin(repo).id
    school = repo.add_school("Maple Hollow Elementary", by=admin)
    host = repo.add_person("Ben Ito", Role.TEACHER, school.id, by=admin)
    visitor = repo.add_person("Ana Diallo", Role.TEACHER, school.id, by=admin)
    second = repo.add_person("Carmen Silva", Role.TEACHER, school.id, by=admin)
    coach = repo.add_person("Dana Okafor", Role.COACH, school.id, by=admin)
    outsider = repo.add_person("Eli Novak", Role.TEACHER, school.id, by=admin)
    sub = repo.add_person("Maya Tanaka", Role.SUBSTITUTE, school.id, by=admin)
    other_sub = repo.add_person("Sami Rahman", Role.SUBSTITUTE, school.id, by=admin)
    host_room = repo.add_room(school.id, "Room 12", teacher_id=host.id, grade_band="3-5", by=admin)
    visitor_room = repo.add_room(school.id, "Room 4", teacher_id=visitor.id, grade_band="K-2", by=admin)
    repo.add_room(school.id, "Room 7", teacher_id=second.id, grade_band="3-5", by=admin)
    repo.add_room(school.id, "Room 9", teacher_id=outsider.id, grade_band="3-5", by=admin)
    return PeerDistrict(school, host, visitor, second, coach, outsider, sub, other_sub, host_room, visitor_room,
                        repo.person(admin))


FOCUS = "Who is doing the talking during partner work? (focus-7f3a)"
NOTE = "Pairs sorted cards into two columns, then compared (note-91bc)."


def planned_visit(repo: Repository, d: PeerDistrict, *, day: str = "2025-10-14", start: str = "09:10",
                  end: str = "09:55", consent: bool = True, focus: str = FOCUS) -> PeerVisit:
    """A visit by Ana (and nobody else) to Ben's class; Ben wrote the focus and agreed."""
    visit = repo.plan_peer_visit(host_id=d.host.id, day=day, start_time=start, end_time=end, period="Period 2",
                                 visitor_ids=[d.visitor.id], by=d.host.id)
    if focus:
        visit = repo.set_peer_focus(visit.id, focus, by=d.host.id)
    if consent:
        visit = repo.set_peer_consent(visit.id, True, by=d.host.id)
    return visit
