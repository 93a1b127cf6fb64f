"""Look-fors from a spreadsheet (CSV or .xlsx), one row per look-for.

Coaches keep their look-fors in Excel or LibreOffice. A sheet named
``look-fors`` (or the first sheet, or the CSV file) has a header row and one
row per look-for; an .xlsx file may add a ``framework`` sheet of settings
(``setting`` | ``value``: id, version, title, description, modes,
target_minutes, teacher). The columns are described in ``forms/README.md``
and in the template's ``help`` sheet (:mod:`walkthrough.core.sheet_template`).

:func:`read_sheet` returns the framework document and every problem, each
naming the row and the column ("row 7, column E (response)"), before
anything is saved: the checks are those of ``walkthrough forms check``,
mapped back to the cell they came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from walkthrough.core.condition_words import condition_from_text
from walkthrough.core.framework_check_items import slug
from walkthrough.core.framework_document import Document, document_toml
from walkthrough.core.framework_types import FrameworkError, Problem
from walkthrough.core.frameworks import parse_framework
from walkthrough.core.i18n import QT_TRANSLATE_NOOP
from walkthrough.core.sheet_files import header_name, rows_from_csv, rows_from_xlsx
from walkthrough.core.text_files import TextFileError, read_bytes_safely

MAX_SHEET_BYTES = 10_000_000
MAX_ROWS = 2_000
COLUMNS = (
    "section", "subsection", "key", "prompt", "description", "response", "options", "values", "anchors",
    "levels", "tags", "allow_na", "evidence_note", "show_if", "default", "parts", "minutes", "every", "pick",
    "min", "max", "unit", "retired",
)
REQUIRED = ("section", "prompt", "response")
SETTINGS = ("id", "version", "title", "description", "modes", "target_minutes", "teacher")
_YES = {"yes", "y", "true", "1", "x", "✓"}
_NO = {"no", "n", "false", "0", ""}
_TYPES = {"yes/no": "presence", "yes_no": "presence", "multiple choice": "multi_choice",
          "multi choice": "multi_choice", "multichoice": "multi_choice", "choose one": "choice",
          "count": "tally", "counter": "tally", "note": "text", "integer": "number"}



@dataclass(frozen=True)
class SheetProblem:
    """One thing wrong with a spreadsheet, by row and column."""

    file: str
    row: int  # 0: the file or the framework settings
    column: str  # "E (response)", or ""
    message: str
    warning: bool = False

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row else ""
        if self.column:
            where += (", " if where else "") + f"column {self.column}"
        head = f"{self.file}: warning" if self.warning else self.file
        return f"{head}: {where}: {self.message}" if where else f"{head}: {self.message}"


@dataclass
class SheetResult:
    document: Document
    problems: list[SheetProblem] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        return not any(not p.warning for p in self.problems)

    def toml(self) -> str:
        return document_toml(self.document)


def _letter(index: int) -> str:
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(65 + rest) + text
    return text


def read_sheet(path: Path, *, settings: dict[str, str] | None = None) -> SheetResult:
    """The framework document of a spreadsheet and every problem by row and column (nothing is saved)."""
    name = str(path)
    given = dict(settings or {})
    try:
        raw = read_bytes_safely(path, max_bytes=MAX_SHEET_BYTES, what=QT_TRANSLATE_NOOP("core", "spreadsheet"))
        if raw[:2] == b"PK":
            rows, found, _sheet = rows_from_xlsx(path)
            given = {**found, **given}
        else:
            rows = rows_from_csv(path, raw)
    except TextFileError as exc:
        return SheetResult({}, [SheetProblem(name, 0, "", str(exc.reason))])
    return rows_to_document(name, rows, given, default_id=slug(path.stem) or "imported")


def rows_to_document(name: str, rows: list[list[str]], settings: dict[str, str], *,
                     default_id: str) -> SheetResult:
    problems: list[SheetProblem] = []
    rows = [r for r in rows if any(str(c).strip() for c in r)] if rows else []
    if not rows:
        return SheetResult({}, [SheetProblem(name, 0, "", "is empty: the first row names the columns (section, "
                                                           "key, prompt, response, ...), then one row per look-for")])
    header = [header_name(c) for c in rows[0]]
    columns: dict[str, int] = {}
    for index, column in enumerate(header):
        if not column:
            continue
        if column not in COLUMNS:
            problems.append(SheetProblem(name, 1, f"{_letter(index)} ({rows[0][index]})",
                                         f"unknown column '{rows[0][index]}' (the columns are: {', '.join(COLUMNS)})"))
        elif column in columns:
            problems.append(SheetProblem(name, 1, f"{_letter(index)} ({column})", f"column '{column}' appears twice"))
        else:
            columns[column] = index
    for needed in REQUIRED:
        if needed not in columns:
            problems.append(SheetProblem(name, 1, "", f"no '{needed}' column: the first row must name it"))
    if any(p.row == 1 and "no '" in p.message for p in problems):
        return SheetResult({}, problems)
    if len(rows) - 1 > MAX_ROWS:
        return SheetResult({}, [SheetProblem(name, 0, "", f"has {len(rows) - 1} rows; a framework has at most "
                                                           f"{MAX_ROWS} look-fors: is it the right sheet?")])
    builder = _Builder(name, columns, problems)
    for number, row in enumerate(rows[1:], start=2):
        builder.add(number, row)
    document = _settings(name, settings, default_id, problems)
    document["sections"] = builder.sections()
    if not document["sections"]:
        problems.append(SheetProblem(name, 0, "", "has no look-for rows below the header"))
        return SheetResult(document, problems)
    _check(name, document, builder, problems)
    return SheetResult(document, problems)


def _settings(name: str, given: dict[str, str], default_id: str, problems: list[SheetProblem]) -> Document:
    unknown = sorted(set(given) - set(SETTINGS))
    for key in unknown:
        problems.append(SheetProblem(name, 0, "", f"framework settings: unknown setting '{key}' (the settings are: "
                                                  f"{', '.join(SETTINGS)})"))
    document: Document = {"id": given.get("id") or default_id, "version": given.get("version") or "1.0",
                          "title": given.get("title") or default_id.replace("-", " ").capitalize()}
    if given.get("description"):
        document["description"] = given["description"]
    document["modes"] = [m.strip().lower() for m in re.split(r"[,;\s]+", given.get("modes") or "blast") if m.strip()]
    if given.get("target_minutes"):
        try:
            document["target_minutes"] = float(given["target_minutes"])
            if float(given["target_minutes"]).is_integer():
                document["target_minutes"] = int(float(given["target_minutes"]))
        except ValueError:
            problems.append(SheetProblem(name, 0, "", f"framework settings: target_minutes "
                                                      f"'{given['target_minutes']}' is not a number of minutes"))
    if given.get("teacher"):
        document["teacher"] = given["teacher"].lower()
    return document


def _split(text: str) -> list[str]:
    """Items in a cell: one per line, or separated by ';' when the cell has no line breaks."""
    parts = text.split("\n") if "\n" in text else text.split(";")
    return [p.strip() for p in parts if p.strip()]


class _Builder:
    """Rows into sections (by their title, in the order met) and look-fors, remembering where each came from."""

    def __init__(self, name: str, columns: dict[str, int], problems: list[SheetProblem]) -> None:
        self.name, self.columns, self.problems = name, columns, problems
        self._sections: dict[str, Document] = {}
        self.row_of: dict[str, int] = {}  # look-for key (or "section#index"): its row
        self.section_rows: dict[str, int] = {}
        self._keys: set[str] = set()

    def cell(self, row: list[str], column: str) -> str:
        index = self.columns.get(column)
        return str(row[index]).strip() if index is not None and index < len(row) else ""

    def where(self, column: str) -> str:
        index = self.columns.get(column)
        return f"{_letter(index)} ({column})" if index is not None else column

    def bad(self, number: int, column: str, message: str) -> None:
        self.problems.append(SheetProblem(self.name, number, self.where(column), message))

    def add(self, number: int, row: list[str]) -> None:
        title = self.cell(row, "section")
        if not title:
            self.bad(number, "section", "every look-for needs the section it belongs to")
            return
        section = self._section(title, number)
        sub = self.cell(row, "subsection")
        if sub:
            holder = section.setdefault("sections", [])
            found = next((s for s in holder if s["title"] == sub), None)
            if found is None:
                found = {"key": self._unique(slug(sub) or "subsection", number), "title": sub}
                holder.append(found)
                self.section_rows[found["key"]] = number
            section = found
        lf = self._look_for(number, row)
        if lf is not None:
            section.setdefault("look_fors", []).append(lf)

    def _section(self, title: str, number: int) -> Document:
        if title not in self._sections:
            key = self._unique(slug(title) or "section", number)
            self._sections[title] = {"key": key, "title": title}
            self.section_rows[key] = number
        return self._sections[title]

    def _unique(self, key: str, number: int) -> str:
        made, n = key, 2
        while made in self._keys:
            made, n = f"{key}-{n}", n + 1
        self._keys.add(made)
        return made

    def sections(self) -> list[Document]:
        return list(self._sections.values())

    def _look_for(self, number: int, row: list[str]) -> Document | None:
        prompt = self.cell(row, "prompt")
        key = self.cell(row, "key") or slug(prompt)[:40].strip("-")
        response = self.cell(row, "response").lower().replace(" ", "_") if self.cell(row, "response") else ""
        response = _TYPES.get(self.cell(row, "response").lower(), response)
        lf: Document = {"key": key, "prompt": prompt, "response": response}
        if not self.cell(row, "key") and prompt:
            self.problems.append(SheetProblem(self.name, number, self.where("key"), f"no key: '{key}' is made from "
                                              "the prompt; give each look-for a permanent key to keep its results "
                                              "together", warning=True))
        self.row_of[key] = number
        for column in ("description", "unit"):
            if self.cell(row, column):
                lf[column] = self.cell(row, column)
        if self.cell(row, "tags"):
            lf["tags"] = _split(self.cell(row, "tags"))
        for column in ("allow_na", "retired"):
            flag = self._flag(number, row, column)
            if flag is not None:
                lf[column] = flag
        note = self.cell(row, "evidence_note").lower()
        if note in ("several", "many"):
            lf["evidence_note"] = "several"
        elif note:
            flag = self._flag(number, row, "evidence_note")
            if flag is not None:
                lf["evidence_note"] = flag
        self._choices(number, row, lf, response)
        for column in ("min", "max", "every"):
            if self.cell(row, column):
                value = self._number(number, column, self.cell(row, column))
                if value is not None:
                    lf[column] = value
        if self.cell(row, "minutes"):
            minutes = [self._number(number, "minutes", m) for m in re.split(r"[,;\s]+", self.cell(row, "minutes"))
                       if m]
            lf["minutes"] = [m for m in minutes if m is not None]
        if self.cell(row, "pick"):
            lf["pick"] = self.cell(row, "pick").lower()
        if self.cell(row, "parts"):
            lf["parts"] = _split(self.cell(row, "parts"))
        if self.cell(row, "default"):
            default = self.cell(row, "default")
            lf["default"] = self._number(number, "default", default) if response in ("number", "tally") else default
        if self.cell(row, "show_if"):
            conditions = [self._condition(number, part) for part in re.split(r"\s+and\s+", self.cell(row, "show_if"))]
            found = [c for c in conditions if c is not None]
            if found:
                lf["show_if"] = found[0] if len(found) == 1 else found
        return lf

    def _choices(self, number: int, row: list[str], lf: Document, response: str) -> None:
        labels = _split(self.cell(row, "options")) or _split(self.cell(row, "levels"))
        values_text = _split(self.cell(row, "values"))
        anchors = _split(self.cell(row, "anchors"))
        column = "levels" if self.cell(row, "levels") and not self.cell(row, "options") else "options"
        if not labels:
            for extra in ("values", "anchors"):
                if self.cell(row, extra):
                    self.bad(number, extra, f"'{extra}' go with the options (or levels) in the same row")
            return
        for extra, given in (("values", values_text), ("anchors", anchors)):
            if given and len(given) != len(labels):
                self.bad(number, extra, f"{len(given)} {extra} for {len(labels)} {column}: give one per line (or "
                                        "separated by ';'), in the same order")
                return
        values = [self._number(number, "values", v) for v in values_text]
        items: list[Any] = []
        for i, label in enumerate(labels):
            if not values_text and not anchors:
                items.append(label)
                continue
            item: Document = {"label": label}
            if anchors:
                item["anchor"] = anchors[i]
            if values_text and values[i] is not None:
                item["value"] = values[i]
            items.append(item)
        if response == "frequency":
            lf["labels"] = items
        elif response == "rating":
            lf["levels"] = items
        else:
            lf["options"] = items

    def _flag(self, number: int, row: list[str], column: str) -> bool | None:
        text = self.cell(row, column).lower()
        if text in _YES:
            return True
        if text in _NO:
            return None if not text else False
        self.bad(number, column, f"'{self.cell(row, column)}' is not yes or no")
        return None

    def _number(self, number: int, column: str, text: str) -> int | float | None:
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            self.bad(number, column, f"'{text}' is not a number")
            return None
        return int(value) if value.is_integer() else value

    def _condition(self, number: int, text: str) -> Document | None:
        found = condition_from_text(text)
        if isinstance(found, str):
            self.bad(number, "show_if", found)
            return None
        return found


def _check(name: str, document: Document, builder: _Builder, problems: list[SheetProblem]) -> None:
    """The checks of ``forms check``, each named by the row and column it came from."""
    try:
        framework = parse_framework(document_toml(document), name)
        found: Iterable[Problem] = framework.warnings
    except FrameworkError as exc:
        found = exc.problems
    for problem in found:
        problems.append(_placed(name, problem, builder))


_FIELD_COLUMN = {"labels": "options", "levels": "options", "options": "options", "key": "key", "prompt": "prompt",
                 "response": "response", "show_if": "show_if", "former_keys": "key"}


def _placed(name: str, problem: Problem, builder: _Builder) -> SheetProblem:
    if problem.look_for:
        row = builder.row_of.get(problem.look_for, 0)
        column = _FIELD_COLUMN.get(problem.field, problem.field)
        if column == "options" and "options" not in builder.columns and "levels" in builder.columns:
            column = "levels"
        return SheetProblem(name, row, builder.where(column) if column else "", problem.message, problem.warning)
    if problem.section and problem.where.startswith("section"):
        return SheetProblem(name, builder.section_rows.get(problem.section, 0), builder.where("section"),
                            problem.message, problem.warning)
    prefix = "framework settings: " if problem.field else ""
    return SheetProblem(name, 0, "", prefix + problem.message, problem.warning)
