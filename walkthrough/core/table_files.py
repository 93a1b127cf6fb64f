"""What a look-for sheet and a roster both read the same way: a CSV text's rows (comma,
semicolon or tab separated, found from the text) and a spreadsheet cell as text.

Used by :mod:`walkthrough.core.sheet_files` and :mod:`walkthrough.core.roster_files`, which
each decode and refuse files in their own words. Qt-free.
"""

from __future__ import annotations

import csv
import io


def csv_table(text: str) -> list[list[str]]:
    """The rows of a CSV text; the separator is the one of ``,;\\t`` the text's start uses.
    Raises :class:`csv.Error` on a text the reader cannot split."""
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [list(r) for r in csv.reader(io.StringIO(text), dialect)]


def cell_text(value: object) -> str:
    """A spreadsheet cell as text: empty for none, ``3`` for the number 3.0, no outer spaces."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
