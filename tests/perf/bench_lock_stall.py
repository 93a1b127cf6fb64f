"""Benchmark: the longest the window's event loop is blocked while another
process holds the database's write lock.

    .venv/bin/python tests/perf/bench_lock_stall.py [--seconds S]

Opens the real main window (offscreen) on a fresh database, then for each
of two user actions (typing a debrief reflection key by key, and tapping
look-fors on the visit screen) measures the longest gap between firings of
a 2 ms timer, twice: with the database free (``floor``: what typing and
tapping cost anyway on this machine) and with a second process holding
``BEGIN IMMEDIATE`` the whole time (``locked``: every commit waits out the
window's 25 ms lock wait and is retried every 400 ms). Prints one JSON
object (worst gap and 99th percentile); the goal is ``locked_worst_ms`` under
100 ms. The machine's own noise shows in ``floor``: compare the two.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "ui")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")

from fault_helpers import WriteLock  # noqa: E402
from peer_helpers import make_district, planned_visit  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from round_helpers import small_school  # noqa: E402
from stall_probe import StallProbe  # noqa: E402

from walkthrough.core.frameworks import ResponseType  # noqa: E402
from walkthrough.core.model import NoteKind  # noqa: E402
from walkthrough.paths import FORMS_DIR  # noqa: E402
from walkthrough.storage import Repository  # noqa: E402
from walkthrough.ui.mainwindow import MainWindow  # noqa: E402

GOAL_MS = 100.0


def _repo(folder: Path) -> Repository:
    repo = Repository.open(folder / "walkthrough.sqlite3", background_checkpoints=True)
    repo.install_framework_files([FORMS_DIR])
    return repo


def typing(seconds: float, locked: bool) -> StallProbe:
    with tempfile.TemporaryDirectory() as folder:
        repo = _repo(Path(folder))
        d = make_district(repo)
        visit = planned_visit(repo, d)
        observation = repo.begin_peer_notes(visit.id, by=d.visitor.id)
        repo.add_peer_note(observation.id, NoteKind.NOTICING, "Pairs compared answers.", by=d.visitor.id)
        repo.switch_profile(d.host.id)
        window = MainWindow(repo)
        window.resize(1280, 800)
        window.show()
        window.show_page("peer")
        QTest.mouseClick(window.peer_page.debrief_button, Qt.MouseButton.LeftButton)
        editor = window.peer_page.debrief.reflection.editor
        editor.setFocus()
        QTest.qWait(500)  # the first paint and polish are not part of typing
        lock = WriteLock(repo.database_file) if locked else None
        probe = StallProbe()
        probe.start()
        deadline = time.perf_counter() + seconds
        n = 0
        while time.perf_counter() < deadline:  # bursts of typing with pauses, which commit (or retry)
            QTest.keyClicks(editor, "a")
            n += 1
            QTest.qWait(600 if n % 8 == 0 else 30)
        probe.stop()
        if lock is not None:
            lock.release()
            lock.kill()
        window.close()
        repo.close()
        return probe


def tapping(seconds: float, locked: bool) -> StallProbe:
    with tempfile.TemporaryDirectory() as folder:
        repo = _repo(Path(folder))
        school = small_school(repo, 3)
        framework = repo.framework("blast-empowered-learning")
        repo.start_round(school.school.id, framework, by=school.observer.id)
        window = MainWindow(repo)
        window.resize(1280, 800)
        window.show()
        view = window.walkthroughs_page.visit
        keys = [lf.key for lf in framework.look_fors if lf.response is ResponseType.PRESENCE]
        QTest.qWait(500)
        lock = WriteLock(repo.database_file) if locked else None
        probe = StallProbe()
        probe.start()
        deadline = time.perf_counter() + seconds
        n = 0
        while time.perf_counter() < deadline:
            segments = view.rows[keys[n % len(keys)]].segments
            assert segments is not None
            QTest.mouseClick(segments.buttons["observed" if n % 2 else "not_observed"], Qt.MouseButton.LeftButton)
            n += 1
            QTest.qWait(60)
        probe.stop()
        if lock is not None:
            lock.release()
            lock.kill()
        view.ticker.stop()
        window.close()
        repo.close()
        return probe


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=4.0, help="how long each action runs (default 4)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    result: dict[str, object] = {"goal_ms": GOAL_MS}
    for name, action in (("typing", typing), ("tapping", tapping)):
        floor = action(args.seconds, False)
        locked = action(args.seconds, True)
        result[name] = {
            "floor_worst_ms": round(floor.worst_ms, 1), "floor_p99_ms": round(floor.percentile(99), 1),
            "locked_worst_ms": round(locked.worst_ms, 1), "locked_p99_ms": round(locked.percentile(99), 1),
            "worst_ratio": round(locked.worst_ms / floor.worst_ms, 2) if floor.worst_ms else None,
            "within_goal": locked.worst_ms < GOAL_MS,
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
