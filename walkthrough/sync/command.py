"""``walkthrough sync ...``: export, import and folder sync from the command line.

Exit status: 0 when every bundle was imported (or skipped as already in),
2 when any was refused, 1 for a problem that stops the command (a missing
folder, a file that cannot be written).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the parser is built at every start, the app's too: nothing heavy at import
    from walkthrough.storage import Repository
    from walkthrough.sync.importer import ImportReport

REFUSED_EXIT = 2


class SyncCommandError(Exception):
    """A problem that stops the command; one line for the user."""


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = commands.add_parser(
        "sync", help="move records between devices as bundle files",
        description="Move records between devices: export this device's records as a bundle file, import "
        "bundles from other devices, or sync both ways through a shared folder (OneDrive, SharePoint, a "
        "network share, a USB stick). Private peer visits travel sealed to the people in them.")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", help="write this device's records into a bundle file",
        description="Write everything this device holds (or, with --since-last, only what changed since its "
        "last export) into one bundle file. The file appears whole or not at all.")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE", help="the bundle file to write")
    export.add_argument("--since-last", action="store_true",
                        help="only what changed (here or by an import) since this device's last export")
    imp = actions.add_parser(
        "import", help="import bundle files from other devices",
        description="Import bundle files, each whole or not at all, and print what each brought: inserted, "
        "updated, unchanged, merged, conflicts, held (waiting for a parent record), or why it was refused. "
        "Exit status 0 when all were imported or already in, 2 when any was refused.")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE", help="a bundle file")
    folder = actions.add_parser(
        "folder", help="sync both ways through a shared folder",
        description="Write this device's new changes as a bundle into DIR and import every other device's "
        "bundle found there. Never deletes or rewrites another device's files; ignores files still being "
        "written; a cloud service's conflicted copy is imported as just another bundle. "
        "Exit status as for import.")
    folder.add_argument("folder", type=Path, metavar="DIR", help="the shared folder")


def run(args: argparse.Namespace, repo: Repository) -> int:
    from walkthrough.sync.importer import import_files

    if args.sync_command == "export":
        return _export(repo, args.output, args.since_last)
    if args.sync_command == "import":
        return _print(import_files(repo, args.files))
    return _folder(repo, args.folder)


def _export(repo: Repository, path: Path, since_last: bool) -> int:
    from walkthrough.sync.exporter import export_bundle

    try:
        done = export_bundle(repo, path, since_last=since_last)
    except OSError as exc:
        raise SyncCommandError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    assert done.written is not None
    print(f"{path}: {done.records} records and {done.sealed} sealed peer-visit parts "
          f"({done.written.size} bytes, bundle {done.written.bundle_id})")
    _kept_back(done.kept_back)
    return 0


def _kept_back(count: int) -> None:
    if count:
        print(f"{count} private peer-visit parts stay on this device until one of their people has used the app "
              "on a device that synced (their key seals them)")


def _folder(repo: Repository, folder: Path) -> int:
    from walkthrough.sync.folder import FolderMissing, sync_folder

    try:
        round_ = sync_folder(repo, folder)
    except FolderMissing as exc:
        raise SyncCommandError(str(exc)) from None
    except OSError as exc:
        raise SyncCommandError(f"{folder}: {exc.strerror or exc}") from None
    written = round_.exported.written
    print(f"wrote {written.path.name} ({round_.exported.records} records)" if written
          else "nothing new on this device to write")
    return _print(round_.report)


def _print(report: ImportReport) -> int:
    for file in report.files:
        print(file.line(), file=sys.stderr if file.outcome == "refused" else sys.stdout)
    print(report.summary())
    return REFUSED_EXIT if report.refused else 0
