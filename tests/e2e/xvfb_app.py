"""Running the real `walkthrough` process in a real window under Xvfb."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from walkthrough.paths import log_dir

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
SIZE = "1280x800"


def need(*programs: str) -> None:
    missing = [p for p in programs if shutil.which(p) is None]
    if missing:
        pytest.skip(f"end-to-end test needs {', '.join(missing)} (bash test.sh installs them as root)")


def _free_display() -> int:
    for number in range(90, 190):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


@contextmanager
def xvfb(size: str = SIZE) -> Iterator[str]:
    """A virtual screen (1280x800 unless ``size`` says otherwise); yields its DISPLAY."""
    need("Xvfb")
    number = _free_display()
    display = f":{number}"
    proc = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)
        yield display
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def app_env(display: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONUNBUFFERED="1")
    return env


def start_app(display: str, data_dir: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "walkthrough", "--data-dir", str(data_dir), *args],
        env=app_env(display),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def log_events(data_dir: Path) -> list[dict[str, object]]:
    path = log_dir(data_dir) / "walkthrough.log"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def wait_for_event(data_dir: Path, event: str, proc: subprocess.Popen[str], timeout: float = 30) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for entry in log_events(data_dir):
            if entry.get("event") == event:
                return entry
        if proc.poll() is not None:
            out, err = proc.communicate()
            raise AssertionError(f"the app exited with {proc.returncode} before {event!r}:\n{out}\n{err}")
        time.sleep(0.05)
    raise AssertionError(f"no {event!r} in the app's log within {timeout} s")


def screenshot(display: str, name: str) -> Path:
    """Save the whole virtual screen as tests/artifacts/NAME.png."""
    need("import")
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    subprocess.run(["import", "-display", display, "-window", "root", str(path)], check=True, timeout=30)
    return path
