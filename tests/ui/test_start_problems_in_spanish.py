"""A data folder or database the app cannot open is explained in the interface's language: the safe-start
window says what is wrong and what to do in Spanish, while the problem's English (``str()``, the log and the
command line) reads as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from walkthrough.folder_lock import FolderInUse
from walkthrough.paths import StartProblem, prepare_data_folder
from walkthrough.storage.health import DatabaseProblem, inspect_database
from walkthrough.ui.dialogs.safe_start import SafeStartWindow


def _window(qtbot: QtBot, problem: StartProblem) -> SafeStartWindow:
    window = SafeStartWindow(problem)
    qtbot.addWidget(window)
    return window


def test_a_damaged_database_is_explained_in_spanish_and_its_english_is_unchanged(spanish: None, tmp_path: Path,
                                                                                 qtbot: QtBot) -> None:
    database = tmp_path / "walkthrough.sqlite3"
    database.write_bytes(b"this is not a database at all" * 10)
    with pytest.raises(DatabaseProblem) as refused:
        inspect_database(database)
    window = _window(qtbot, refused.value)
    assert window.what.text() == "El archivo no es una base de datos de Walkthrough (no es SQLite)."
    assert window.todo.text() == ("Qué hacer: restaure la copia de seguridad más reciente, o empiece con una carpeta "
                                  "de datos nueva y vacía.")
    assert str(refused.value) == (f"{database}: the file is not a Walkthrough database (not SQLite). Restore the "
                                  "newest backup, or start with a new empty data folder.")


def test_a_truncated_database_and_a_folder_in_use_are_explained_in_spanish(spanish: None, tmp_path: Path,
                                                                           qtbot: QtBot) -> None:
    database = tmp_path / "walkthrough.sqlite3"
    database.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20)
    with pytest.raises(DatabaseProblem) as refused:
        inspect_database(database)
    assert _window(qtbot, refused.value).what.text() == "El archivo de la base de datos está incompleto (truncado)."
    in_use = FolderInUse(tmp_path, {"what": "sync", "host": "aula-12", "pid": 4242})
    window = _window(qtbot, in_use)
    assert window.what.text() == ("Esta carpeta de datos la está usando el comando `walkthrough sync` (en aula-12, "
                                  "proceso 4242).")
    assert "in use by the command `walkthrough sync` (on aula-12, process 4242)" in str(in_use)


def test_a_data_folder_that_is_a_file_is_explained_in_spanish(spanish: None, tmp_path: Path, qtbot: QtBot) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(StartProblem) as refused:
        prepare_data_folder(tmp_path / "file")
    window = _window(qtbot, refused.value)
    assert window.what.text() == ("Esto es un archivo, no una carpeta, así que no puede guardar los datos de "
                                  "Walkthrough.")
    assert "this is a file, not a folder" in str(refused.value)
