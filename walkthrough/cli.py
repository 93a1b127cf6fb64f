"""The command line: no arguments opens the app; subcommands work headless.

walkthrough [--data-dir DIR]              open the app
walkthrough --version
walkthrough forms check PATH...           validate framework files
walkthrough demo [--observations N] [--seed S]
walkthrough self-test [--timeout SECONDS]   check the window opens and records a tap
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from walkthrough import __version__, selftest
from walkthrough.paths import data_dir

log = logging.getLogger("walkthrough.cli")


class UserError(Exception):
    """A problem to print as one plain line, with exit code 1."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="walkthrough",
        description="Classroom walkthroughs and non-evaluative peer visits, offline. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"walkthrough {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the data folder (default: $WALKTHROUGH_DATA_DIR, else the per-user data folder)",
    )
    parser.add_argument("--verbose", action="store_true", help="print more about what happens")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    forms = commands.add_parser("forms", help="work with framework files", description="Work with framework files.")
    forms_commands = forms.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    check = forms_commands.add_parser(
        "check",
        help="validate framework files",
        description="Validate framework files. A folder means every .toml file in it. "
        "Exit status 0 when all are valid, 1 with the errors otherwise.",
    )
    check.add_argument("paths", nargs="+", metavar="PATH", type=Path, help="a framework file or a folder of them")

    demo = commands.add_parser(
        "demo",
        help="fill the data folder with a demo district",
        description="Fill the data folder with a realistic demo district: 2 schools, about 30 rooms and "
        "40 teachers, a term of blast walkthroughs and some peer visits, made by a seeded generator. "
        "Refuses a data folder that already holds observations.",
    )
    demo.add_argument("--observations", type=int, default=600, metavar="N", help="how many visits (default 600)")
    demo.add_argument("--seed", type=int, default=2026, metavar="S", help="the generator's seed (default 2026)")
    selftest.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    folder = data_dir(args.data_dir)
    try:
        if args.command == "forms":
            return forms_check(args.paths)
        if args.command == "demo":
            return demo(folder, args.observations, args.seed, verbose=args.verbose)
        if args.command == selftest.COMMAND:
            return selftest.run(args.data_dir, timeout=args.timeout, verbose=args.verbose)
        return open_app(folder, verbose=args.verbose)
    except UserError as exc:
        print(f"walkthrough: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def forms_check(paths: list[Path]) -> int:
    from walkthrough.core.frameworks import FrameworkError, framework_files, load_framework

    missing = [p for p in paths if not p.exists()]
    for path in missing:
        print(f"{path}: no such file or folder", file=sys.stderr)
    files = framework_files([p for p in paths if p.exists()])
    if not files and not missing:
        print("no framework files (.toml) found in " + ", ".join(map(str, paths)), file=sys.stderr)
        return 1
    failed = bool(missing)
    for path in files:
        try:
            framework = load_framework(path)
        except FrameworkError as exc:
            failed = True
            for problem in exc.problems:
                print(problem, file=sys.stderr)
        else:
            print(
                f"{path}: ok — {framework.title} (id {framework.id}, version {framework.version}, "
                f"{len(framework.look_fors)} look-fors)"
            )
    return 1 if failed else 0


def demo(folder: Path, observations: int, seed: int, *, verbose: bool = False) -> int:
    from walkthrough.demo import DemoRefused, generate
    from walkthrough.log import setup_logging
    from walkthrough.paths import FORMS_DIR, database_path
    from walkthrough.storage import Repository

    if observations < 0:
        raise UserError("--observations must be 0 or more")
    setup_logging(folder, verbose=verbose)
    repo = Repository.open(database_path(folder))
    try:
        for report in repo.install_framework_files([FORMS_DIR]):
            for problem in report.problems:
                print(f"warning: {problem}", file=sys.stderr)
        try:
            summary = generate(repo, observations=observations, seed=seed)
        except DemoRefused as exc:
            raise UserError(str(exc)) from None
    finally:
        repo.close()
    print(f"Demo district written to {folder}: {summary}")
    return 0


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in {"offscreen", "minimal", "vnc"}:
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def open_app(folder: Path, *, verbose: bool = False) -> int:
    from walkthrough.log import setup_logging

    log_path = setup_logging(folder, verbose=verbose)
    if not has_display():
        print(
            "walkthrough: no display found, so the app window cannot open here.\n"
            "  On a desktop, tablet or laptop, run `walkthrough` from a graphical session.\n"
            "  On a server, run it under a virtual display, e.g.  xvfb-run walkthrough\n"
            "  Headless commands work without a display: walkthrough --help",
            file=sys.stderr,
        )
        return 2
    try:
        from walkthrough.ui.app import run
    except ImportError as exc:
        raise UserError(
            f"the app's window toolkit could not load ({exc}); reinstall with the README's command"
        ) from None
    try:
        return run(folder)
    except Exception:
        log.exception("the app stopped on an unexpected error")
        print(f"walkthrough: the app stopped on an unexpected error; details are in {log_path}", file=sys.stderr)
        return 1
