"""The real app, in a real X window, killed with SIGKILL mid-visit, again and again.

A round is seeded through the repository; the app opens on it; xdotool types
look-for shortcuts; at a random moment the process is killed. After every
kill, every tap the app acknowledged in its JSON log must be in the database,
and the app must come back on the same round. The first run saves a
screenshot of the visit screen to tests/artifacts/.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from round_helpers import install_twelve, small_school

from walkthrough.paths import FORMS_DIR, database_path, log_dir
from walkthrough.storage import Repository

pytestmark = pytest.mark.e2e

RUNS = 20
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
KEYS = ["o", "o", "o", "x", "a", "Down", "Up", "Delete", "1", "2", "ctrl+z", "o", "x", "ctrl+Return"]


def _free_display() -> int:
    for number in range(90, 200):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("needs Xvfb and xdotool")
    number = _free_display()
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if time.monotonic() > deadline or server.poll() is not None:
            server.kill()
            pytest.skip("Xvfb did not start")
        time.sleep(0.05)
    yield f":{number}"
    server.terminate()
    server.wait(5)


def _events(log: Path) -> list[dict[str, object]]:
    if not log.exists():
        return []
    events = []
    for line in log.read_text(encoding="utf-8").splitlines():
        try:
            events.append(json.loads(line))
        except json.JSONDecodeError:
            continue  # a line cut short by the kill
    return events


def _wait_for(log: Path, event: str, count: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if sum(1 for e in _events(log) if e.get("event") == event) >= count:
            return
        time.sleep(0.05)
    raise AssertionError(f"the app did not log {event!r} #{count} within {timeout} s: {log.read_text()[-2000:]}")


def _xdotool(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=15)


def _seed(data: Path) -> str:
    repo = Repository.open(database_path(data))
    try:
        repo.install_framework_files([FORMS_DIR])
        framework = install_twelve(repo)
        school = small_school(repo, 30)
        return repo.start_round(school.school.id, framework, by=school.observer.id).id
    finally:
        repo.close()


def _check(data: Path, events: list[dict[str, object]]) -> int:
    """Every acknowledged change is stored; returns how many were acknowledged."""
    db = sqlite3.connect(f"file:{database_path(data)}?mode=ro", uri=True)
    try:
        changes = {row[0]: row[1:] for row in db.execute(
            "SELECT id, rowid, observation_id, look_for_key, new_value, new_not_applicable FROM response_changes")}
        acked = [e for e in events if e.get("event") in ("tap_committed", "undo_committed")]
        for ack in acked:
            stored = changes.get(str(ack["change_id"]))
            assert stored is not None, f"acknowledged change lost: {ack}"
            value = None if stored[3] is None else json.loads(stored[3])
            assert (stored[1], stored[2], value, bool(stored[4])) == (
                ack["observation_id"], ack["look_for_key"], ack["value"], ack["not_applicable"]), ack
        # The response is the value of its last change: tap and undo log were one transaction.
        latest: dict[tuple[str, str], tuple[int, object, bool]] = {}
        for rowid, obs, key, value, na in changes.values():
            if (obs, key) not in latest or rowid > latest[(obs, key)][0]:
                latest[(obs, key)] = (rowid, None if value is None else json.loads(value), bool(na))
        for (obs, key), (_, value, na) in latest.items():
            row = db.execute("SELECT value, not_applicable FROM responses WHERE observation_id = ? AND "
                             "look_for_key = ?", [obs, key]).fetchone()
            assert row is not None and (None if row[0] is None else json.loads(row[0]), bool(row[1])) == (value, na)
        for ack in (e for e in events if e.get("event") == "next_room_committed"):
            status = db.execute("SELECT status FROM observations WHERE id = ?", [ack["left_observation_id"]]).fetchone()
            assert status == ("complete",), f"acknowledged Next room lost: {ack}"
        return len(acked)
    finally:
        db.close()


def test_every_acknowledged_tap_survives_sigkill_and_the_round_resumes(display: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    round_id = _seed(data)
    log = log_dir(data) / "walkthrough.log"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONUNBUFFERED": "1"}
    env.pop("WALKTHROUGH_DATA_DIR", None)
    rng = random.Random(20260105)
    acknowledged = 0
    started = time.monotonic()
    for run in range(RUNS):
        app = subprocess.Popen([sys.executable, "-m", "walkthrough", "--data-dir", str(data)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            _wait_for(log, "window_shown", run + 1)
            _wait_for(log, "round_resumed", run + 1)
            found = _xdotool(env, "search", "--sync", "--onlyvisible", "--name", "^Walkthrough$")
            window = found.stdout.split()[0]
            _xdotool(env, "windowfocus", "--sync", window)
            if run == 0:
                _xdotool(env, "key", "--delay", "60", "o", "o", "x", "a", "o", "Down", "x", "o")
                time.sleep(0.6)
                ARTIFACTS.mkdir(parents=True, exist_ok=True)
                subprocess.run(["import", "-display", display, "-window", "root",
                                str(ARTIFACTS / "visit_screen.png")], check=True, timeout=20)
            keys = [rng.choice(KEYS) for _ in range(40)]
            typist = subprocess.Popen(["xdotool", "key", "--delay", str(rng.randint(15, 50)), *keys], env=env)
            time.sleep(rng.uniform(0.1, 1.2))
        finally:
            app.send_signal(signal.SIGKILL)
            _, errors = app.communicate(timeout=10)
        typist.kill()
        typist.wait(5)
        events = _events(log)
        acknowledged = _check(data, events)
        assert "Traceback" not in errors, errors
    repo = Repository.open(database_path(data))
    try:
        active = repo.active_round()
        assert active is not None and active.id == round_id, "the round should still be in progress"
    finally:
        repo.close()
    assert acknowledged >= RUNS, f"too few taps were acknowledged to prove anything ({acknowledged})"
    assert time.monotonic() - started < 150
