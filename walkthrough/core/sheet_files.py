"""The rows of a look-for spreadsheet file: a CSV file, or an .xlsx workbook's ``look-fors`` sheet
(or its first) and its ``framework`` sheet of settings. Used by :mod:`walkthrough.core.sheet_import`.

Qt-free.
"""

from __future__ import annotations

import re
from pathlib import Path

from walkthrough.core.i18n import QT_TRANSLATE_NOOP, message
from walkthrough.core.table_files import cell_text, csv_table
from walkthrough.core.text_files import TextFileError, decode_text


def header_name(cell: object) -> str:
    """A header cell as a column name (\"Look-for key\" -> \"key\")."""
    return re.sub(r"[\s\-]+", "_", str(cell or "").strip().lower()).replace("look_for_key", "key")


def rows_from_csv(path: Path, raw: bytes) -> list[list[str]]:
    """The rows of a CSV file (comma, semicolon or tab separated)."""
    return csv_table(decode_text(raw, path))


def rows_from_xlsx(path: Path) -> tuple[list[list[str]], dict[str, str], str]:
    """(look-for rows, settings, name of the sheet read)."""
    from zipfile import BadZipFile

    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, OSError, KeyError, ValueError) as exc:
        raise TextFileError(path, message(QT_TRANSLATE_NOOP(
            "core", "is not an Excel workbook (.xlsx) that can be read ({why})"), why=str(exc))) from None
    try:
        names = {n.lower(): n for n in book.sheetnames}
        sheet_name = names.get("look-fors") or names.get("look_fors") or names.get("lookfors") or book.sheetnames[0]
        rows = [[cell_text(v) for v in row] for row in book[sheet_name].iter_rows(values_only=True)]
        settings: dict[str, str] = {}
        if "framework" in names:
            for row in book[names["framework"]].iter_rows(values_only=True):
                if row and row[0] is not None and len(row) > 1 and header_name(row[0]) != "setting":
                    settings[header_name(row[0])] = cell_text(row[1])
        return rows, settings, sheet_name
    finally:
        book.close()
