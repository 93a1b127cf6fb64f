"""The steps of ``walkthrough self-test`` (see :mod:`walkthrough.selftest`).

The window is the one ``walkthrough.ui.app.run`` opens for a user; the
steps drive it with QTest mouse clicks from inside its event loop, and every
check of the database goes through a second connection, as another process
would see it.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMessageLogContext, QSettings, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from walkthrough import __version__
from walkthrough.paths import CONFIG_DIR_VARIABLE, FORMS_DIR, RESOURCES_DIR, database_path, is_frozen
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.widgets.segmented import Segmented

log = logging.getLogger("walkthrough.self_test")
BLAST_FRAMEWORK = "blast-empowered-learning"
POLL_MS = 50


class SelfTestFailed(Exception):
    """A step did not hold; the message says which and what was seen."""


def prepare(folder: Path) -> dict[str, Any]:
    """A demo district in the new data folder, with an administrator's profile in use."""
    from walkthrough.core.model import Role
    from walkthrough.demo import generate
    from walkthrough.storage import Repository

    repo = Repository.open(database_path(folder))
    try:
        reports = repo.install_framework_files([FORMS_DIR])
        problems = [str(p) for r in reports for p in r.problems]
        if problems or not reports:
            raise SelfTestFailed(f"the built-in frameworks in {FORMS_DIR} did not install: {problems or 'none found'}")
        generate(repo, observations=0, seed=13)
        school = repo.schools()[0]
        walker = next((p for p in repo.people(role=Role.ADMINISTRATOR, school_id=school.id)
                       if not repo.has_pin(p.id)), None)
        if walker is None:
            raise SelfTestFailed(f"the demo school {school.name} has no administrator without a PIN")
        repo.switch_profile(walker.id)
        return {"school": school.name, "walker": walker.name}
    finally:
        repo.close()


def stored_value(folder: Path, observation_id: str, look_for_key: str) -> object:
    """The tap as a second connection reads it from the database file."""
    from walkthrough.storage import Repository

    other = Repository.open(database_path(folder))
    try:
        response = other.response(observation_id, look_for_key)
        return None if response.deleted else response.value
    finally:
        other.close()


def tap_one_look_for(window: MainWindow, folder: Path) -> dict[str, Any]:
    """Start a round from the Walkthroughs page and tap the first look-for as observed."""
    page = window.show_page("walkthroughs")
    walkthroughs = window.walkthroughs_page
    if page is not walkthroughs:
        raise SelfTestFailed("the Walkthroughs page did not open")
    start = walkthroughs.start
    index = start.framework.findData(BLAST_FRAMEWORK)
    if index < 0:
        raise SelfTestFailed(f"the Walkthroughs page does not offer the framework {BLAST_FRAMEWORK}")
    start.framework.setCurrentIndex(index)
    click(start.start, "Start round")
    active = window.repo.active_round()
    if active is None:
        raise SelfTestFailed(f"Start round did not start a round ({start.message.text() or 'no message'})")
    visit = walkthroughs.visit
    if visit.observation is None:
        raise SelfTestFailed("the round started but no room opened on the screen")
    key = next((k for k in visit.order if _has_observed(visit.rows[k].segments)), None)
    if key is None:
        raise SelfTestFailed("the first room shows no look-for with an Observed button")
    row = visit.rows[key]
    assert row.segments is not None
    click(row.segments.buttons["observed"], f"Observed on {key}")
    seen = stored_value(folder, visit.observation.id, key)
    if seen != "observed":
        raise SelfTestFailed(f"after the tap, a second connection reads {seen!r} for {key}, not 'observed'")
    if not row.chip.text().endswith("Observed"):
        raise SelfTestFailed(f"the screen shows {row.chip.text()!r} after the tap, not Observed")
    return {"round": active.id, "observation": visit.observation.id, "look_for": key,
            "room": visit.room.text(), "shown": row.chip.text()}


def _has_observed(segments: Segmented | None) -> bool:
    return segments is not None and "observed" in segments.buttons


def click(button: QWidget, what: str) -> None:
    if not (button.isVisible() and button.isEnabled()):
        raise SelfTestFailed(f"{what} is not there to tap (visible {button.isVisible()}, enabled {button.isEnabled()})")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def attached_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible() and hasattr(widget, "walkthroughs_page"):
            return widget
    return None


def qt_message_to_log(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own messages go to the log file, not the terminal (the offscreen
    platform says "does not support propagateSizeHints" of every window)."""
    serious = kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
    log.log(logging.ERROR if serious else logging.INFO, "Qt: %s", message)


Checks = list[tuple[Callable[[], bool], str]]


@dataclass(frozen=True)
class Scenario:
    """What a self-test does: fill the new data folder before the app starts, find the app's
    window, drive it (a JSON-ready account of what was seen), and check the database after."""

    prepare: Callable[[Path], dict[str, Any]]
    window: Callable[[], MainWindow | None]
    steps: Callable[[MainWindow, Path], dict[str, Any]]
    after: Callable[[Path, dict[str, Any]], Checks]


def _tap_checks(folder: Path, result: dict[str, Any]) -> Checks:
    return [(lambda: stored_value(folder, result["observation"], result["look_for"]) == "observed",
             "the tap is not in the database after the app closed")]


TAP = Scenario(prepare, attached_window, tap_one_look_for, _tap_checks)


def scenario_named(name: str) -> Scenario:
    if name == "setup-es":
        from walkthrough.ui.self_test_setup import SETUP_ES

        return SETUP_ES
    return TAP


def self_test(folder: Path, *, timeout: float = 60.0, scenario: str = "tap") -> dict[str, Any]:
    """Run every step of ``scenario`` in ``folder`` (new and empty); a JSON-ready result."""
    from walkthrough.ui.app import run

    started = time.perf_counter()
    result: dict[str, Any] = {"passed": False, "scenario": scenario, "version": __version__,
                              "frozen": is_frozen(), "data_dir": str(folder), "resources": str(RESOURCES_DIR)}
    chosen = scenario_named(scenario)
    try:
        result.update(chosen.prepare(folder))
    except SelfTestFailed as exc:
        result["failed"] = str(exc)
        return result

    def drive() -> None:
        window = chosen.window()
        if window is None:
            if time.perf_counter() - started > timeout:
                result["failed"] = f"the main window did not open within {timeout:g} s"
                QApplication.closeAllWindows()
                QApplication.quit()
            else:
                QTimer.singleShot(POLL_MS, drive)
            return
        result["window_seconds"] = round(time.perf_counter() - started, 3)
        result["window_title"] = window.windowTitle()
        result["platform"] = QGuiApplication.platformName()
        result["window_icon"] = not window.windowIcon().isNull()
        try:
            result.update(chosen.steps(window, folder))
        except SelfTestFailed as exc:
            result["failed"] = str(exc)
        except Exception as exc:  # a bug in the app: report it as the failed step, then quit cleanly
            log.exception("self-test step raised")
            result["failed"] = f"the app raised {type(exc).__name__}: {exc}"
        shown = chosen.window() or window  # a language switch puts a new window in the first one's place
        shown.close()

    qInstallMessageHandler(qt_message_to_log)
    QApplication.instance() or QApplication(sys.argv[:1])  # run() uses this one
    # Qt's own file dialogs (a platform's native one cannot be answered from inside the app).
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    own_settings = os.environ.get(CONFIG_DIR_VARIABLE)
    if own_settings:  # and what they remember (QtProject.conf) in the self-test's settings folder too
        for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(kind, QSettings.Scope.UserScope, own_settings)
    QTimer.singleShot(0, drive)
    code = run(folder)
    result["exit_code"] = code
    if "failed" not in result:
        after = _after_exit(folder, result, chosen.after(folder, result))
        if after is not None:
            result["failed"] = after
    result["seconds"] = round(time.perf_counter() - started, 3)
    result["passed"] = "failed" not in result
    log.info("self-test finished", extra={"event": {"event": "self_test", "passed": result["passed"]}})
    return result


def _nudge_lists(result: dict[str, Any]) -> bool:
    """The built-in evaluative-language lists are found and load (they sit in forms/ too)."""
    from walkthrough.core.nudge import PhraseList

    lists = PhraseList.default()
    result["nudge_phrases"] = len(lists.entries)
    return bool(lists.entries) and not lists.problems


def _after_exit(folder: Path, result: dict[str, Any], own: Checks) -> str | None:
    """What is wrong once the app has closed, if anything (``own``: the scenario's checks)."""
    checks: Checks = [
        (lambda: result["exit_code"] == 0, f"the app exited with status {result['exit_code']}"),
        *own,
        (lambda: bool(result.get("window_icon")), "the main window has no icon (resources/icons missing?)"),
        (lambda: _nudge_lists(result), "the evaluative-language lists in forms/ did not load (the nudge is off)"),
    ]
    for check, problem in checks:
        if not check():
            return problem
    return None
