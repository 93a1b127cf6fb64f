"""A roster file's rows, CSV or .xlsx, or the problem that stops it being read at all.

Part of :mod:`walkthrough.core.roster` (which checks what the rows hold). Merged cells and
formulas in a workbook are problems by row and column; a file that is not a roster is refused
with one :class:`Refused` problem. Pure Python, no Qt.
"""

from __future__ import annotations

import csv
import io
import zipfile

from walkthrough.core.i18n import QT_TRANSLATE_NOOP, message
from walkthrough.core.roster_problems import RosterProblem, column_letter, too_many_rows
from walkthrough.core.table_files import cell_text, csv_table
from walkthrough.core.text_files import normalise_text

MAX_UNZIPPED_BYTES = 50_000_000  # an .xlsx that unpacks to more is refused unread (a zip bomb)


# --------------------------------------------------------------------------------
class Refused(Exception):
    def __init__(self, problem: RosterProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def csv_rows(name: str, raw: bytes) -> list[list[str]]:
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
        raise Refused(RosterProblem(
            name, row, column,
            message(QT_TRANSLATE_NOOP(
                "core", "is not UTF-8 text (a character here cannot be read); in Excel use Save As > "
                "\"CSV UTF-8 (comma delimited)\", in LibreOffice choose the character set Unicode (UTF-8)")))) from None
    if "\x00" in text:
        raise Refused(RosterProblem(name, 0, "", message(QT_TRANSLATE_NOOP(
            "core", "is not a text (CSV) file: it holds binary data"))))
    try:
        return csv_table(text)
    except csv.Error as exc:
        raise Refused(RosterProblem(name, 0, "", message(QT_TRANSLATE_NOOP(
            "core", "cannot be read as CSV ({why})"), why=str(exc)))) from None


def xlsx_rows(name: str, raw: bytes, problems: list[RosterProblem], max_rows: int) -> list[list[str]]:
    """The first sheet's rows; merged cells and formulas are problems (by row and column)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise Refused(RosterProblem(name, 0, "", message(QT_TRANSLATE_NOOP(
            "core", "is not an Excel workbook (.xlsx): it cannot be opened as one; "
            "save it from Excel or LibreOffice as .xlsx or .csv")))) from None
    if unzipped > MAX_UNZIPPED_BYTES:
        raise Refused(RosterProblem(name, 0, "", message(QT_TRANSLATE_NOOP(
            "core", "unpacks to {mb} MB, far more than any roster (at most 50 MB); it was not opened"),
            mb=unzipped // 1_000_000)))
    if "xl/workbook.xml" not in names:
        raise Refused(RosterProblem(name, 0, "", message(QT_TRANSLATE_NOOP(
            "core", "is a zip file but not an Excel workbook (.xlsx): it has no workbook in it"))))
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        raise Refused(RosterProblem(name, 0, "", message(QT_TRANSLATE_NOOP(
            "core", "is an Excel workbook that cannot be read ({kind}); open it in Excel or LibreOffice and save "
            "it again"), kind=type(exc).__name__))) from None
    try:
        sheet = book.worksheets[0]
        if sheet.max_row > max_rows + 1:
            raise Refused(RosterProblem(name, 0, "", too_many_rows(sheet.max_row, max_rows)))
        for merged in sheet.merged_cells.ranges:
            first = f"{column_letter(merged.min_col - 1)}{merged.min_row}"
            last = f"{column_letter(merged.max_col - 1)}{merged.max_row}"
            problems.append(RosterProblem(name, merged.min_row, column_letter(merged.min_col - 1),
                                          message(QT_TRANSLATE_NOOP(
                                              "core", "cells {first}:{last} are merged; unmerge them and give "
                                              "every row its own value"), first=first, last=last)))
        rows: list[list[str]] = []
        for row in sheet.iter_rows():
            texts: list[str] = []
            for cell in row:
                if cell.data_type == "f":
                    problems.append(RosterProblem(name, cell.row, column_letter(cell.column - 1),
                                                  message(QT_TRANSLATE_NOOP(
                                                      "core", "holds a formula; type the value itself"))))
                    texts.append("")
                else:
                    texts.append(cell_text(cell.value))
            rows.append(texts)
        return rows
    finally:
        book.close()
