"""Benchmark: sync bundles, against plain inserts of the same rows in the same run.

    .venv/bin/python tests/perf/bench_sync.py [--visits N] [--bundles M]

Measures (seconds, best of ``--repeat``):

- ``export``: ``walkthrough sync export`` of a device holding N visits (the demo
  district: blast visits with their responses and notes, a few peer visits)
  into one bundle file;
- ``import``: importing that bundle into an empty device (checks, merge
  decisions, one transaction);
- ``floor``: plain ``executemany`` inserts of the same rows (every synced
  table, every column) into an empty database with the same schema: the cost
  of putting those rows on disk at all. Goals: export and import each at most
  2x the floor;
- ``reimport``: the same bundle imported again (goal: under 5% of the first
  import); ``reimport_read_anew``: the same again after the device forgets it
  had it, so every record is read and found unchanged (for information);
- ``tap_during_import``: taps on another connection (as the window's, while the
  sync runs on its own) all through a second import of the N-visit bundle into
  an empty device: the slowest and the 99th-percentile commit in ms (goal: every
  tap under 100 ms; ``tap_floor`` is the same taps with no import running);
- ``folder_none_new``: ``sync folder`` over a folder of M bundles from another
  device, each one round of ten rooms (about 120 records), all already
  imported (goal: under 5% of ``import_one``, importing one of those bundles).

Prints one JSON object.
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
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from walkthrough.demo import generate  # noqa: E402
from walkthrough.paths import FORMS_DIR  # noqa: E402
from walkthrough.storage import Repository  # noqa: E402
from walkthrough.storage.db import open_database  # noqa: E402
from walkthrough.storage.sync_tables import TABLES  # noqa: E402
from walkthrough.sync.exporter import export_bundle, export_to_folder  # noqa: E402
from walkthrough.sync.folder import sync_folder  # noqa: E402
from walkthrough.sync.importer import import_files  # noqa: E402


def device(folder: Path, name: str) -> Repository:
    folder.mkdir(parents=True, exist_ok=True)
    repo = Repository.open(folder / "walkthrough.sqlite3")
    repo.set_setting("device_name", name)
    repo.install_framework_files([FORMS_DIR])
    return repo


def timed(work: object) -> float:
    started = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - started


def floor(source: Repository, target: Path) -> float:
    """executemany of the same rows into an empty database with the app's schema."""
    rows = {}
    for spec in TABLES.values():
        cursor = source.db.execute(f"SELECT * FROM {spec.table}")
        rows[spec.table] = ([c[0] for c in cursor.description], cursor.fetchall())
    frameworks = source.db.execute("SELECT * FROM frameworks").fetchall()
    open_database(target).close()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    started = time.perf_counter()
    conn.execute("BEGIN")
    marks = ", ".join("?" for _ in frameworks[0])
    conn.executemany(f"INSERT INTO frameworks VALUES ({marks})", frameworks)
    for table, (columns, found) in rows.items():
        if found:
            conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                             found)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def taps_while(folder: Path, bundle: Path, *, importing: bool) -> dict[str, float]:
    """Tap look-fors on one connection while another imports ``bundle`` (or for two seconds)."""
    import threading

    repo = device(folder, "tablet")
    by = repo.add_person("Pat Principal", "administrator", by=None).id
    school = repo.add_school("Cedar Ridge Middle", by=by)
    framework = repo.framework("blast-empowered-learning")
    visit = repo.start_observation("blast", framework, school.id, observer_id=by, by=by)
    keys = [lf.key for lf in framework.look_fors if lf.response.value == "presence"]
    repo.set_lock_wait(5_000)
    done = threading.Event()
    database = repo.database_file

    def sync() -> None:
        try:
            other = Repository.open(database)
        except BaseException:
            done.set()
            raise
        try:
            if importing:
                import_files(other, [bundle])
            else:
                time.sleep(2)
        finally:
            other.close()
            done.set()

    worker = threading.Thread(target=sync)
    worker.start()
    waits: list[float] = []
    while not done.is_set():
        started = time.perf_counter()
        repo.set_response(visit.id, keys[len(waits) % len(keys)], "observed" if len(waits) % 2 else None, by=by)
        waits.append(time.perf_counter() - started)
        time.sleep(0.01)  # a person taps a few times a second at most
    worker.join()
    repo.close()
    waits.sort()
    return {"taps": len(waits), "worst_ms": round(waits[-1] * 1000, 1),
            "p99_ms": round(waits[min(len(waits) - 1, len(waits) * 99 // 100)] * 1000, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--visits", type=int, default=10_000)
    parser.add_argument("--bundles", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        source = device(root / "source", "source tablet")
        generate(source, observations=args.visits, seed=7, today=date(2026, 11, 20))
        records = sum(int(source.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES)
        bundle = root / "bundle.zip"
        export_s = min(timed(lambda: export_bundle(source, bundle)) for _ in range(args.repeat))
        floor_s = min(floor(source, root / f"floor-{i}.sqlite3") for i in range(args.repeat))
        import_times, reimport_times, anew_times = [], [], []
        for i in range(args.repeat):
            target = device(root / f"target-{i}", "coach")
            import_times.append(timed(lambda t=target: import_files(t, [bundle])))
            reimport_times.append(timed(lambda t=target: import_files(t, [bundle])))
            target.db.execute("DELETE FROM sync_bundles")
            anew_times.append(timed(lambda t=target: import_files(t, [bundle])))
            target.close()
        import_s, reimport_s = min(import_times), min(reimport_times)
        tap_floor = taps_while(root / "tap-floor", bundle, importing=False)
        tap_during = taps_while(root / "tap-during", bundle, importing=True)

        # A folder of many bundles from one device, each a round of ten rooms, all of them already in.
        writer = device(root / "writer", "office tablet")
        share = root / "share"
        share.mkdir()
        admin = writer.add_person("Pat Principal", "administrator", by=None).id
        school = writer.add_school("Maple Hollow Elementary", by=admin)
        rooms = [writer.add_room(school.id, f"Room {n}", by=admin).id for n in range(10)]
        framework = writer.framework("blast-empowered-learning")
        keys = [lf.key for lf in framework.look_fors if lf.response.value == "presence"][:8]
        for n in range(args.bundles):
            round_ = writer.start_round(school.id, framework, by=admin, room_ids=rooms)
            for _ in rooms:
                current = writer.current_visit(round_.id)
                assert current is not None
                for key in keys:
                    writer.record_response(current[1].id, key, "observed", by=admin)
                writer.add_note(current[1].id, "evidence", f"Pairs explained their strategy (round {n}).", by=admin)
                writer.next_room(round_.id, by=admin)
            writer.finish_round(round_.id, by=admin)
            export_to_folder(writer, share)
        paths = sorted(share.iterdir())
        one = paths[len(paths) // 2]
        one_times = []
        for i in range(args.repeat):
            fresh = device(root / f"one-{i}", "fresh")
            import_files(fresh, [paths[0]])  # the directory comes with the first bundle
            one_times.append(timed(lambda f=fresh: import_files(f, [one])))
            fresh.close()
        reader = device(root / "reader", "coach")
        started = time.perf_counter()
        first = sync_folder(reader, share)
        first_round = time.perf_counter() - started
        assert not first.report.refused, [f.message for f in first.report.refused]
        none_new = min(timed(lambda: sync_folder(reader, share)) for _ in range(args.repeat))
        import_one = min(one_times)
        result = {
            "visits": args.visits,
            "records": records,
            "bundle_bytes": bundle.stat().st_size,
            "export_s": round(export_s, 3),
            "import_s": round(import_s, 3),
            "floor_executemany_s": round(floor_s, 3),
            "export_over_floor": round(export_s / floor_s, 2),
            "import_over_floor": round(import_s / floor_s, 2),
            "goal_over_floor": 2.0,
            "reimport_s": round(reimport_s, 4),
            "reimport_over_import": round(reimport_s / import_s, 4),
            "reimport_read_anew_s": round(statistics.median(anew_times), 3),
            "goal_reimport_over_import": 0.05,
            "tap_during_import_taps": tap_during["taps"],
            "tap_during_import_worst_ms": tap_during["worst_ms"],
            "tap_during_import_p99_ms": tap_during["p99_ms"],
            "tap_floor_worst_ms": tap_floor["worst_ms"],
            "goal_tap_worst_ms": 100,
            "folder_bundles": len(paths),
            "folder_first_round_s": round(first_round, 3),
            "folder_none_new_s": round(none_new, 4),
            "import_one_s": round(import_one, 4),
            "folder_none_new_over_import_one": round(none_new / import_one, 3),
            "goal_folder_none_new_over_import_one": 0.05,
        }
        print(json.dumps(result, indent=1))
        source.close()
        writer.close()
        reader.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
