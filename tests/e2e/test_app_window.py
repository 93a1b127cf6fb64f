"""The real app opens in a real window under Xvfb, and quits cleanly."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from xvfb_app import need, screenshot, start_app, wait_for_event, xvfb

pytestmark = pytest.mark.e2e


def _colours(path: Path) -> int:
    result = subprocess.run(["identify", "-format", "%k", str(path)], capture_output=True, text=True, check=True)
    return int(result.stdout.strip())


def test_the_app_opens_a_real_window_and_quits(tmp_path: Path) -> None:
    need("xdotool", "identify")
    data = tmp_path / "data"
    with xvfb() as display:
        proc = start_app(display, data)
        try:
            shown = wait_for_event(data, "window_shown", proc)
            ready = wait_for_event(data, "window_ready", proc)
            assert isinstance(shown["seconds"], float) and isinstance(ready["seconds"], float)
            assert shown["seconds"] <= ready["seconds"]
            deadline = time.monotonic() + 10
            window_id = ""
            while not window_id and time.monotonic() < deadline:
                found = subprocess.run(
                    ["xdotool", "search", "--name", "^Walkthrough$"],
                    capture_output=True,
                    text=True,
                    env={"DISPLAY": display},
                )
                window_id = found.stdout.split()[0] if found.stdout.split() else ""
                time.sleep(0.1)
            assert window_id, "no window named Walkthrough on the screen"
            time.sleep(0.5)
            path = screenshot(display, "e2e-main-window")
            assert path.stat().st_size > 10_000
            assert _colours(path) > 50, "the screenshot looks blank"
            # No window manager under Xvfb: give the window the focus, then type (XTEST).
            subprocess.run(
                ["xdotool", "windowfocus", "--sync", window_id], env={"DISPLAY": display}, check=True, timeout=10
            )
            subprocess.run(["xdotool", "key", "ctrl+q"], env={"DISPLAY": display}, check=True, timeout=10)
            assert proc.wait(timeout=20) == 0
            _, err = proc.communicate()
            assert "Traceback" not in err
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert (data / "walkthrough.sqlite3").exists()
