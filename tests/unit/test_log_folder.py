"""The log: in the platform's log folder, nothing written in the data folder, old logs moved there."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from walkthrough.log import LOG_FILE, setup_logging
from walkthrough.paths import APP_NAME, default_data_dir, log_dir


@pytest.fixture(autouse=True)
def _close_handlers() -> Iterator[None]:
    yield
    root = logging.getLogger("walkthrough")
    for handler in list(root.handlers):
        handler.close()
        root.removeHandler(handler)


def test_the_log_goes_to_the_platforms_log_folder_and_not_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WALKTHROUGH_LOG_DIR", raising=False)
    data = tmp_path / "data"
    path = setup_logging(data)
    logging.getLogger("walkthrough.test").warning("hello")
    assert path is not None and path.name == LOG_FILE
    assert path.parent.is_relative_to(Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)))
    assert "hello" in path.read_text(encoding="utf-8")
    assert not data.exists() or not any(data.rglob("*.log*"))


def test_the_default_data_folder_logs_in_the_log_folder_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WALKTHROUGH_LOG_DIR", raising=False)
    assert log_dir(default_data_dir()) == Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def test_two_data_folders_never_share_a_log(tmp_path: Path) -> None:
    assert log_dir(tmp_path / "a" / "data") != log_dir(tmp_path / "b" / "data")
    assert log_dir(tmp_path / "a" / "data") == log_dir(tmp_path / "a" / "data")


def test_the_variable_overrides_the_log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WALKTHROUGH_LOG_DIR", str(tmp_path / "logs-here"))
    assert setup_logging(tmp_path / "data") == tmp_path / "logs-here" / LOG_FILE


def test_logs_an_older_version_left_in_the_data_folder_are_moved(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "logs").mkdir(parents=True)
    (data / "logs" / LOG_FILE).write_text('{"message": "old"}\n', encoding="utf-8")
    (data / "logs" / (LOG_FILE + ".1")).write_text('{"message": "older"}\n', encoding="utf-8")
    path = setup_logging(data)
    assert path is not None
    assert (path.parent / (LOG_FILE + ".1")).read_text(encoding="utf-8") == '{"message": "older"}\n'
    assert path.read_text(encoding="utf-8").startswith('{"message": "old"}\n')
    assert '"event": "logs_moved", "files": 2' in path.read_text(encoding="utf-8")
    assert not (data / "logs").exists()


def test_the_log_rotates(tmp_path: Path) -> None:
    setup_logging(tmp_path / "data")
    from walkthrough.log import QuietFileHandler

    [handler] = [h for h in logging.getLogger("walkthrough").handlers if isinstance(h, QuietFileHandler)]
    assert (handler.maxBytes, handler.backupCount) == (2_000_000, 3)


def test_a_full_log_moves_to_dot_1_and_only_three_older_files_are_kept(tmp_path: Path) -> None:
    from walkthrough.log import JsonFormatter, QuietFileHandler

    path = tmp_path / LOG_FILE
    handler = QuietFileHandler(path, maxBytes=400, backupCount=3)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("walkthrough.test_rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for number in range(60):
            logger.warning("line %03d", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == [LOG_FILE, LOG_FILE + ".1", LOG_FILE + ".2", LOG_FILE + ".3"]
    assert all((tmp_path / name).stat().st_size < 400 for name in kept)
    newest = path.read_text(encoding="utf-8").splitlines()
    assert '"message": "line 059"' in newest[-1]
    previous = (tmp_path / (LOG_FILE + ".1")).read_text(encoding="utf-8").splitlines()
    assert int(previous[-1].split("line ")[1][:3]) == int(newest[0].split("line ")[1][:3]) - 1  # nothing lost


def test_the_log_is_set_up_without_importing_logging_handlers(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from walkthrough.paths import LOG_DIR_VARIABLE

    code = ("import sys, pathlib; from walkthrough.log import setup_logging; "
            "setup_logging(pathlib.Path(sys.argv[1])); print('logging.handlers' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "data")], capture_output=True, text=True,
                          check=True, timeout=60, env={**os.environ, LOG_DIR_VARIABLE: str(tmp_path / "log")})
    assert done.stdout.strip() == "False"
