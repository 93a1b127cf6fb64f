"""Editing and removing rooms and people: revisions and tombstones."""

from __future__ import annotations

import pytest
from role_helpers import first_admin

from walkthrough.core.model import Role
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError


def test_update_person_bumps_the_revision_and_checks_the_role(repo: Repository) -> None:
    admin = first_admin(repo).id
    person = repo.add_person("Ana Diallo", Role.TEACHER, by=admin)
    coach = repo.update_person(person.id, role="coach", by=admin)
    assert coach.role is Role.COACH and coach.revision == person.revision + 1
    with pytest.raises(StoreError, match="unknown role 'janitor'"):
        repo.update_person(person.id, role="janitor", by=admin)
    with pytest.raises(StoreError, match="needs a name"):
        repo.update_person(person.id, name="  ", by=admin)
    assert repo.person(person.id).name == "Ana Diallo"


def test_removing_a_room_is_a_tombstone(repo: Repository) -> None:
    admin = first_admin(repo).id
    school = repo.add_school("S", by=admin)
    room = repo.add_room(school.id, "Room 1", by=admin)
    repo.remove_room(room.id, by=admin)
    assert repo.rooms(school.id) == []
    assert repo.room(room.id).deleted and repo.room(room.id).name == "Room 1"


def test_removing_a_teacher_frees_their_rooms_with_a_revision(repo: Repository) -> None:
    admin = first_admin(repo).id
    school = repo.add_school("S", by=admin)
    teacher = repo.add_person("Ana Diallo", Role.TEACHER, school.id, by=admin)
    room = repo.add_room(school.id, "Room 1", teacher_id=teacher.id, by=admin)
    repo.remove_person(teacher.id, by=admin)
    after = repo.room(room.id)
    assert after.teacher_id is None and after.revision == room.revision + 1
    assert repo.person(teacher.id).deleted
