"""The CSV and cell reading a look-for sheet and a roster share."""

from __future__ import annotations

import pytest

from walkthrough.core.table_files import cell_text, csv_table


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_a_csv_text_is_split_by_the_separator_it_uses(separator: str) -> None:
    text = separator.join(["Aula", "Docente", "Grados"]) + "\n" + separator.join(["Aula 1", "Ana, B.", "K-2"]) + "\n"
    if separator == ",":
        text = text.replace("Ana, B.", '"Ana, B."')
    assert csv_table(text) == [["Aula", "Docente", "Grados"], ["Aula 1", "Ana, B.", "K-2"]]


@pytest.mark.parametrize(("value", "text"), [(None, ""), (3.0, "3"), (2.5, "2.5"), ("  Room 4 ", "Room 4"), (7, "7")])
def test_a_cell_reads_as_a_person_typed_it(value: object, text: str) -> None:
    assert cell_text(value) == text
