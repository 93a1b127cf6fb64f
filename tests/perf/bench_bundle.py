"""Benchmark: the built app bundle: its build time, its size, and its start against the checkout's.

Builds ``dist/walkthrough`` from ``packaging/walkthrough.spec`` unless ``--bundle DIR`` names
one already built. Then, in the same run, the same way as ``bench_startup.py`` (from process
start to the log's ``window_shown`` and ``window_ready``, on a database made by a first
start): the built program, ``python -m walkthrough`` from the checkout, and the floor, a bare
PySide6 window in a fresh interpreter. Prints JSON.

    .venv/bin/python tests/perf/bench_bundle.py [--runs N] [--bundle dist/walkthrough]
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from bench_startup import _wait, floor_once  # noqa: E402

from walkthrough.paths import log_dir  # noqa: E402


def build(dist: Path, work: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(ROOT / "packaging" / "walkthrough.spec")],
                   check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - started


def start_once(command: list[str], env: dict[str, str], data: Path) -> tuple[float, float]:
    log = log_dir(data) / "walkthrough.log"
    if log.exists():
        log.unlink()
    t0 = time.perf_counter()
    proc = subprocess.Popen([*command, "--data-dir", str(data)], env=env)
    try:
        return _wait(log, proc, '"window_shown"', t0), _wait(log, proc, '"window_ready"', t0)
    finally:
        proc.kill()
        proc.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, help="an already built bundle folder (default: build one)")
    args = parser.parse_args()
    from xvfb_app import xvfb

    results: dict[str, object] = {"benchmark": "bundle", "runs": args.runs}
    with tempfile.TemporaryDirectory() as tmp:
        if args.bundle is None:
            results["build_s"] = round(build(Path(tmp) / "dist", Path(tmp) / "build"), 1)
            bundle = Path(tmp) / "dist" / "walkthrough"
        else:
            bundle = args.bundle.resolve()
        files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
        results["bundle_mb"] = round(sum(p.stat().st_size for p in files) / 1e6, 1)
        results["bundle_files"] = len(files)
        programs = {"bundle": [str(bundle / "walkthrough")], "checkout": [sys.executable, "-m", "walkthrough"]}

        def measure(env: dict[str, str]) -> None:
            floor: list[float] = []
            times: dict[str, list[tuple[float, float]]] = {name: [] for name in programs}
            for _ in range(args.runs):
                floor.append(floor_once(env))
                for name, command in programs.items():
                    with tempfile.TemporaryDirectory() as data_tmp:
                        data = Path(data_tmp) / "data"
                        start_once(command, env, data)  # the first start makes the database
                        times[name].append(start_once(command, env, data))
            f = statistics.median(floor)
            results["floor_bare_qmainwindow_s"] = round(f, 4)
            for name, runs in times.items():
                shown = statistics.median(s for s, _ in runs)
                ready = statistics.median(r for _, r in runs)
                results[f"{name}_window_shown_s"] = round(shown, 4)
                results[f"{name}_pages_ready_s"] = round(ready, 4)
                results[f"{name}_ratio_ready"] = round(ready / f, 3)

        if shutil.which("Xvfb"):
            results["platform"] = "xcb (Xvfb)"
            with xvfb() as display:
                env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
                env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
                measure(env)
        else:
            results["platform"] = "offscreen"
            measure({**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
