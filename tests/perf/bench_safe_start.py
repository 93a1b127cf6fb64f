"""What the safe start costs on the 100,000-visit database: the read-only check at every start,
and the daily backup (made on a background thread, so nobody waits for it).

    .venv/bin/python tests/perf/bench_safe_start.py [--cache DIR] [--runs N]

Prints JSON: the seconds of the start's read-only check (header, schema, tables and SQLite's
``quick_check``), of the full ``integrity_check`` it replaces (the floor it is compared with, in
the same run), of opening the repository (check included) and of one online backup.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "perf"))

from bench_tap_latency import demo_database  # noqa: E402

from walkthrough.paths import database_path  # noqa: E402
from walkthrough.storage import Repository  # noqa: E402
from walkthrough.storage.backup import Reason, make_backup  # noqa: E402
from walkthrough.storage.health import inspect_database, read_only_connection  # noqa: E402


def timed(work: object, runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        work()  # type: ignore[operator]
        samples.append(time.perf_counter() - started)
    return round(statistics.median(samples), 3)


def integrity(path: Path) -> None:
    conn = read_only_connection(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "walkthrough-bench")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    source = demo_database(args.cache)
    with tempfile.TemporaryDirectory() as tmp:
        path = database_path(Path(tmp))
        shutil.copy(source, path)
        check = timed(lambda: inspect_database(path), args.runs)
        full = timed(lambda: integrity(path), 1)

        def open_close() -> None:
            Repository.open(path).close()

        opened = timed(open_close, args.runs)
        backup = timed(lambda: make_backup(path, Reason.BY_HAND), 1)
        visits = sqlite3.connect(path).execute("SELECT count(*) FROM observations").fetchone()[0]
    print(json.dumps({
        "visits": visits,
        "database_mb": round(source.stat().st_size / 1e6, 1),
        "start_check_quick_check_s": check,
        "integrity_check_s (floor)": full,
        "check_vs_integrity_ratio": round(check / full, 3),
        "repository_open_s": opened,
        "online_backup_s (background)": backup,
    }, indent=2))


if __name__ == "__main__":
    main()
