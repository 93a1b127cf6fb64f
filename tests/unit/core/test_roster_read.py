"""Reading a roster file: what it holds, and every problem by row and column before anything is saved."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from walkthrough.core.roster import grade_band, read_roster
from walkthrough.core.roster_template import template_paths

GOOD = (
    "Room,Teacher,E-mail,Grade band,Subject\n"
    "Room 1,Ana Diallo,ana@cedar.org,K-2,Reading\n"
    "Room 2,Ben Ortiz,BEN@cedar.org,3-5,Math\n"
    "Lab B,,,6-8,Science\n"
)


def _csv(tmp_path: Path, text: str, name: str = "roster.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _messages(path: Path) -> list[str]:
    return [str(p) for p in read_roster(path).problems]


def test_a_good_csv_is_read_room_by_room(tmp_path: Path) -> None:
    roster = read_roster(_csv(tmp_path, GOOD))
    assert roster.problems == []
    assert [(r.row, r.room, r.teacher, r.email, r.grade_band) for r in roster.rows] == [
        (2, "Room 1", "Ana Diallo", "ana@cedar.org", "K-2"),
        (3, "Room 2", "Ben Ortiz", "ben@cedar.org", "3-5"),  # e-mail in lower case: the key
        (4, "Lab B", "", "", "6-8"),
    ]


def test_spanish_headers_semicolons_and_a_bom_are_understood(tmp_path: Path) -> None:
    text = "\ufeffAula;Docente;Correo electrónico;Grados;Materia\nAula 3;María Núñez;maria@cedro.mx;Kínder;Lengua\n"
    roster = read_roster(_csv(tmp_path, text))
    assert roster.problems == []
    assert roster.rows[0].teacher == "María Núñez"
    assert roster.rows[0].grade_band == "K"


def test_an_xlsx_is_read(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Room Number", "Teacher Name", "Email", "Grade", "Subject"])
    sheet.append([104, "Ana Diallo", "ana@cedar.org", 4, "Math"])
    book.save(tmp_path / "r.xlsx")
    roster = read_roster(tmp_path / "r.xlsx")
    assert roster.problems == []
    assert (roster.rows[0].room, roster.rows[0].grade_band) == ("104", "4")


@pytest.mark.parametrize("key", ["en.xlsx", "en.csv", "es.xlsx", "es.csv"])
def test_the_shipped_templates_are_read_with_every_column_and_nothing_made_up(key: str) -> None:
    path = template_paths()[key]
    roster = read_roster(path)
    assert roster.columns == ("room", "teacher", "email", "grade_band", "subject", "plc_team")
    assert roster.rows == []  # no example rows to import by mistake
    assert [str(p) for p in roster.problems] == [f"{path.name}: has a header row but no rooms under it"]


@pytest.mark.parametrize(("text", "band"), [("K-2", "K-2"), ("k – 2", "K-2"), ("Grades 6-8", "6-8"),
                                             ("9 to 12", "9-12"), ("3rd", "3"), ("PK", "PK"), ("05", "5")])
def test_grade_bands_are_written_the_apps_way(text: str, band: str) -> None:
    assert grade_band(text) == band


@pytest.mark.parametrize("text", ["5-3", "13", "middle", "K-2-5"])
def test_what_is_not_a_grade_band_is_refused(text: str) -> None:
    assert grade_band(text) is None


# Malformed files: each message names the file, the row and the column ------------------------------
def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    assert _messages(_csv(tmp_path, "")) == [
        "roster.csv: is empty: it needs a header row (room, teacher, e-mail, grade band, subject) and one row "
        "per room"]


def test_a_file_in_the_wrong_encoding_names_the_row_and_column_of_the_first_bad_character(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Room,Teacher\nRoom 1,Ana\nRoom 2,José Núñez\n", encoding="cp1252")
    [message] = _messages(path)
    assert message.startswith("roster.csv: row 3, column B: is not UTF-8 text")
    assert "CSV UTF-8" in message


def test_a_missing_room_column_is_named_with_the_headers_found(tmp_path: Path) -> None:
    [message] = _messages(_csv(tmp_path, "Teacher,E-mail\nAna,ana@cedar.org\n"))
    assert message == ("roster.csv: row 1: has no room column (the header row has 'Teacher', 'E-mail'); "
                       "name one column 'room'")


def test_duplicate_rooms_name_both_rows(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Room,Teacher\nRoom 1,Ana\nroom 1,Ben\n")
    assert _messages(path) == ["roster.csv: row 3, column A (room): 'room 1' is already on row 2; each room once"]


def test_a_bad_e_mail_is_named(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Room,Teacher,E-mail\nRoom 1,Ana,ana(at)cedar.org\n")
    assert _messages(path) == [
        "roster.csv: row 2, column C (e-mail): 'ana(at)cedar.org' is not an e-mail address (name@school.org)"]


def test_one_e_mail_for_two_people_is_refused(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Room,Teacher,E-mail\nRoom 1,Ana,a@c.org\nRoom 2,Ben,a@c.org\n")
    assert _messages(path) == [
        "roster.csv: row 3, column C (e-mail): a@c.org is 'Ana' on row 2, not 'Ben'; one e-mail per person"]


def test_a_teacher_in_two_rooms_is_one_person(tmp_path: Path) -> None:
    roster = read_roster(_csv(tmp_path, "Room,Teacher,E-mail\nRoom 1,Ana,a@c.org\nRoom 2,Ana,a@c.org\n"))
    assert roster.problems == []


def test_an_unknown_grade_band_is_named(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Room,Teacher,Grade band\nRoom 1,Ana,Middle school\n")
    assert _messages(path) == [
        "roster.csv: row 2, column C (grade band): 'Middle school' is not a grade band the app knows (K-2, 3-5, "
        "6-8, 9-12, or one grade from PK and K to 12)"]


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+1+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3"])
def test_formula_injection_in_a_csv_cell_is_refused(tmp_path: Path, cell: str) -> None:
    path = _csv(tmp_path, f'Room,Teacher\nRoom 1,"{cell.replace(chr(34), chr(34) * 2)}"\n')
    [message] = _messages(path)
    assert message.startswith(f"roster.csv: row 2, column B (teacher): starts with {cell[0]!r}, which a "
                              "spreadsheet would run as a formula")


def test_an_empty_room_cell_is_named(tmp_path: Path) -> None:
    assert _messages(_csv(tmp_path, "Room,Teacher\n,Ana\n")) == [
        "roster.csv: row 2, column A (room): is empty; every row needs its room"]


def test_a_teacher_with_an_e_mail_but_no_name_is_named(tmp_path: Path) -> None:
    assert _messages(_csv(tmp_path, "Room,Teacher,Email\nRoom 1,,ana@c.org\n")) == [
        "roster.csv: row 2, column B (teacher): is empty but the e-mail is ana@c.org; give the teacher's name"]


def test_a_huge_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("w") as out:
        out.write("Room,Teacher\n")
        for n in range(400_000):
            out.write(f"Room {n},Teacher {n}\n")
    assert _messages(path) == ["huge.csv: is 10.6 MB; a roster may be at most 5.0 MB: is it the right file?"]


def test_too_many_rows_is_refused(tmp_path: Path) -> None:
    rows = "".join(f"Room {n},T\n" for n in range(5_001))
    assert _messages(_csv(tmp_path, "Room,Teacher\n" + rows)) == [
        "roster.csv: has 5001 rows; a roster has at most 5000"]


def test_a_zip_bomb_xlsx_is_refused_without_unpacking_it(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 120_000_000)
    assert path.stat().st_size < 1_000_000
    assert _messages(path) == [
        "bomb.xlsx: unpacks to 120 MB, far more than any roster (at most 50 MB); it was not opened"]


def test_an_xlsx_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_bytes(b"these are my notes, renamed")
    assert _messages(path) == [
        "notes.xlsx: is not an Excel workbook (.xlsx): it cannot be opened as one; save it from Excel or "
        "LibreOffice as .xlsx or .csv"]


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8")
    assert _messages(path) == [
        "photos.xlsx: is a zip file but not an Excel workbook (.xlsx): it has no workbook in it"]


def test_merged_cells_and_formulas_in_an_xlsx_are_named_by_cell(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Room", "Teacher", "Grade band"])
    sheet.append(["Room 1", "Ana", "K-2"])
    sheet.append(["Room 2", "Ben", None])
    sheet.append(["Room 3", "=B2", "3-5"])
    sheet.merge_cells("C2:C3")
    book.save(tmp_path / "merged.xlsx")
    assert _messages(tmp_path / "merged.xlsx") == [
        "merged.xlsx: row 2, column C: cells C2:C3 are merged; unmerge them and give every row its own value",
        "merged.xlsx: row 4, column B: holds a formula; type the value itself",
    ]


def test_an_old_xls_file_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    assert _messages(path) == ["old.xls: is an old Excel file (.xls); save it as .xlsx or .csv"]


def test_a_binary_file_renamed_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    [message] = _messages(path)
    assert message.startswith("photo.csv: ")


def test_a_line_break_inside_a_cell_is_named(tmp_path: Path) -> None:
    assert _messages(_csv(tmp_path, 'Room,Teacher\nRoom 1,"Ana\nDiallo"\n')) == [
        "roster.csv: row 2, column B (teacher): holds a line break or control character; keep it on one line"]


def test_a_second_room_column_is_named(tmp_path: Path) -> None:
    assert _messages(_csv(tmp_path, "Room,Classroom,Teacher\nRoom 1,R1,Ana\n")) == [
        "roster.csv: row 1, column B (Classroom): is a second room column (the first is A); keep one"]


def test_every_problem_is_listed_not_only_the_first(tmp_path: Path) -> None:
    text = "Room,Teacher,E-mail,Grade band\nRoom 1,Ana,bad,K-2\nRoom 1,Ben,ben@c.org,purple\n,Cy,,\n"
    assert [m.split(":")[1].strip() for m in _messages(_csv(tmp_path, text))] == [
        "row 2, column C (e-mail)", "row 3, column A (room)", "row 3, column D (grade band)", "row 4, column A (room)"]


def test_rooms_typed_one_per_line_are_checked_as_a_file_is() -> None:
    from walkthrough.core.roster import roster_from_lines

    roster = roster_from_lines("Room 1, Ana Diallo, K-2, Reading\n\nRoom 2\nroom 1, Ben, 13\n")
    assert [(r.row, r.room, r.teacher, r.grade_band, r.subject) for r in roster.rows] == [
        (1, "Room 1", "Ana Diallo", "K-2", "Reading"), (3, "Room 2", "", "", "")]
    assert [str(p) for p in roster.problems] == [
        "line 4 (room): 'room 1' is already on line 1; each room once",
        "line 4 (grade band): '13' is not a grade band the app knows (K-2, 3-5, 6-8, 9-12, or one grade from PK "
        "and K to 12)",
    ]


def test_nothing_typed_is_not_a_roster() -> None:
    from walkthrough.core.roster import roster_from_lines

    assert [str(p) for p in roster_from_lines("  \n").problems] == [
        "The rooms typed hold no room yet: type one per line"]


def test_the_spanish_template_says_equipo_de_plc_as_the_app_does() -> None:
    path = template_paths()["es.csv"]
    header = path.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert header[-1] == "Equipo de PLC"
    import openpyxl

    sheet = openpyxl.load_workbook(template_paths()["es.xlsx"], read_only=True).worksheets[0]
    assert next(sheet.iter_rows(max_row=1, values_only=True))[-1] == "Equipo de PLC"


@pytest.mark.parametrize("heading", ["Equipo de PLC", "Equipo PLC", "equipo de plc"])
def test_a_spanish_roster_names_the_plc_team_column_either_way(tmp_path: Path, heading: str) -> None:
    """Old copies of the Spanish template said "Equipo PLC"; the app says "Equipo de PLC"."""
    roster = read_roster(_csv(tmp_path, f"Aula,Docente,Correo electrónico,Grados,Materia,{heading}\n"
                                        "Aula 1,Ana Diallo,ana@cedar.org,K-2,Lectura,Equipo de 1.º\n"))
    assert roster.problems == []
    assert [(r.room, r.plc_team) for r in roster.rows] == [("Aula 1", "Equipo de 1.º")]
