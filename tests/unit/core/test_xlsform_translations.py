"""An XLSForm's ``label::Español (es)`` / ``label::es`` / ``hint::…`` columns become the framework's
stored translations ([translations.es]): checked like the rest of the file, display-only (the hash
is the one the form has without them), and shown by ``localize``."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from walkthrough.core.framework_document import framework_toml
from walkthrough.core.framework_text import localize
from walkthrough.core.frameworks import Framework, FrameworkError, parse_framework
from walkthrough.core.xlsform_import import read_xlsform
from walkthrough.core.xlsform_languages import language_code

ENGLISH, SPANISH = "label::English (en)", "label::Español (es)"
HINT_EN, HINT_ES = "hint::English (en)", "hint::Español (es)"


def write_form(path: Path, label: str = ENGLISH, spanish: str | None = SPANISH, hint: str = HINT_EN,
               hint_es: str = HINT_ES) -> Path:
    """A small XLSForm; ``spanish=None`` leaves the Spanish columns out."""
    book = openpyxl.Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    rows: list[list[str]] = [
        ["type", "name", label, spanish or "", hint, hint_es],
        ["begin group", "room", "The room", "El aula", "", ""],
        ["note", "intro", "Look around first.", "Observe el aula primero.", "", ""],
        ["select_one grouping", "grouping", "How are students grouped?", "¿Cómo están agrupados?",
         "Most students", "La mayoría"],
        ["select_one yn", "posted", "Target posted", "Objetivo a la vista", "", ""],
        ["note", "about_quote", "Write what you hear.", "Escriba lo que oye.", "", ""],
        ["text", "quote", "A student quote", "Una cita de un estudiante", "Exact words", "Palabras exactas"],
        ["end group", "", "", "", "", ""],
    ]
    for r in rows:
        survey.append(r if spanish else [c for i, c in enumerate(r) if i not in (3, 5)])
    choices = book.create_sheet("choices")
    for r in [["list_name", "name", label, spanish or ""], ["grouping", "whole", "Whole class", "Todo el grupo"],
              ["grouping", "small", "Small groups", "Grupos pequeños"], ["yn", "yes", "Yes", "Sí"],
              ["yn", "no", "No", "No"]]:
        choices.append(r if spanish else r[:3])
    settings = book.create_sheet("settings")
    settings.append(["form_title", "form_id"])
    settings.append(["Room check", "room_check"])
    book.save(path)
    return path


def imported(path: Path) -> Framework:
    result = read_xlsform(path)
    assert result.usable, result.problems
    return parse_framework(result.toml(), str(path))


def test_an_xlsforms_spanish_columns_become_the_frameworks_stored_translations(tmp_path: Path) -> None:
    framework = imported(write_form(tmp_path / "form.xlsx"))
    assert framework.look_for("grouping").prompt == "How are students grouped?"  # its own text: English
    table = framework.translations["es"]
    assert table["sections"]["room"] == {"title": "El aula", "description": "Observe el aula primero."}
    assert table["look_fors"]["grouping"] == {"prompt": "¿Cómo están agrupados?", "description": "La mayoría",
                                              "options": {"whole": "Todo el grupo", "small": "Grupos pequeños"}}
    # A note before a question is part of its description, in each language.
    assert table["look_fors"]["quote"]["description"] == "Escriba lo que oye.\nPalabras exactas"
    shown = localize(framework, "es", framework.translations)
    assert shown.look_for("quote").prompt == "Una cita de un estudiante"
    assert [o.label for o in shown.look_for("grouping").options] == ["Todo el grupo", "Grupos pequeños"]
    assert [o.key for o in shown.look_for("grouping").options] == ["whole", "small"]


def test_the_translations_leave_the_hash_the_form_has_without_them(tmp_path: Path) -> None:
    with_spanish = imported(write_form(tmp_path / "es.xlsx"))
    without = imported(write_form(tmp_path / "en.xlsx", spanish=None, hint_es=""))
    assert without.translations == {}
    assert with_spanish.sha256 == without.sha256


def test_plain_label_columns_with_label_es_give_the_own_text_and_the_spanish(tmp_path: Path) -> None:
    framework = imported(write_form(tmp_path / "form.xlsx", label="label", spanish="label::es", hint="hint",
                                    hint_es="hint::es"))
    assert framework.look_for("posted").prompt == "Target posted"
    assert framework.translations["es"]["look_fors"]["posted"] == {"prompt": "Objetivo a la vista"}


def test_a_language_column_without_a_code_is_listed_as_not_carried_over(tmp_path: Path) -> None:
    result = read_xlsform(write_form(tmp_path / "form.xlsx", spanish="label::Klingon", hint_es="hint::Klingon"))
    assert result.usable, result.problems
    assert "translations" not in result.document
    assert any("'Klingon' are not carried over" in line for line in result.not_carried), result.not_carried


@pytest.mark.parametrize(("column", "code"), [("Español (es)", "es"), ("es", "es"), ("Spanish", "es"),
                                               ("Português (pt-BR)", "pt-BR"), ("English (en)", "en"),
                                               ("Klingon", None), ("default", None)])
def test_a_columns_language_code(column: str, code: str | None) -> None:
    assert language_code(column) == code


BASE = '''
id = "t"
version = "1.0"
title = "T"
modes = ["blast"]

[[sections]]
key = "room"
title = "Room"

[[sections.look_fors]]
key = "grouping"
prompt = "Grouping"
response = "choice"
options = ["Whole class", "Small groups"]
'''


def problems(extra: str) -> list[str]:
    try:
        framework = parse_framework(BASE + extra, "t.toml")
    except FrameworkError as exc:
        return [str(p) for p in exc.problems]
    return [str(p) for p in framework.warnings]


def test_a_misspelt_translation_key_is_named_with_what_to_write() -> None:
    found = problems('[translations.es.look_fors.grouping]\npromt = "Agrupación"\n')
    assert any("translations 'es', look-for 'grouping': unknown key 'promt'; did you mean 'prompt'?" in p
               for p in found), found


def test_a_translation_that_is_not_text_is_refused() -> None:
    with pytest.raises(FrameworkError, match=r"options\.whole: must be text in quotes"):
        parse_framework(BASE + '[translations.es.look_fors.grouping]\noptions = { whole = 3 }\n', "t.toml")


def test_a_translation_for_a_key_the_framework_lacks_is_a_warning_naming_it() -> None:
    framework = parse_framework(BASE + '[translations.es.look_fors.gone]\nprompt = "Nada"\n'
                                '[translations.es.look_fors.grouping]\noptions = { pairs = "Parejas" }\n', "t.toml")
    warnings = " | ".join(str(w) for w in framework.warnings)
    assert "look-for 'gone' is not in this framework" in warnings
    assert "option 'pairs' is not in this framework" in warnings


def test_a_translation_table_must_be_named_by_a_language_code() -> None:
    with pytest.raises(FrameworkError, match="'Spanish' is not a language code"):
        parse_framework(BASE + '[translations.Spanish]\ntitle = "T"\n', "t.toml")


def test_a_stored_framework_written_out_again_keeps_its_translations(tmp_path: Path) -> None:
    framework = imported(write_form(tmp_path / "form.xlsx"))
    again = parse_framework(framework_toml(framework), "again.toml")
    assert again.translations == framework.translations
    assert again.sha256 == framework.sha256
