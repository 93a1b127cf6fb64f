"""Where the 100,000-visit database's start spends its time before the first page is painted.

``bench_startup.py`` says how long the start takes; this says which step takes it, so the next
change aims at the step that matters. Each run is a fresh interpreter on a copy of the database;
the app's own steps are timed by wrapping them (no profiler: its overhead skews Qt-heavy steps).
Prints the median milliseconds of each step over the runs, and the load average.

    .venv/bin/python tests/perf/split_large_start.py --cache /tmp/bigdb-startup4 [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from walkthrough.paths import database_path

# Run in the child: marks (milliseconds since the interpreter started this script) around each step.
CHILD = r"""
import json, sys, time
from pathlib import Path
T0 = time.perf_counter()
marks = {}
def mark(what):
    marks.setdefault(what, round((time.perf_counter() - T0) * 1000, 1))
from walkthrough.ui import startup as st, mainwindow as mw
def wrap(cls, name):
    f = getattr(cls, name)
    def g(*a, **k):
        mark(name + ">")
        r = f(*a, **k)
        mark(name + "<")
        return r
    setattr(cls, name, g)
for cls, name in ((st.Starter, "attach"), (st.Starter, "open_data_now"), (st.Starter, "_attach_window"),
                  (st.Starter, "_ready"), (mw.MainWindow, "attach"), (mw.MainWindow, "_show_row")):
    wrap(cls, name)
mark("app modules imported")
from walkthrough.ui import app as uiapp
uiapp.run(Path(sys.argv[1]), quit_after_ms=1500)
print("MARKS " + json.dumps(marks))
"""

STEPS = (  # (name, from mark, to mark)
    ("interpreter to app modules imported", None, "app modules imported"),
    ("Qt app, frame built and shown", "app modules imported", "attach>"),
    ("first look (plain sqlite3)", "attach>", "open_data_now>"),
    ("storage import and open_data", "open_data_now>", "_attach_window>"),
    ("MainWindow.attach before the page", "_attach_window>", "_show_row>"),
    ("Walkthroughs page built", "_show_row>", "_show_row<"),
    ("rest of attach", "_show_row<", "_attach_window<"),
    ("first paint", "_attach_window<", "_ready>"),
)


def once(data: Path, env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(data)], env=env, capture_output=True, text=True,
                         timeout=60, check=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("MARKS "))
    marks: dict[str, float] = json.loads(line[len("MARKS "):])
    return {name: marks[end] - (marks[start] if start else 0.0) for name, start, end in STEPS}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cache", type=Path, required=True, help="a data folder holding the 100k demo database")
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "large"
        data.mkdir()
        check = sqlite3.connect(database_path(args.cache))
        check.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the one file before the copy
        check.close()
        shutil.copy2(database_path(args.cache), database_path(data))
        once(data, env)  # once: its schema steps, today's backup
        runs = [once(data, env) for _ in range(args.runs)]
    result = {name: round(statistics.median(r[name] for r in runs), 1) for name, _, _ in STEPS}
    result["total to ready"] = round(sum(result.values()), 1)
    print(json.dumps({"runs": args.runs, "load_average": os.getloadavg(), "median_ms": result}, indent=2))


if __name__ == "__main__":
    main()
