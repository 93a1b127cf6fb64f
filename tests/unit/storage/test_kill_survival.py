"""A committed action survives the process being killed (SIGKILL)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from walkthrough.storage import Repository

WRITER = """
import sys
from walkthrough.paths import FORMS_DIR
from walkthrough.storage import Repository
repo = Repository.open(sys.argv[1])
repo.install_framework_files([FORMS_DIR])
framework = repo.framework("blast-empowered-learning")
admin = repo.add_person("A", "administrator", by=None).id
school = repo.add_school("S", by=admin)
keys = [lf.key for lf in framework.look_fors if lf.response.value == "presence"]
n = 0
while True:
    obs = repo.start_observation("blast", framework, school.id, observer_id=admin, by=admin)
    print("obs", obs.id, flush=True)
    for key in keys:
        n += 1
        value = "observed" if n % 2 else "not_observed"
        repo.set_response(obs.id, key, value, by=admin)
        print("ack", obs.id, key, value, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("run", range(3))
def test_every_acknowledged_write_survives_sigkill(tmp_path: Path, run: int) -> None:
    path = tmp_path / "kill.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    # The kill comes a random 0.8-2 s after the first visit is started: opening the database and
    # installing the frameworks take longer on a loaded machine, and must not eat the writing time.
    lines: list[str] = []
    line = ""
    start_by = time.monotonic() + 120
    while time.monotonic() < start_by:
        line = proc.stdout.readline()
        if not line or line.startswith("obs"):
            break
    if line:
        lines.append(line.split())
    deadline = time.monotonic() + random.Random(run).uniform(0.8, 2.0)
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line.split())
    proc.send_signal(signal.SIGKILL)
    rest, _ = proc.communicate()
    lines += [line.split() for line in rest.splitlines()]
    acks = {(p[1], p[2]): p[3] for p in lines if p and p[0] == "ack" and len(p) == 4}
    assert len(acks) > 5, "the writer should have acknowledged some taps before the kill"
    repo = Repository.open(path)
    for (obs_id, key), value in acks.items():
        assert repo.responses(obs_id)[key].value == value
    repo.close()
