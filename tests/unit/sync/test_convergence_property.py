"""Property: random edits and deletes on three devices, bundles carried in any order and any
number of times, always end with every device holding the same records; importing again
changes nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path

from framework_samples import FULL
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from round_helpers import twelve_presence_toml

from walkthrough.core.frameworks import parse_framework
from walkthrough.storage import Repository
from walkthrough.storage.sync_tables import TABLES
from walkthrough.sync.exporter import export_bundle
from walkthrough.sync.importer import import_files

DEVICES = 3
ROOMS = 3
WORDS = ("Art", "Math", "Music", "")

op = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, DEVICES - 1), st.integers(0, ROOMS - 1),
              st.sampled_from(("name", "subject", "grade_band")), st.sampled_from(WORDS)),
    st.tuples(st.just("delete"), st.integers(0, DEVICES - 1), st.integers(0, ROOMS - 1)),
    st.tuples(st.just("tap"), st.integers(0, DEVICES - 1), st.integers(1, 4), st.sampled_from(("observed", None))),
    st.tuples(st.just("note"), st.integers(0, DEVICES - 1), st.sampled_from(WORDS[:3])),
    st.tuples(st.just("round answer"), st.integers(0, DEVICES - 1), st.sampled_from(("observed", "not_observed"))),
    st.tuples(st.just("export"), st.integers(0, DEVICES - 1), st.booleans()),
    st.tuples(st.just("import"), st.integers(0, DEVICES - 1), st.integers(0, 10_000)),
)


def _full_state(repo: Repository) -> dict[str, list[tuple[object, ...]]]:
    found = {}
    for spec in TABLES.values():
        columns = ["id", *spec.main_fields, "lineage", "content_hash", "conflicted"]
        found[spec.table] = [tuple(r) for r in repo.db.execute(
            f"SELECT {', '.join(columns)} FROM {spec.table} ORDER BY id").fetchall()]
    return found


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=st.lists(op, max_size=40), order=st.randoms(use_true_random=False))
def test_devices_converge_whatever_the_order_and_repetition(ops: list[tuple[object, ...]], order: object) -> None:
    import random

    assert isinstance(order, random.Random)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        text = twelve_presence_toml()
        framework = parse_framework(text, "twelve.toml")
        repos = [Repository.open(root / f"d{i}.sqlite3") for i in range(DEVICES)]
        full = parse_framework(FULL, "full.toml")
        for repo in repos:
            repo.install_framework(framework, text)
        repos[0].install_framework(full, FULL)  # it travels with the round that uses it
        admin = repos[0].add_person("Pat Principal", "administrator", by=None).id
        school = repos[0].add_school("Maple", by=admin)
        rooms = [repos[0].add_room(school.id, f"Room {n}", by=admin).id for n in range(ROOMS)]
        visit = repos[0].start_observation("blast", framework, school.id, room_id=rooms[0], observer_id=admin,
                                           by=admin).id
        round_id = repos[0].start_round(school.id, full, by=admin).id
        seed = root / "seed.zip"
        export_bundle(repos[0], seed)
        for repo in repos[1:]:
            import_files(repo, [seed])
        bundles = [seed]
        for step in ops:
            kind, device = step[0], repos[int(step[1])]  # type: ignore[call-overload]
            if kind == "edit":
                device.update_room(rooms[int(step[2])], by=admin,  # type: ignore[call-overload]
                                   **{str(step[3]): str(step[4]) or "x"})
            elif kind == "delete":
                device.remove_room(rooms[int(step[2])], by=admin)  # type: ignore[call-overload]
            elif kind == "tap":
                device.set_response(visit, f"lf{int(step[2]):02d}", step[3], by=admin)  # type: ignore[call-overload]
            elif kind == "round answer":
                device.record_round_response(round_id, "hallways", step[2], by=admin)
            elif kind == "note":
                device.add_note(visit, "evidence", str(step[2]), by=admin)
            elif kind == "export":
                path = root / f"b{len(bundles)}.zip"
                export_bundle(device, path, since_last=bool(step[2]))
                bundles.append(path)
            else:
                import_files(device, [bundles[int(step[2]) % len(bundles)]])  # type: ignore[call-overload]
        for repo in repos:  # everyone hands in everything, then takes everything in a random order, twice
            path = root / f"b{len(bundles)}.zip"
            export_bundle(repo, path)
            bundles.append(path)
        for repo in repos:
            mine = bundles * 2
            order.shuffle(mine)
            report = import_files(repo, mine)
            assert not report.refused, [f.message for f in report.refused]
        states = [_full_state(r) for r in repos]
        assert states[0] == states[1] == states[2]
        for repo in repos:
            assert repo.held_count() == 0
        # Importing every bundle again, read anew (the device forgets it had them), changes nothing.
        repos[1].db.execute("DELETE FROM sync_bundles")
        again = list(bundles)
        order.shuffle(again)
        report = import_files(repos[1], again)
        assert report.total("inserted") + report.total("updated") + report.total("merged") == 0
        assert _full_state(repos[1]) == states[1]
        for repo in repos:
            repo.close()
