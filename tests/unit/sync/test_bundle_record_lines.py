"""The records entry of a bundle is written by orjson, each lineage put in as this device stores
it, yet reads exactly as the standard library's writing of the same lines: byte for byte, with
decimal numbers, infinities, whole numbers past 64 bits and text that is not Unicode falling
back to the standard library."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import blast_visit, devices, school_with_room

from walkthrough.core.lineage import LineageText
from walkthrough.sync import bundle, exporter
from walkthrough.sync.bundle import _record_lines
from walkthrough.sync.exporter import export_to_folder


def _standard(line: dict[str, Any]) -> bytes:
    if isinstance(line.get("l"), LineageText):
        line = {**line, "l": json.loads(line["l"])}
    return json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def _line(value: object, lineage: object = None) -> dict[str, Any]:
    return {"t": "notes", "id": "n1", "o": "dev-a",
            "l": LineageText('{"s":{"text":[["dev-a",2,"é"],["dev-b",1,1e+16]]},"v":{"dev-a":2,"dev-b":1}}')
            if lineage is None else lineage,
            "h": "0" * 64, "u": "2026-11-20T08:00:00Z", "v": {"text": value, "n": 3, "gone": None}}


@pytest.mark.parametrize("value", ["plain", "é ü \u2028 \x7f \x00 \x1f \" \\ \n", 1.5, float("inf"), 1e16,
                                   2 ** 70, -(2 ** 63), 0])
def test_a_record_line_is_written_as_the_standard_library_writes_it(value: object) -> None:
    line = _line(value)
    assert _record_lines([line]) == _standard(line)


def test_a_lineage_read_into_objects_is_written_as_before() -> None:
    line = _line("plain", {"v": {"dev-a": 1}})
    assert _record_lines([line, _line(2 ** 70)]) == _standard(line) + _standard(_line(2 ** 70))


def test_a_lineage_stored_as_text_goes_into_the_bundle_as_it_is() -> None:
    text = '{"d":{"text":["dev-b",1]},"v":{"dev-a":1,"dev-b":1}}'
    written = _record_lines([_line("plain", LineageText(text))])
    assert b'"l":' + text.encode() + b',' in written
    assert json.loads(written)["l"] == json.loads(text)


def test_text_that_is_not_unicode_fails_as_the_standard_library_fails() -> None:
    line = _line("\ud800")
    with pytest.raises(UnicodeEncodeError):
        _standard(line)
    with pytest.raises(UnicodeEncodeError):
        _record_lines([line])


def test_an_export_runs_without_the_cyclic_collector_and_leaves_it_on(tmp_path: Path) -> None:
    """A line (two dicts) a record, all kept until the file is written: the collector would walk
    them again and again for nothing (a quarter of an export's time)."""
    [device] = devices(tmp_path, "tablet")
    school_id, room_id, teacher_id = school_with_room(device)
    blast_visit(device, school_id, room_id, teacher_id)
    seen: list[bool] = []
    original = bundle.write_bundle

    def writing(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return original(*args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(exporter, "write_bundle", writing)
        device.export()
        export_to_folder(device.repo, tmp_path / "share")
    assert seen == [False, False]
    assert gc.isenabled()
    device.repo.close()
