"""Importing bundles: idempotent, order-free, conflicts kept, deletes against edits, merges."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sync_helpers import REPORTS, Device, admin_of, blast_visit, devices, everything, school_with_room, state

from walkthrough.core import model
from walkthrough.core.model import Role


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Device, Device]:
    a, b = devices(tmp_path, "tablet-a", "tablet-b")
    yield a, b
    a.repo.close()
    b.repo.close()


def _shared_room(a: Device, b: Device) -> tuple[str, str, str]:
    ids = school_with_room(a)
    b.take(a.export())
    return ids


def test_a_bundle_carries_the_directory_visits_responses_and_notes(pair: tuple[Device, Device]) -> None:
    a, b = pair
    school_id, room_id, teacher_id = school_with_room(a)
    visit_id = blast_visit(a, school_id, room_id, teacher_id)
    report = b.take(a.export())
    assert not report.refused and report.total("inserted") == 7  # school, admin, teacher, room, visit, tap, note
    assert b.repo.observation(visit_id).room_id == room_id
    assert [n.text for n in b.repo.notes(visit_id)] == [n.text for n in a.repo.notes(visit_id)]
    assert state(a.repo) == state(b.repo)


def test_the_same_bundle_twice_changes_nothing(pair: tuple[Device, Device]) -> None:
    a, b = pair
    school_with_room(a)
    bundle = a.export()
    b.take(bundle)
    before = everything(b.repo)
    second = b.take(bundle)
    assert second.files[0].outcome == "skipped"
    assert everything(b.repo) == before


def test_the_same_bundle_under_another_name_is_skipped_unread(pair: tuple[Device, Device], tmp_path: Path) -> None:
    """A cloud service's "conflicted copy" of a bundle is just the same bundle again."""
    a, b = pair
    school_with_room(a)
    bundle = a.export()
    copy = bundle.with_name(bundle.stem + " (1).zip")
    shutil.copy(bundle, copy)
    assert b.take(bundle).files[0].outcome == "imported"
    again = b.take(copy).files[0]
    assert again.outcome == "skipped" and again.message == "already imported"


def test_overlapping_incremental_bundles_import_to_the_same_records(pair: tuple[Device, Device]) -> None:
    a, b = pair
    school_id, room_id, teacher_id = school_with_room(a)
    full_1 = a.export()
    blast_visit(a, school_id, room_id, teacher_id)
    increment = a.export(since_last=True)
    a.repo.update_room(room_id, by=admin_of(a), subject="Mathematics")
    full_2 = a.export()  # overlaps both
    report = b.take(increment, full_2, full_1)
    assert not report.refused
    assert state(a.repo) == state(b.repo)
    assert b.repo.room(room_id).subject == "Mathematics"  # the older full bundle, last, undid nothing


def test_a_visit_that_arrives_before_its_school_is_held_then_applied(pair: tuple[Device, Device]) -> None:
    a, b = pair
    school_id, room_id, teacher_id = school_with_room(a)
    directory = a.export()
    visit_id = blast_visit(a, school_id, room_id, teacher_id)
    visits = a.export(since_last=True)
    first = b.take(visits)
    assert not first.refused and first.total("held") >= 3
    assert b.repo.observations() == [] and b.repo.held_count() > 0
    b.take(directory)
    assert b.repo.held_count() == 0
    assert b.repo.observation(visit_id).school_id == school_id
    assert state(a.repo) == state(b.repo)


def test_edits_of_different_fields_on_two_devices_both_survive(pair: tuple[Device, Device]) -> None:
    a, b = pair
    _, room_id, _ = _shared_room(a, b)
    a.repo.update_room(room_id, by=admin_of(a), grade_band="K-2")
    b.repo.update_room(room_id, by=admin_of(b), subject="Science")
    from_a, from_b = a.export(since_last=True), b.export(since_last=True)
    a.take(from_b)
    b.take(from_a)
    for device in (a, b):
        room = device.repo.room(room_id)
        assert (room.grade_band, room.subject) == ("K-2", "Science")
        assert device.repo.conflicts() == []
    assert state(a.repo) == state(b.repo)


def test_edits_of_the_same_field_keep_both_and_list_a_conflict(pair: tuple[Device, Device]) -> None:
    a, b = pair
    _, room_id, _ = _shared_room(a, b)
    a.repo.update_room(room_id, by=admin_of(a), name="Room 12A")
    b.repo.update_room(room_id, by=admin_of(b), name="Room 12 (library)")
    from_a, from_b = a.export(since_last=True), b.export(since_last=True)
    a.take(from_b)
    b.take(from_a)
    shown = {a.repo.room(room_id).name, b.repo.room(room_id).name}
    assert len(shown) == 1  # the same provisional winner on both, whatever the order
    for device in (a, b):
        [conflict] = device.repo.conflicts()
        [field] = conflict.fields
        assert field.field == "name"
        assert {v.value for v in field.versions} == {"Room 12A", "Room 12 (library)"}
        assert sum(v.shown for v in field.versions) == 1
    assert state(a.repo) == state(b.repo)


def test_a_resolved_conflict_syncs_and_clears_on_the_other_device(pair: tuple[Device, Device]) -> None:
    a, b = pair
    _, room_id, _ = _shared_room(a, b)
    admin = a.repo.person(admin_of(a))
    a.repo.update_room(room_id, by=admin_of(a), name="Room 12A")
    b.repo.update_room(room_id, by=admin_of(b), name="Room 12B")
    b.take(a.export(since_last=True))
    a.take(b.export(since_last=True))
    a.repo.resolve_conflict("rooms", "main", room_id, {"name": "Room 12B"}, by=admin.id)
    assert a.repo.conflicts() == [] and a.repo.room(room_id).name == "Room 12B"
    b.take(a.export(since_last=True))
    assert b.repo.conflicts() == [] and b.repo.room(room_id).name == "Room 12B"
    assert state(a.repo) == state(b.repo)


def test_a_teacher_may_not_resolve_a_conflict_in_the_directory(pair: tuple[Device, Device]) -> None:
    from walkthrough.core.permissions import NotAllowed

    a, b = pair
    _, room_id, teacher_id = _shared_room(a, b)
    a.repo.update_room(room_id, by=admin_of(a), name="X")
    b.repo.update_room(room_id, by=admin_of(b), name="Y")
    a.take(b.export(since_last=True))
    refused = "only administrators and coaches or the person whose record it is may resolve"
    with pytest.raises(NotAllowed, match=refused):
        a.repo.resolve_conflict("rooms", "main", room_id, {"name": "X"}, by=teacher_id)


@pytest.mark.parametrize("order", ["delete-first", "edit-first"])
def test_a_record_deleted_on_one_device_and_edited_on_another_is_kept_and_flagged(
    pair: tuple[Device, Device], order: str
) -> None:
    a, b = pair
    _, room_id, _ = _shared_room(a, b)
    a.repo.remove_room(room_id, by=admin_of(a))
    b.repo.update_room(room_id, by=admin_of(b), subject="Art")
    deleted, edited = a.export(since_last=True), b.export(since_last=True)
    c = next(devices(a.folder.parent, "coach"))
    c.take(*((deleted, edited) if order == "delete-first" else (edited, deleted)))
    a.take(edited)
    b.take(deleted)
    for device in (a, b, c):
        room = device.repo.room(room_id)
        assert not room.deleted and room.subject == "Art", device.name
        [conflict] = device.repo.conflicts()
        assert conflict.deleted_on_one
    assert state(a.repo) == state(b.repo) == state(c.repo)
    c.repo.close()


def test_device_clocks_years_apart_decide_nothing(pair: tuple[Device, Device], monkeypatch: pytest.MonkeyPatch) -> None:
    """A tablet whose clock says 2019 edits after one that says 2031: its later edit still wins."""
    a, b = pair
    _, room_id, _ = _shared_room(a, b)
    monkeypatch.setattr(model, "now_iso", lambda: "2031-06-01T10:00:00.000+00:00")
    a.repo.update_room(room_id, by=admin_of(a), subject="Music")
    b.take(a.export(since_last=True))
    monkeypatch.setattr(model, "now_iso", lambda: "2019-01-01T08:00:00.000+00:00")
    b.repo.update_room(room_id, by=admin_of(b), subject="Drama")  # made after seeing A's edit: it descends from it
    a.take(b.export(since_last=True))
    assert a.repo.room(room_id).subject == b.repo.room(room_id).subject == "Drama"
    assert a.repo.conflicts() == []


def test_a_framework_changed_between_devices_is_refused_naming_both_hashes(pair: tuple[Device, Device]) -> None:
    from round_helpers import twelve_presence_toml

    from walkthrough.core.frameworks import parse_framework

    a, b = pair
    school_id, room_id, _ = school_with_room(a)
    text_a = twelve_presence_toml()
    text_b = text_a.replace("Practice number 1 is seen", "Practice one is seen")
    fa, fb = parse_framework(text_a, "a.toml"), parse_framework(text_b, "b.toml")
    a.repo.install_framework(fa, text_a)
    b.repo.install_framework(fb, text_b)
    a.repo.start_observation("blast", fa, school_id, room_id=room_id, observer_id=admin_of(a), by=admin_of(a))
    before = everything(b.repo, but=REPORTS)
    report = b.take(a.export())
    [refused] = report.refused
    assert f"framework 'test-twelve-presence' version '1.0' has hash {fa.sha256[:12]}" in refused.message
    assert fb.sha256[:12] in refused.message
    assert refused.message.startswith(f"{a.made[-1].name}: frameworks.jsonl:")
    assert everything(b.repo, but=REPORTS) == before


def test_a_framework_version_that_left_the_device_is_never_rewritten(pair: tuple[Device, Device]) -> None:
    from round_helpers import twelve_presence_toml

    from walkthrough.core.frameworks import FrameworkError, parse_framework

    a, _ = pair
    school_with_room(a)
    text = twelve_presence_toml()
    a.repo.install_framework(parse_framework(text, "a.toml"), text)
    a.repo.start_round(a.repo.schools()[0].id, a.repo.framework("test-twelve-presence"), by=admin_of(a))
    a.export()  # the round that names this version has left the device
    changed = text.replace("Practice number 2 is seen", "Practice two is seen")
    with pytest.raises(FrameworkError, match="has left this device"):
        a.repo.install_framework(parse_framework(changed, "a.toml"), changed)


def test_two_devices_typing_the_same_school_can_merge_it_and_the_merge_syncs(pair: tuple[Device, Device]) -> None:
    a, b = pair
    admin = a.repo.person(admin_of(a))
    b.take(a.export())
    school_a, room_a, _ = school_with_room(a)
    school_b = b.repo.add_school("Maple Hollow  elementary", by=admin.id)
    room_b = b.repo.add_room(school_b.id, "Library", by=admin.id).id
    a.take(b.export(since_last=True))
    b.take(a.export(since_last=True))
    [dup] = [d for d in a.repo.duplicates() if d.table == "schools"]
    assert set(dup.record_ids) == {school_a, school_b.id}
    a.repo.merge_records("schools", school_b.id, school_a, by=admin.id)
    b.take(a.export(since_last=True))
    for device in (a, b):
        assert [s.id for s in device.repo.schools()] == [school_a]
        assert {r.id for r in device.repo.rooms(school_a)} == {room_a, room_b}
        assert device.repo.duplicates() == []
    # A room made at the old school by a device that has not heard of the merge lands at the kept one.
    late = next(devices(a.folder.parent, "late"))
    late.take(b.export())
    assert {r.id for r in late.repo.rooms(school_a)} == {room_a, room_b}
    late.repo.close()


def test_only_an_administrator_merges_directory_records(pair: tuple[Device, Device]) -> None:
    from walkthrough.core.permissions import NotAllowed

    a, _ = pair
    one = a.repo.add_school("One", by=admin_of(a))
    two = a.repo.add_school("one", by=admin_of(a))
    teacher = a.repo.add_person("Tess Teacher", Role.TEACHER, one.id, by=admin_of(a))
    with pytest.raises(NotAllowed):
        a.repo.merge_records("schools", two.id, one.id, by=teacher.id)


def test_one_look_for_answered_under_two_ids_becomes_one_response_on_both_devices(
    pair: tuple[Device, Device]
) -> None:
    """Responses made before ids came from (visit, look-for) had random ids: two devices answering
    the same look-for made two records for one natural key; sync makes them one, the smaller id."""
    a, b = pair
    school_id, room_id, _ = school_with_room(a)
    framework = a.repo.framework("blast-empowered-learning")
    visit = a.repo.start_observation("blast", framework, school_id, room_id=room_id, observer_id=admin_of(a),
                                     by=admin_of(a))
    b.take(a.export())
    key = next(lf.key for lf in framework.look_fors if lf.response.value == "presence")
    for device, made, value in ((a, "11111111-aaaa-4aaa-8aaa-000000000001", '"observed"'),
                                (b, "99999999-bbbb-4bbb-8bbb-000000000009", '"not_observed"')):
        with device.repo.transaction():
            device.repo._insert("responses", {"id": made, "observation_id": visit.id, "look_for_key": key,
                                              "value": value, "not_applicable": 0, "note": "", "set_at": "t"})
    b.take(a.export(since_last=True))
    a.take(b.export(since_last=True))
    for device in (a, b):
        rows = device.repo.db.execute("SELECT id FROM responses WHERE observation_id = ?", [visit.id]).fetchall()
        assert rows == [("11111111-aaaa-4aaa-8aaa-000000000001",)], device.name
        [conflict] = device.repo.conflicts()
        assert conflict.table == "responses"
    assert state(a.repo) == state(b.repo)


def test_a_note_about_several_look_fors_travels(pair: tuple[Device, Device]) -> None:
    a, b = pair
    school_id, room_id, _ = school_with_room(a)
    framework = a.repo.framework("blast-empowered-learning")
    keys = [lf.key for lf in framework.look_fors if lf.takes_notes][:2]
    assert len(keys) == 2
    visit = a.repo.start_observation("blast", framework, school_id, room_id=room_id, observer_id=admin_of(a),
                                     by=admin_of(a))
    note = a.repo.save_look_for_note(visit.id, "note-1", keys, "Groups chose their own roles.", by=admin_of(a))
    assert note is not None
    report = b.take(a.export())
    assert not report.refused, [f.message for f in report.refused]
    assert [n.text for n in b.repo.look_for_notes(visit.id, keys[1])] == ["Groups chose their own roles."]
    assert state(a.repo) == state(b.repo)
