"""The core's messages (store faults, permission refusals, PIN locks, a refused framework file,
bundle or roster) reach the screen in the interface's language through ui/core_text, with their
values filled in; English reads as before, and the log and the command line stay in English."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from role_helpers import first_admin

from walkthrough import cli
from walkthrough.core.frameworks import FrameworkError, parse_framework
from walkthrough.core.model import Role
from walkthrough.core.roster import read_roster
from walkthrough.paths import FORMS_DIR
from walkthrough.storage import Repository
from walkthrough.storage.base import DatabaseBusy, StoreError
from walkthrough.ui import core_text
from walkthrough.ui.dialogs.roster_import import RosterImportDialog
from walkthrough.ui.mainwindow import MainWindow


def _refusal(repo: Repository) -> StoreError:
    admin = repo.add_person("Pat Rivera", Role.ADMINISTRATOR, by=None)
    teacher = repo.add_person("Ana Diallo", Role.TEACHER, by=admin.id)
    with pytest.raises(StoreError) as refused:
        repo.add_school("Cedar Park Elementary", by=teacher.id)
    return refused.value


def test_a_locked_database_is_said_in_spanish(spanish: None) -> None:
    assert core_text.text(DatabaseBusy()) == "la base de datos está ocupada (otro programa está escribiendo en ella)"


def test_a_permission_refusal_is_said_in_spanish_with_its_name_and_role(repo: Repository, spanish: None) -> None:
    shown = core_text.text(_refusal(repo))
    assert "Ana Diallo" in shown and "solo los administradores pueden" in shown, shown
    assert "only" not in shown


def test_in_english_the_messages_read_as_the_core_writes_them(repo: Repository) -> None:
    refusal = _refusal(repo)
    assert core_text.text(refusal) == str(refusal)
    assert core_text.text(DatabaseBusy()) == "the database is busy (another program is writing to it)"


def _banana_framework(tmp_path: Path) -> Path:
    bad = tmp_path / "mine.toml"
    bad.write_text((FORMS_DIR / "blast-empowered-learning.toml").read_text(encoding="utf-8")
                   .replace('id = "blast-empowered-learning"', 'id = "mine"')
                   .replace('response = "presence"', 'response = "banana"', 1), encoding="utf-8")
    return bad


def test_a_refused_framework_file_says_why_in_spanish_on_the_frameworks_page(
    repo: Repository, qtbot: QtBot, tmp_path: Path, spanish: None
) -> None:
    repo.switch_profile(first_admin(repo).id)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.show_page("frameworks")
    assert window.frameworks_page.import_file(_banana_framework(tmp_path)) is False
    shown = window.frameworks_page.last_message
    assert shown is not None
    assert "mine.toml: sección 'environment', indicador " in shown.text(), shown.text()
    assert "tipo de respuesta desconocido 'banana' (se esperaba uno de: presence, " in shown.text()
    assert "unknown" not in shown.text() and "section" not in shown.text()


def test_a_refused_framework_file_is_told_in_english_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spanish: None
) -> None:
    bad = _banana_framework(tmp_path)
    assert cli.main(["forms", "check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}: section 'environment', look-for " in err and "unknown response type 'banana'" in err, err


def test_a_refused_bundle_says_why_in_spanish_on_the_sync_page_and_in_english_in_the_log(
    repo: Repository, qtbot: QtBot, tmp_path: Path, spanish: None, caplog: pytest.LogCaptureFixture
) -> None:
    repo.switch_profile(first_admin(repo).id)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 half of a bundle, still being copied")
    window = MainWindow(repo)
    qtbot.addWidget(window)
    page = window.sync_page
    window.show_page("sync")
    with caplog.at_level(logging.WARNING, logger="walkthrough.sync"):
        assert page.import_files([broken])
        qtbot.waitUntil(lambda: not page.runner.busy, timeout=30_000)
        qtbot.wait(20)  # its outcome delivered on the UI thread
    spanish_why = "broken.zip: no es un paquete completo (está dañado o todavía se está copiando)"
    assert "Importado: nada nuevo" not in page.last.text()
    assert "1 rechazado (vea Informes de importación)" in page.last.text(), page.last.text()
    assert f"Rechazado: {spanish_why}" in page.last.text(), page.last.text()
    assert page.reports.item(0, 4).text() == spanish_why
    english_why = "broken.zip: is not a complete bundle (damaged, or still being copied)"
    assert repo.sync_reports()[0].message == english_why  # what is kept, as the command line reports it
    assert f"bundle refused: {english_why}" in [r.getMessage() for r in caplog.records]


def test_an_import_report_stored_in_english_before_shows_in_spanish_on_the_sync_page(
    repo: Repository, qtbot: QtBot, spanish: None
) -> None:
    """Reports stored before today keep their English; the page reads it back and translates it."""
    repo.switch_profile(first_admin(repo).id)
    repo.add_sync_report(file_name="tablet-3.zip", outcome="refused",
                         message="tablet-3.zip: note 7f2c: field 'text' is empty")
    repo.add_sync_report(file_name="old.zip", outcome="refused", message="a reason no template explains")
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.show_page("sync")
    page = window.sync_page
    page.refresh()
    assert page.reports.item(0, 4).text() == "a reason no template explains"  # as it was: still shown
    assert page.reports.item(1, 4).text() == "tablet-3.zip: nota 7f2c: el campo 'text' está vacío"
    assert repo.sync_reports()[1].message == "tablet-3.zip: note 7f2c: field 'text' is empty"  # kept as stored


def test_a_refused_roster_file_says_why_in_spanish_in_the_import_dialog(
    repo: Repository, qtbot: QtBot, tmp_path: Path, spanish: None
) -> None:
    admin = first_admin(repo)
    school = repo.add_school("Cedar Park Elementary", by=admin.id)
    repo.switch_profile(admin.id)
    folder = tmp_path / "rooms.csv"  # a folder where the roster file was expected
    folder.mkdir()
    dialog = RosterImportDialog(repo, school.id)
    qtbot.addWidget(dialog)
    dialog.choose_file(folder)
    qtbot.waitUntil(lambda: dialog.roster is not None, timeout=10_000)
    shown = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert len(shown) == 2 and shown[1].startswith("es una carpeta, no un archivo de lista de aulas"), shown
    english = [str(p) for p in read_roster(folder).problems]  # as the command line reports it
    assert len(english) == 1 and english[0].startswith("rooms.csv: is a folder, not a roster"), english


def test_a_roster_preview_says_what_the_import_will_do_in_spanish(
    repo: Repository, qtbot: QtBot, tmp_path: Path, spanish: None
) -> None:
    admin = first_admin(repo)
    school = repo.add_school("Cedar Park Elementary", by=admin.id)
    repo.switch_profile(admin.id)
    roster = tmp_path / "rooms.csv"
    roster.write_text("Room,Teacher,E-mail,Grade band,Subject\nRoom 1,Ana Diallo,ana@cedar.org,K-2,Art\n"
                      "Room 2,Ben Ortiz,ben@cedar.org,3-5,Music\n", encoding="utf-8")
    dialog = RosterImportDialog(repo, school.id)
    qtbot.addWidget(dialog)
    dialog.choose_file(roster)
    qtbot.waitUntil(lambda: dialog.roster is not None, timeout=10_000)
    assert dialog.summary.text() == ("Cedar Park Elementary: 2 aula(s) nueva(s); 0 modificada(s); 0 sin cambios; "
                                     "2 docente(s) nuevo(s)")
    plan = repo.plan_roster(school.id, read_roster(roster))  # as the command line prints it
    assert plan.summary() == "Cedar Park Elementary: 2 new room(s); 0 changed; 0 unchanged; 2 new teacher(s)"


def test_a_framework_file_with_curly_quotes_is_explained_in_spanish(
    repo: Repository, qtbot: QtBot, tmp_path: Path, spanish: None
) -> None:
    repo.switch_profile(first_admin(repo).id)
    pasted = tmp_path / "pasted.toml"
    pasted.write_text('id = “pasted”\nversion = "1"\n', encoding="utf-8")
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.show_page("frameworks")
    assert window.frameworks_page.import_file(pasted) is False
    shown = window.frameworks_page.last_message
    assert shown is not None
    assert "no es TOML válido: línea 1: las comillas tipográficas “ ” no son comillas de TOML" in shown.text(), \
        shown.text()


def test_a_framework_problems_hints_and_suggestions_are_in_spanish_too(spanish: None) -> None:
    text = (FORMS_DIR / "blast-empowered-learning.toml").read_text(encoding="utf-8")
    with pytest.raises(FrameworkError) as refused:
        parse_framework(text.replace("prompt = ", "promt = ", 1)
                        .replace('response = "presence"', 'response = "yes_no"'), "mine.toml")
    shown = core_text.text(refused.value)
    assert "clave desconocida 'promt'; ¿quiso decir 'prompt'? (se permiten: " in shown, shown
    assert ": para esto, escriba response = \"presence\"" in shown, shown
    assert "did you mean" not in shown and "for this" not in shown
