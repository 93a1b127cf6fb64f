"""Damaged and hostile bundles are refused in one line that names the bundle and the entry,
and leave the database exactly as it was."""

from __future__ import annotations

import hashlib
import json
import os
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import REPORTS, Device, admin_of, blast_visit, devices, everything, school_with_room

from walkthrough.core import lineage
from walkthrough.sync.bundle import FORMAT, MANIFEST, RECORDS, SEALED


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Device, Device]:
    a, b = devices(tmp_path, "tablet-a", "tablet-b")
    school_id, room_id, teacher_id = school_with_room(a)
    blast_visit(a, school_id, room_id, teacher_id)
    yield a, b
    a.repo.close()
    b.repo.close()


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


def forge(path: Path, bodies: dict[str, bytes], *, manifest: dict[str, Any] | None = None,
          infos: dict[str, zipfile.ZipInfo] | None = None, extra: list[tuple[str, bytes]] = ()) -> Path:
    """A bundle with these entries and a manifest that describes them (unless ``manifest`` overrides)."""
    described = {
        "format": FORMAT, "format_version": 1, "app_version": "0.1.0", "bundle_id": "f" * 32,
        "device_id": "forger-device", "device_name": "forger", "exported_at": "2026-01-01T00:00:00+00:00",
        "counts": {},
        "entries": [{"name": n, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()} for n, b in bodies.items()],
    }
    described.update(manifest or {})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate names some tests make on purpose
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(described))
            for name, body in bodies.items():
                archive.writestr((infos or {}).get(name, name), body)
            for name, body in extra:
                archive.writestr(name, body)
    return path


def _refused(device: Device, path: Path) -> str:
    before = everything(device.repo, but=REPORTS)
    report = device.take(path)
    [refused] = report.refused
    assert everything(device.repo, but=REPORTS) == before, "a refused bundle changed the database"
    assert "\n" not in refused.message
    assert refused.message.startswith(f"{path.name}: ")
    return refused.message


def _real(a: Device) -> dict[str, bytes]:
    return _entries(a.export())


def test_a_good_forged_copy_of_a_real_bundle_imports(pair: tuple[Device, Device], tmp_path: Path) -> None:
    """The positive control: the forging helper itself makes bundles that import."""
    a, b = pair
    path = forge(tmp_path / "copy.zip", {k: v for k, v in _real(a).items() if k != MANIFEST})
    assert not b.take(path).refused


def test_a_truncated_bundle_is_refused(pair: tuple[Device, Device], tmp_path: Path) -> None:
    a, b = pair
    data = a.export().read_bytes()
    path = tmp_path / "truncated.zip"
    path.write_bytes(data[: len(data) // 2])
    assert "is not a complete bundle" in _refused(b, path)


@pytest.mark.parametrize("where", [0.3, 0.6, 0.9])
def test_a_bit_flipped_bundle_is_refused(pair: tuple[Device, Device], tmp_path: Path, where: float) -> None:
    a, b = pair
    data = bytearray(a.export().read_bytes())
    data[int(len(data) * where)] ^= 0x10
    path = tmp_path / "flipped.zip"
    path.write_bytes(bytes(data))
    message = _refused(b, path)
    assert any(words in message for words in ("damaged", "SHA-256", "not a complete bundle", "not valid JSON",
                                              "bytes, not"))


def test_an_entry_that_does_not_match_its_hash_is_refused(pair: tuple[Device, Device], tmp_path: Path) -> None:
    a, b = pair
    bodies = {k: v for k, v in _real(a).items() if k != MANIFEST}
    real = hashlib.sha256(bodies[RECORDS]).hexdigest()
    bodies[RECORDS] = bodies[RECORDS].replace(b"Ben Ito", b"Ben Ita")
    entries = [{"name": n, "size": len(b), "sha256": real if n == RECORDS else hashlib.sha256(b).hexdigest()}
               for n, b in bodies.items()]
    message = _refused(b, forge(tmp_path / "changed.zip", bodies, manifest={"entries": entries}))
    assert message == "changed.zip: records.jsonl: does not match its SHA-256 in the manifest (damaged or changed)"


def test_an_entry_whose_size_differs_from_the_manifest_is_refused(pair: tuple[Device, Device], tmp_path: Path) -> None:
    a, b = pair
    bodies = {k: v for k, v in _real(a).items() if k != MANIFEST}
    entries = [{"name": n, "size": len(b) + (5 if n == RECORDS else 0), "sha256": hashlib.sha256(b).hexdigest()}
               for n, b in bodies.items()]
    assert "records.jsonl: is " in _refused(b, forge(tmp_path / "size.zip", bodies, manifest={"entries": entries}))


@pytest.mark.parametrize("name", ["../records.jsonl", "/etc/records.jsonl", "sub/records.jsonl",
                                  "C:records.jsonl", "..\\records.jsonl"])
def test_an_entry_that_is_not_a_plain_file_name_is_refused(
    pair: tuple[Device, Device], tmp_path: Path, name: str
) -> None:
    _, b = pair
    info = zipfile.ZipInfo(name)
    message = _refused(b, forge(tmp_path / "paths.zip", {RECORDS: b""}, infos={RECORDS: info}))
    assert "is not a single plain file name" in message
    assert not (tmp_path.parent / "records.jsonl").exists() and not Path("/etc/records.jsonl").exists()


def test_a_link_in_the_archive_is_refused(pair: tuple[Device, Device], tmp_path: Path) -> None:
    _, b = pair
    info = zipfile.ZipInfo(RECORDS)
    info.external_attr = (0o120777 << 16)
    info.create_system = 3
    message = _refused(b, forge(tmp_path / "link.zip", {RECORDS: b"/etc/passwd"}, infos={RECORDS: info}))
    assert message == "link.zip: records.jsonl: is a link, not a file"


def test_duplicate_entry_names_are_refused(pair: tuple[Device, Device], tmp_path: Path) -> None:
    _, b = pair
    path = forge(tmp_path / "twice.zip", {RECORDS: b""}, extra=[(RECORDS, b"{}\n")])
    assert _refused(b, path) == "twice.zip: records.jsonl: appears twice in the archive"


def test_an_entry_the_manifest_does_not_name_is_refused(pair: tuple[Device, Device], tmp_path: Path) -> None:
    _, b = pair
    path = forge(tmp_path / "stray.zip", {RECORDS: b""}, extra=[("run-me.exe", b"MZ")])
    assert _refused(b, path) == "stray.zip: run-me.exe: is in the archive but not named by the manifest"


def test_an_entry_the_manifest_names_but_the_archive_lacks_is_refused(
    pair: tuple[Device, Device], tmp_path: Path
) -> None:
    _, b = pair
    entries = [{"name": SEALED, "size": 0, "sha256": hashlib.sha256(b"").hexdigest()}]
    path = forge(tmp_path / "missing.zip", {}, manifest={"entries": entries})
    assert _refused(b, path) == "missing.zip: sealed.jsonl: is named by the manifest but missing from the archive"


@pytest.mark.parametrize(("manifest", "words"), [
    ({"format_version": 2}, "is format 2, made by a newer Walkthrough: update this app to read it"),
    ({"format_version": "one"}, "has an unknown format version 'one'"),
    ({"format": "someone-elses-zip"}, "does not describe a Walkthrough bundle"),
    ({"bundle_id": ""}, "has no bundle_id"),
])
def test_an_unknown_or_newer_format_is_refused(
    pair: tuple[Device, Device], tmp_path: Path, manifest: dict[str, Any], words: str
) -> None:
    _, b = pair
    assert _refused(b, forge(tmp_path / "format.zip", {RECORDS: b""}, manifest=manifest)) == \
        f"format.zip: manifest.json: {words}"


def test_a_manifest_that_is_not_json_is_refused(pair: tuple[Device, Device], tmp_path: Path) -> None:
    _, b = pair
    path = tmp_path / "badmanifest.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(MANIFEST, "{not json")
    assert _refused(b, path) == "badmanifest.zip: manifest.json: is not valid JSON"


def test_a_record_line_that_is_not_json_is_refused(pair: tuple[Device, Device], tmp_path: Path) -> None:
    _, b = pair
    path = forge(tmp_path / "badline.zip", {RECORDS: b'{"t": "schools"}\n{oops\n'})
    assert _refused(b, path) == "badline.zip: records.jsonl: line 2 is not valid JSON"


def test_a_zip_bomb_is_refused_before_it_is_inflated(pair: tuple[Device, Device], tmp_path: Path) -> None:
    _, b = pair
    bomb = b"\n" * (300 * 1024 * 1024)  # 300 MB of nothing, a few hundred kB compressed
    path = forge(tmp_path / "bomb.zip", {RECORDS: bomb})
    assert path.stat().st_size < 2 * 1024 * 1024
    del bomb
    message = _refused(b, path)
    assert message == "bomb.zip: records.jsonl: is compressed far beyond what records compress to (a zip bomb?)"


def test_an_archive_of_a_hundred_thousand_entries_is_refused_unparsed(
    pair: tuple[Device, Device], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, b = pair
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for n in range(100_000):
            archive.writestr(f"{n}.jsonl", b"")
    parsed: list[object] = []
    real = zipfile.ZipFile.__init__

    def spy(self: zipfile.ZipFile, *args: Any, **kwargs: Any) -> None:
        parsed.append(args)
        real(self, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "__init__", spy)
    assert _refused(b, path) == "many.zip: has more than 16 entries: it is not a Walkthrough bundle"
    assert parsed == [], "the central directory of 100,000 entries was parsed"


def test_a_huge_json_line_is_refused(pair: tuple[Device, Device], tmp_path: Path) -> None:
    _, b = pair
    noise = os.urandom(13 * 1024 * 1024).hex()  # 26 MB that does not compress
    line = json.dumps({"t": "schools", "id": "x", "v": {"name": noise}}).encode()
    path = forge(tmp_path / "hugeline.zip", {RECORDS: line + b"\n"})
    assert _refused(b, path) == "hugeline.zip: records.jsonl: line 1 is longer than any record can be"


# Records that fail validation ------------------------------------------------------------

def _rewrite(a: Device, tmp_path: Path, name: str, change: Callable[[list[dict[str, Any]]], None]) -> Path:
    bodies = {k: v for k, v in _real(a).items() if k != MANIFEST}
    lines = [json.loads(x) for x in bodies[RECORDS].splitlines()]
    change(lines)
    for line in lines:
        from walkthrough.storage.sync_tables import TABLES

        spec = TABLES[line["t"]]
        line["h"] = lineage.content_hash(spec.part_fields(line.get("p", "main")),
                                         lineage.from_body(line["l"], line["o"], line["v"]).values)
    bodies[RECORDS] = b"".join(json.dumps(x).encode() + b"\n" for x in lines)
    return forge(tmp_path / name, bodies)


def test_a_peer_visit_carrying_a_rating_is_refused(pair: tuple[Device, Device], tmp_path: Path) -> None:
    a, b = pair
    school = a.repo.schools()[0]
    equity = a.repo.framework("equity-sel-assured-practices")
    rating = next(lf for lf in equity.look_fors if lf.response.value == "rating")
    by = admin_of(a)
    visit = a.repo.start_observation("blast", equity, school.id, observer_id=by, by=by)
    a.repo.set_response(visit.id, rating.key, 2, by=by)

    def make_it_peer(lines: list[dict[str, Any]]) -> None:
        for line in lines:
            if line["t"] == "observations" and line["id"] == visit.id:
                line["v"]["kind"] = "peer"

    message = _refused(b, _rewrite(a, tmp_path, "rating.zip", make_it_peer))
    assert message.startswith("rating.zip: records.jsonl: observations record")
    assert "is not for peer visits (a peer visit never records ratings)" in message


def test_a_rating_on_a_peer_visit_is_refused_at_the_response_too(tmp_path: Path) -> None:
    """Defence in depth: the look-for check refuses a rating whatever the visit's framework says."""
    from walkthrough.core.model import ObservationKind
    from walkthrough.storage.sync_checks import RecordRefused, check_response

    [a] = devices(tmp_path, "solo")
    equity = a.repo.framework("equity-sel-assured-practices")
    rating = next(lf for lf in equity.look_fors if lf.response.value == "rating")
    values = {"look_for_key": rating.key, "value": "2", "not_applicable": 0, "deleted": 0}
    with pytest.raises(RecordRefused, match="non-evaluative and cannot record a rating"):
        check_response("r1", values, (ObservationKind.PEER.value, equity.id, equity.version),
                       lambda f, v: a.repo.framework(f, v))
    a.repo.close()


def test_a_response_to_an_unknown_look_for_is_refused(pair: tuple[Device, Device], tmp_path: Path) -> None:
    a, b = pair

    def unknown_key(lines: list[dict[str, Any]]) -> None:
        for line in lines:
            if line["t"] == "responses":
                line["v"]["look_for_key"] = "made-up-key"

    message = _refused(b, _rewrite(a, tmp_path, "key.zip", unknown_key))
    assert "framework 'blast-empowered-learning' has no look-for 'made-up-key'" in message


def test_a_record_missing_a_field_is_refused(pair: tuple[Device, Device], tmp_path: Path) -> None:
    a, b = pair
    bodies = {k: v for k, v in _real(a).items() if k != MANIFEST}
    lines = [json.loads(x) for x in bodies[RECORDS].splitlines()]
    for line in lines:
        if line["t"] == "rooms":
            del line["v"]["grade_band"]
    bodies[RECORDS] = b"".join(json.dumps(x).encode() + b"\n" for x in lines)
    message = _refused(b, forge(tmp_path / "field.zip", bodies))
    assert message.startswith("field.zip: records.jsonl: rooms record ")
    assert message.endswith(": the field 'grade_band' is missing")


def test_a_record_whose_content_does_not_match_its_hash_is_refused(
    pair: tuple[Device, Device], tmp_path: Path
) -> None:
    a, b = pair
    bodies = {k: v for k, v in _real(a).items() if k != MANIFEST}
    bodies[RECORDS] = bodies[RECORDS].replace(b"Ben Ito", b"Ben Ita")
    message = _refused(b, forge(tmp_path / "content.zip", bodies))
    assert message.endswith("its content hash does not match its fields")


def test_an_unknown_role_is_refused(pair: tuple[Device, Device], tmp_path: Path) -> None:
    a, b = pair

    def superuser(lines: list[dict[str, Any]]) -> None:
        for line in lines:
            if line["t"] == "people":
                line["v"]["role"] = "superuser"

    assert "'superuser' is not a role the app knows" in _refused(b, _rewrite(a, tmp_path, "role.zip", superuser))


def test_the_reader_never_extracts_to_disk(pair: tuple[Device, Device], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("extract called")

    monkeypatch.setattr(zipfile.ZipFile, "extractall", refuse)
    monkeypatch.setattr(zipfile.ZipFile, "extract", refuse)
    report = b.take(a.export())
    assert not report.refused and report.total("inserted") > 0
    assert not any(p.name.endswith(".jsonl") for p in b.folder.parent.rglob("*")), "an entry reached the disk"
