"""``walkthrough forms import / export / diff``: frameworks as files, without the window.

* ``import FILE -o OUT``: a spreadsheet (CSV or .xlsx, one row per look-for) or an XLSForm to a framework
  file that ``forms check`` accepts; prints what it could not carry over; exit 1 with every problem (by row
  and column) when the input is unusable, and then writes nothing.
* ``export ID [--version V] -o FILE``: a published version from the data folder, as its file.
* ``diff FILE_A FILE_B``: what changed between two framework files, look-fors matched by key.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parsers(forms_commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imported = forms_commands.add_parser(
        "import", help="turn a spreadsheet or an XLSForm into a framework file",
        description="Turn a spreadsheet (CSV or .xlsx, one row per look-for; see forms/templates/) or an XLSForm "
        "(.xlsx with a survey sheet, from ODK or KoboToolbox) into a framework file that 'forms check' accepts. "
        "Prints what could not be carried over. Exit status 1, with every problem by row and column, when the "
        "input cannot be used (nothing is written then).")
    imported.add_argument("file", type=Path, metavar="FILE", help="the .csv or .xlsx file")
    imported.add_argument("-o", "--output", type=Path, required=True, metavar="OUT", help="the .toml file to write")
    imported.add_argument("--id", help="the framework's id (default: from the file name, or its settings)")
    imported.add_argument("--title", help="the framework's title")
    imported.add_argument("--modes", help='"blast", "peer" or "blast,peer" (default blast)')
    imported.add_argument("--version", dest="framework_version", metavar="VERSION", help='e.g. "1.0"')
    exported = forms_commands.add_parser(
        "export", help="write an installed framework version to a file",
        description="Write an installed framework version from the data folder to a framework file (the "
        "newest version unless --version is given), to share it or edit it.")
    exported.add_argument("framework_id", metavar="ID", help="the framework's id")
    exported.add_argument("--version", dest="framework_version", metavar="V", help="the version (default: newest)")
    exported.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="the .toml file to write")
    compared = forms_commands.add_parser(
        "diff", help="say what changed between two framework files",
        description="Say what changed between two framework files (look-fors matched by key, renames through "
        "former_keys). Exit status 0 when they mean the same, 1 when they differ, 2 when one cannot be read.")
    compared.add_argument("first", type=Path, metavar="FILE_A")
    compared.add_argument("second", type=Path, metavar="FILE_B")


def _write(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def forms_import(args: argparse.Namespace) -> int:
    from walkthrough.core.sheet_import import read_sheet
    from walkthrough.core.xlsform_import import is_xlsform, read_xlsform

    path: Path = args.file
    if not path.exists():
        print(f"{path}: no such file", file=sys.stderr)
        return 1
    given = {k: v for k, v in (("id", args.id), ("title", args.title), ("modes", args.modes),
                               ("version", args.framework_version)) if v}
    if path.suffix.lower() in (".xlsx", ".xlsm") and is_xlsform(path):
        result = read_xlsform(path)
        document = {**result.document, **{k: v for k, v in given.items() if k != "modes"}}
        if args.modes:
            document["modes"] = [m.strip() for m in args.modes.split(",")]
        for line in result.not_carried:
            print(f"not carried over: {line}")
        if not result.usable:
            for line in result.problems:
                print(line, file=sys.stderr)
            return 1
        from walkthrough.core.framework_document import document_toml

        text = document_toml(document, comment=f"Imported from the XLSForm {path.name}.")
    else:
        sheet = read_sheet(path, settings=given)
        for found in sheet.problems:
            print(found, file=sys.stderr if not found.warning else sys.stdout)
        if not sheet.usable:
            print(f"{path}: not imported: fix the problems above (nothing was written)", file=sys.stderr)
            return 1
        from walkthrough.core.framework_document import document_toml

        text = document_toml(sheet.document, comment=f"Imported from the spreadsheet {path.name}.")
    from walkthrough.core.frameworks import FrameworkError, parse_framework

    try:
        framework = parse_framework(text, str(args.output))
    except FrameworkError as exc:  # the imports check themselves; this is the last word
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    _write(args.output, text)
    print(f"{args.output}: written — {framework.title} (id {framework.id}, version {framework.version}, "
          f"{len(framework.look_fors)} look-fors)")
    return 0


def forms_export(folder: Path, args: argparse.Namespace) -> int:
    from walkthrough.storage.base import NotFound
    from walkthrough.storage.startup import writing

    with writing(folder, "forms export") as repo:
        try:
            text = repo.framework_source(args.framework_id, args.framework_version)
        except NotFound as exc:
            print(f"walkthrough: {exc}", file=sys.stderr)
            return 1
        framework = repo.framework(args.framework_id, args.framework_version)
    _write(args.output, text)
    print(f"{args.output}: written — {framework.title} (id {framework.id}, version {framework.version})")
    return 0


def forms_diff(args: argparse.Namespace) -> int:
    from walkthrough.core.framework_diff import diff
    from walkthrough.core.frameworks import FrameworkError, load_framework

    try:
        first, second = load_framework(args.first), load_framework(args.second)
    except FrameworkError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2
    changes = diff(first, second)
    if not changes and first.sha256 == second.sha256:
        print(f"{args.first} and {args.second} mean the same (only comments or layout may differ)")
        return 0
    print(f"{first.title} {first.version} → {second.title} {second.version}: {len(changes)} change"
          f"{'s' if len(changes) != 1 else ''}")
    for change in changes:
        print(f"  {change}")
    return 1
