"""The widgets' and dialogs' Spanish catalog (resources/i18n/widgets_es.qm): loaded, the visit screen, the
note editor, the profile dialog and the roster import dialog read in Spanish; without it they stay English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from round_helpers import install_presence, small_school

from walkthrough.storage import Repository
from walkthrough.ui.dialogs.profile import ProfileDialog
from walkthrough.ui.dialogs.roster_import import RosterImportDialog
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.widgets.note_editor import NoteEditor

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def texts(widget: QWidget) -> set[str]:
    shown = {w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)}
    return shown | {widget.windowTitle()}


def test_every_widget_and_dialog_string_has_a_finished_spanish_translation() -> None:
    root = ET.parse(I18N / "widgets_es.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 500
    unfinished = [m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_the_visit_screen_reads_in_spanish(spanish: None, repo: Repository, qtbot: QtBot) -> None:
    school = small_school(repo, 5)
    framework = install_presence(repo, 5)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    round_ = repo.start_round(school.school.id, framework, by=school.observer.id)
    window.walkthroughs_page._round_started(round_.id)
    view = window.walkthroughs_page.visit
    assert view.finish_button.text() == "Terminar ronda"
    assert view.next_button.text() == "Siguiente aula  →"
    assert view.undo_button.text() == "↶ Deshacer"
    assert view.progress.text() == "Aula 1 de 5"
    assert view.marked.text() == "0 de 5 marcados"
    shown = texts(view)
    assert "✓ Observado" in shown and "✗ No observado" in shown  # the words of the row's state (glossary)
    assert "Finish round" not in shown and "Next room  →" not in shown
    view.finish_button.click()  # rooms remain: it asks again, with the count in Spanish
    assert view.finish_button.text() == "Toque otra vez para terminar\n(4 aulas sin visitar)"


def test_the_note_editor_reads_in_spanish(spanish: None, qtbot: QtBot) -> None:
    field = NoteEditor("Nota")
    qtbot.addWidget(field)
    assert field.hint.accessibleName() == "Nota: sugerencia de redacción"
    assert field.status.accessibleName() == "Nota: guardado o no"


def test_the_profile_dialog_reads_in_spanish(spanish: None, repo: Repository, qtbot: QtBot) -> None:
    small_school(repo, 2)
    dialog = ProfileDialog(repo)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "¿Quién usa la aplicación?"
    assert dialog.search.placeholderText() == "Busque su nombre"
    shown = texts(dialog)
    assert {"Nadie: cerrar sesión", "Mi PIN…", "Agregarme"} <= shown
    assert "Use the app" not in shown
    assert "después de 5 minutos sin un toque" in [dialog.idle.itemText(i) for i in range(dialog.idle.count())]


def test_the_roster_import_dialog_reads_in_spanish(spanish: None, repo: Repository, qtbot: QtBot,
                                                   tmp_path: Path) -> None:
    school = small_school(repo, 2)
    dialog = RosterImportDialog(repo, school.school.id)
    qtbot.addWidget(dialog)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert headers == ["Fila", "Aula", "Docente", "Correo electrónico", "Grados", "Materia", "Qué cambia"]
    assert {"Elegir un archivo…", "Guardar la plantilla…", "Cancelar", "Importar"} <= texts(dialog)
    (tmp_path / "r.csv").write_text("Room,Teacher,E-mail,Grade band,Subject\nRoom 9,Ana Diallo,ana@cedar.org,3-5,Math\n"
                                    "Room 10,Ben Ode,ben@cedar.org,K-2,Art\n", encoding="utf-8")
    dialog.choose_file(tmp_path / "r.csv")
    qtbot.waitUntil(lambda: dialog.roster is not None, timeout=10_000)
    assert dialog.status.text().endswith(": se leyeron 2 aulas.")


def test_without_the_catalog_the_visit_screen_stays_english(repo: Repository, qtbot: QtBot) -> None:
    school = small_school(repo, 1)
    framework = install_presence(repo, 3)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    round_ = repo.start_round(school.school.id, framework, by=school.observer.id)
    window.walkthroughs_page._round_started(round_.id)
    view = window.walkthroughs_page.visit
    assert view.finish_button.text() == "Finish round"
    assert view.progress.text() == "Room 1 of 1"


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
def test_in_spanish_the_visit_screen_and_dialogs_are_not_clipped(spanish: None, repo: Repository, qtbot: QtBot,
                                                                 size: tuple[int, int], tmp_path: Path) -> None:
    """Spanish runs ~25% longer than English: nothing may be cut off. WALKTHROUGH_SHOTS=folder keeps pictures."""
    import os

    from clipping import clipping_problems

    shots = Path(os.environ.get("WALKTHROUGH_SHOTS", tmp_path))
    school = small_school(repo, 5)
    framework = install_presence(repo, 20)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    round_ = repo.start_round(school.school.id, framework, by=school.observer.id)
    window.walkthroughs_page._round_started(round_.id)
    window.resize(*size)
    qtbot.wait(50)
    window.grab().save(str(shots / f"visit-es-{size[0]}x{size[1]}.png"))
    problems = clipping_problems(window)
    for name, dialog in (("profile", ProfileDialog(repo)), ("roster", RosterImportDialog(repo, school.school.id))):
        qtbot.addWidget(dialog)
        dialog.resize(min(dialog.sizeHint().width(), size[0]), min(dialog.sizeHint().height(), size[1]))
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(shots / f"{name}-es-{size[0]}x{size[1]}.png"))
        problems += [f"{name}: {p}" for p in clipping_problems(dialog, touch=False)]
    assert problems == []


def test_english_counts_read_as_before_without_an_english_catalog(qapp: QApplication) -> None:
    from walkthrough.ui.widgets.plural import plural

    assert plural(QApplication.translate("VisitView", "Undone: %n look-for(s) back to Not marked.", "", 1), 1) == \
        "Undone: 1 look-for back to Not marked."
    assert plural(QApplication.translate("VisitView", "Undone: %n look-for(s) back to Not marked.", "", 3), 3) == \
        "Undone: 3 look-fors back to Not marked."
