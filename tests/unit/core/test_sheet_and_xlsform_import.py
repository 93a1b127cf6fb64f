"""Spreadsheet (CSV, .xlsx) and XLSForm imports: every problem by row and column before anything is saved,
the shipped template, and an XLSForm covering every mapped type and an unsupported construct."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from walkthrough.core.frameworks import ResponseType, parse_framework
from walkthrough.core.sheet_import import read_sheet
from walkthrough.core.sheet_template import write_template
from walkthrough.core.xlsform_import import is_xlsform, read_xlsform
from walkthrough.paths import FORMS_DIR

HEADER = ["section", "key", "prompt", "response", "options", "values", "anchors", "allow_na", "show_if", "tags"]
GOOD = ["Environment", "target", "The target is posted", "presence", "", "", "", "", "", "Standards"]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]], settings: list[list[str]] | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "look-fors"
    for row in rows:
        sheet.append(row)
    if settings:
        extra = book.create_sheet("framework")
        for row in settings:
            extra.append(row)
    book.save(path)
    return path


def row(**changes: str) -> list[str]:
    values = dict(zip(HEADER, GOOD, strict=True))
    values.update(changes)
    return [values[c] for c in HEADER]


def test_a_good_sheet_becomes_a_framework_that_forms_check_accepts(tmp_path: Path) -> None:
    rows = [HEADER, row(), row(key="ref", prompt="The teacher refers to it", show_if="target = observed"),
            row(section="Talk", key="grouping", prompt="Grouping", response="choice",
                options="Whole class\nSmall groups", values="0\n1", anchors="Everyone together\nThree to five")]
    result = read_sheet(write_csv(tmp_path / "our-look-fors.csv", rows))
    assert result.usable, [str(p) for p in result.problems]
    framework = parse_framework(result.toml(), "x.toml")
    assert framework.id == "our-look-fors" and [s.title for s in framework.sections] == ["Environment", "Talk"]
    grouping = framework.look_for("grouping")
    assert grouping.options[1].anchor == "Three to five" and grouping.options[1].value == 1
    assert framework.look_for("ref").show_if[0].look_for == "target"


# At least ten malformed spreadsheets, each with its row and column ------------------------------------------

MALFORMED: list[tuple[str, list[list[str]], str]] = [
    ("unknown response type", [HEADER, row(response="banana")], "row 2, column D (response): unknown response type"),
    ("yes/no that is neither", [HEADER, row(allow_na="maybe")], "row 2, column H (allow_na): 'maybe' is not yes or no"),
    ("missing prompt", [HEADER, row(prompt="", key="k")], "row 2, column C (prompt): 'prompt' must not be empty"),
    ("missing section", [HEADER, row(section="")], "row 2, column A (section): every look-for needs the section"),
    ("a bad key", [HEADER, row(key="Target Posted")], "row 2, column B (key): key 'Target Posted' must use only"),
    ("duplicate key", [HEADER, row(), row(prompt="Again")], "row 3, column B (key): duplicate look-for key 'target'"),
    ("one option", [HEADER, row(response="choice", options="Only one")],
     "row 2, column E (options): 'options' must list at least 2 choices"),
    ("values not matching options", [HEADER, row(response="choice", options="A\nB", values="1")],
     "row 2, column F (values): 1 values for 2 options"),
    ("a value that is not a number", [HEADER, row(response="choice", options="A;B", values="one;two")],
     "row 2, column F (values): 'one' is not a number"),
    ("a condition not understood", [HEADER, row(), row(key="b", show_if="when target is there somehow?")],
     "row 3, column I (show_if): 'when target is there somehow?' is not a condition"),
    ("a condition on a later look-for", [HEADER, row(show_if="later = observed"), row(key="later")],
     "row 2, column I (show_if): 'show_if' names 'later', which is not a look-for above this one"),
    ("a rating in a peer sheet", [HEADER, row(response="rating", options="Low;High")],
     "row 2, column D (response): a rating look-for is not allowed in a framework that allows peer mode"),
    ("an unknown column", [[*HEADER, "colour"], [*row(), "red"]], "row 1, column K (colour): unknown column 'colour'"),
    ("no response column", [[c for c in HEADER if c != "response"], GOOD[:3] + GOOD[4:]],
     "row 1: no 'response' column"),
]


@pytest.mark.parametrize(("rows", "expected"), [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED])
def test_a_malformed_sheet_names_the_row_and_column(tmp_path: Path, rows: list[list[str]], expected: str) -> None:
    path = write_csv(tmp_path / "sheet.csv", rows)
    result = read_sheet(path, settings={"modes": "peer"} if "Low;High" in str(rows) else None)
    assert not result.usable
    shown = [str(p) for p in result.problems]
    assert any(expected in s for s in shown), shown
    assert all(s.startswith(str(path)) for s in shown)


def test_an_xlsx_sheet_with_settings_and_line_breaks_in_cells(tmp_path: Path) -> None:
    rows: list[list[object]] = [HEADER, [*row()[:3], "rating", "Low\nMiddle\nHigh", "1\n2\n3", "", "", "", ""]]
    path = write_xlsx(tmp_path / "x.xlsx", rows, [["setting", "value"], ["id", "our-rating"], ["title", "Ours"],
                                                  ["target_minutes", 5]])
    result = read_sheet(path)
    assert result.usable, [str(p) for p in result.problems]
    framework = parse_framework(result.toml(), "x")
    assert framework.id == "our-rating" and framework.target_minutes == 5
    assert [lv.value for lv in framework.look_for("target").levels] == [1, 2, 3]


def test_a_file_that_is_not_a_spreadsheet_is_refused_plainly(tmp_path: Path) -> None:
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    [problem] = read_sheet(bad).problems
    assert "is not an Excel workbook" in str(problem) and str(bad) in str(problem)


def test_the_shipped_template_is_what_the_code_writes_and_imports_cleanly(tmp_path: Path) -> None:
    shipped = FORMS_DIR / "templates" / "look-fors-template.xlsx"
    made = tmp_path / "made.xlsx"
    write_template(made)
    read = [[c for c in r] for r in openpyxl.load_workbook(shipped).active.iter_rows(values_only=True)]  # type: ignore[union-attr]
    fresh = [[c for c in r] for r in openpyxl.load_workbook(made).active.iter_rows(values_only=True)]  # type: ignore[union-attr]
    assert read == fresh
    for template in (shipped, FORMS_DIR / "templates" / "look-fors-template.csv"):
        result = read_sheet(template)
        assert result.usable and not result.problems, [str(p) for p in result.problems]
        parse_framework(result.toml(), str(template))
    book = openpyxl.load_workbook(shipped)
    assert book.sheetnames == ["look-fors", "framework", "help"]
    assert book["look-fors"].data_validations.dataValidation, "the response column offers a drop-down list"


# XLSForm ---------------------------------------------------------------------------------------------------

def write_xlsform(path: Path) -> Path:
    book = openpyxl.Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    for r in [
        ["type", "name", "label", "hint", "relevant", "calculation", "constraint"],
        ["begin group", "environment", "Environment", "", "", "", ""],
        ["note", "intro", "Look around the room first.", "", "", "", ""],
        ["select_one yn", "target_posted", "Target posted?", "On the board", "", "", ""],
        ["select_one level", "climate", "Climate", "", "${target_posted} = 'yes'", "", ""],
        ["select_multiple grouping", "grouping", "Grouping", "", "", "", ""],
        ["integer", "present", "Students present", "", "", "", ". >= 0"],
        ["note", "about_quote", "Write exactly what you hear.", "", "", "", ""],
        ["text", "quote", "A student quote", "", "selected(${grouping}, 'small')", "", ""],
        ["calculate", "double", "", "", "", "${present} * 2", ""],
        ["geopoint", "where", "Where", "", "", "", ""],
        ["select_one yn", "complex", "Complex condition", "", "${present} > 3 or ${climate} = '2'", "", ""],
        ["end group", "", "", "", "", "", ""],
        ["begin repeat", "segment", "Segment", "", "", "", ""],
        ["decimal", "share", "Share on task", "", "", "", ""],
        ["end repeat", "", "", "", "", "", ""],
    ]:
        survey.append(r)
    choices = book.create_sheet("choices")
    for r in [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"], ["yn", "na", "N/A"],
              ["level", "1", "Low"], ["level", "2", "High"], ["grouping", "whole", "Whole class"],
              ["grouping", "small", "Small groups"]]:
        choices.append(r)
    settings = book.create_sheet("settings")
    settings.append(["form_title", "form_id", "version"])
    settings.append(["Classroom observation", "classroom_observation", "2024031501"])
    book.save(path)
    return path


def test_an_xlsform_maps_every_type_and_lists_what_it_cannot_carry(tmp_path: Path) -> None:
    path = write_xlsform(tmp_path / "form.xlsx")
    assert is_xlsform(path)
    result = read_xlsform(path)
    assert result.usable, result.problems
    framework = parse_framework(result.toml(), "x")
    lf = framework.look_for
    assert lf("target_posted").response is ResponseType.PRESENCE and lf("target_posted").allow_na
    assert lf("climate").response is ResponseType.CHOICE and [o.label for o in lf("climate").options] == ["Low", "High"]
    assert lf("climate").show_if[0].look_for == "target_posted" and lf("climate").show_if[0].values == ("observed",)
    assert lf("grouping").response is ResponseType.MULTI_CHOICE
    assert lf("present").response is ResponseType.NUMBER and lf("share").decimals == 2
    assert lf("quote").response is ResponseType.TEXT and lf("quote").description == "Write exactly what you hear."
    assert lf("quote").show_if[0].test.value == "includes"
    assert framework.sections[0].description == "Look around the room first."
    assert lf("target_posted").description == "On the board"
    assert framework.top_section("share").repeat is not None
    carried = "\n".join(result.not_carried)
    for missing in ("'double' is a calculation", "'where' is a 'geopoint' question", "constraint '. >= 0'",
                    "'complex': its relevant"):
        assert missing in carried, carried
    assert "complex" in [x.key for x in framework.look_fors]  # kept, always shown, and said so


def test_forms_import_cli_writes_a_checked_file_or_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.toml"
    form = write_xlsform(tmp_path / "f.xlsx")
    ok = subprocess.run([sys.executable, "-m", "walkthrough", "forms", "import", str(form), "-o", str(out)],
                        capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert "not carried over: 'double' is a calculation" in ok.stdout and "Traceback" not in ok.stderr
    check = subprocess.run([sys.executable, "-m", "walkthrough", "forms", "check", str(out)], capture_output=True,
                           text=True, timeout=120)
    assert check.returncode == 0
    bad_out = tmp_path / "bad.toml"
    bad = subprocess.run([sys.executable, "-m", "walkthrough", "forms", "import",
                          str(write_csv(tmp_path / "b.csv", [HEADER, row(response="banana")])), "-o", str(bad_out)],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and "row 2, column D (response)" in bad.stderr and not bad_out.exists()


def test_forms_diff_says_what_changed(tmp_path: Path) -> None:
    source = (FORMS_DIR / "blast-empowered-learning.toml").read_text(encoding="utf-8")
    first = parse_framework(source, "a").look_fors[0]
    changed = tmp_path / "b.toml"
    changed.write_text(source.replace(first.prompt, "A sharper prompt").replace('version = "1.0"', 'version = "1.1"'),
                       encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "walkthrough", "forms", "diff",
                             str(FORMS_DIR / "blast-empowered-learning.toml"), str(changed)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and f"'{first.key}' reworded" in result.stdout and "version: 1.0 → 1.1" in \
        result.stdout
