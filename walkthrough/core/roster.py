"""A school's roster from a spreadsheet (CSV or .xlsx): one row per room.

Schools keep their rooms and teachers in Excel or LibreOffice, or export
them from the student information system. :func:`read_roster` reads such a
file and returns every row it understood and EVERY problem, each naming the
row and the column ("row 7, column C (e-mail)"), before anything is saved;
:mod:`walkthrough.storage.roster_store` applies a roster with no problems.

The columns (header names are matched leniently, in English or Spanish):

* ``room`` (required): the room's name, unique within the file;
* ``teacher``: who teaches there (may be empty: a room with no teacher yet);
* ``e-mail``: the teacher's address, the stable key a re-import finds them by;
* ``grade band``: ``K-2``, ``3-5``, ``6-8``, ``9-12``, a single grade (``4``), ...;
* ``subject``;
* ``PLC team``, when present.

The .xlsx reader is openpyxl (already what the framework spreadsheets use;
it reads merged ranges and formulas, which a roster must refuse, where a
values-only reader such as python-calamine would silently flatten them).
Pure Python, no Qt.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from walkthrough.core.text_files import TextFileError, normalise_text, read_bytes_safely

MAX_ROSTER_BYTES = 5_000_000
MAX_ROWS = 5_000  # a district's biggest school has a few hundred rooms
MAX_UNZIPPED_BYTES = 50_000_000  # an .xlsx that unpacks to more is refused unread (a zip bomb)
MAX_CELL_CHARS = 200

FIELDS = ("room", "teacher", "email", "grade_band", "subject", "plc_team")
REQUIRED = ("room",)
LABELS = {"room": "room", "teacher": "teacher", "email": "e-mail", "grade_band": "grade band",
          "subject": "subject", "plc_team": "PLC team"}
# Header names as people type them (compared without case, accents, spaces or punctuation).
HEADERS = {
    "room": ("room", "roomname", "roomnumber", "roomno", "classroom", "aula", "salon", "sala", "numerodeaula",
             "salondeclase"),
    "teacher": ("teacher", "teachername", "teachers", "name", "fullname", "maestro", "maestra", "maestroa",
                "docente", "profesor", "profesora", "profesora", "nombre", "nombredeldocente",
                "nombredelmaestro"),
    "email": ("email", "mail", "emailaddress", "teacheremail", "correo", "correoelectronico", "email1"),
    "grade_band": ("gradeband", "grade", "grades", "gradelevel", "gradelevels", "grado", "grados", "nivel",
                   "banda", "bandadegrados", "curso"),
    "subject": ("subject", "subjects", "course", "content", "contentarea", "materia", "asignatura", "area"),
    "plc_team": ("plcteam", "plc", "team", "teamname", "equipo", "equipoplc", "equipodeplc"),
}
_GRADES = ("PK", "K", *(str(n) for n in range(1, 13)))
_GRADE_WORDS = {"PREK": "PK", "PREKINDER": "PK", "TK": "PK", "KINDER": "K", "KINDERGARTEN": "K", "KG": "K",
                "0": "K", "JARDIN": "K"}
_EMAIL = re.compile(r"^[^@\s,;<>\"']+@[^@\s,;<>\"']+\.[^@\s,;<>\"'.]{2,}$")
_INJECTION = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class RosterProblem:
    """One thing wrong with a roster file, by row and column."""

    file: str
    row: int  # 0: the file as a whole
    column: str  # "C (e-mail)", or ""
    message: str

    def __str__(self) -> str:
        if self.file == TYPED:  # rooms typed one per line: "line 3 (grade band): ..."
            where = " ".join(w for w in (f"line {self.row}" if self.row else "", self.column) if w)
            return f"{where}: {self.message}" if where else f"The rooms typed {self.message}"
        where = f"row {self.row}" if self.row else ""
        if self.column:
            where += (", " if where else "") + f"column {self.column}"
        return f"{self.file}: {where}: {self.message}" if where else f"{self.file}: {self.message}"


@dataclass(frozen=True)
class RosterRow:
    """One room of the roster, as the file gives it (``row`` is the spreadsheet's row number)."""

    row: int
    room: str
    teacher: str = ""
    email: str = ""
    grade_band: str = ""
    subject: str = ""
    plc_team: str = ""


@dataclass
class Roster:
    file: str
    rows: list[RosterRow] = field(default_factory=list)
    problems: list[RosterProblem] = field(default_factory=list)
    columns: tuple[str, ...] = ()  # the fields the file has, in its order

    @property
    def usable(self) -> bool:
        return bool(self.rows) and not self.problems

    def report(self) -> str:
        """What the file holds and every problem, one per line (the CLI and the dialog say this)."""
        lines = [f"{self.file}: {len(self.rows)} room{'s' if len(self.rows) != 1 else ''} read"]
        lines += [str(p) for p in self.problems]
        return "\n".join(lines)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(65 + rest) + text
    return text


def header_key(cell: str) -> str:
    text = unicodedata.normalize("NFKD", cell).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", text.lower())


def field_of_header(cell: str) -> str | None:
    key = header_key(cell)
    for name, spellings in HEADERS.items():
        if key in spellings:
            return name
    return None


def grade_band(text: str) -> str | None:
    """The grade band as the app writes it (``K-2``, ``6-8``, ``4``), or None if it is not one."""
    cleaned = text.replace("–", "-").replace("—", "-")
    cleaned = unicodedata.normalize("NFKD", cleaned).encode("ascii", "ignore").decode("ascii").upper()
    cleaned = re.sub(r"\s+", "", cleaned)
    cleaned = re.sub(r"^(GRADES?|GRADOS?)", "", cleaned)
    if not cleaned:
        return ""
    parts = re.split(r"-|TO|A(?=\d)", cleaned)
    grades: list[str] = []
    for part in parts:
        part = part.removesuffix("TH").removesuffix("ST").removesuffix("ND").removesuffix("RD")
        part = re.sub(r"^0+(?=\d)", "", part)
        part = _GRADE_WORDS.get(part, part)
        if part not in _GRADES:
            return None
        grades.append(part)
    if len(grades) == 1:
        return grades[0]
    if len(grades) != 2 or _GRADES.index(grades[0]) > _GRADES.index(grades[1]):
        return None
    return f"{grades[0]}-{grades[1]}"


# Reading the file --------------------------------------------------------------------------------
class _Refused(Exception):
    def __init__(self, problem: RosterProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def _csv_rows(name: str, raw: bytes) -> list[list[str]]:
    for bom, bom_encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if raw.startswith(bom):
            raw, encoding = raw[len(bom):], bom_encoding
            break
    else:
        encoding = "utf-8"
    try:
        text = normalise_text(raw.decode(encoding))
    except UnicodeDecodeError as exc:
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        row = raw.count(b"\n", 0, exc.start) + 1
        line = raw[line_start:exc.start]
        delimiter = b";" if line.count(b";") > line.count(b",") else b","
        column = column_letter(line.count(delimiter))
        raise _Refused(RosterProblem(
            name, row, column,
            "is not UTF-8 text (a character here cannot be read); in Excel use Save As > "
            "\"CSV UTF-8 (comma delimited)\", in LibreOffice choose the character set Unicode (UTF-8)")) from None
    if "\x00" in text:
        raise _Refused(RosterProblem(name, 0, "", "is not a text (CSV) file: it holds binary data"))
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [list(r) for r in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as exc:
        raise _Refused(RosterProblem(name, 0, "", f"cannot be read as CSV ({exc})")) from None


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _xlsx_rows(name: str, path: Path, raw: bytes, problems: list[RosterProblem]) -> list[list[str]]:
    """The first sheet's rows; merged cells and formulas are problems (by row and column)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _Refused(RosterProblem(name, 0, "", "is not an Excel workbook (.xlsx): it cannot be opened as one; "
                                     "save it from Excel or LibreOffice as .xlsx or .csv")) from None
    if unzipped > MAX_UNZIPPED_BYTES:
        raise _Refused(RosterProblem(name, 0, "", f"unpacks to {unzipped // 1_000_000} MB, far more than any "
                                     "roster (at most 50 MB); it was not opened"))
    if "xl/workbook.xml" not in names:
        raise _Refused(RosterProblem(name, 0, "", "is a zip file but not an Excel workbook (.xlsx): it has no "
                                     "workbook in it"))
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        raise _Refused(RosterProblem(name, 0, "", f"is an Excel workbook that cannot be read ({type(exc).__name__}); "
                                     "open it in Excel or LibreOffice and save it again")) from None
    try:
        sheet = book.worksheets[0]
        if sheet.max_row > MAX_ROWS + 1:
            raise _Refused(RosterProblem(name, 0, "", f"has {sheet.max_row} rows; a roster has at most {MAX_ROWS}"))
        for merged in sheet.merged_cells.ranges:
            first = f"{column_letter(merged.min_col - 1)}{merged.min_row}"
            last = f"{column_letter(merged.max_col - 1)}{merged.max_row}"
            problems.append(RosterProblem(name, merged.min_row, column_letter(merged.min_col - 1),
                                          f"cells {first}:{last} are merged; unmerge them and give every row "
                                          "its own value"))
        rows: list[list[str]] = []
        for row in sheet.iter_rows():
            texts: list[str] = []
            for cell in row:
                if cell.data_type == "f":
                    problems.append(RosterProblem(name, cell.row, column_letter(cell.column - 1),
                                                  "holds a formula; type the value itself"))
                    texts.append("")
                else:
                    texts.append(_cell_text(cell.value))
            rows.append(texts)
        return rows
    finally:
        book.close()


def read_roster(path: Path | str) -> Roster:
    """The rooms of a roster file and every problem by row and column (nothing is saved)."""
    path = Path(path)
    name = path.name
    roster = Roster(name)
    try:
        raw = read_bytes_safely(path, max_bytes=MAX_ROSTER_BYTES, what="roster")
        if raw[:4] == b"PK\x03\x04" or path.suffix.lower() in {".xlsx", ".xlsm"}:
            rows = _xlsx_rows(name, path, raw, roster.problems)
        elif path.suffix.lower() == ".xls" or raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            raise _Refused(RosterProblem(name, 0, "", "is an old Excel file (.xls); save it as .xlsx or .csv"))
        else:
            rows = _csv_rows(name, raw)
    except TextFileError as exc:
        roster.problems.append(RosterProblem(name, 0, "", exc.reason))
        return roster
    except _Refused as refused:
        roster.problems.append(refused.problem)
        return roster
    _rows_of(roster, rows)
    return roster


def _rows_of(roster: Roster, rows: list[list[str]], *, typed: bool = False) -> None:
    name = roster.file
    problems = roster.problems
    header_at = next((i for i, r in enumerate(rows) if any(c.strip() for c in r)), None)
    if header_at is None:
        problems.append(RosterProblem(name, 0, "", "is empty: it needs a header row (room, teacher, e-mail, "
                                      "grade band, subject) and one row per room"))
        return
    header = rows[header_at]
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        if not cell.strip():
            continue
        found = field_of_header(cell)
        at = f"{column_letter(index)} ({cell.strip()[:40]})"
        if found is None:
            continue  # other columns (a student count, a phone) are left alone
        if found in columns:
            problems.append(RosterProblem(name, header_at + 1, at,
                                          f"is a second {LABELS[found]} column (the first is "
                                          f"{column_letter(columns[found])}); keep one"))
            continue
        columns[found] = index
    roster.columns = tuple(f for f in sorted(columns, key=columns.__getitem__))
    for required in REQUIRED:
        if required not in columns:
            known = ", ".join(repr(c.strip()) for c in header if c.strip())
            problems.append(RosterProblem(name, header_at + 1, "",
                                          f"has no {LABELS[required]} column (the header row has {known}); "
                                          "name one column 'room'"))
    if any(r not in columns for r in REQUIRED):
        return
    body = rows[header_at + 1:]
    if len(body) > MAX_ROWS:
        problems.append(RosterProblem(name, 0, "", f"has {len(body)} rows; a roster has at most {MAX_ROWS}"))
        return

    def where(field_name: str) -> str:
        return f"({LABELS[field_name]})" if typed else f"{column_letter(columns[field_name])} ({LABELS[field_name]})"

    unit = "line" if typed else "row"
    rooms_seen: dict[str, int] = {}
    emails_seen: dict[str, tuple[int, str]] = {}
    for offset, cells in enumerate(body):
        number = offset + 1 if typed else header_at + 2 + offset
        if not any(c.strip() for c in cells):
            continue
        values: dict[str, str] = {}
        for field_name, index in columns.items():
            text = cells[index].strip() if index < len(cells) else ""
            text = unicodedata.normalize("NFC", text)
            if text.startswith(_INJECTION) and not (field_name == "grade_band" and re.match(r"^-?\d", text)):
                problems.append(RosterProblem(name, number, where(field_name),
                                              f"starts with {text[0]!r}, which a spreadsheet would run as a "
                                              "formula; remove that character"))
                text = ""
            elif any(ord(ch) < 32 for ch in text):
                problems.append(RosterProblem(name, number, where(field_name),
                                              "holds a line break or control character; keep it on one line"))
                text = ""
            elif len(text) > MAX_CELL_CHARS:
                problems.append(RosterProblem(name, number, where(field_name),
                                              f"is {len(text)} characters long; at most {MAX_CELL_CHARS}"))
                text = ""
            values[field_name] = text
        room = values.get("room", "")
        if not room:
            problems.append(RosterProblem(name, number, where("room"), "is empty; every row needs its room"))
            continue
        first = rooms_seen.get(room.casefold())
        if first is not None:
            problems.append(RosterProblem(name, number, where("room"),
                                          f"{room!r} is already on {unit} {first}; each room once"))
        else:
            rooms_seen[room.casefold()] = number
        email = values.get("email", "").lower()
        if email and not _EMAIL.match(email):
            problems.append(RosterProblem(name, number, where("email"),
                                          f"{values['email']!r} is not an e-mail address (name@school.org)"))
        teacher = values.get("teacher", "")
        if email and not teacher:
            problems.append(RosterProblem(name, number, where("teacher"),
                                          f"is empty but the e-mail is {email}; give the teacher's name"))
        if email and teacher:
            seen = emails_seen.get(email)
            if seen is not None and seen[1].casefold() != teacher.casefold():
                problems.append(RosterProblem(name, number, where("email"),
                                              f"{email} is {seen[1]!r} on {unit} {seen[0]}, not {teacher!r}; "
                                              "one e-mail per person"))
            emails_seen.setdefault(email, (number, teacher))
        band = values.get("grade_band", "")
        if band:
            normal = grade_band(band)
            if normal is None:
                problems.append(RosterProblem(name, number, where("grade_band"),
                                              f"{band!r} is not a grade band the app knows (K-2, 3-5, 6-8, "
                                              "9-12, or one grade from PK and K to 12)"))
            else:
                band = normal
        if first is not None:
            continue
        roster.rows.append(RosterRow(number, room, teacher, email, band, values.get("subject", ""),
                                     values.get("plc_team", "")))
    if not roster.rows and not problems:
        problems.append(RosterProblem(name, 0, "", "has a header row but no rooms under it"))



TYPED = "the rooms typed"
TYPED_COLUMNS = ("Room", "Teacher", "Grade band", "Subject")


def roster_from_lines(text: str) -> Roster:
    """Rooms typed one per line, "Room 12, Ana Diallo, 3-5, Math" (teacher, grade band and subject
    optional), checked as a file is; problems name the line and the field."""
    roster = Roster(TYPED)
    lines = normalise_text(text).split("\n")
    rows = [list(TYPED_COLUMNS)] + [[c.strip() for c in next(csv.reader([line]), [])] if line.strip() else []
                                    for line in lines]
    _rows_of(roster, rows, typed=True)
    if roster.problems and roster.problems[-1].message == "has a header row but no rooms under it":
        roster.problems[-1] = RosterProblem(TYPED, 0, "", "hold no room yet: type one per line")
    return roster
