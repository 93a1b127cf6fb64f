"""The real app on a damaged database, in a real window under Xvfb: the safe-start window
appears, says what is wrong, offers the backup, and restoring it opens the app with the data."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from xvfb_app import need, screenshot, start_app, wait_for_event, xvfb

from walkthrough.paths import FORMS_DIR, database_path, set_aside_dir
from walkthrough.storage import Repository
from walkthrough.storage.backup import Reason, make_backup

pytestmark = pytest.mark.e2e
SCHOOL = "Maple Hollow Elementary (restored)"


def _window(display: str, name: str, timeout: float = 20) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name], capture_output=True,
                               text=True, env={"DISPLAY": display})
        if found.stdout.split():
            return found.stdout.split()[0]
        time.sleep(0.1)
    raise AssertionError(f"no window named {name!r} on the screen")


@pytest.mark.parametrize("size", ["1024x768", "1280x800"])
def test_a_garbage_database_starts_in_the_safe_window_and_the_backup_brings_the_data_back(
    tmp_path: Path, size: str
) -> None:
    need("xdotool", "import")
    data = tmp_path / "data"
    data.mkdir()
    repo = Repository.open(database_path(data))
    repo.install_framework_files([FORMS_DIR])
    repo.add_school(SCHOOL, by=repo.add_person("Pat Principal", "administrator", by=None).id)
    repo.close()
    make_backup(database_path(data), Reason.DAILY)
    garbage = os.urandom(64_000)
    database_path(data).write_bytes(garbage)
    with xvfb(size) as display:
        proc = start_app(display, data)
        try:
            shown = wait_for_event(data, "safe_start_shown", proc)
            assert shown["problem"] == "not_sqlite"
            window_id = _window(display, "^Walkthrough: the data cannot be opened$")
            time.sleep(0.5)
            shot = screenshot(display, f"e2e-safe-start-{size}")
            assert shot.stat().st_size > 5_000
            assert database_path(data).read_bytes() == garbage  # not touched
            subprocess.run(["xdotool", "windowfocus", "--sync", window_id], env={"DISPLAY": display}, check=True,
                           timeout=10)
            subprocess.run(["xdotool", "key", "space"], env={"DISPLAY": display}, check=True, timeout=10)
            wait_for_event(data, "backup_restored", proc)
            wait_for_event(data, "window_ready", proc)
            main_id = _window(display, "^Walkthrough$")
            time.sleep(0.8)
            screenshot(display, f"e2e-after-restore-{size}")
            subprocess.run(["xdotool", "windowfocus", "--sync", main_id], env={"DISPLAY": display}, check=True,
                           timeout=10)
            subprocess.run(["xdotool", "key", "ctrl+q"], env={"DISPLAY": display}, check=True, timeout=10)
            assert proc.wait(timeout=20) == 0
            _, err = proc.communicate()
            assert "Traceback" not in err, err
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    db = sqlite3.connect(database_path(data))
    assert db.execute("SELECT name FROM schools").fetchall() == [(SCHOOL,)]
    db.close()
    [kept] = [p for p in set_aside_dir(data).iterdir() if p.suffix == ".sqlite3"]
    assert kept.read_bytes() == garbage
