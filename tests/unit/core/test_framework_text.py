"""The built-in frameworks' text in Spanish is display-only: the lookup's fallbacks, the sidecars'
keys, and the hash of every built-in framework (what main computed before any translation)."""

from __future__ import annotations

from pathlib import Path

import pytest

from walkthrough.core import framework_text
from walkthrough.core.framework_checker import Checker
from walkthrough.core.framework_text import PSEUDO, localize, sidecar_path
from walkthrough.core.framework_translations import translations
from walkthrough.core.framework_types import Framework, Mode
from walkthrough.core.frameworks import framework_files, load_framework
from walkthrough.core.nudge import PhraseList
from walkthrough.paths import FORMS_DIR

#: What ``main`` computed for each built-in framework before the Spanish text existed. A version
#: that has left a device must never change, so translating must leave these exactly as they are.
MAIN_HASHES = {
    "blast-empowered-learning": "137066a92c77c899931f0855c1e50b43bc9b1ac421d3ec2c273f1ae207711507",
    "equity-sel-assured-practices": "e0ef8e431421467619c318bb8777f244db12c684bf4820eed31759e1dd175a4a",
    "nctm-math-teaching-practices": "35674a0e950c5ce60195e62a16b7803a09cb26c2d7d073a531d9fe48429127b6",
    "peer-visit-protocol": "a62153bc0e226afe2d5e85886b236ed9c5a1547cc9da00813847508013de5622",
    "standards-proficiency-scales": "ba1351a8a719189befa0f42db38d8473581678d90251cff88e167fbe63e59a5b",
}


def builtin(framework_id: str) -> Framework:
    return load_framework(FORMS_DIR / f"{framework_id}.toml")


def test_every_builtin_framework_keeps_the_hash_main_gave_it() -> None:
    found = {f.id: f.sha256 for f in map(load_framework, framework_files([FORMS_DIR]))}
    assert found == MAIN_HASHES


@pytest.mark.parametrize("framework_id", sorted(MAIN_HASHES))
def test_a_localized_framework_keeps_its_identity_keys_and_values(framework_id: str) -> None:
    original = builtin(framework_id)
    shown = localize(original, "es")
    assert (shown.id, shown.version, shown.sha256, shown.canonical) == (
        original.id, original.version, original.sha256, original.canonical)
    assert [lf.key for lf in shown.look_fors] == [lf.key for lf in original.look_fors]
    assert [[o.key for o in lf.choices] for lf in shown.look_fors] == [
        [o.key for o in lf.choices] for lf in original.look_fors]


def test_the_sidecars_are_not_taken_for_frameworks_when_the_forms_folder_is_installed() -> None:
    assert {p.name for p in framework_files([FORMS_DIR])} == {f"{i}.toml" for i in MAIN_HASHES}


def test_the_blast_framework_reads_in_spanish() -> None:
    shown = localize(builtin("blast-empowered-learning"), "es")
    assert shown.title == "Aprendizaje empoderado y Perfil del Egresado"
    engaged = shown.look_for("engaged")
    assert engaged.prompt.startswith("Proporción de estudiantes")
    assert [o.label for o in engaged.options] == ["Ninguno", "Unos pocos", "Aproximadamente la mitad",
                                                   "La mayoría", "Todos"]
    assert shown.section_of("engaged").title == "Ambiente de aprendizaje"


def test_english_is_the_definition_itself() -> None:
    original = builtin("peer-visit-protocol")
    assert localize(original, "en") is original
    assert localize(original, "") is original


def test_a_language_without_a_sidecar_shows_the_definition_text() -> None:
    original = builtin("peer-visit-protocol")
    assert localize(original, "fr") is original


def test_a_key_the_sidecar_lacks_keeps_the_definition_text(tmp_path: Path) -> None:
    original = builtin("peer-visit-protocol")
    (tmp_path / "translations").mkdir()
    sidecar_path(original.id, "xx", tmp_path).write_text(
        'title = "Título"\n[look_fors.heard]\nprompt = "Lo que oí"\n[look_fors.no-such-key]\nprompt = "nada"\n',
        encoding="utf-8")
    shown = localize(original, "xx", forms_dir=tmp_path)
    assert shown.title == "Título"
    assert shown.look_for("heard").prompt == "Lo que oí"
    assert shown.look_for("heard").description == original.look_for("heard").description
    assert shown.look_for("saw").prompt == original.look_for("saw").prompt


def test_a_broken_sidecar_shows_the_definition_text(tmp_path: Path) -> None:
    original = builtin("peer-visit-protocol")
    (tmp_path / "translations").mkdir()
    sidecar_path(original.id, "xx", tmp_path).write_text('title = "unterminated\n', encoding="utf-8")
    framework_text._read_sidecar.cache_clear()
    assert localize(original, "xx", forms_dir=tmp_path).title == original.title


def test_stored_translations_win_over_a_sidecar() -> None:
    original = builtin("peer-visit-protocol")
    shown = localize(original, "es", stored={"es": {"title": "Desde el XLSForm"}})
    assert shown.title == "Desde el XLSForm"


def test_the_pseudo_language_wraps_every_text() -> None:
    shown = localize(builtin("blast-empowered-learning"), PSEUDO)
    assert shown.title == "⟦Empowered Learning & Profile of the Graduate⟧"
    for lf in shown.look_fors:
        assert lf.prompt.startswith("⟦") and lf.prompt.endswith("⟧")
        assert all(o.label.startswith("⟦") for o in lf.options)
    assert all(s.title.startswith("⟦") for s, _ in shown.walk())


@pytest.mark.parametrize("path", sorted((FORMS_DIR / "translations").glob("*.toml")), ids=lambda p: p.name)
def test_every_key_in_a_sidecar_names_something_in_its_framework(path: Path) -> None:
    framework_id, language, _ = path.name.rsplit(".", 2)
    original = builtin(framework_id)
    table = framework_text.translations_for(framework_id, language)
    assert set(table) <= {"title", "description", "sections", "look_fors", "scores", "tags"}
    assert set(table.get("tags", {})) <= {t for lf in original.look_fors for t in lf.tags}  # type: ignore[arg-type]
    assert set(table.get("sections", {})) <= {s.key for s, _ in original.walk()}  # type: ignore[arg-type]
    look_fors = table.get("look_fors", {})
    assert isinstance(look_fors, dict)
    assert set(look_fors) <= {lf.key for lf in original.look_fors}
    for key, entry in look_fors.items():
        assert set(entry.get("options", {})) <= {o.key for o in original.look_for(key).options}, key


@pytest.mark.parametrize("path", sorted((FORMS_DIR / "translations").glob("*.toml")), ids=lambda p: p.name)
def test_a_sidecar_translates_every_prompt_and_option_of_its_framework(path: Path) -> None:
    framework_id, language, _ = path.name.rsplit(".", 2)
    original = builtin(framework_id)
    shown = localize(original, language)
    for before, after in zip(original.look_fors, shown.look_fors, strict=True):
        assert after.prompt != before.prompt, before.key
        if before.description:
            assert after.description != before.description, before.key
        for o_before, o_after in zip(before.options, after.options, strict=True):
            assert o_after.label != o_before.label, (before.key, o_before.key)
        for l_before, l_after in zip(before.levels, after.levels, strict=True):
            assert l_after.label != l_before.label, before.key
            assert l_after.anchor != l_before.anchor, before.key
        for t_before, t_after in zip(before.tags, after.tags, strict=True):
            assert t_after != t_before, (before.key, t_before)
    for (before_s, _), (after_s, _) in zip(original.walk(), shown.walk(), strict=True):
        assert after_s.title != before_s.title, before_s.key


@pytest.mark.parametrize("framework_id", sorted(MAIN_HASHES))
def test_every_builtin_framework_has_a_spanish_sidecar(framework_id: str) -> None:
    # The coverage tests above run over every sidecar there is; this makes all five be there.
    assert sidecar_path(framework_id, "es").is_file(), framework_id
    assert framework_text.translations_for(framework_id, "es"), framework_id


def _texts(framework: Framework) -> list[tuple[str, str]]:
    """(where, text) for every text of a framework a visitor reads."""
    found = [("title", framework.title), ("description", framework.description)]
    found += [(f"section {s.key}", t) for s, _ in framework.walk() for t in (s.title, s.description)]
    found += [(f"look-for {lf.key}", t) for lf in framework.look_fors for t in (lf.prompt, lf.description)]
    return [(where, text) for where, text in found if text]


#: NCTM's own name for a practice ("Build procedural fluency ..."): the Spanish list flags the word
#: "fluidez" as a judgement of reading, but here it names the practice, as the English does.
PRACTICE_NAMES = {("nctm-math-teaching-practices", "section fluency", "fluidez")}


@pytest.mark.parametrize("framework_id", sorted(
    i for i in MAIN_HASHES if Mode.PEER in builtin(i).modes))
def test_the_spanish_text_of_a_peer_framework_judges_nowhere_its_english_does_not(framework_id: str) -> None:
    lists = PhraseList.default()
    original = builtin(framework_id)
    judging = []
    for (where, english), (_, spanish) in zip(_texts(original), _texts(localize(original, "es")), strict=True):
        if lists.find(english, "en"):
            continue
        for flag in lists.find(spanish, "es"):
            if (framework_id, where, spanish[flag.start:flag.end].casefold()) not in PRACTICE_NAMES:
                judging.append((where, spanish[flag.start:flag.end]))
    assert judging == []


def test_a_tag_reads_in_spanish_on_every_look_for_that_has_it() -> None:
    original = builtin("equity-sel-assured-practices")
    shown = localize(original, "es")
    assert shown.look_for("names-and-tone").tags == (
        "Aprendizaje equitativo", "Aprendizaje socioemocional", "Perfil del Egresado: Empático")
    # Grouping by tag: the same look-fors share a tag before and after translating.
    def groups(framework: Framework) -> list[list[str]]:
        by_tag: dict[str, list[str]] = {}
        for lf in framework.look_fors:
            for tag in lf.tags:
                by_tag.setdefault(tag, []).append(lf.key)
        return sorted(by_tag.values())
    assert groups(shown) == groups(original)
    assert len(groups(shown)) == 6


def test_a_tag_the_sidecar_lacks_keeps_its_english(tmp_path: Path) -> None:
    original = builtin("equity-sel-assured-practices")
    (tmp_path / "translations").mkdir()
    sidecar_path(original.id, "xx", tmp_path).write_text(
        '[tags]\n"Equitable learning" = "Equitativo"\n', encoding="utf-8")
    shown = localize(original, "xx", forms_dir=tmp_path)
    assert shown.look_for("names-and-tone").tags == ("Equitativo", "Social emotional learning", "POG: Empathetic")


def test_the_pseudo_language_wraps_tags() -> None:
    shown = localize(builtin("equity-sel-assured-practices"), PSEUDO)
    assert shown.look_for("all-voices").tags == ("⟦Equitable learning⟧",)


@pytest.mark.parametrize("path", sorted((FORMS_DIR / "translations").glob("*.toml")), ids=lambda p: p.name)
def test_a_sidecar_passes_the_check_a_frameworks_own_translations_get(path: Path) -> None:
    # The same check as [translations.<lang>] in a framework file: no misspelt setting, nothing unused.
    framework_id, language, _ = path.name.rsplit(".", 2)
    original = builtin(framework_id)
    checker = Checker(path.name)
    table = framework_text.translations_for(framework_id, language)
    translations(checker, {"translations": {language: table}}, original.sections, {s.key for s in original.scores})
    assert [str(p) for p in checker.problems] == []


def test_a_tag_shows_in_the_sidecar_language_and_the_english_tag_is_kept_where_it_lacks_one(tmp_path: Path) -> None:
    original = builtin("blast-empowered-learning")
    sidecar_path(original.id, "xx", tmp_path).parent.mkdir(parents=True, exist_ok=True)
    sidecar_path(original.id, "xx", tmp_path).write_text('[tags]\n"Empowered learning" = "EL-xx"\n', encoding="utf-8")
    shown = localize(original, "xx", forms_dir=tmp_path)
    pairs = {(b, a) for lf_b, lf_a in zip(original.look_fors, shown.look_fors, strict=True)
             for b, a in zip(lf_b.tags, lf_a.tags, strict=True)}
    assert ("Empowered learning", "EL-xx") in pairs
    assert ("POG: Self-Actualized", "POG: Self-Actualized") in pairs


def test_a_framework_title_comes_from_its_sidecar_without_parsing_the_framework() -> None:
    assert framework_text.localize_title("blast-empowered-learning", "Empowered", "es") == \
        "Aprendizaje empoderado y Perfil del Egresado"
    assert framework_text.localize_title("blast-empowered-learning", "Empowered", "en") == "Empowered"
    assert framework_text.localize_title("no-such-framework", "Mine", "es") == "Mine"
    assert framework_text.localize_title("blast-empowered-learning", "Empowered", PSEUDO) == "⟦Empowered⟧"
