"""Benchmark: cold start of the app to its first page ready, against a floor.

The floor is a bare PySide6 QMainWindow shown in a fresh interpreter, measured
in the same run the same way: from process start until the window has been
shown and the event loop has turned once. For the app, ``shown`` is its
window frame on screen and ``ready`` its first page painted and usable (the
``window_ready`` event, logged after the page's first paint); ``opened`` is when
the stores were open on the database (``data_opened``): before ``ready`` when
the first page shows data, just after it when the first page is the first-run
setup's welcome, which needs none (a tap on it that needs the data opens it at
once). Goal: ready <= 1.5 x the floor, on a new
data folder (``first_start``: the database made and migrated, the first-run
setup shown), on a later start of it (``existing``), and on the
100,000-visit database (``large``, made once in ~/.cache/walkthrough-bench/
demo-100k, about 2 minutes; ``--no-large`` skips it). The package is compiled
to bytecode first, as an installed app is (pip and PyInstaller both do), so
that no start pays for compiling the app's own source. Prints JSON. ``cpu_ratio_*`` are the CPU
seconds of the app's process at ``window_ready`` (its log says them) over the floor's at shown: on a
loaded machine, where wall times contradict each other, they still compare.

    .venv/bin/python tests/perf/bench_startup.py [--runs N] [--no-large]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from walkthrough.paths import database_path, log_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))

FLOOR = """
import sys
import time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("floor")
window.resize(1280, 800)
window.show()
def shown():
    Path(sys.argv[1]).write_text(f"shown {time.process_time()}")
    window.close()
QTimer.singleShot(0, shown)
app.exec()
"""


def _wait(path: Path, proc: subprocess.Popen[bytes], marker: str, start: float) -> float:
    """Seconds from ``start`` until ``marker`` appears in the file at ``path``."""
    while True:
        if path.exists() and marker in path.read_text(encoding="utf-8", errors="replace"):
            return time.perf_counter() - start
        if proc.poll() is not None and not (path.exists() and marker in path.read_text(errors="replace")):
            raise RuntimeError(f"process exited with {proc.returncode} before {marker!r}")
        time.sleep(0.002)


def floor_once(env: dict[str, str]) -> tuple[float, float]:
    """Seconds to the bare window shown, and the CPU seconds its process had used by then."""
    with tempfile.TemporaryDirectory() as tmp:
        marker = Path(tmp) / "shown"
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", FLOOR, str(marker)], env=env)
        _wait(marker, proc, "shown", t0)
        elapsed = time.perf_counter() - t0
        proc.wait(timeout=30)
        return elapsed, float(marker.read_text().split()[1])


def cpu_at_ready(log: Path) -> float:
    """The CPU seconds the app's process had used when its first page was ready (its log says)."""
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if '"window_ready"' in line:
            return float(json.loads(line).get("cpu_seconds", "nan"))
    return float("nan")


CPU: dict[str, list[float]] = {"floor": [], "first_start": [], "existing": [], "large": []}


def app_once(env: dict[str, str], data: Path, kind: str = "") -> tuple[float, float, float]:
    """Seconds to the main window shown, to its first page ready, and to the stores open (the
    CPU seconds at ready are kept in :data:`CPU` under ``kind``)."""
    log = log_dir(data) / "walkthrough.log"
    if log.exists():
        log.unlink()
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "walkthrough", "--data-dir", str(data)], env=env)
    try:
        shown = _wait(log, proc, '"window_shown"', t0)
        ready = _wait(log, proc, '"window_ready"', t0)
        opened = _wait(log, proc, '"data_opened"', t0)
        if kind:
            CPU[kind].append(cpu_at_ready(log))
        return shown, ready, opened
    finally:
        proc.kill()
        proc.wait(timeout=30)


def large_database(cache: Path) -> Path:
    """The 100,000-visit demo data folder (made once), copied into a new folder for this run."""
    if not database_path(cache).exists():
        print(f"making the 100,000-observation demo database in {cache} (about 2 minutes)…", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "walkthrough", "--data-dir", str(cache), "demo",
                        "--observations", "100000"], check=True)
    return cache


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-large", action="store_true", help="skip the 100,000-visit database")
    parser.add_argument("--cache", type=Path, default=Path(os.environ.get(
        "WALKTHROUGH_BENCH_CACHE", Path.home() / ".cache" / "walkthrough-bench" / "demo-100k")))
    args = parser.parse_args()
    import compileall

    from xvfb_app import xvfb

    compileall.compile_dir(str(Path(__file__).resolve().parents[2] / "walkthrough"), quiet=1)
    large: Path | None = None
    work = Path(tempfile.mkdtemp(prefix="walkthrough-bench-start-"))
    if not args.no_large:
        source = large_database(args.cache)
        large = work / "large"
        large.mkdir()
        import sqlite3

        check = sqlite3.connect(database_path(source))
        check.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the one file before the copy
        check.close()
        shutil.copy2(database_path(source), database_path(large))

    use_xvfb = shutil.which("Xvfb") is not None
    results: dict[str, object] = {
        "benchmark": "startup",
        "runs": args.runs,
        "platform": "xcb (Xvfb)" if use_xvfb else "offscreen",
    }

    def measure(env: dict[str, str]) -> None:
        floor: list[float] = []
        fresh: list[tuple[float, float, float]] = []
        existing: list[tuple[float, float, float]] = []
        big: list[tuple[float, float, float]] = []
        if large is not None:
            app_once(env, large)  # once: its schema steps, today's backup
        for _ in range(args.runs):
            wall, cpu = floor_once(env)
            floor.append(wall)
            CPU["floor"].append(cpu)
            with tempfile.TemporaryDirectory() as tmp:
                data = Path(tmp) / "data"
                fresh.append(app_once(env, data, "first_start"))  # first start: creates and migrates the database
                existing.append(app_once(env, data, "existing"))  # every later start
            if large is not None:
                big.append(app_once(env, large, "large"))
        f = statistics.median(floor)
        if big:
            large_ready = statistics.median(r for _, r, _ in big)
            results.update({"app_large_db_ready_s": round(large_ready, 4),
                            "ratio_large_db_ready": round(large_ready / f, 3)})
        shown = statistics.median(s for s, _, _ in existing)
        ready = statistics.median(r for _, r, _ in existing)
        first_ready = statistics.median(r for _, r, _ in fresh)
        results.update(
            {
                "floor_bare_qmainwindow_s": round(f, 4),
                "app_window_shown_s": round(shown, 4),
                "app_pages_ready_s": round(ready, 4),
                "app_first_start_ready_s": round(first_ready, 4),
                "app_data_opened_s": round(statistics.median(o for _, _, o in existing), 4),
                "app_first_start_data_opened_s": round(statistics.median(o for _, _, o in fresh), 4),
                "ratio": round(shown / f, 3),
                "ratio_ready": round(ready / f, 3),
                "ratio_first_start_ready": round(first_ready / f, 3),
                "goal_ratio": 1.5,
            }
        )
        # CPU seconds at ready against the floor's at shown: what a loaded machine's wall times hide.
        cpu_floor = statistics.median(CPU["floor"])
        results["floor_cpu_s"] = round(cpu_floor, 4)
        for kind in ("existing", "first_start", "large"):
            if CPU[kind]:
                results[f"cpu_ratio_{kind}_ready"] = round(statistics.median(CPU[kind]) / cpu_floor, 3)

    if use_xvfb:
        with xvfb() as display:
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            measure(env)
    else:
        measure({**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
