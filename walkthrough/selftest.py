"""``walkthrough self-test``: prove that this copy of the app works on this machine.

Made for a built bundle (``packaging/``), and usable from a checkout too. It
opens the real main window through the app's own start-up (offscreen unless
``QT_QPA_PLATFORM`` says otherwise), on a demo school in a new data folder,
starts a round from the Walkthroughs page, taps one look-for as observed
with a real mouse click, checks through a second connection that the tap is
committed, closes the window, and checks the tap again in the database the
app left behind. It prints one JSON line and exits 0 when every step held,
1 with the step that failed otherwise.

``self-test setup-es`` is the first start of a new school instead: it
switches the setup to Spanish on its welcome, makes the first profile and the
school, saves the shipped Spanish roster template (``plantilla-personal.xlsx``)
from the setup, fills in three rooms as a user would in a spreadsheet, imports
it through the setup, checks that the window reads Spanish, walks a blast round
(look-fors marked in the first room, then Finish round) and checks the school,
its rooms and the round's responses in the database the app left.

It never touches a real data folder: with ``--data-dir`` it needs an empty
or new folder (and keeps it, to look at); without, it uses a temporary one
and removes it afterwards. Nor the user's settings: the app's settings
(language, window place) go to a temporary folder of their own.

This module is Qt-free (the CLI imports it); the steps live in
:mod:`walkthrough.ui.self_test`.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from walkthrough.paths import CONFIG_DIR_VARIABLE, database_path

COMMAND = "self-test"
SCENARIOS = ("tap", "setup-es")


def add_parser(commands: Any) -> None:
    """Register ``self-test`` on the CLI's subcommands."""
    parser = commands.add_parser(
        COMMAND,
        help="check that the app opens its window and records a tap on this machine",
        description="Open the main window (offscreen unless QT_QPA_PLATFORM is set), start a round on a demo "
        "school, tap one look-for through the window, check that the tap is committed to the database, and "
        "quit (setup-es: set up a new school in Spanish from the shipped roster template through the first-run "
        "setup, then walk a round in it). Prints one JSON line; exit status 0 when every step held, 1 "
        "otherwise. Uses a new temporary data folder, or --data-dir DIR when DIR is empty or new (then "
        "kept); never a folder that holds a database.",
    )
    parser.add_argument("scenario", nargs="?", choices=SCENARIOS, default=SCENARIOS[0],
                        help="tap: one tap on a demo school (default); setup-es: the first-run setup in Spanish "
                        "from the shipped roster template, then a whole round")
    parser.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                        help="give up when the window has not opened and answered in this time (default 60)")


def run(data_dir: str | None, *, timeout: float = 60.0, verbose: bool = False, scenario: str = "tap") -> int:
    """Run the self-test ``scenario``; the exit status."""
    if data_dir:
        folder = Path(data_dir).expanduser().resolve()
        if database_path(folder).exists():
            print(f"walkthrough: self-test needs an empty data folder: {folder} already holds a database "
                  "(it would add a demo school to it). Give it a new folder, or none.", file=sys.stderr)
            return 1
        keep = True
    else:
        folder = Path(tempfile.mkdtemp(prefix="walkthrough-self-test-"))
        keep = False
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    settings = Path(tempfile.mkdtemp(prefix="walkthrough-self-test-settings-"))
    os.environ[CONFIG_DIR_VARIABLE] = str(settings)
    try:
        result = _run_in(folder, timeout=timeout, verbose=verbose, scenario=scenario)
    finally:
        _close_log()
        shutil.rmtree(settings, ignore_errors=True)
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(result, ensure_ascii=False))
    if not result.get("passed"):
        print(f"walkthrough: self-test failed: {result.get('failed', 'unknown step')}", file=sys.stderr)
        return 1
    return 0


def _run_in(folder: Path, *, timeout: float, verbose: bool, scenario: str) -> dict[str, Any]:
    from walkthrough.log import setup_logging

    setup_logging(folder, verbose=verbose)
    try:
        from walkthrough.ui.self_test import self_test
    except ImportError as exc:
        return {"passed": False, "failed": f"the window toolkit could not load ({exc})"}
    return self_test(folder, timeout=timeout, scenario=scenario)


def _close_log() -> None:
    """Let go of the log file (Windows cannot remove an open one)."""
    import logging

    root = logging.getLogger("walkthrough")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
