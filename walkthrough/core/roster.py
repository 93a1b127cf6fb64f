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
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, message
from walkthrough.core.roster_files import Refused, csv_rows, xlsx_rows
from walkthrough.core.roster_problems import (
    NO_ROOMS,
    TYPED,
    RosterProblem,
    column_letter,
    field_column,
    label,
    too_many_rows,
    unit,
)
from walkthrough.core.text_files import TextFileError, normalise_text, read_bytes_safely

MAX_ROSTER_BYTES = 5_000_000
MAX_ROWS = 5_000  # a district's biggest school has a few hundred rooms
MAX_CELL_CHARS = 200

FIELDS = ("room", "teacher", "email", "grade_band", "subject", "plc_team")
REQUIRED = ("room",)
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
        return "\n".join(str(line) for line in self.report_lines())

    def report_lines(self) -> list[Message]:
        """:meth:`report`'s lines, translatable."""
        count = (message(QT_TRANSLATE_NOOP("core", "{file}: 1 room read"), file=self.file) if len(self.rows) == 1
                 else message(QT_TRANSLATE_NOOP("core", "{file}: {n} rooms read"), file=self.file, n=len(self.rows)))
        return [count, *(p.as_message() for p in self.problems)]


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


def read_roster(path: Path | str) -> Roster:
    """The rooms of a roster file and every problem by row and column (nothing is saved)."""
    path = Path(path)
    name = path.name
    roster = Roster(name)
    try:
        raw = read_bytes_safely(path, max_bytes=MAX_ROSTER_BYTES, what=QT_TRANSLATE_NOOP("core", "roster"))
        if raw[:4] == b"PK\x03\x04" or path.suffix.lower() in {".xlsx", ".xlsm"}:
            rows = xlsx_rows(name, raw, roster.problems, MAX_ROWS)
        elif path.suffix.lower() == ".xls" or raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            raise Refused(RosterProblem(name, 0, "", message(QT_TRANSLATE_NOOP(
                "core", "is an old Excel file (.xls); save it as .xlsx or .csv"))))
        else:
            rows = csv_rows(name, raw)
    except TextFileError as exc:
        roster.problems.append(RosterProblem(name, 0, "", exc.reason))
        return roster
    except Refused as refused:
        roster.problems.append(refused.problem)
        return roster
    _rows_of(roster, rows)
    return roster


def _rows_of(roster: Roster, rows: list[list[str]], *, typed: bool = False) -> None:
    name = roster.file
    problems = roster.problems
    header_at = next((i for i, r in enumerate(rows) if any(c.strip() for c in r)), None)
    if header_at is None:
        problems.append(RosterProblem(name, 0, "", message(QT_TRANSLATE_NOOP(
            "core", "is empty: it needs a header row (room, teacher, e-mail, grade band, subject) and one row "
            "per room"))))
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
                                          message(QT_TRANSLATE_NOOP(
                                              "core", "is a second {field} column (the first is {first}); "
                                              "keep one"), field=label(found), first=column_letter(columns[found]))))
            continue
        columns[found] = index
    roster.columns = tuple(f for f in sorted(columns, key=columns.__getitem__))
    for required in REQUIRED:
        if required not in columns:
            known = ", ".join(repr(c.strip()) for c in header if c.strip())
            problems.append(RosterProblem(name, header_at + 1, "",
                                          message(QT_TRANSLATE_NOOP(
                                              "core", "has no {field} column (the header row has {known}); "
                                              "name one column 'room'"), field=label(required), known=known)))
    if any(r not in columns for r in REQUIRED):
        return
    body = rows[header_at + 1:]
    if len(body) > MAX_ROWS:
        problems.append(RosterProblem(name, 0, "", too_many_rows(len(body), MAX_ROWS)))
        return

    def where(field_name: str) -> Message:
        return field_column(column_letter(columns[field_name]), field_name, typed=typed)

    rows_are = unit(typed)
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
                                              message(QT_TRANSLATE_NOOP(
                                                  "core", "starts with {char}, which a spreadsheet would run as "
                                                  "a formula; remove that character"), char=repr(text[0]))))
                text = ""
            elif any(ord(ch) < 32 for ch in text):
                problems.append(RosterProblem(name, number, where(field_name),
                                              message(QT_TRANSLATE_NOOP(
                                                  "core", "holds a line break or control character; keep it on "
                                                  "one line"))))
                text = ""
            elif len(text) > MAX_CELL_CHARS:
                problems.append(RosterProblem(name, number, where(field_name),
                                              message(QT_TRANSLATE_NOOP(
                                                  "core", "is {n} characters long; at most {most}"),
                                                  n=len(text), most=MAX_CELL_CHARS)))
                text = ""
            values[field_name] = text
        room = values.get("room", "")
        if not room:
            problems.append(RosterProblem(name, number, where("room"), message(QT_TRANSLATE_NOOP(
                "core", "is empty; every row needs its room"))))
            continue
        first = rooms_seen.get(room.casefold())
        if first is not None:
            problems.append(RosterProblem(name, number, where("room"),
                                          message(QT_TRANSLATE_NOOP(
                                              "core", "{room} is already on {unit} {first}; each room once"),
                                              room=repr(room), unit=rows_are, first=first)))
        else:
            rooms_seen[room.casefold()] = number
        email = values.get("email", "").lower()
        if email and not _EMAIL.match(email):
            problems.append(RosterProblem(name, number, where("email"),
                                          message(QT_TRANSLATE_NOOP(
                                              "core", "{email} is not an e-mail address (name@school.org)"),
                                              email=repr(values["email"]))))
        teacher = values.get("teacher", "")
        if email and not teacher:
            problems.append(RosterProblem(name, number, where("teacher"),
                                          message(QT_TRANSLATE_NOOP(
                                              "core", "is empty but the e-mail is {email}; give the teacher's "
                                              "name"), email=email)))
        if email and teacher:
            seen = emails_seen.get(email)
            if seen is not None and seen[1].casefold() != teacher.casefold():
                problems.append(RosterProblem(name, number, where("email"),
                                              message(QT_TRANSLATE_NOOP(
                                                  "core", "{email} is {other} on {unit} {first}, not {teacher}; "
                                                  "one e-mail per person"), email=email, other=repr(seen[1]),
                                                  unit=rows_are, first=seen[0], teacher=repr(teacher))))
            emails_seen.setdefault(email, (number, teacher))
        band = values.get("grade_band", "")
        if band:
            normal = grade_band(band)
            if normal is None:
                problems.append(RosterProblem(name, number, where("grade_band"),
                                              message(QT_TRANSLATE_NOOP(
                                                  "core", "{band} is not a grade band the app knows (K-2, 3-5, "
                                                  "6-8, 9-12, or one grade from PK and K to 12)"),
                                                  band=repr(band))))
            else:
                band = normal
        if first is not None:
            continue
        roster.rows.append(RosterRow(number, room, teacher, email, band, values.get("subject", ""),
                                     values.get("plc_team", "")))
    if not roster.rows and not problems:
        problems.append(RosterProblem(name, 0, "", NO_ROOMS))



TYPED_COLUMNS = ("Room", "Teacher", "Grade band", "Subject")


def roster_from_lines(text: str) -> Roster:
    """Rooms typed one per line, "Room 12, Ana Diallo, 3-5, Math" (teacher, grade band and subject
    optional), checked as a file is; problems name the line and the field."""
    roster = Roster(TYPED)
    lines = normalise_text(text).split("\n")
    rows = [list(TYPED_COLUMNS)] + [[c.strip() for c in next(csv.reader([line]), [])] if line.strip() else []
                                    for line in lines]
    _rows_of(roster, rows, typed=True)
    if roster.problems and roster.problems[-1].message == NO_ROOMS:
        roster.problems[-1] = RosterProblem(TYPED, 0, "", message(QT_TRANSLATE_NOOP(
            "core", "hold no room yet: type one per line")))
    return roster
