"""The command line as a hostile tester uses it: plain messages, never a traceback."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fault_helpers import can_mount_tmpfs, fill, read_only_folder, small_disk

from walkthrough.folder_lock import DataFolderLock
from walkthrough.paths import FORMS_DIR


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "walkthrough", *args], capture_output=True, text=True,
                          env=os.environ.copy(), timeout=timeout)


def refused(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("walkthrough: "), result.stderr
    for word in words:
        assert word in result.stderr, (word, result.stderr)
    return result.stderr


def test_demo_with_a_billion_observations_says_the_limit(tmp_path: Path) -> None:
    refused(run("--data-dir", str(tmp_path / "d"), "demo", "--observations", "1000000000"), "200,000")


def test_a_300_character_data_folder_is_refused_plainly(tmp_path: Path) -> None:
    refused(run("--data-dir", str(tmp_path / ("x" * 300)), "demo"), "characters long", "shorter path")


def test_the_root_folder_is_refused_as_a_data_folder() -> None:
    refused(run("--data-dir", "/", "demo"), "top of a disk")


def test_an_empty_data_folder_name_is_refused_not_replaced_by_the_default() -> None:
    refused(run("--data-dir", "", "demo"), "--data-dir", "empty")


def test_an_unwritable_data_folder_is_refused_plainly(tmp_path: Path) -> None:
    with read_only_folder(tmp_path / "locked"):
        refused(run("--data-dir", str(tmp_path / "locked"), "demo"), str(tmp_path / "locked"), "cannot be written")


def test_a_data_folder_that_is_a_file_is_refused_plainly(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    refused(run("--data-dir", str(tmp_path / "afile"), "demo"), "is a file, not a folder")


@pytest.mark.skipif(not can_mount_tmpfs(), reason="a real full disk needs root to mount a tmpfs")
def test_demo_on_a_full_disk_says_the_disk_is_full(tmp_path: Path) -> None:
    with small_disk(tmp_path, 256) as disk:
        fill(disk)
        refused(run("--data-dir", str(disk / "data"), "demo"), "disk is full")


def test_a_damaged_database_is_named_and_left_unchanged_by_a_headless_command(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    garbage = os.urandom(8192)
    (folder / "walkthrough.sqlite3").write_bytes(garbage)
    refused(run("--data-dir", str(folder), "demo"), "walkthrough.sqlite3", "not a Walkthrough database")
    assert (folder / "walkthrough.sqlite3").read_bytes() == garbage


def test_an_interrupted_demo_leaves_nothing_and_a_rerun_completes(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    proc = subprocess.Popen([sys.executable, "-m", "walkthrough", "--data-dir", str(folder), "demo",
                             "--observations", "30000"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wal = folder / "walkthrough.sqlite3-wal"
    deadline = time.monotonic() + 60
    while not (wal.exists() and wal.stat().st_size > 2_000_000):  # well into writing visits
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "Traceback" not in err, err
    db = sqlite3.connect(folder / "walkthrough.sqlite3")
    assert db.execute("SELECT count(*) FROM observations").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM schools").fetchone()[0] == 0
    db.close()
    again = run("--data-dir", str(folder), "demo", "--observations", "200")
    assert again.returncode == 0, again.stderr


def test_a_headless_command_refuses_a_folder_the_app_has_open(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    with DataFolderLock(folder, "app"):
        message = refused(run("--data-dir", str(folder), "demo"), "in use by another copy of Walkthrough")
        assert f"process {os.getpid()}" in message
        refused(run("--data-dir", str(folder), "forms", "install", str(FORMS_DIR / "peer-visit-protocol.toml")),
                "in use")
    assert run("--data-dir", str(folder), "demo", "--observations", "50").returncode == 0


def test_forms_install_installs_and_names_every_bad_file(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    mine = tmp_path / "mine.toml"
    mine.write_text((FORMS_DIR / "peer-visit-protocol.toml").read_text(encoding="utf-8")
                    .replace('id = "peer-visit-protocol"', 'id = "our-protocol"', 1), encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text("id = \n", encoding="utf-8")
    result = run("--data-dir", str(folder), "forms", "install", str(mine), str(bad))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "mine.toml: installed" in result.stdout and "bad.toml: not valid TOML" in result.stderr
    db = sqlite3.connect(folder / "walkthrough.sqlite3")
    assert db.execute("SELECT framework_id FROM frameworks").fetchall() == [("our-protocol",)]
    db.close()
    assert run("--data-dir", str(folder), "forms", "install", str(mine)).returncode == 0


def test_a_folder_check_goes_on_past_a_deeply_nested_file(tmp_path: Path) -> None:
    (tmp_path / "a-deep.toml").write_text("x = " + "[" * 3000 + "]" * 3000 + "\n", encoding="utf-8")
    (tmp_path / "b-good.toml").write_text((FORMS_DIR / "peer-visit-protocol.toml").read_text(encoding="utf-8"),
                                          encoding="utf-8")
    result = run("forms", "check", str(tmp_path))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "a-deep.toml: tables or lists are nested more than" in result.stderr
    assert "b-good.toml: ok" in result.stdout
    assert len(result.stderr.splitlines()) == 1
