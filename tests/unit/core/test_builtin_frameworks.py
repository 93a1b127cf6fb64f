"""The framework files shipped in forms/ are valid and say what they should."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from walkthrough.core.frameworks import (
    Framework,
    Mode,
    ResponseType,
    framework_files,
    load_framework,
    parse_framework,
)

FORMS = Path(__file__).resolve().parents[3] / "forms"

EXPECTED = {
    "blast-empowered-learning": ("blast",),
    "equity-sel-assured-practices": ("blast",),
    "standards-proficiency-scales": ("blast",),
    "nctm-math-teaching-practices": ("blast", "peer"),
    "peer-visit-protocol": ("peer",),
}

NCTM_SECTIONS = ("goals", "tasks", "representations", "discourse", "questions", "fluency", "struggle", "evidence")


def _load(fid: str) -> Framework:
    return load_framework(FORMS / f"{fid}.toml")


@pytest.fixture(scope="module")
def builtins() -> dict[str, Framework]:
    return {fw.id: fw for fw in (load_framework(p) for p in framework_files([FORMS]))}


def test_forms_folder_holds_exactly_the_expected_frameworks() -> None:
    assert sorted(p.stem for p in framework_files([FORMS])) == sorted(EXPECTED)


@pytest.mark.parametrize("fid", sorted(EXPECTED))
def test_builtin_framework_validates_with_expected_id_and_modes(fid: str) -> None:
    fw = _load(fid)
    assert fw.id == fid
    assert fw.version == "1.0"
    assert tuple(m.value for m in fw.modes) == EXPECTED[fid]
    assert fw.title
    assert fw.description
    assert len(fw.sha256) == 64


@pytest.mark.parametrize("fid", sorted(EXPECTED))
def test_builtin_look_fors_are_usable_in_a_short_visit(fid: str) -> None:
    fw = _load(fid)
    assert fw.look_fors
    for lf in fw.look_fors:
        assert len(lf.prompt) <= 75, lf.key
        assert lf.description, f"{fid}: {lf.key} has no description of observable indicators"
        if lf.response is not ResponseType.TEXT:
            assert lf.evidence_note, f"{fid}: {lf.key} should allow an evidence note"


@pytest.mark.parametrize("fid", sorted(EXPECTED))
def test_blast_frameworks_have_a_target_duration(fid: str) -> None:
    fw = _load(fid)
    if fw.allows(Mode.BLAST):
        assert fw.target_minutes is not None
        assert 2 <= fw.target_minutes <= 5


def test_no_framework_allowing_peer_mode_has_a_rating(builtins: dict[str, Framework]) -> None:
    for fw in builtins.values():
        if fw.allows(Mode.PEER):
            assert all(lf.response is not ResponseType.RATING for lf in fw.look_fors), fw.id


def test_peer_protocol_is_peer_only_and_non_evaluative() -> None:
    fw = _load("peer-visit-protocol")
    assert fw.modes == (Mode.PEER,)
    kinds = {lf.response for lf in fw.look_fors}
    assert ResponseType.RATING not in kinds
    assert kinds <= {ResponseType.TEXT, ResponseType.PRESENCE}
    assert [s.key for s in fw.sections] == ["focus", "noticings", "wonderings", "focus-evidence", "reflection"]
    assert fw.look_for("focus-question").response is ResponseType.TEXT


def test_nctm_has_eight_practices_each_with_teacher_and_student_look_fors() -> None:
    fw = _load("nctm-math-teaching-practices")
    assert tuple(s.key for s in fw.sections) == NCTM_SECTIONS
    for section in fw.sections:
        keys = [lf.key for lf in section.look_fors]
        assert f"{section.key}-teacher" in keys, section.key
        assert f"{section.key}-students" in keys, section.key
        assert fw.look_for(f"{section.key}-teacher").prompt.startswith("Teacher")
        assert fw.look_for(f"{section.key}-students").prompt.startswith("Students")


def test_empowered_learning_covers_every_profile_of_the_graduate_attribute() -> None:
    fw = _load("blast-empowered-learning")
    tags = {t for lf in fw.look_fors for t in lf.tags}
    for attribute in (
        "Self-Actualized",
        "Empathetic",
        "Creative Thinker",
        "Collaborative",
        "Culturally Conscious",
        "Intellectually Curious",
    ):
        assert f"POG: {attribute}" in tags
    kinds = {lf.response for lf in fw.look_fors}
    assert kinds == set(ResponseType) - {ResponseType.RATING, ResponseType.NUMBER}
    assert 12 <= sum(lf.response is ResponseType.PRESENCE for lf in fw.look_fors) <= 16
    snapshot = next(lf for lf in fw.look_fors if lf.response is ResponseType.SNAPSHOT)
    assert snapshot.minutes == (1, 3)
    assert fw.teacher.value == "optional"


def test_equity_sel_ratings_have_anchored_levels() -> None:
    fw = _load("equity-sel-assured-practices")
    ratings = [lf for lf in fw.look_fors if lf.response is ResponseType.RATING]
    assert 1 <= len(ratings) <= 2
    for lf in ratings:
        assert len(lf.levels) >= 3
        assert all(level.anchor for level in lf.levels)
    assert (
        sum(lf.response in (ResponseType.PRESENCE, ResponseType.FREQUENCY) for lf in fw.look_fors)
        > len(fw.look_fors) // 2
    )


def test_look_for_keys_are_unique_within_each_framework(builtins: dict[str, Framework]) -> None:
    for fw in builtins.values():
        keys = [lf.key for lf in fw.look_fors]
        assert len(keys) == len(set(keys)), fw.id


def test_hash_is_stable_across_loads(builtins: dict[str, Framework]) -> None:
    for fid, fw in builtins.items():
        again = _load(fid)
        assert again.sha256 == fw.sha256
        assert again.canonical == fw.canonical


def test_hashes_differ_between_frameworks(builtins: dict[str, Framework]) -> None:
    assert len({fw.sha256 for fw in builtins.values()}) == len(builtins)


def test_hash_changes_when_a_prompt_changes(tmp_path: Path) -> None:
    original = FORMS / "standards-proficiency-scales.toml"
    text = original.read_text(encoding="utf-8")
    old = 'prompt = "Today\'s learning target is posted in student-friendly words"'
    assert old in text
    edited = tmp_path / original.name
    edited.write_text(text.replace(old, 'prompt = "Today\'s learning target is posted"'), encoding="utf-8")
    before, after = load_framework(original), load_framework(edited)
    assert after.sha256 != before.sha256
    assert (after.id, after.version) == (before.id, before.version)


def test_hash_changes_when_a_description_changes(tmp_path: Path) -> None:
    original = FORMS / "peer-visit-protocol.toml"
    text = original.read_text(encoding="utf-8")
    edited = tmp_path / original.name
    edited.write_text(text.replace("Agree on this with the host", "Agree on this with your host"), encoding="utf-8")
    assert load_framework(edited).sha256 != load_framework(original).sha256


def test_canonical_hash_ignores_comments_and_layout(tmp_path: Path) -> None:
    original = FORMS / "nctm-math-teaching-practices.toml"
    text = original.read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith("#")]
    relaid = "# A different header comment\n\n" + "\n\n".join(
        ln.replace(" = ", "   =   ") + "  # trailing note" if ln.startswith(("key =", "response =")) else ln
        for ln in lines
    )
    assert relaid != text
    edited = tmp_path / "renamed.toml"
    edited.write_text(relaid, encoding="utf-8")
    assert load_framework(edited).sha256 == load_framework(original).sha256


def test_canonical_hash_ignores_spelling_out_defaults(tmp_path: Path) -> None:
    src = FORMS / "blast-empowered-learning.toml"
    fw = load_framework(src)
    text = src.read_text(encoding="utf-8")
    # Spelling out a default (presence always allows N/A) changes nothing.
    text = text.replace('response = "presence"\n', 'response = "presence"\nallow_na = true\n', 1)
    assert parse_framework(text, "x.toml").sha256 == fw.sha256


def test_a_copied_builtin_with_a_byte_order_mark_still_loads(tmp_path: Path) -> None:
    copy = tmp_path / "bom.toml"
    copy.write_bytes(b"\xef\xbb\xbf" + (FORMS / "peer-visit-protocol.toml").read_bytes())
    assert load_framework(copy).sha256 == _load("peer-visit-protocol").sha256


def test_copied_builtin_in_another_folder_loads_identically(tmp_path: Path) -> None:
    copy = tmp_path / "copy.toml"
    shutil.copy(FORMS / "equity-sel-assured-practices.toml", copy)
    fw = load_framework(copy)
    assert fw.sha256 == _load("equity-sel-assured-practices").sha256
    assert fw.source_name == str(copy)
