"""Done when (issue 8): two devices and a coach's machine, sharing one folder, end a day of rounds
and peer visits with the same records, private notes readable only by their host and visitor,
and conflicts listed."""

from __future__ import annotations

from pathlib import Path

from sync_helpers import BLAST, database_bytes, devices, state

from walkthrough.core import privacy
from walkthrough.core.model import NoteKind, Role
from walkthrough.core.privacy import Output

NOTE = "Partners took turns explaining; the quieter one drew the diagram (note-day-5e1f)."
FOCUS = "Who explains their thinking during partner work? (focus-day-8a0c)"


def test_a_day_of_rounds_and_peer_visits_through_one_shared_folder(tmp_path: Path) -> None:
    office, ana_tablet, coach_pc = devices(tmp_path, "office-tablet", "ana-tablet", "coach-pc")
    shared = tmp_path / "OneDrive - Maple Hollow" / "Walkthrough"
    shared.mkdir(parents=True)

    def everyone_syncs(times: int = 2) -> None:
        for _ in range(times):
            for device in (office, ana_tablet, coach_pc):
                report = device.folder_round(shared).report
                assert not report.refused, [f.message for f in report.refused]

    # Morning: the coach sets up the directory; every device picks it up from the folder.
    c = coach_pc.repo
    pat = c.add_person("Pat Rivera", Role.ADMINISTRATOR, by=None)  # the first profile of a new install
    school = c.add_school("Maple Hollow Elementary", by=pat.id)
    dana = c.add_person("Dana Okafor", Role.COACH, school.id, by=pat.id)
    ben = c.add_person("Ben Ito", Role.TEACHER, school.id, by=pat.id)
    ana = c.add_person("Ana Diallo", Role.TEACHER, school.id, by=pat.id)
    rooms = [c.add_room(school.id, "Room 12", teacher_id=ben.id, grade_band="3-5", by=pat.id),
             c.add_room(school.id, "Room 4", teacher_id=ana.id, grade_band="K-2", by=pat.id),
             c.add_room(school.id, "Room 7", grade_band="3-5", by=pat.id)]
    c.switch_profile(dana.id)
    everyone_syncs()
    office.repo.switch_profile(ben.id)  # Ben agrees to the visit on the office tablet
    ana_tablet.repo.switch_profile(ana.id)
    everyone_syncs()

    # Pat walks a round on the office tablet; midway, a sync must not hand the round to anyone else.
    o = office.repo
    o.switch_profile(pat.id)
    framework = o.framework(BLAST)
    presence = [lf.key for lf in framework.look_fors if lf.response.value == "presence"]
    round_ = o.start_round(school.id, framework, by=pat.id, room_ids=[r.id for r in rooms])
    for _ in rooms:
        current = o.current_visit(round_.id)
        assert current is not None
        o.record_response(current[1].id, presence[0], "observed", by=pat.id)
        o.next_room(round_.id, by=pat.id)
        everyone_syncs(1)
        assert coach_pc.repo.active_round() is None and ana_tablet.repo.active_round() is None
    o.finish_round(round_.id, by=pat.id)

    # Ben's peer visit: planned and agreed on the office tablet, notes on Ana's tablet.
    o.switch_profile(ben.id)
    plan = o.plan_peer_visit(host_id=ben.id, day="2025-10-14", start_time="09:10", end_time="09:55",
                             visitor_ids=[ana.id], by=ben.id)
    o.set_peer_focus(plan.id, FOCUS, by=ben.id)
    o.set_peer_consent(plan.id, True, by=ben.id)
    everyone_syncs()
    a = ana_tablet.repo
    assert a.peer_visit(plan.id).focus == FOCUS
    notes = a.begin_peer_notes(plan.id, by=ana.id)
    a.add_peer_note(notes.id, NoteKind.NOTICING, NOTE, by=ana.id)
    a.finish_peer_notes(notes.id, by=ana.id)

    # The same room renamed on two devices at once: a conflict for a person to settle.
    o.update_room(rooms[2].id, name="Room 7 (science lab)", by=pat.id)
    c.update_room(rooms[2].id, name="Room 7B", by=pat.id)
    everyone_syncs()

    # Evening: the same records everywhere, as far as each may hold them.
    directory_and_rounds = ("schools", "people", "rooms", "rounds", "round_stops", "routes", "peer_visits",
                            "peer_visitors", "profile_keys", "record_merges")
    states = [state(d.repo) for d in (office, ana_tablet, coach_pc)]
    for table in directory_and_rounds:
        assert states[0][table] == states[1][table] == states[2][table], table
    assert states[0] == states[1]  # the two devices Ben and Ana use hold the visit, whole
    blast = {ob.id for ob in c.observations(kind=privacy.ObservationKind.BLAST)}
    assert len(blast) == 3 and blast == {ob.id for ob in a.observations(kind=privacy.ObservationKind.BLAST)}
    assert c.round(round_.id).status.value == "finished"

    # Private notes: readable by their host and visitor, by nobody else.
    assert [n.text for n in o.notes(notes.id)] == [NOTE]
    assert privacy.visible_on_screen(o.observation(notes.id), ben.id)
    assert not privacy.visible_on_screen(o.observation(notes.id), pat.id)
    assert NOTE.encode() not in database_bytes(coach_pc) and FOCUS.encode() not in database_bytes(coach_pc)
    assert notes.id not in {x.id for out in Output for x in c.observations_for(out, dana.id)}
    for name in sorted(shared.iterdir()):
        assert NOTE.encode() not in name.read_bytes()

    # The conflict is listed on every device, with the same provisional value.
    shown = set()
    for device in (office, ana_tablet, coach_pc):
        [conflict] = device.repo.conflicts()
        assert conflict.record_id == rooms[2].id
        assert {v.value for v in conflict.fields[0].versions} == {"Room 7 (science lab)", "Room 7B"}
        shown.add(device.repo.room(rooms[2].id).name)
    assert len(shown) == 1
    for device in (office, ana_tablet, coach_pc):
        device.repo.close()
