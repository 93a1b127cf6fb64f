"""The roster templates shipped in ``resources/`` (English and Spanish headers).

A header row, one grade band list to pick from, and a ``help`` sheet; no
example rows in the sheet that is imported, so a template imported as it is
adds nothing made up. ``python -m walkthrough.core.roster_template`` writes
them again.
"""

from __future__ import annotations

import csv
from pathlib import Path

from walkthrough.paths import RESOURCES_DIR

HEADERS = {
    "en": ("Room", "Teacher", "E-mail", "Grade band", "Subject", "PLC team"),
    "es": ("Aula", "Docente", "Correo electrónico", "Grados", "Materia", "Equipo de PLC"),
}
HELP = {
    "en": (
        ("Room", "Required. The room's name or number, once per file (\"Room 12\", \"Lab B\")."),
        ("Teacher", "Who teaches there; empty for a room with no teacher yet."),
        ("E-mail", "The teacher's e-mail: how a later import finds the same person again."),
        ("Grade band", "K-2, 3-5, K-5, 6-8, 9-12, or one grade (PK, K, 1 to 12)."),
        ("Subject", "Optional (Math, ELA, Science...)."),
        ("PLC team", "Optional: the teacher's PLC team."),
        ("Example", "Room 12 | Ana Diallo | ana.diallo@cedarpark.org | 3-5 | Math | Grade 4 team"),
        ("Again later", "Import the updated file again: rooms and teachers are updated, teachers no longer "
                        "listed are marked as having left (never removed)."),
    ),
    "es": (
        ("Aula", "Obligatorio. El nombre o número del aula, una vez por archivo (\"Aula 12\")."),
        ("Docente", "Quién enseña en ella; vacío si aún no tiene docente."),
        ("Correo electrónico", "El correo del docente: así una importación posterior lo reconoce."),
        ("Grados", "K-2, 3-5, K-5, 6-8, 9-12, o un grado (PK, K, 1 a 12)."),
        ("Materia", "Opcional (Matemáticas, Lengua, Ciencias...)."),
        ("Equipo de PLC", "Opcional: el equipo de PLC del docente."),
        ("Ejemplo", "Aula 12 | Ana Diallo | ana.diallo@cedarpark.org | 3-5 | Matemáticas | Equipo de 4.º"),
        ("Más adelante", "Importe de nuevo el archivo actualizado: se actualizan aulas y docentes; quien ya no "
                         "aparece queda marcado como que se fue (nunca se borra)."),
    ),
}
GRADE_BANDS = ("K-2", "3-5", "K-5", "6-8", "9-12")


def write_template(path: Path, language: str = "en") -> None:
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "roster" if language == "en" else "personal"
    sheet.append(list(HEADERS[language]))
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE7F0")
    for cell, width in zip(sheet[1], (16, 28, 34, 14, 18, 22), strict=True):
        cell.font, cell.fill = bold, fill
        sheet.column_dimensions[cell.column_letter].width = width
    sheet.freeze_panes = "A2"
    bands = DataValidation(type="list", formula1='"' + ",".join(GRADE_BANDS) + '"', allow_blank=True)
    bands.add("D2:D1000")
    sheet.add_data_validation(bands)
    help_sheet = book.create_sheet("help" if language == "en" else "ayuda")
    for row in HELP[language]:
        help_sheet.append(list(row))
    for cell in help_sheet["A"]:
        cell.font = bold
    help_sheet.column_dimensions["A"].width, help_sheet.column_dimensions["B"].width = 20, 100
    book.properties.creator = "Walkthrough"
    book.save(path)


def write_csv_template(path: Path, language: str = "en") -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerow(HEADERS[language])


def template_paths() -> dict[str, Path]:
    return {
        "en.xlsx": RESOURCES_DIR / "roster-template.xlsx",
        "en.csv": RESOURCES_DIR / "roster-template.csv",
        "es.xlsx": RESOURCES_DIR / "plantilla-personal.xlsx",
        "es.csv": RESOURCES_DIR / "plantilla-personal.csv",
    }


def write_all() -> None:
    for key, path in template_paths().items():
        language, kind = key.split(".")
        (write_template if kind == "xlsx" else write_csv_template)(path, language)


if __name__ == "__main__":
    write_all()
