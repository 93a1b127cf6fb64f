"""A round's own answers (a section answered once for the whole round) travel like a room's
responses: they reach the other devices, two devices' answers merge into one record, and a
bundle whose round answer does not fit its look-for is refused whole."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from framework_samples import FULL
from sync_helpers import REPORTS, Device, admin_of, devices, everything, school_with_room
from test_hostile_bundles import _rewrite

from walkthrough.core.frameworks import parse_framework
from walkthrough.storage.sync_tables import TABLES


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Device, Device]:
    a, b = devices(tmp_path, "tablet-a", "tablet-b")
    a.repo.install_framework(parse_framework(FULL, "full.toml"), FULL)
    yield a, b
    a.repo.close()
    b.repo.close()


def _round(a: Device) -> str:
    school_id, _room, _teacher = school_with_room(a)
    return a.repo.start_round(school_id, a.repo.framework("full-instrument"), by=admin_of(a)).id


def test_round_answers_are_a_synced_table() -> None:
    spec = TABLES["round_responses"]
    assert spec.parents == {"round_id": "rounds"} and spec.unique
    assert spec.natural_key == ("round_id", "look_for_key")


def test_a_round_answer_given_on_one_device_reaches_the_other(pair: tuple[Device, Device]) -> None:
    a, b = pair
    round_id = _round(a)
    a.repo.record_round_response(round_id, "hallways", "observed", by=admin_of(a))
    report = b.take(a.export())
    assert not report.refused, [f.message for f in report.refused]
    assert "round_responses" in report.changed_tables
    assert b.repo.round_responses(round_id)["hallways"].value == "observed"


def test_a_changed_round_answer_fast_forwards_on_the_other_device(pair: tuple[Device, Device]) -> None:
    a, b = pair
    round_id = _round(a)
    a.repo.record_round_response(round_id, "hallways", "observed", by=admin_of(a))
    b.take(a.export())
    a.repo.record_round_response(round_id, "hallways", "not_observed", by=admin_of(a))
    report = b.take(a.export(since_last=True))
    assert report.total("updated") >= 1 and report.total("conflicts") == 0
    assert b.repo.round_responses(round_id)["hallways"].value == "not_observed"


def test_two_devices_answering_one_round_look_for_make_one_record_and_a_conflict(
        pair: tuple[Device, Device]) -> None:
    a, b = pair
    round_id = _round(a)
    b.take(a.export())
    a.repo.record_round_response(round_id, "hallways", "observed", by=admin_of(a))
    b.repo.record_round_response(round_id, "hallways", "not_observed", by=admin_of(b))
    from_a, from_b = a.export(), b.export()
    b.take(from_a)
    a.take(from_b)
    for device in (a, b):
        rows = device.repo.db.execute("SELECT value, conflicted FROM round_responses WHERE round_id = ?",
                                      [round_id]).fetchall()
        assert len(rows) == 1 and rows[0][1] == 1, rows  # one record, listed for a person to settle
    assert a.repo.round_responses(round_id)["hallways"].value == b.repo.round_responses(round_id)["hallways"].value


def test_a_round_answer_before_its_round_is_held_then_applied(pair: tuple[Device, Device], tmp_path: Path) -> None:
    a, b = pair
    round_id = _round(a)
    first = a.export()
    a.repo.record_round_response(round_id, "hallways", "observed", by=admin_of(a))
    second = a.export(since_last=True)

    def only_answers(lines: list[dict[str, Any]]) -> None:
        lines[:] = [ln for ln in lines if ln["t"] == "round_responses"]

    early = _rewrite(a, tmp_path, "early.zip", only_answers)
    assert b.take(early).total("held") == 1
    b.take(first)
    assert b.repo.held_count() == 0
    assert b.repo.round_responses(round_id)["hallways"].value == "observed"
    assert not b.take(second).refused


@pytest.mark.parametrize(("key", "value", "why"), [
    ("target-posted", '"observed"', "is answered in each room, not once for the round"),
    ("made-up", '"observed"', "has no look-for 'made-up'"),
    ("hallways", '"sometimes"', "round answer"),
])
def test_a_round_answer_that_does_not_fit_its_look_for_refuses_the_bundle(
        pair: tuple[Device, Device], tmp_path: Path, key: str, value: str, why: str) -> None:
    a, b = pair
    round_id = _round(a)
    a.repo.record_round_response(round_id, "hallways", "observed", by=admin_of(a))

    def spoil(lines: list[dict[str, Any]]) -> None:
        for line in lines:
            if line["t"] == "round_responses":
                line["v"]["look_for_key"], line["v"]["value"] = key, value

    path = _rewrite(a, tmp_path, "spoilt.zip", spoil)
    before = everything(b.repo, but=REPORTS)
    [refused] = b.take(path).refused
    assert everything(b.repo, but=REPORTS) == before
    assert refused.message.startswith("spoilt.zip: records.jsonl: round answer ") and why in refused.message


def test_a_round_answer_in_a_bundle_is_json_lines_like_every_record(pair: tuple[Device, Device]) -> None:
    import zipfile

    a, _b = pair
    round_id = _round(a)
    a.repo.record_round_response(round_id, "hallways", "observed", by=admin_of(a))
    with zipfile.ZipFile(a.export()) as archive:
        lines = [json.loads(x) for x in archive.read("records.jsonl").splitlines()]
    [line] = [ln for ln in lines if ln["t"] == "round_responses"]
    assert line["v"]["round_id"] == round_id and line["v"]["look_for_key"] == "hallways"
