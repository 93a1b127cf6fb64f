"""Text typed but not yet in the database survives the app being killed.

The app runs in a process of its own (the real start-up, offscreen), real
key events type into a field, and the process is SIGKILLed while the text
is pending: a reflection while another process holds the database's write
lock, a room rename before its pause is over (no Enter). The next start
commits what the journal kept: the text is in the database.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fault_helpers import write_lock
from peer_helpers import make_district, planned_visit

from walkthrough.core.model import NoteKind
from walkthrough.paths import FORMS_DIR, database_path
from walkthrough.storage import Repository
from walkthrough.storage.pending_edits import EditJournal

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

APP = """
import sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from walkthrough.ui.app import create_window
window = create_window(Path(sys.argv[1]))
window.resize(1280, 800)
window.show()
case, text = sys.argv[2], sys.argv[3]
if case == "reflection":
    window.show_page("peer")
    QTest.mouseClick(window.peer_page.debrief_button, Qt.MouseButton.LeftButton)
    field = window.peer_page.debrief.reflection.editor
elif case == "room":
    window.show_page("directory")
    window.directory_page.rooms.selectRow(0)
    field = window.directory_page.room_name
    field.selectAll()
elif case == "start":
    print("started", flush=True)
    window.close()
    sys.exit(0)
print("ready", flush=True)
sys.stdin.readline()  # the test may now take the database's write lock
field.setFocus()
QTest.keyClicks(field, text)
print("typed", flush=True)
app.exec()
"""

REFLECTION = "Partners explained their sorting to each other, then asked why."
RENAME = "Room 12 · Grade 4B"


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "WALKTHROUGH_DATA_DIR"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    return env


def _seed(data: Path, *, as_admin: bool = False) -> str:
    repo = Repository.open(database_path(data))
    try:
        repo.install_framework_files([FORMS_DIR])
        d = make_district(repo)
        visit = planned_visit(repo, d)
        observation = repo.begin_peer_notes(visit.id, by=d.visitor.id)
        repo.add_peer_note(observation.id, NoteKind.NOTICING, "Pairs compared answers.", by=d.visitor.id)
        repo.switch_profile(d.admin.id if as_admin else d.host.id)  # rooms are renamed by the administrator
        return visit.id
    finally:
        repo.close()


def _run_and_kill(data: Path, case: str, text: str, *, then_wait: float, locked: bool = False) -> None:
    proc = subprocess.Popen([sys.executable, "-c", APP, str(data), case, text], env=_env(), stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdin is not None and proc.stdout is not None
    try:
        line = proc.stdout.readline().strip()
        assert line == "ready", f"the app did not start: {line!r}\n{proc.stderr.read() if proc.stderr else ''}"
        with write_lock(database_path(data)) if locked else contextlib.nullcontext():
            proc.stdin.write("\n")
            proc.stdin.flush()
            _typed_then_killed(proc, then_wait)
    finally:
        if proc.poll() is None:
            proc.kill()
        _, errors = proc.communicate(timeout=20)
    assert proc.returncode == -signal.SIGKILL
    assert "Traceback" not in errors, errors


def _typed_then_killed(proc: subprocess.Popen[str], then_wait: float) -> None:
    assert proc.stdout is not None
    try:
        line = proc.stdout.readline().strip()
        assert line == "typed", f"the app did not type: {line!r}\n{proc.stderr.read() if proc.stderr else ''}"
        time.sleep(then_wait)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(20)


def _start_again(data: Path) -> None:
    done = subprocess.run([sys.executable, "-c", APP, str(data), "start", ""], env=_env(), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "started", done.stderr
    assert "Traceback" not in done.stderr, done.stderr


def test_a_reflection_typed_while_the_database_was_locked_survives_a_kill(tmp_path: Path) -> None:
    data = tmp_path / "data"
    visit_id = _seed(data)
    journal = EditJournal.for_database(str(database_path(data)))
    _run_and_kill(data, "reflection", REFLECTION, then_wait=1.0, locked=True)  # retried, and refused, meanwhile
    repo = Repository.open(database_path(data))
    try:
        assert repo.peer_visit(visit_id).reflection == "", "the lock held: it was not in the database yet"
    finally:
        repo.close()
    assert journal.path is not None and journal.path.exists()
    _start_again(data)
    repo = Repository.open(database_path(data))
    try:
        assert repo.peer_visit(visit_id).reflection == REFLECTION
    finally:
        repo.close()
    assert not journal.path.exists(), "nothing waits any more"


def test_a_room_rename_typed_without_enter_survives_a_kill_before_its_pause(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _seed(data, as_admin=True)
    _run_and_kill(data, "room", RENAME, then_wait=0.0)  # killed at once: within the 300 ms pause
    _start_again(data)
    repo = Repository.open(database_path(data))
    try:
        names = [r.name for r in repo.rooms(repo.schools()[0].id)]
    finally:
        repo.close()
    assert RENAME in names and "Room 12" not in names
