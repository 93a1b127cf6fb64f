"""The command line: no arguments opens the app; subcommands work headless.

walkthrough [--data-dir DIR]              open the app
walkthrough --version
walkthrough forms check PATH...           validate framework files
walkthrough forms install FILE...         install framework files into the data folder
walkthrough forms import FILE -o OUT      a spreadsheet or an XLSForm to a framework file
walkthrough forms export ID [--version V] -o FILE
walkthrough forms diff FILE_A FILE_B      what changed between two framework files
walkthrough demo [--observations N] [--seed S]
walkthrough self-test [tap|setup-es] [--timeout SECONDS]   check the window opens and records a round
walkthrough sync export -o FILE [--since-last] | import FILE... | folder DIR
walkthrough roster import FILE --school NAME [--check]   rooms and teachers from a .csv or .xlsx

Anything a user can cause ends in a plain message and exit code 1, never a
traceback: an unexpected error is logged in full in the data folder's log
and named in one line on stderr.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from walkthrough import __version__
from walkthrough.paths import StartProblem, data_dir, data_dir_is_chosen

log = logging.getLogger("walkthrough.cli")
# The benchmarks' large database has 100,000 visits; far more would take hours and fill a tablet's disk.
MAX_DEMO_OBSERVATIONS = 200_000


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
    install = forms_commands.add_parser(
        "install",
        help="install framework files into the data folder",
        description="Install framework files into the data folder's database, as the Frameworks page's import "
        "does. A folder means every .toml file in it. Files with problems are reported and skipped. "
        "Exit status 0 when all installed, 1 otherwise.",
    )
    install.add_argument("paths", nargs="+", metavar="FILE", type=Path, help="a framework file or a folder of them")
    from walkthrough.commands.forms_files import add_parsers

    add_parsers(forms_commands)

    demo = commands.add_parser(
        "demo",
        help="fill the data folder with a demo district",
        description="Fill the data folder with a realistic demo district: 2 schools, about 30 rooms and "
        "40 teachers, blast walkthroughs and some peer visits over the last three school years (school days "
        "only, unevenly: some rooms, subjects and times of day far more than others), made by a seeded generator. "
        "Refuses a data folder that already holds observations.",
    )
    demo.add_argument(
        "--observations", type=int, default=600, metavar="N",
        help=f"how many visits, 0 to {MAX_DEMO_OBSERVATIONS} (default 600)",
    )
    demo.add_argument("--seed", type=int, default=2026, metavar="S", help="the generator's seed (default 2026)")
    demo.add_argument(
        "--responses-per-visit", type=int, default=None, metavar="R",
        help="every blast visit marks exactly R look-fors (1 to 48) of a larger framework installed for it; "
        "--observations 150000 --responses-per-visit 43 makes the benchmarks' 6.5-million-response database",
    )
    from walkthrough import selftest  # here: a start of the app alone does not load the self-test

    selftest.add_parser(commands)
    from walkthrough.sync.command import add_parser as add_sync

    add_sync(commands)
    from walkthrough.commands.roster import add_parser as add_roster

    add_roster(commands)
    from walkthrough.commands.reports_cli import add_parsers as add_reports

    add_reports(commands)
    return parser


def opens_the_app(argv: Sequence[str]) -> bool:
    """Whether ``argv`` only opens the app (``--data-dir``, ``--verbose``; no command, no ``--help``)."""
    i = 0
    while i < len(argv):
        if argv[i] == "--verbose" or argv[i].startswith("--data-dir="):
            i += 1
        elif argv[i] == "--data-dir" and i + 1 < len(argv) and not argv[i + 1].startswith("-"):
            i += 2
        else:
            return False
    return True


def app_options(argv: Sequence[str]) -> argparse.Namespace:
    """The options of opening the app alone (``argv`` as :func:`opens_the_app` accepts it), read
    without a parser: a start builds no command's parser (0.02-0.05 s of it), and not even this
    one (an ArgumentParser's help text loads gettext and locale before the first page)."""
    options = argparse.Namespace(command=None, data_dir=None, verbose=False)
    i = 0
    while i < len(argv):
        if argv[i] == "--verbose":
            options.verbose = True
            i += 1
        elif argv[i].startswith("--data-dir="):
            options.data_dir = argv[i].split("=", 1)[1]
            i += 1
        else:  # "--data-dir" DIR
            options.data_dir = argv[i + 1]
            i += 2
    return options


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    args = app_options(given) if opens_the_app(given) else build_parser().parse_args(given)
    try:
        if args.command == "forms" and args.forms_command == "check":
            return forms_check(args.paths)
        if args.command == "forms" and args.forms_command in ("import", "diff"):
            from walkthrough.commands import forms_files

            try:
                return forms_files.forms_import(args) if args.forms_command == "import" else \
                    forms_files.forms_diff(args)
            except OSError as exc:
                raise UserError(f"{exc.filename or 'a file'}: cannot be written or read ({exc.strerror})") from None
        folder = data_dir(args.data_dir)
        if args.command == "forms" and args.forms_command == "export":
            from walkthrough.commands.forms_files import forms_export

            return _headless(folder, args.verbose, lambda: forms_export(folder, args))
        if args.command == "forms":
            return _headless(folder, args.verbose, lambda: _forms_install(folder, args.paths))
        if args.command == "demo":
            return _headless(folder, args.verbose, lambda: demo(folder, args.observations, args.seed,
                                                                 args.responses_per_visit))
        if args.command == "self-test":
            from walkthrough import selftest

            return selftest.run(args.data_dir, timeout=args.timeout, verbose=args.verbose, scenario=args.scenario)
        if args.command in ("report", "export"):
            from walkthrough.commands.reports_cli import run as run_report

            return _headless(folder, args.verbose, lambda: run_report(folder, args))
        if args.command == "sync":
            return _headless(folder, args.verbose, lambda: sync(folder, args))
        if args.command == "roster":
            return _headless(folder, args.verbose, lambda: roster(folder, args))
        return open_app(folder, verbose=args.verbose, folder_chosen=data_dir_is_chosen(args.data_dir))
    except (UserError, StartProblem) as exc:
        print(f"walkthrough: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("walkthrough: interrupted; nothing half-done was kept", file=sys.stderr)
        return 130


def _forms_install(folder: Path, paths: list[Path]) -> int:
    from walkthrough.commands.forms_install import forms_install

    return forms_install(folder, paths)


def _headless(folder: Path, verbose: bool, command: Callable[[], int]) -> int:
    """Run a headless command that works in the data folder: its log set up,
    and an unexpected error logged in full but shown as one line."""
    from walkthrough.log import setup_logging
    from walkthrough.paths import prepare_data_folder

    prepare_data_folder(folder)
    log_path = setup_logging(folder, verbose=verbose)
    try:
        return command()
    except (UserError, StartProblem, KeyboardInterrupt):
        raise
    except Exception:
        log.exception("the command stopped on an unexpected error")
        where = f"; the details are in {log_path}" if log_path else ""
        raise UserError(f"the command stopped on an unexpected error{where}") from None


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


def demo(folder: Path, observations: int, seed: int, responses_per_visit: int | None = None) -> int:
    from walkthrough.demo import DemoRefused, generate
    from walkthrough.paths import FORMS_DIR
    from walkthrough.storage.startup import writing

    if not 0 <= observations <= MAX_DEMO_OBSERVATIONS:
        raise UserError(f"--observations must be between 0 and {MAX_DEMO_OBSERVATIONS:,} (it was {observations:,})")
    if responses_per_visit is not None and not 1 <= responses_per_visit <= 48:
        raise UserError(f"--responses-per-visit must be between 1 and 48 (it was {responses_per_visit})")
    with writing(folder, "demo") as repo:
        for report in repo.install_framework_files([FORMS_DIR]):
            for problem in report.problems:
                print(f"warning: {problem}", file=sys.stderr)
        try:
            summary = generate(repo, observations=observations, seed=seed, responses_per_visit=responses_per_visit)
        except DemoRefused as exc:
            raise UserError(str(exc)) from None
    print(f"Demo district written to {folder}: {summary}")
    return 0


def sync(folder: Path, args: argparse.Namespace) -> int:
    from walkthrough.paths import FORMS_DIR
    from walkthrough.storage.startup import writing
    from walkthrough.sync.command import SyncCommandError, run

    with writing(folder, "sync") as repo:
        repo.install_framework_files([FORMS_DIR])
        try:
            return run(args, repo)
        except SyncCommandError as exc:
            raise UserError(str(exc)) from None


def roster(folder: Path, args: argparse.Namespace) -> int:
    from walkthrough.commands.roster import roster_import
    from walkthrough.paths import FORMS_DIR
    from walkthrough.storage.startup import writing

    with writing(folder, "roster import") as repo:
        repo.install_framework_files([FORMS_DIR])
        return roster_import(repo, args)


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in {"offscreen", "minimal", "vnc"}:
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def open_app(folder: Path, *, verbose: bool = False, folder_chosen: bool = True) -> int:
    from walkthrough.log import setup_logging

    # A folder that cannot be used is for the app's safe-start window to explain, not a reason to stop here.
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
        return run(folder, folder_chosen=folder_chosen)
    except Exception:
        log.exception("the app stopped on an unexpected error")
        where = f"; the details are in {log_path}" if log_path else ""
        print(f"walkthrough: the app stopped on an unexpected error{where}", file=sys.stderr)
        return 1
