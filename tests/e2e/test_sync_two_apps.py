"""Two real app processes, each with its own data folder, sync through one shared folder under Xvfb."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from xvfb_app import log_events, need, screenshot, start_app, wait_for_event, xvfb

from walkthrough.paths import FORMS_DIR
from walkthrough.storage import Repository

pytestmark = pytest.mark.e2e


def _device(folder: Path, name: str, school: str, shared: Path) -> None:
    repo = Repository.open(folder / "walkthrough.sqlite3")
    repo.install_framework_files([FORMS_DIR])
    repo.set_setting("device_name", name)
    repo.set_setting("sync_folder", str(shared))
    admin = repo.add_person("Pat Principal", "administrator", by=None)
    repo.add_school(school, by=admin.id)
    repo.close()


def _schools(folder: Path) -> set[str]:
    with sqlite3.connect(f"file:{folder / 'walkthrough.sqlite3'}?mode=ro", uri=True) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM schools WHERE deleted = 0")}


def _syncs(folder: Path) -> list[dict[str, object]]:
    return [e for e in log_events(folder) if e.get("event") == "sync_finished"]


def _wait_for_syncs(folder: Path, count: int, proc: object, timeout: float = 60) -> list[dict[str, object]]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = _syncs(folder)
        if len(found) >= count:
            return found
        time.sleep(0.1)
    raise AssertionError(f"{folder.name}: no sync within {timeout} s; log: {log_events(folder)[-5:]}")


def test_two_app_processes_share_a_folder_and_end_with_the_same_schools(tmp_path: Path) -> None:
    need("xdotool")
    shared = tmp_path / "OneDrive - District" / "Walkthrough"
    shared.mkdir(parents=True)
    office, coach = tmp_path / "office", tmp_path / "coach"
    _device(office, "Office tablet", "Maple Hollow Elementary", shared)
    _device(coach, "Coach laptop", "Cedar Ridge Middle", shared)
    with xvfb() as display:
        first = start_app(display, office)
        second = None
        try:
            wait_for_event(office, "window_ready", first)
            _wait_for_syncs(office, 1, first)  # at start: writes its bundle into the folder
            assert len(list(shared.iterdir())) == 1
            second = start_app(display, coach)  # both apps run at once
            wait_for_event(coach, "window_ready", second)
            [synced] = _wait_for_syncs(coach, 1, second)
            assert synced["refused"] == 0 and "schools" in synced["changed"]
            assert _schools(coach) == {"Maple Hollow Elementary", "Cedar Ridge Middle"}
            time.sleep(0.5)
            shot = screenshot(display, "e2e-sync-second-app")
            assert shot.stat().st_size > 10_000
        finally:
            for proc in (first, second):
                if proc is not None and proc.poll() is None:
                    proc.terminate()
                    proc.wait(timeout=20)
        for proc in (first, second):
            assert proc is not None
            _, err = proc.communicate()
            assert "Traceback" not in err
        again = start_app(display, office)  # the office tablet starts again and takes the coach's bundle
        try:
            wait_for_event(office, "window_ready", again)
            _wait_for_syncs(office, 2, again)
        finally:
            if again.poll() is None:
                again.terminate()
            _, err = again.communicate(timeout=20)
        assert "Traceback" not in err
    assert _schools(office) == _schools(coach) == {"Maple Hollow Elementary", "Cedar Ridge Middle"}
    assert len(list(shared.iterdir())) == 2  # one bundle from each device; nothing rewritten or deleted
