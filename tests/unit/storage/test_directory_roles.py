"""Roles the store enforces, case by case as the hostile tester found them: a teacher
cannot remove colleagues, walk rounds, touch an administrator's visits or edit the
directory; "Add me" makes a teacher; a new directory gets its first administrator."""

from __future__ import annotations

import pytest
from peer_helpers import PeerDistrict, make_district
from role_helpers import first_admin

from walkthrough.core.model import Role
from walkthrough.storage import Repository
from walkthrough.storage.access import NotAllowed


@pytest.fixture
def d(repo: Repository) -> PeerDistrict:
    return make_district(repo)


def test_a_teacher_cannot_remove_a_colleague_who_has_a_pin(repo: Repository, d: PeerDistrict) -> None:
    repo.set_pin(d.host.id, "2468", by=d.host.id)
    with pytest.raises(NotAllowed, match="Eli Novak is a teacher: only administrators may remove people"):
        repo.remove_person(d.host.id, by=d.outsider.id)
    assert not repo.person(d.host.id).deleted
    assert repo.switch_profile(d.host.id, "2468") is not None  # Ben can still open his own visits


def test_a_teacher_cannot_start_a_blast_round_of_colleagues_rooms(repo: Repository, d: PeerDistrict) -> None:
    with pytest.raises(NotAllowed, match="only administrators and coaches may walk a blast round"):
        repo.start_round(d.school.id, repo.framework("blast-empowered-learning"), by=d.outsider.id)
    assert repo.active_round() is None and repo.observation_count() == 0


def test_a_teacher_cannot_edit_or_delete_a_visit_an_administrator_recorded(repo: Repository,
                                                                           d: PeerDistrict) -> None:
    round_ = repo.start_round(d.school.id, repo.framework("blast-empowered-learning"), by=d.admin.id)
    current = repo.current_visit(round_.id)
    assert current is not None
    visit_id = current[1].id
    repo.record_response(visit_id, "norms-in-use", "observed", by=d.admin.id)
    with pytest.raises(NotAllowed, match="only administrators or the person walking the round"):
        repo.record_response(visit_id, "norms-in-use", "not_observed", by=d.outsider.id)
    with pytest.raises(NotAllowed):
        repo.next_room(round_.id, by=d.outsider.id)
    repo.finish_round(round_.id, by=d.admin.id)
    for who in (d.outsider, d.coach):
        with pytest.raises(NotAllowed, match="only administrators or the person who recorded it"):
            repo.record_response(visit_id, "norms-in-use", "not_observed", by=who.id)
        with pytest.raises(NotAllowed, match="may delete a blast visit"):
            repo.delete_visit(visit_id, by=who.id)
        with pytest.raises(NotAllowed):
            repo.undo_last_change(visit_id, by=who.id)
    assert repo.responses(visit_id)["norms-in-use"].value == "observed" and not repo.observation(visit_id).deleted


def test_a_coach_changes_and_deletes_the_visits_they_recorded(repo: Repository, d: PeerDistrict) -> None:
    round_ = repo.start_round(d.school.id, repo.framework("blast-empowered-learning"), by=d.coach.id)
    current = repo.current_visit(round_.id)
    assert current is not None
    repo.record_response(current[1].id, "norms-in-use", "observed", by=d.coach.id)
    repo.finish_round(round_.id, by=d.coach.id)
    repo.record_response(current[1].id, "norms-in-use", "not_observed", by=d.coach.id)
    repo.delete_visit(current[1].id, by=d.coach.id)
    assert repo.observation(current[1].id).deleted


def test_a_teacher_cannot_edit_the_school_directory(repo: Repository, d: PeerDistrict) -> None:
    for attempt in (
        lambda: repo.add_school("Riverbend", by=d.outsider.id),
        lambda: repo.add_room(d.school.id, "Room 99", by=d.outsider.id),
        lambda: repo.update_room(d.host_room.id, name="Room 13", by=d.outsider.id),
        lambda: repo.remove_room(d.host_room.id, by=d.outsider.id),
        lambda: repo.add_person("Zoe Xu", Role.TEACHER, d.school.id, by=d.outsider.id),
        lambda: repo.update_person(d.host.id, name="Ben", by=d.outsider.id),
        lambda: repo.update_person(d.outsider.id, role=Role.ADMINISTRATOR, by=d.outsider.id),
        lambda: repo.add_route(d.school.id, "Mine", by=d.outsider.id),
    ):
        with pytest.raises(NotAllowed, match="Eli Novak is a teacher"):
            attempt()
    assert [s.name for s in repo.schools()] == ["Maple Hollow Elementary"]
    assert repo.room(d.host_room.id).name == "Room 12" and repo.person(d.outsider.id).role is Role.TEACHER


def test_add_me_makes_a_teacher_never_an_administrator(repo: Repository, d: PeerDistrict) -> None:
    joined = repo.add_profile("Zoe Xu", d.school.id)
    assert joined.role is Role.TEACHER and repo.current_profile() == joined
    with pytest.raises(NotAllowed):
        repo.add_person("Zoe's friend", Role.ADMINISTRATOR, by=None)  # there is an administrator already


def test_the_first_profile_on_a_new_install_is_an_administrator(fresh_repo: Repository) -> None:
    first = fresh_repo.add_profile("Pat Principal")
    assert first.role is Role.ADMINISTRATOR and fresh_repo.current_profile() == first
    assert fresh_repo.add_profile("Ana Diallo").role is Role.TEACHER
    school = fresh_repo.add_school("Maple Hollow", by=first.id)  # the administrator sets the school up
    assert fresh_repo.schools() == [school]


def test_a_directory_with_no_administrator_gets_one_and_nothing_else(fresh_repo: Repository) -> None:
    """A directory brought in with teachers only stays usable: the next profile added is its administrator."""
    fresh_repo.db.execute("INSERT INTO people (id, name, role, revision, updated_at, deleted)"
                          " VALUES ('t', 'Ana Diallo', 'teacher', 1, 't', 0)")
    with pytest.raises(NotAllowed):
        fresh_repo.add_person("Eli Novak", Role.TEACHER, by="t")
    with pytest.raises(NotAllowed):
        fresh_repo.add_school("Maple Hollow", by=None)
    admin = fresh_repo.add_person("Pat Principal", Role.ADMINISTRATOR, by=None)
    assert fresh_repo.administrator_count() == 1
    assert fresh_repo.update_person("t", role=Role.COACH, by=admin.id).role is Role.COACH


def test_the_last_administrator_cannot_be_removed_or_made_a_teacher(repo: Repository) -> None:
    admin = first_admin(repo)
    with pytest.raises(NotAllowed, match="only administrator"):
        repo.remove_person(admin.id, by=admin.id)
    with pytest.raises(NotAllowed, match="only administrator"):
        repo.update_person(admin.id, role=Role.TEACHER, by=admin.id)
    other = repo.add_person("Lee Park", Role.ADMINISTRATOR, by=admin.id)
    repo.update_person(admin.id, role=Role.TEACHER, by=other.id)
    assert repo.administrator_count() == 1


def test_a_removed_profile_can_do_nothing(repo: Repository, d: PeerDistrict) -> None:
    other = repo.add_person("Lee Park", Role.ADMINISTRATOR, by=d.admin.id)
    repo.remove_person(other.id, by=d.admin.id)
    with pytest.raises(NotAllowed, match="no longer in the directory"):
        repo.add_school("Riverbend", by=other.id)
