"""A tap while a sync import writes on another connection waits its turn; it never fails."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from sync_helpers import BLAST, admin_of, devices

from walkthrough.demo import generate
from walkthrough.storage import Repository
from walkthrough.sync.importer import import_files


def test_taps_never_fail_while_a_bundle_is_imported_on_another_connection(tmp_path: Path) -> None:
    source, target = devices(tmp_path, "source", "target")
    generate(source.repo, observations=400, seed=3, today=date(2026, 11, 20))
    bundle = source.export()
    by = admin_of(target)
    school = target.repo.add_school("Cedar Ridge Middle", by=by)
    framework = target.repo.framework(BLAST)
    visit = target.repo.start_observation("blast", framework, school.id, observer_id=by, by=by)
    keys = [lf.key for lf in framework.look_fors if lf.response.value == "presence"]
    report: list[object] = []
    database = target.repo.database_file

    def sync() -> None:
        other = Repository.open(database)  # the background sync's own connection
        report.append(import_files(other, [bundle]))
        other.close()

    worker = threading.Thread(target=sync)
    worker.start()
    taps = failures = 0
    while worker.is_alive() or taps < 20:
        try:
            target.repo.set_response(visit.id, keys[taps % len(keys)], "observed" if taps % 2 else "not_observed",
                                   by=by)
        except Exception as exc:
            failures += 1
            assert failures < 3, f"a tap failed during the import: {exc}"
        taps += 1
    worker.join()
    assert failures == 0 and taps >= 20
    assert not report[0].refused  # type: ignore[attr-defined]
    source.repo.close()
    target.repo.close()
