"""`walkthrough self-test` in a real process: it passes on a working app, refuses a real data
folder, and fails (exit 1, the step named) when a step does not hold."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from walkthrough.paths import database_path, log_dir
from walkthrough.storage import Repository

pytestmark = pytest.mark.e2e


def self_test(*args: str, code: str | None = None, env: dict[str, str] | None = None,
              options: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    """Run the self-test in a new process (``code`` runs first, in that process, before the CLI)."""
    program = [sys.executable, "-c", f"{code or ''}\nfrom walkthrough.cli import main\nraise SystemExit(main())"]
    environment = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # its own default: offscreen
    return subprocess.run([*program, *args, "self-test", *options], capture_output=True, text=True, timeout=120,
                          env={**environment, **(env or {})})


def result_of(done: subprocess.CompletedProcess[str]) -> dict[str, object]:
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1, done.stdout + done.stderr
    parsed: dict[str, object] = json.loads(lines[0])
    return parsed


def test_self_test_opens_the_window_records_a_tap_and_exits_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = self_test("--data-dir", str(data))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == "", done.stderr  # nothing on the terminal but the result line
    result = result_of(done)
    assert result["passed"] is True and result["platform"] == "offscreen"
    assert result["window_title"] == "Walkthrough" and result["exit_code"] == 0
    # The tap is in the database the process left, read here by another connection.
    repo = Repository.open(database_path(data))
    try:
        stored = repo.response(str(result["observation"]), str(result["look_for"]))
        assert stored.value == "observed" and not stored.deleted
        assert repo.observation(str(result["observation"])).round_id == result["round"]
    finally:
        repo.close()
    log = (log_dir(data) / "walkthrough.log").read_text(encoding="utf-8")
    assert '"event": "window_ready"' in log and '"event": "self_test", "passed": true' in log


def test_self_test_without_a_data_folder_leaves_nothing_behind(tmp_path: Path) -> None:
    done = self_test(env={"TMPDIR": str(tmp_path)})
    assert done.returncode == 0, done.stdout + done.stderr
    result = result_of(done)
    assert Path(str(result["data_dir"])).parent == tmp_path
    assert list(tmp_path.iterdir()) == []


def test_self_test_refuses_a_data_folder_that_holds_records(tmp_path: Path) -> None:
    repo = Repository.open(database_path(tmp_path))
    school = repo.add_school("Real Elementary", by=repo.add_person("Pat", "administrator", by=None).id)
    repo.close()
    before = database_path(tmp_path).read_bytes()
    done = self_test("--data-dir", str(tmp_path))
    assert done.returncode == 1
    assert f"{tmp_path} already holds a database" in done.stderr and "Traceback" not in done.stderr
    assert database_path(tmp_path).read_bytes() == before
    repo = Repository.open(database_path(tmp_path))
    try:
        assert [s.id for s in repo.schools()] == [school.id]
    finally:
        repo.close()


@pytest.mark.parametrize(("broken", "says"), [
    ("import walkthrough.ui.self_test as s; s.BLAST_FRAMEWORK = 'no-such-framework'",
     "does not offer the framework no-such-framework"),
    ("import walkthrough.ui.self_test as s; s.stored_value = lambda *a: None",
     "a second connection reads None"),
    ("import pathlib, walkthrough.core.nudge as n; n.FORMS_DIR = pathlib.Path('/nonexistent')",
     "the evaluative-language lists in forms/ did not load"),
    ("import walkthrough.ui.startup as s; s.Starter.attach = lambda self: None",
     "the main window did not open within 3 s"),
])
def test_self_test_fails_plainly_when_a_step_does_not_hold(tmp_path: Path, broken: str, says: str) -> None:
    done = self_test("--data-dir", str(tmp_path / "data"), code=broken, options=("--timeout", "3"))
    assert done.returncode == 1, done.stdout + done.stderr
    result = result_of(done)
    assert result["passed"] is False and says in str(result["failed"]), result
    assert f"self-test failed: {result['failed']}" in done.stderr
    assert "Traceback" not in done.stderr


def test_self_test_setup_es_passes_in_a_process_and_leaves_the_users_settings_alone(tmp_path: Path) -> None:
    config = tmp_path / "config"
    (config / "Walkthrough").mkdir(parents=True)
    (config / "Walkthrough" / "settings.ini").write_text("[General]\nlanguage=en\n", encoding="utf-8")
    done = self_test("--data-dir", str(tmp_path / "data"), options=("setup-es",),
                     env={"XDG_CONFIG_HOME": str(config), "TMPDIR": str(tmp_path)})
    assert done.returncode == 0, done.stdout + done.stderr
    result = result_of(done)
    assert result["passed"] is True and result["scenario"] == "setup-es"
    assert "Resumen de la ronda" in result["spanish_words"]  # type: ignore[operator]
    # Español was chosen in the app, in a settings folder of the self-test's own, since removed.
    assert sorted(p.name for p in config.rglob("*")) == ["Walkthrough", "settings.ini"]
    assert (config / "Walkthrough" / "settings.ini").read_text(encoding="utf-8") == "[General]\nlanguage=en\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config", "data"]
