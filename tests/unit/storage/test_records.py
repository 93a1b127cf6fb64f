"""Round trips, revisions and tombstones of the stored records."""

from __future__ import annotations

import pytest

from walkthrough.core.frameworks import Framework
from walkthrough.core.model import NoteKind, ObservationKind, ObservationStatus, Role, Visibility
from walkthrough.core.responses import ResponseError
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError


@pytest.fixture
def room(repo: Repository) -> tuple[str, str, str, str]:
    admin = repo.add_person("Dana Ito", Role.ADMINISTRATOR, by=None)  # a new install's first profile
    school = repo.add_school("Maple Hollow", by=admin.id)
    teacher = repo.add_person("Rosa Silva", Role.TEACHER, school.id, by=admin.id)
    room = repo.add_room(school.id, "Room 101", teacher_id=teacher.id, grade_band="K-2", subject="General",
                         by=admin.id)
    return school.id, room.id, teacher.id, admin.id


def test_directory_round_trip(repo: Repository, room: tuple[str, str, str, str]) -> None:
    school_id, room_id, teacher_id, _ = room
    stored = repo.room(room_id)
    assert (stored.name, stored.teacher_id, stored.grade_band, stored.subject) == (
        "Room 101",
        teacher_id,
        "K-2",
        "General",
    )
    assert [r.id for r in repo.rooms(school_id)] == [room_id]
    assert repo.person(teacher_id).role is Role.TEACHER
    assert [p.name for p in repo.people(role=Role.ADMINISTRATOR)] == ["Dana Ito"]


def test_ids_are_uuids_made_on_the_device(repo: Repository) -> None:
    admin = repo.add_person("Dana Ito", Role.ADMINISTRATOR, by=None)
    a, b = repo.add_school("A", by=admin.id), repo.add_school("B", by=admin.id)
    assert a.id != b.id and len(a.id) == 36 and a.id.count("-") == 4


def test_an_edit_bumps_the_revision(repo: Repository, room: tuple[str, str, str, str]) -> None:
    _, room_id, _, admin_id = room
    before = repo.room(room_id)
    after = repo.update_room(room_id, subject="Mathematics", by=admin_id)
    assert after.revision == before.revision + 1
    assert after.updated_at >= before.updated_at
    assert after.subject == "Mathematics"


def test_a_visit_with_responses_and_notes_round_trips(
    repo: Repository, blast_framework: Framework, room: tuple[str, str, str, str]
) -> None:
    school_id, room_id, teacher_id, admin_id = room
    obs = repo.start_observation(
        "blast", blast_framework, school_id, room_id=room_id, teacher_id=teacher_id, observer_id=admin_id, by=admin_id
    )
    assert obs.status is ObservationStatus.DRAFT and obs.visibility is Visibility.SHARED
    assert obs.device_id == repo.device_id
    presence = next(lf for lf in blast_framework.look_fors if lf.response.value == "presence")
    repo.set_response(obs.id, presence.key, "observed", by=admin_id)
    repo.set_response_note(obs.id, presence.key, "Students chose their tools", by=admin_id)
    note = repo.add_note(obs.id, NoteKind.EVIDENCE, "Four students explained their method", minute=2, by=admin_id)
    stored = repo.responses(obs.id)[presence.key]
    assert (stored.value, stored.note, stored.not_applicable) == ("observed", "Students chose their tools", False)
    assert [n.text for n in repo.notes(obs.id)] == [note.text]
    assert repo.notes(obs.id)[0].minute == 2
    done = repo.complete_observation(obs.id, by=admin_id)
    assert done.status is ObservationStatus.COMPLETE and done.ended_at


def test_changing_a_response_bumps_its_revision_and_clearing_unmarks_it(
    repo: Repository, blast_framework: Framework, room: tuple[str, str, str, str]
) -> None:
    school_id, room_id, _, admin_id = room
    obs = repo.start_observation("blast", blast_framework, school_id, room_id=room_id, by=admin_id)
    key = next(lf.key for lf in blast_framework.look_fors if lf.response.value == "presence")
    first = repo.set_response(obs.id, key, "observed", by=admin_id)
    second = repo.set_response(obs.id, key, "not_observed", by=admin_id)
    cleared = repo.set_response(obs.id, key, None, by=admin_id)
    assert (first.revision, second.revision, cleared.revision) == (1, 2, 3)
    assert first.id == second.id == cleared.id
    assert not cleared.is_marked
    na = repo.set_response(obs.id, key, None, not_applicable=True, by=admin_id)
    assert na.is_marked and na.value is None


def test_values_that_do_not_fit_are_refused_and_nothing_is_written(
    repo: Repository, blast_framework: Framework, room: tuple[str, str, str, str]
) -> None:
    school_id, room_id, _, admin_id = room
    obs = repo.start_observation("blast", blast_framework, school_id, room_id=room_id, by=admin_id)
    key = next(lf.key for lf in blast_framework.look_fors if lf.response.value == "presence")
    with pytest.raises(ResponseError, match="'banana' is not one of"):
        repo.set_response(obs.id, key, "banana", by=admin_id)
    with pytest.raises(StoreError, match="no look-for 'nope'"):
        repo.set_response(obs.id, "nope", "observed", by=admin_id)
    assert repo.responses(obs.id) == {}


def test_a_delete_is_a_tombstone(repo: Repository, blast_framework: Framework, room: tuple[str, str, str, str]) -> None:
    school_id, room_id, _, admin_id = room
    obs = repo.start_observation("blast", blast_framework, school_id, room_id=room_id, by=admin_id)
    repo.delete_observation(obs.id, by=admin_id)
    assert repo.observations() == []
    kept = repo.observations(include_deleted=True)
    assert [o.id for o in kept] == [obs.id] and kept[0].deleted and kept[0].revision == obs.revision + 1
    count = repo.db.execute("SELECT count(*) FROM observations").fetchone()[0]
    assert count == 1
    with pytest.raises(StoreError, match="deleted"):
        repo.set_response(obs.id, blast_framework.look_fors[0].key, None, by=admin_id)


def test_a_peer_visit_is_private_by_default_and_refuses_a_rating(
    repo: Repository, room: tuple[str, str, str, str]
) -> None:
    school_id, room_id, teacher_id, admin_id = room
    visitor = repo.add_person("Kofi Mensah", Role.TEACHER, school_id, by=admin_id)
    peer = repo.framework("peer-visit-protocol")
    obs = repo.start_observation(
        ObservationKind.PEER, peer, school_id, room_id=room_id, teacher_id=teacher_id, observer_id=visitor.id,
        by=visitor.id,
    )
    assert obs.visibility is Visibility.PRIVATE
    blast_only = repo.framework("equity-sel-assured-practices")
    with pytest.raises(StoreError, match="cannot be used for a peer visit"):
        repo.start_observation(ObservationKind.PEER, blast_only, school_id, observer_id=visitor.id, by=visitor.id)


def test_a_blast_visit_cannot_be_private(
    repo: Repository, blast_framework: Framework, room: tuple[str, str, str, str]
) -> None:
    school_id, _, _, admin_id = room
    with pytest.raises(StoreError, match="cannot be private"):
        repo.start_observation("blast", blast_framework, school_id, visibility=Visibility.PRIVATE, by=admin_id)


def test_device_id_is_kept(tmp_path: object, repo: Repository) -> None:
    assert repo.device_id == repo.device_id
    assert repo.setting("device_id") == repo.device_id


def test_pins_are_hashed_and_guard_switching(repo: Repository) -> None:
    person = repo.add_person("Mei Xu", Role.ADMINISTRATOR, by=None)
    repo.set_pin(person.id, "2468", by=person.id)
    repo.switch_profile(None)
    stored = repo.db.execute("SELECT pin_hash FROM people WHERE id = ?", [person.id]).fetchone()[0]
    assert "2468" not in stored
    with pytest.raises(StoreError, match="PIN"):
        repo.switch_profile(person.id, "1357")
    assert repo.current_profile() is None
    repo.switch_profile(person.id, "2468")
    current = repo.current_profile()
    assert current is not None and current.id == person.id
    with pytest.raises(StoreError, match="4 to 8 digits"):
        repo.set_pin(person.id, "12", by=person.id, current_pin="2468")
