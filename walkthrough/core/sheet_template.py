"""The spreadsheet template district staff fill in (written with ``openpyxl``).

Three sheets: ``look-fors`` (the header row and three example rows, a
drop-down list for the response type), ``framework`` (the settings) and
``help`` (what each column means). ``forms/templates/`` ships the result,
and a test keeps the shipped file the same as what this module writes and
checks that it imports cleanly.
"""

from __future__ import annotations

from pathlib import Path

from walkthrough.core.framework_types import ResponseType
from walkthrough.core.sheet_import import COLUMNS

EXAMPLES = (
    ("Learning environment", "", "target-posted", "The learning target is posted in student-friendly words",
     "Look for it on the board or the screen.", "presence", "", "", "", "", "Standards and proficiency scales",
     "no", "yes", "", "not_observed", "", "", "", "", "", "", "", ""),
    ("Learning environment", "", "target-referenced", "The teacher or students refer to the target", "",
     "presence", "", "", "", "", "", "", "", "target-posted = observed", "", "", "", "", "", "", "", "", ""),
    ("Discourse", "", "questioning", "Questioning", "", "rating", "", "1\n2\n3\n4",
     "Recall questions only\nSome open questions\nOpen questions most of the time\nStudents pose the questions",
     "Beginning\nDeveloping\nProficient\nExemplary", "", "", "", "", "", "", "", "", "", "", "", "", ""),
)

HELP = (
    ("section", "The section the look-for belongs to (its heading). Rows with the same section go together."),
    ("subsection", "Optional: a section inside the section."),
    ("key", "The look-for's permanent short name: lower-case letters, digits, - and _. Never change it once used."),
    ("prompt", "What to look for, as something observable."),
    ("description", "The observable indicators, shown to the observer as help."),
    ("response", "One of: " + ", ".join(r.value for r in ResponseType) + "."),
    ("options", "For choice, multi_choice, snapshot: one option per line (Alt+Enter in Excel), or separated by ;"),
    ("values", "Optional: a score for each option or level, in the same order (numbers)."),
    ("anchors", "Optional: what each option or level looks like, one per line, in the same order."),
    ("levels", "For rating: the levels, lowest first, one per line."),
    ("tags", "Labels for reports, separated by ;"),
    ("allow_na", "yes to offer N/A (presence offers it unless you write no)."),
    ("evidence_note", "yes for one short note, several for any number of notes."),
    ("show_if", "Show only when an earlier answer fits: other-key = answer, other-key != answer, other-key >= 3, "
                "other-key includes option, other-key answered; join with 'and'."),
    ("default", "The answer until the observer changes it, e.g. not_observed."),
    ("parts", "A paired look-for: its parts, e.g. Teacher does; Students do."),
    ("minutes", "Snapshot: the minutes to prompt at, e.g. 0, 5, 10."),
    ("every", "Snapshot: every N minutes (until the target length)."),
    ("pick", "Snapshot with options: one, several, or count (students per option)."),
    ("min", "Number: the least allowed."),
    ("max", "Number: the most allowed."),
    ("unit", "Number: what is counted, e.g. students."),
    ("retired", "yes to keep a look-for for history but hide it from new visits."),
)

SETTINGS_ROWS = (
    ("setting", "value"),
    ("id", "our-walkthrough"),
    ("version", "1.0"),
    ("title", "Our walkthrough"),
    ("description", "What this framework is for."),
    ("modes", "blast"),
    ("target_minutes", "4"),
    ("teacher", "optional"),
)


def write_template(path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "look-fors"
    sheet.append(list(COLUMNS))
    for row in EXAMPLES:
        sheet.append(list(row))
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE7F0")
    for cell in sheet[1]:
        cell.font, cell.fill = bold, fill
    widths = {"section": 22, "key": 20, "prompt": 48, "description": 36, "options": 24, "anchors": 36,
              "levels": 18, "show_if": 28, "tags": 24}
    for index, column in enumerate(COLUMNS, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = widths.get(column, 12)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    response = COLUMNS.index("response") + 1
    letter = sheet.cell(row=1, column=response).column_letter
    types = DataValidation(type="list", formula1='"' + ",".join(r.value for r in ResponseType) + '"',
                           allow_blank=True)
    types.add(f"{letter}2:{letter}1000")
    sheet.add_data_validation(types)
    settings = book.create_sheet("framework")
    for row_values in SETTINGS_ROWS:
        settings.append(list(row_values))
    settings["A1"].font = settings["B1"].font = bold
    settings.column_dimensions["A"].width, settings.column_dimensions["B"].width = 18, 48
    help_sheet = book.create_sheet("help")
    help_sheet.append(["column", "what it is"])
    for row_values in HELP:
        help_sheet.append(list(row_values))
    help_sheet["A1"].font = help_sheet["B1"].font = bold
    help_sheet.column_dimensions["A"].width, help_sheet.column_dimensions["B"].width = 16, 100
    book.properties.creator = "Walkthrough"
    book.save(path)


def write_csv_template(path: Path) -> None:
    import csv

    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for row in EXAMPLES:
            writer.writerow(row)
