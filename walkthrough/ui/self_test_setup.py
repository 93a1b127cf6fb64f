"""``walkthrough self-test setup-es``: a new school set up in Spanish, then a round walked in it.

The steps of :mod:`walkthrough.selftest`'s ``setup-es`` scenario, run inside the app's real
window on a new, empty data folder, as a Spanish-speaking principal would at a first start:
Español is picked in the welcome's language list (its popup, tapped), the setup is walked
(name typed, school typed, the shipped ``plantilla-personal.xlsx`` saved from the setup
through Qt's file dialog, three rooms written into that copy as a spreadsheet would, the copy
chosen in the file dialog and imported, the blast framework kept), the window is checked to
read Spanish at each step, a blast round is started, look-fors of the first room are tapped
Observed and the round is finished with its two taps. After the app closed, a connection of
its own checks the school, the template's rooms and teachers, the finished round and its
responses in the database.

Every step is a QTest click or key press on the widget a person would touch; the only
programmatic choice is the framework list's entry (as the ``tap`` scenario does). Waiting
(the background roster read and import, the language switch's new window) runs the event
loop, so the app works as it does for a user.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QFileDialog, QLabel, QLineEdit, QWidget

from walkthrough.paths import RESOURCES_DIR, database_path
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.pages.first_run import FirstRunPage
from walkthrough.ui.self_test import BLAST_FRAMEWORK, POLL_MS, Checks, Scenario, SelfTestFailed, click

TEMPLATE = RESOURCES_DIR / "plantilla-personal.xlsx"
PRINCIPAL = "Lucía Fernández"
DISTRICT = "Distrito Escolar Río Claro"
SCHOOL = "Escuela Primaria Las Palmas"
# What a principal types under the template's Spanish headers (Aula, Docente, Correo electrónico,
# Grados, Materia, Equipo de PLC).
ROOMS = (
    ("Aula 1", "Ana Díaz", "ana.diaz@laspalmas.edu", "K-2", "Lectura", "Equipo K-2"),
    ("Aula 2", "Bruno Pérez", "bruno.perez@laspalmas.edu", "3-5", "Matemáticas", "Equipo 3-5"),
    ("Aula 3", "Carmen Núñez", "carmen.nunez@laspalmas.edu", "3-5", "Ciencias", "Equipo 3-5"),
)
MARKED = 3  # look-fors tapped Observed in the first room
# Words the window must show at each step in Spanish, and what it would show in English instead.
SPANISH = {
    "welcome": ("Configurar mi escuela", "Set up my school"),
    "roster": ("Aulas y docentes", "Rooms and teachers"),
    "import": ("Importar y continuar", "Import and continue"),
    "start": ("Empezar ronda  →", "Start round  →"),
    "finish": ("Terminar ronda", "Finish round"),
    "observed": ("Observado", "Observed"),
    "summary": ("Resumen de la ronda", "Round summary"),
    "visited": ("1 aula visitada · 2 sin visitar", "1 room visited"),
}
WAIT_S = 30.0


def nothing_to_prepare(_folder: Path) -> dict[str, Any]:
    """The scenario starts on a new, empty data folder: the setup's welcome is the first page."""
    return {}


def shown_window() -> MainWindow | None:
    """The main window on the screen (after a language switch, the new one)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            return widget
    return None


def wait_until(what: str, done: Callable[[], object], seconds: float = WAIT_S) -> None:
    """Run the event loop until ``done()`` holds; fail naming ``what`` after ``seconds``."""
    deadline = time.perf_counter() + seconds
    while not done():
        if time.perf_counter() > deadline:
            raise SelfTestFailed(f"{what} did not happen within {seconds:g} s")
        QTest.qWait(POLL_MS)


def shown_texts(window: QWidget) -> set[str]:
    """Every text of a label or button on the screen, and the navigation's entries."""
    texts = {w.text() for w in window.findChildren(QLabel) if w.isVisible()}
    texts |= {w.text() for w in window.findChildren(QAbstractButton) if w.isVisible()}
    navigation = getattr(window, "navigation", None)
    if navigation is not None and navigation.isVisible():
        texts |= {navigation.item(i).text() for i in range(navigation.count())}
    return texts


def reads_spanish(window: QWidget, *keys: str) -> list[str]:
    """Check the window shows the Spanish words of ``keys`` and none of their English ones."""
    texts = shown_texts(window)
    for key in keys:
        spanish, english = SPANISH[key]
        english_shown = any(english in t for t in texts)
        if english_shown or not any(spanish in t for t in texts):
            raise SelfTestFailed(f"the window does not read Spanish: {spanish!r} not shown"
                                 + (f", {english!r} is" if english_shown else ""))
    return [SPANISH[k][0].strip(" →") for k in keys]


def type_text(field: QWidget, text: str) -> None:
    """Key presses for ``text``; a letter beyond ASCII (í, ñ) comes as a keyboard layout sends it,
    a key event with its text (QTest's own typing knows ASCII only)."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(field, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                        char))


def type_into(field: QLineEdit, text: str) -> None:
    wait_until(f"the cursor in the field {field.accessibleName()!r}", field.hasFocus)
    type_text(field, text)
    if field.text() != text:
        raise SelfTestFailed(f"typed {text!r} into {field.accessibleName()!r}, it holds {field.text()!r}")


def tap_choice(combo: QComboBox, data: str) -> None:
    """Open the list's popup with a tap and tap the entry whose data is ``data``."""
    index = combo.findData(data)
    if index < 0:
        raise SelfTestFailed(f"the list {combo.accessibleName()!r} does not offer {data!r}")
    click(combo, f"the list {combo.accessibleName()!r}")
    view = combo.view()
    wait_until("the list's popup", view.isVisible)
    QTest.qWait(QApplication.doubleClickInterval() + 100)  # a popup ignores a release right after it opens
    where = view.visualRect(combo.model().index(index, 0)).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)


def tap_and_answer_file_dialog(button: QAbstractButton, what: str, path: Path) -> str:
    """Tap ``button``, which opens a file dialog, and pick ``path`` in it; the name the dialog suggested.
    The whole path is typed into its name field; it is answered again while it stays open, and
    closed unanswered after ``WAIT_S``: the self-test then fails, it never waits for ever."""
    seen: dict[str, str] = {}
    deadline = time.perf_counter() + WAIT_S
    answer = QTimer()
    answer.setInterval(POLL_MS)

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not (isinstance(dialog, QFileDialog) and dialog.isVisible()):
            if "suggested" in seen or time.perf_counter() > deadline:
                answer.stop()
            return
        seen.setdefault("suggested", next(iter(dialog.selectedFiles()), ""))
        if time.perf_counter() > deadline:
            seen["unanswered"] = "yes"
            dialog.reject()
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")  # the dialog's "File name" field
        if name is None:
            return
        name.setText(str(path))  # the whole path typed in, then Open / Save
        dialog.accept()  # still open at the next look: answered again

    answer.timeout.connect(pick)
    answer.start()
    try:
        click(button, what)  # returns when the dialog is closed
    finally:
        answer.stop()
    if "suggested" not in seen:
        raise SelfTestFailed(f"{what} opened no file dialog")
    if "unanswered" in seen:
        raise SelfTestFailed(f"the file dialog of {what} did not take {path} within {WAIT_S:g} s")
    return seen["suggested"]


def fill_in_template(saved: Path, filled: Path) -> None:
    """What a principal does in Excel or LibreOffice: a row per room under the template's headers."""
    import openpyxl

    book = openpyxl.load_workbook(saved)
    sheet = book.worksheets[0]
    for row in ROOMS:
        sheet.append(list(row))
    book.save(filled)


def set_up_school(window: MainWindow, folder: Path) -> tuple[MainWindow, dict[str, Any]]:
    """The setup, from its welcome in English to its last step, in Spanish."""
    # As a person would: once the welcome is up and the data opened behind it (opening it closes
    # a list's popup opened in the first tenth of a second).
    wait_until("the setup's welcome on the opened data", lambda: window.first_run is not None
               and hasattr(window, "repo"))
    setup = window.first_run
    assert setup is not None
    tap_choice(setup.language, "es")
    wait_until("the window in Spanish", lambda: shown_window() not in (None, window))
    spanish = shown_window()
    assert spanish is not None
    setup = spanish.first_run
    if setup is None:
        raise SelfTestFailed("after Español was chosen the window left the setup")
    # The new window in front, as a window manager (or a tap on it) makes it: typing goes to it.
    spanish.activateWindow()
    wait_until("the Spanish window in front", spanish.isActiveWindow)
    words = reads_spanish(spanish, "welcome")
    click(setup.set_up_button, "Configurar mi escuela")
    type_into(setup.name, PRINCIPAL)
    click(setup.next_button, "Siguiente (you)")
    wait_until("the school step", lambda: _on(setup, "school"))
    QTest.mouseClick(setup.district, Qt.MouseButton.LeftButton)
    type_text(setup.district, DISTRICT)
    QTest.mouseClick(setup.school_name, Qt.MouseButton.LeftButton)
    type_into(setup.school_name, SCHOOL)
    click(setup.next_button, "Siguiente (school)")
    wait_until("the roster step", lambda: _on(setup, "roster"))
    words += reads_spanish(spanish, "roster")
    saved = folder / "plantilla-guardada.xlsx"  # saved under a name of the principal's
    suggested = tap_and_answer_file_dialog(setup.template_button, "Guardar la plantilla", saved)
    if Path(suggested).name != TEMPLATE.name:
        raise SelfTestFailed(f"the Spanish setup offers the template as {Path(suggested).name!r}, not {TEMPLATE.name}")
    if not saved.is_file() or saved.read_bytes() != TEMPLATE.read_bytes():
        raise SelfTestFailed(f"the template saved from the setup is not the shipped {TEMPLATE}")
    filled = folder / "personal-las-palmas.xlsx"
    fill_in_template(saved, filled)
    tap_and_answer_file_dialog(setup.roster_button, "Elegir un archivo de personal", filled)
    wait_until("the roster file read", lambda: setup.roster is not None and setup.next_button.isEnabled())
    roster = setup.roster
    assert roster is not None
    if not roster.usable or len(roster.rows) != len(ROOMS):
        raise SelfTestFailed(f"the filled template reads as {len(roster.rows)} rooms, problems "
                             f"{[str(p) for p in roster.problems]}: {setup.roster_status.text()!r}")
    words += reads_spanish(spanish, "import")
    read = setup.roster_status.text()
    click(setup.next_button, "Importar y continuar")
    wait_until("the import, then the frameworks step", lambda: _on(setup, "frameworks"))
    blast = next(iter(setup.framework_boxes.values()))
    wait_until("the built-in frameworks in the setup", lambda: blast.findData(BLAST_FRAMEWORK) >= 0)
    blast.setCurrentIndex(blast.findData(BLAST_FRAMEWORK))
    click(setup.next_button, "Terminar")
    wait_until("the last step", lambda: _on(setup, "done"))
    ready = setup.done_text.text()
    click(setup.next_button, "Empezar un recorrido")
    wait_until("the Walkthroughs page after the setup", lambda: spanish.first_run is None
               and spanish.current_page_key() == "walkthroughs")
    return spanish, {"roster_read": read, "setup_done": ready, "spanish_words": words}


def _on(setup: FirstRunPage, step: str) -> bool:
    return setup.step == step


def walk_a_round(window: MainWindow, folder: Path) -> dict[str, Any]:
    """Start a blast round, tap look-fors of the first room Observed, finish the round."""
    from walkthrough.ui.self_test import stored_value

    walkthroughs = window.walkthroughs_page
    start = walkthroughs.start
    index = start.framework.findData(BLAST_FRAMEWORK)
    if index < 0:
        raise SelfTestFailed(f"the Walkthroughs page does not offer the framework {BLAST_FRAMEWORK}")
    start.framework.setCurrentIndex(index)
    words = reads_spanish(window, "start")
    click(start.start, "Empezar ronda")
    active = window.repo.active_round()
    visit = walkthroughs.visit
    if active is None or visit.observation is None:
        raise SelfTestFailed(f"Empezar ronda did not open a room ({start.message.text() or 'no message'})")
    room = visit.room.text()
    keys = [k for k in visit.order if (s := visit.rows[k].segments) is not None and "observed" in s.buttons]
    if len(keys) < MARKED:
        raise SelfTestFailed(f"the first room shows {len(keys)} look-fors with an Observed button, not {MARKED}")
    words += reads_spanish(window, "finish", "observed")
    for key in keys[:MARKED]:
        row = visit.rows[key]
        assert row.segments is not None
        click(row.segments.buttons["observed"], f"Observado on {key}")
        if stored_value(folder, visit.observation.id, key) != "observed":
            raise SelfTestFailed(f"after the tap on {key}, a second connection does not read it observed")
    chip = visit.rows[keys[0]].chip.text()
    observation = visit.observation.id
    click(visit.finish_button, "Terminar ronda")
    if walkthroughs.current_view() != "summary":  # rooms not reached yet: the second tap confirms
        click(visit.finish_button, "Terminar ronda (again)")
    wait_until("the round's summary", lambda: walkthroughs.current_view() == "summary")
    words += reads_spanish(window, "summary", "visited")
    return {"round": active.id, "observation": observation, "marked": keys[:MARKED], "room": room,
            "shown": chip, "summary": walkthroughs.summary_text.text(), "spanish_words": words}


def set_up_and_walk(window: MainWindow, folder: Path) -> dict[str, Any]:
    spanish, setup = set_up_school(window, folder)
    walked = walk_a_round(spanish, folder)
    return {**setup, **walked, "spanish_words": setup["spanish_words"] + walked["spanish_words"]}


def what_was_stored(folder: Path, result: dict[str, Any]) -> dict[str, Any]:
    """The school, its rooms and teachers, and the round, as another connection reads them."""
    from walkthrough.core.model import Role
    from walkthrough.storage import Repository

    repo = Repository.open(database_path(folder))
    try:
        schools = repo.schools()
        school = schools[0] if len(schools) == 1 else None
        rooms = {r.name: (r.grade_band, r.subject) for r in repo.rooms(school.id)} if school else {}
        teachers = sorted(p.name for p in repo.people(Role.TEACHER, school.id)) if school else []
        round_ = repo.round(result["round"])
        responses = repo.responses(result["observation"])
        admin = repo.current_profile()
        return {"schools": [s.name for s in schools], "district": repo.district_name(), "rooms": rooms,
                "teachers": teachers, "round_status": str(round_.status),
                "observed": sorted(k for k, r in responses.items() if r.value == "observed" and not r.deleted),
                "profile": admin.name if admin else None}
    finally:
        repo.close()


def stored_checks(folder: Path, result: dict[str, Any]) -> Checks:
    def stored() -> dict[str, Any]:
        if "stored" not in result:
            result["stored"] = what_was_stored(folder, result)
        return dict(result["stored"])

    return [
        (lambda: stored()["schools"] == [SCHOOL] and stored()["district"] == DISTRICT,
         f"the database does not hold the school {SCHOOL} of {DISTRICT} alone"),
        (lambda: stored()["rooms"] == {r[0]: (r[3], r[4]) for r in ROOMS},
         "the database does not hold the template's rooms with their grades and subjects"),
        (lambda: stored()["teachers"] == sorted(r[1] for r in ROOMS),
         "the database does not hold the template's teachers"),
        (lambda: stored()["profile"] == PRINCIPAL, f"the profile in use is not {PRINCIPAL}"),
        (lambda: stored()["round_status"] == "finished", "the round is not finished in the database"),
        (lambda: stored()["observed"] == sorted(result["marked"]),
         "the database does not hold exactly the look-fors tapped Observed"),
    ]


SETUP_ES = Scenario(nothing_to_prepare, shown_window, set_up_and_walk, stored_checks)
