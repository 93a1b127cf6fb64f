"""Every damaged start ends in a window that says what is wrong and offers a way on, never an empty one.

The real start-up (ui/startup.py's Starter) on a data folder a hostile tester
prepared: zero bytes, truncated, garbage, another program's SQLite file, a
newer schema, a missing table, a read-only folder, a folder that is a file,
a full disk. The damaged file is never changed, and restoring the offered
backup opens the app with the data.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fault_helpers import can_mount_tmpfs, fill, read_only_folder, small_disk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from role_helpers import first_admin

from walkthrough.folder_lock import DataFolderLock
from walkthrough.log import setup_logging
from walkthrough.paths import FORMS_DIR, database_path, log_dir, set_aside_dir
from walkthrough.storage import Repository
from walkthrough.storage.backup import Reason, backups, make_backup
from walkthrough.ui.dialogs.safe_start import SafeStartWindow
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.startup import Starter

SCHOOL = "Maple Hollow Elementary (safe-start)"


def make_data(folder: Path, *, backup: bool = True) -> Path:
    """A data folder with a school and a framework, and (by default) a backup of it."""
    folder.mkdir(parents=True, exist_ok=True)
    repo = Repository.open(database_path(folder))
    repo.install_framework_files([FORMS_DIR])
    repo.add_school(SCHOOL, by=first_admin(repo).id)
    repo.close()
    if backup:
        make_backup(database_path(folder), Reason.DAILY)
    return database_path(folder)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Started:
    def __init__(self, qtbot: QtBot, folder: Path) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.qtbot = qtbot
        self.starter = Starter(app, folder)
        self.windows: list[MainWindow] = []
        self.safe: list[SafeStartWindow] = []
        self.starter.main_window_ready.connect(self.windows.append)
        self.starter.safe_start_shown.connect(self.safe.append)

    def start(self) -> Started:
        setup_logging(self.starter.folder)  # as the command line does before the app starts
        self.starter.start()
        self.qtbot.waitUntil(lambda: bool(self.windows or self.safe), timeout=10_000)
        return self

    @property
    def safe_window(self) -> SafeStartWindow:
        assert self.safe and not self.windows, "the main window opened"
        return self.safe[-1]

    def close(self) -> None:
        import shiboken6

        for window in [*self.windows, *self.safe]:
            if shiboken6.isValid(window):
                window.hide()
                window.deleteLater()
        self.windows, self.safe = [], []
        self.starter.shutdown()
        root = logging.getLogger("walkthrough")
        for handler in list(root.handlers):
            handler.close()
            root.removeHandler(handler)


@pytest.fixture
def started(qtbot: QtBot) -> Iterator[Callable[[Path], Started]]:
    made: list[Started] = []

    def start(folder: Path) -> Started:
        made.append(Started(qtbot, folder).start())
        return made[-1]

    yield start
    for one in made:
        one.close()


def _zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _garbage(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size))


def _foreign(path: Path) -> None:
    path.unlink()
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    other.execute("INSERT INTO contacts VALUES ('Ana', '555-0100')")
    other.commit()
    other.close()


def _missing_table(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("DROP TABLE notes")
    db.commit()
    db.close()


DAMAGED = {
    "zero bytes": (_zero_bytes, "empty (0 bytes)"),
    "truncated": (_truncated, "damaged"),
    "garbage": (_garbage, "not a Walkthrough database"),
    "foreign SQLite": (_foreign, "another program's SQLite database"),
    "missing table": (_missing_table, "the table notes is missing"),
}


@pytest.mark.parametrize("damage", list(DAMAGED), ids=list(DAMAGED))
def test_a_damaged_database_shows_what_is_wrong_offers_the_backup_and_restoring_opens_the_data(
    damage: str, tmp_path: Path, started: Callable[[Path], Started], qtbot: QtBot
) -> None:
    folder = tmp_path / "data"
    database = make_data(folder)
    spoil, words = DAMAGED[damage]
    spoil(database)
    before = digest(database)
    sides = {p.name: digest(p) for p in folder.glob("walkthrough.sqlite3-*")}
    first = started(folder)
    window = first.safe_window
    assert words in window.what.text()
    assert window.where.text() == str(database)
    assert digest(database) == before, "the damaged file was changed"
    assert {p.name: digest(p) for p in folder.glob("walkthrough.sqlite3-*")} == sides
    assert window.restore_button is not None and window.restore_button.isVisible()
    assert window.new_folder_button is not None and window.quit_button is not None
    assert "walkthrough.log" in window.log_note.text()
    qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(first.windows), timeout=10_000)
    main = first.windows[-1]
    assert [s.name for s in main.repo.schools()] == [SCHOOL]
    [kept] = [p for p in set_aside_dir(folder).iterdir() if p.suffix == ".sqlite3"]
    assert digest(kept) == before, "the damaged file was not kept as it was"


def test_a_foreign_sqlite_file_is_never_switched_to_wal_or_given_a_migrations_table(
    tmp_path: Path, started: Callable[[Path], Started]
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    _foreign_path = database_path(folder)
    other = sqlite3.connect(_foreign_path)
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.commit()
    other.close()
    before = digest(_foreign_path)
    window = started(folder).safe_window
    assert "another program's" in window.what.text()
    assert window.restore_button is None and "No backup was found" in window.no_backup.text()
    check = sqlite3.connect(f"file:{_foreign_path}?mode=ro", uri=True)
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert [r[0] for r in check.execute("SELECT name FROM sqlite_master")] == ["contacts"]
    check.close()
    assert digest(_foreign_path) == before


def test_a_newer_schema_is_refused_with_the_version_it_needs_and_left_alone(
    tmp_path: Path, started: Callable[[Path], Started]
) -> None:
    folder = tmp_path / "data"
    database = make_data(folder)
    db = sqlite3.connect(database)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
               "VALUES ('walkthrough', 'm0099_from_the_future', '2030-01-01')")
    db.execute("UPDATE settings SET value = '9.2.0' WHERE key = 'app_version'")
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    before = digest(database)
    window = started(folder).safe_window
    assert "newer version of Walkthrough" in window.what.text() and "Walkthrough 9.2.0" in window.what.text()
    assert "schema step 99" in window.what.text()
    assert window.restore_button is None  # an older backup would lose the newer app's data
    assert digest(database) == before


def test_a_read_only_data_folder_says_so_and_offers_to_try_again(
    tmp_path: Path, started: Callable[[Path], Started]
) -> None:
    folder = tmp_path / "data"
    make_data(folder)
    with read_only_folder(folder):
        window = started(folder).safe_window
        assert "cannot be written to" in window.what.text()
        assert window.where.text() == str(folder)
        assert window.retry_button is not None and window.new_folder_button is not None


def test_a_data_folder_that_is_a_file_says_so(tmp_path: Path, started: Callable[[Path], Started]) -> None:
    folder = tmp_path / "data"
    folder.write_text("not a folder")
    window = started(folder).safe_window
    assert "is a file, not a folder" in window.what.text()
    assert folder.read_text() == "not a folder"


def test_a_full_disk_says_so_and_try_again_opens_once_there_is_room(
    tmp_path: Path, started: Callable[[Path], Started], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    if can_mount_tmpfs():
        with small_disk(tmp_path, 2048) as disk:
            folder = disk / "data"
            make_data(folder, backup=False)
            filler = fill(disk)
            first = started(folder)
            window = first.safe_window
            assert "disk is full" in window.what.text()
            filler.unlink()
            assert window.retry_button is not None
            qtbot.mouseClick(window.retry_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: bool(first.windows), timeout=10_000)
            assert [s.name for s in first.windows[-1].repo.schools()] == [SCHOOL]
            first.close()
        return
    # Without root, no real small disk can be mounted: the same start with the disk-full error injected.
    import errno

    from walkthrough import paths

    folder = tmp_path / "data"
    make_data(folder, backup=False)
    real = paths.probe_write

    def full(folder: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(paths, "probe_write", full)
    first = started(folder)
    assert "disk is full" in first.safe_window.what.text()
    monkeypatch.setattr(paths, "probe_write", real)
    assert first.safe_window.retry_button is not None
    qtbot.mouseClick(first.safe_window.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(first.windows), timeout=10_000)


def test_a_new_empty_data_folder_opens_and_leaves_the_damaged_one_as_it_was(
    tmp_path: Path, started: Callable[[Path], Started], qtbot: QtBot
) -> None:
    folder = tmp_path / "data"
    database = make_data(folder, backup=False)
    _garbage(database)
    before = digest(database)
    first = started(folder)
    window = first.safe_window
    assert window.new_folder_button is not None
    qtbot.mouseClick(window.new_folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(first.windows), timeout=10_000)
    main = first.windows[-1]
    assert main.repo.schools() == [] and Path(main.repo.database_file).parent != folder
    assert Path(main.repo.database_file).parent.name.startswith("data (new ")
    assert digest(database) == before


def test_a_good_database_opens_and_is_backed_up_once_a_day(
    tmp_path: Path, started: Callable[[Path], Started], qtbot: QtBot
) -> None:
    folder = tmp_path / "data"
    make_data(folder, backup=False)
    first = started(folder)
    assert first.windows and not first.safe
    first.starter.tasks.wait(30_000)
    qtbot.waitUntil(lambda: len(backups(folder)) == 1, timeout=10_000)
    first.close()
    second = started(folder)
    second.starter.tasks.wait(30_000)
    assert len(backups(folder)) == 1  # at most once a day


def test_a_database_last_opened_by_a_newer_app_opens_with_a_word(
    tmp_path: Path, started: Callable[[Path], Started]
) -> None:
    folder = tmp_path / "data"
    database = make_data(folder, backup=False)
    db = sqlite3.connect(database)
    db.execute("UPDATE settings SET value = '3.1.0' WHERE key = 'app_version'")
    db.commit()
    db.close()
    main = started(folder).windows[-1]
    assert not main.banner.isHidden() and "Walkthrough 3.1.0" in main.banner.text()


def test_a_folder_held_by_a_headless_command_says_it_is_in_use(
    tmp_path: Path, started: Callable[[Path], Started], qtbot: QtBot
) -> None:
    folder = tmp_path / "data"
    make_data(folder, backup=False)
    holder = DataFolderLock(folder, "demo").acquire()
    try:
        first = started(folder)
        window = first.safe_window
        assert "in use by the command `walkthrough demo`" in window.what.text()
        assert window.new_folder_button is None and window.retry_button is not None
    finally:
        holder.release()
    qtbot.mouseClick(window.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(first.windows), timeout=10_000)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking; Xvfb does
def test_a_second_start_brings_the_first_window_forward_and_exits(
    tmp_path: Path, started: Callable[[Path], Started], qtbot: QtBot
) -> None:
    folder = tmp_path / "data"
    make_data(folder, backup=False)
    first = started(folder)
    raised: list[bool] = []
    # It listens for second starts once its first page is painted (QtNetwork is not loaded before).
    first.qtbot.waitUntil(lambda: first.starter.instance is not None, timeout=5_000)
    assert first.starter.instance is not None
    first.starter.instance.raise_requested.connect(lambda: raised.append(True))
    second = subprocess.Popen([sys.executable, "-m", "walkthrough", "--data-dir", str(folder)],
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
    _, err = second.communicate()
    assert second.returncode == 0, err
    assert "already open on this data folder" in err and "Traceback" not in err
    assert raised == [True]
    assert first.windows[-1].isVisible()


def test_a_new_data_folder_opens_the_setup_and_installs_the_frameworks_after_the_window_is_ready(
    tmp_path: Path, started: Callable[[Path], Started], qtbot: QtBot
) -> None:
    folder = tmp_path / "new"
    first = started(folder)
    [window] = first.windows
    assert window.current_page_key() == "setup"  # an empty data folder: the first-run setup
    def events() -> list[str]:
        return [json.loads(line).get("event") for line in
                (log_dir(folder) / "walkthrough.log").read_text(encoding="utf-8").splitlines()]

    assert "window_ready" in events()
    qtbot.waitUntil(lambda: "frameworks_installed" in events(), timeout=30_000)  # off the critical path
    assert events().index("window_ready") < events().index("frameworks_installed")
    assert window.repo.frameworks()


def test_a_data_folder_with_a_school_opens_its_pages_not_the_setup(
    tmp_path: Path, started: Callable[[Path], Started]
) -> None:
    folder = tmp_path / "data"
    make_data(folder, backup=False)
    [window] = started(folder).windows
    assert window.current_page_key() == "walkthroughs" and window.first_run is None


def _damage_a_page_no_start_query_reads(path: Path) -> None:
    """A filler table whose leaf page is overwritten: only a full check reads it."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=DELETE")
    db.execute("CREATE TABLE filler (v TEXT)")
    db.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,) for _ in range(2000)])
    db.commit()
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.close()
    with path.open("r+b") as file:
        file.seek((pages - 20) * page_size)
        file.write(os.urandom(page_size))


@pytest.mark.parametrize("damaged", [False, True], ids=["sound", "damaged"])
def test_a_large_database_opens_first_and_is_checked_on_the_background_thread(
    damaged: bool, tmp_path: Path, started: Callable[[Path], Started], qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from walkthrough.storage import startup

    folder = tmp_path / "data"
    database = make_data(folder, backup=False)
    if damaged:
        _damage_a_page_no_start_query_reads(database)
    monkeypatch.setattr(startup, "QUICK_CHECK_AT_START_BYTES", 0)  # "large": any size
    first = started(folder)
    [window] = first.windows  # the window opened before the check

    def checked() -> list[dict[str, object]]:
        lines = (log_dir(folder) / "walkthrough.log").read_text(encoding="utf-8").splitlines()
        return [e for e in map(json.loads, lines) if e.get("event") == "database_checked"]

    qtbot.waitUntil(lambda: bool(checked()), timeout=30_000)
    assert checked()[0]["sound"] is (not damaged)
    said = window.banner.text() if window.banner.isVisibleTo(window) else ""
    assert ("SQLite's check found damage in the database" in said) is damaged
    if damaged:
        assert "restore the last good backup from the Backups page" in said
