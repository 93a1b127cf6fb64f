"""The first page is on screen before what it does not need is loaded (issue 13).

A real start (``python -m walkthrough`` on the offscreen platform) with a probe that
records, at the moment the first page has been painted (``window_ready``), what was
imported and which of PySide's enum classes were made: on a new data folder the
setup's welcome is shown before sqlite-utils, the stores, QtNetwork and Qt's 93-enum
namespace load, and the stores open right after it. In-process: a tap on the welcome
made before the data is open is answered on the data, not lost.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from role_helpers import first_admin

from walkthrough.paths import database_path
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow

PROBE = r"""
import enum, json, sys
made = []
create = enum.EnumType._create_
def record(cls, name, *args, **kwargs):
    made.append(str(name))
    return create(cls, name, *args, **kwargs)
enum.EnumType._create_ = record
from PySide6.QtCore import QTimer
from walkthrough.ui import startup
ready = startup.Starter._ready
def at_ready(self, window):
    seen = {"modules": sorted(sys.modules), "enums": list(made)}
    ready(self, window)
    def done():
        seen["opened"] = self.opened is not None
        seen["page"] = window.current_page_key()
        from walkthrough.log import current_log_file
        seen["log"] = str(current_log_file())
        print(json.dumps(seen))
        self.app.quit()
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, done))
startup.Starter._ready = at_ready
from walkthrough.cli import main
sys.argv = ["walkthrough", "--data-dir", sys.argv[1]]
main()
"""


def first_paint(folder: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE, str(folder)], capture_output=True, text=True, env=env,
                          timeout=120, check=True)
    line = [ln for ln in done.stdout.splitlines() if ln.startswith("{")][-1]
    seen = json.loads(line)
    assert isinstance(seen, dict)
    return seen


def events(seen: dict[str, object]) -> list[str]:
    lines = Path(str(seen["log"])).read_text(encoding="utf-8").splitlines()
    return [str(json.loads(line).get("event")) for line in lines if line.startswith("{")]


@pytest.fixture(scope="module")
def new_folder_start(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    folder = tmp_path_factory.mktemp("first-page") / "data"
    return folder, first_paint(folder)


def test_a_new_folder_shows_the_welcome_before_sqlite_utils_and_the_stores_load(
    new_folder_start: tuple[Path, dict[str, object]]
) -> None:
    folder, seen = new_folder_start
    modules = set(seen["modules"])  # type: ignore[call-overload]
    assert "walkthrough.ui.pages.first_run" in modules
    loaded_early = modules & {"sqlite_utils", "walkthrough.storage.repository", "walkthrough.storage.base",
                              "walkthrough.storage.sqlite_lib", "PySide6.QtNetwork", "walkthrough.core.model",
                              "walkthrough.core.framework_types"}
    assert not loaded_early
    # ...and the data is opened (the database made) right after the welcome was painted.
    assert seen["opened"] is True and seen["page"] == "setup"
    assert database_path(folder).exists()
    order = events(seen)
    assert order.index("window_shown") < order.index("window_ready") < order.index("data_opened")


def test_the_welcome_is_painted_before_the_lock_package_log_rotation_and_self_test_load(
    new_folder_start: tuple[Path, dict[str, object]]
) -> None:
    _folder, seen = new_folder_start
    modules = set(seen["modules"])  # type: ignore[call-overload]
    assert not modules & {"filelock", "logging.handlers", "walkthrough.selftest", "socket"}


def test_the_first_page_is_painted_before_qt_namespace_and_list_view_enums_are_made(
    new_folder_start: tuple[Path, dict[str, object]]
) -> None:
    _folder, seen = new_folder_start
    made = set(seen["enums"])  # type: ignore[call-overload]
    # Qt.TextFormat and Qt.ItemDataRole come with Qt's whole namespace (93 enum classes), ScrollMode
    # with the first item view, ProcessChannelMode with an app-wide Python event filter.
    assert not made & {"TextFormat", "ItemDataRole", "ScrollMode", "ProcessChannelMode"}
    assert len(seen["enums"]) < 120  # type: ignore[arg-type]  (was 359)


def test_a_folder_with_a_school_opens_its_stores_before_its_first_page(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    repo = Repository.open(database_path(folder))
    repo.add_school("Birch Lane Middle", by=first_admin(repo).id)
    repo.close()
    seen = first_paint(folder)
    assert "walkthrough.storage.repository" in set(seen["modules"])  # type: ignore[call-overload]
    assert seen["page"] != "setup"
    order = events(seen)
    assert order.index("data_opened") < order.index("window_ready")


def test_a_tap_on_the_welcome_before_the_data_is_open_is_saved_on_the_data(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(data_dir=tmp_path)
    qtbot.addWidget(window)
    button = window.show_setup()
    setup = window.first_run
    assert setup is not None
    opened: list[Repository] = []

    def open_now() -> None:  # what the starter does when the setup needs the data sooner
        repo = Repository.open(database_path(tmp_path))
        opened.append(repo)
        window.attach(repo, first_run=True)

    window.data_needed.connect(open_now)
    window.show()
    button.click()  # "Set up my school": the next step needs no data yet
    assert setup.step == "you" and not opened
    setup.name.setText("Rosa Delgado")
    setup.next_button.click()  # saving the profile needs the data: opened now, then saved
    assert len(opened) == 1 and window.first_run is setup
    assert setup.step == "school"
    assert [p.name for p in opened[0].people()] == ["Rosa Delgado"]
    window.close()
    opened[0].close()
