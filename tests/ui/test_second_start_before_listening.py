"""A second start that comes before the first copy listens (a double click: the first copy listens
once its first page is painted) is still answered by it, not told the folder is in use."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from walkthrough.ui.single_instance import SingleInstance

LATE_LISTENER = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from walkthrough.ui.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
asked = []
instance.raise_requested.connect(lambda: (asked.append(1), QTimer.singleShot(100, app.quit)))
print("started", flush=True)
QTimer.singleShot(int(sys.argv[2]), lambda: print("listening", instance.listen(), flush=True))
QTimer.singleShot(8000, app.quit)
app.exec()
print("asked", len(asked), flush=True)
"""


def late_listener(folder: Path, after_ms: int) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", LATE_LISTENER, str(folder), str(after_ms)],
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "started"
    return proc


def test_a_second_start_before_the_first_copy_listens_keeps_asking_and_is_answered(tmp_path: Path) -> None:
    proc = late_listener(tmp_path, 600)
    try:
        asked_at = time.monotonic()
        assert SingleInstance.ask_running_copy_to_show(tmp_path, 4000) is True
        assert time.monotonic() - asked_at >= 0.4  # it was not listening when first asked
        out, _ = proc.communicate(timeout=20)
        assert "asked 1" in out
    finally:
        proc.kill()


def test_a_folder_held_by_a_headless_command_is_asked_once(tmp_path: Path) -> None:
    asked_at = time.monotonic()
    assert SingleInstance.ask_running_copy_to_show(tmp_path, 2000, keep_asking=False) is False
    assert time.monotonic() - asked_at < 1.0
