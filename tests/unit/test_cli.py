"""The command line: every subcommand documented, forms check, demo."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from walkthrough import __version__, cli
from walkthrough.paths import FORMS_DIR
from walkthrough.storage import Repository


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "walkthrough", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def _subcommands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [prefix]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _subcommands(sub, (*prefix, name))
    return found


@pytest.mark.parametrize("command", _subcommands(cli.build_parser()), ids=lambda c: " ".join(c) or "walkthrough")
def test_every_command_has_help(command: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main([*command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: walkthrough")
    assert len(out.splitlines()) > 3


def test_every_command_is_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for command in _subcommands(cli.build_parser()):
        if command:
            assert f"walkthrough {' '.join(command)}" in readme, command


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"walkthrough {__version__}"


def test_forms_check_passes_on_the_builtin_folder() -> None:
    result = run("forms", "check", str(FORMS_DIR))
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(": ok") == 5


def test_forms_check_names_the_file_and_the_bad_value(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        (FORMS_DIR / "blast-empowered-learning.toml")
        .read_text(encoding="utf-8")
        .replace('response = "presence"', 'response = "banana"', 1),
        encoding="utf-8",
    )
    result = run("forms", "check", str(bad))
    assert result.returncode == 1
    assert str(bad) in result.stderr and "'banana'" in result.stderr
    assert "Traceback" not in result.stderr


def test_forms_check_mixed_folder_reports_only_the_bad_file(tmp_path: Path) -> None:
    shutil.copy(FORMS_DIR / "peer-visit-protocol.toml", tmp_path)
    (tmp_path / "broken.toml").write_text("id = \n", encoding="utf-8")
    result = run("forms", "check", str(tmp_path))
    assert result.returncode == 1
    assert "peer-visit-protocol.toml: ok" in result.stdout
    assert "broken.toml: not valid TOML" in result.stderr


def test_forms_check_missing_path(tmp_path: Path) -> None:
    result = run("forms", "check", str(tmp_path / "nope.toml"))
    assert result.returncode == 1 and "no such file or folder" in result.stderr


def test_demo_fills_an_empty_folder_and_refuses_a_used_one(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    result = run("--data-dir", str(folder), "demo", "--observations", "300", "--seed", "7")
    assert result.returncode == 0, result.stderr
    repo = Repository.open(folder / "walkthrough.sqlite3")
    assert repo.observation_count() == 300
    assert len(repo.schools()) == 2
    rooms = sum(len(repo.rooms(s.id)) for s in repo.schools())
    assert 25 <= rooms <= 35
    assert 35 <= len(repo.people(role="teacher")) <= 45  # type: ignore[arg-type]
    kinds = {o.kind.value for o in repo.observations()}
    assert kinds == {"blast", "peer"}
    repo.close()
    again = run("--data-dir", str(folder), "demo")
    assert again.returncode == 1 and "already holds observations" in again.stderr
    assert "Traceback" not in again.stderr


def test_demo_is_reproducible_from_its_seed(tmp_path: Path) -> None:
    from walkthrough.demo import generate

    summaries = []
    for name in ("a", "b"):
        repo = Repository.open(tmp_path / f"{name}.sqlite3")
        repo.install_framework_files([FORMS_DIR])
        generate(repo, observations=120, seed=11)
        rows = repo.db.execute(
            "SELECT o.started_at, r.look_for_key, r.value FROM responses r JOIN observations o "
            "ON o.id = r.observation_id ORDER BY o.started_at, r.look_for_key"
        ).fetchall()
        summaries.append(rows)
        repo.close()
    assert summaries[0] == summaries[1] and len(summaries[0]) > 500


def test_the_data_folder_comes_from_the_variable_or_the_option(tmp_path: Path) -> None:
    from walkthrough.paths import data_dir

    os.environ["WALKTHROUGH_DATA_DIR"] = str(tmp_path / "env")
    assert data_dir() == (tmp_path / "env").resolve()
    assert data_dir(str(tmp_path / "opt")) == (tmp_path / "opt").resolve()


def test_without_a_display_the_app_says_so_plainly(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "walkthrough", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2
    assert "no display found" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("argv", [[], ["--verbose"], ["--data-dir", "D"], ["--data-dir=D", "--verbose"]])
def test_opening_the_app_builds_no_command_parser(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[Path, bool]] = []

    def never() -> argparse.ArgumentParser:
        raise AssertionError("every command's parser was built to open the app")

    monkeypatch.setattr(cli, "build_parser", never)
    monkeypatch.setattr(cli, "open_app",
                        lambda folder, *, verbose, folder_chosen: opened.append((folder, verbose)) or 0)
    monkeypatch.chdir(tmp_path)
    assert cli.main(argv) == 0
    [(folder, verbose)] = opened
    assert verbose == ("--verbose" in argv or "--data-dir=D" in argv)
    if any(a.startswith("--data-dir") for a in argv):
        assert folder == (tmp_path / "D").resolve()


@pytest.mark.parametrize("argv", [["--help"], ["demo"], ["--data-dir", "D", "sync", "export"], ["--data-dir"],
                                  ["--bogus"]])
def test_anything_else_goes_to_the_whole_parser(argv: list[str]) -> None:
    assert not cli.opens_the_app(argv)


@pytest.mark.parametrize("argv", [[], ["--verbose"], ["--data-dir", "D"], ["--data-dir=D", "--verbose"],
                                  ["--data-dir", "A", "--data-dir=B"], ["--data-dir="]])
def test_the_app_options_read_without_a_parser_are_what_the_whole_parser_reads(argv: list[str]) -> None:
    whole = cli.build_parser().parse_args(argv)
    assert cli.opens_the_app(argv)
    assert vars(cli.app_options(argv)) == {"command": whole.command, "data_dir": whole.data_dir,
                                           "verbose": whole.verbose}


def test_opening_the_app_does_not_load_locale_for_a_parser_help_text(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    code = ("import sys; from walkthrough import cli; cli.open_app = lambda *a, **k: 0; "
            "cli.main(['--data-dir', sys.argv[1]]); print('locale' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "D")], capture_output=True, text=True,
                          check=True, timeout=60, env={**os.environ, "WALKTHROUGH_LOG_DIR": str(tmp_path / "log")})
    assert done.stdout.strip() == "False"
