"""``walkthrough roster import FILE --school NAME``: the roster import, headless.

Prints what the file holds, every problem by row and column, and what the
import did (or would do, with ``--check``). Exit status 0 when imported (or
checked clean), 2 when refused: then nothing was written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from walkthrough.core.model import Role

EXIT_REFUSED = 2


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    roster = commands.add_parser("roster", help="import a school's rooms and teachers",
                                 description="Import a school's rooms and teachers from a roster file.")
    actions = roster.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    imp = actions.add_parser(
        "import",
        help="import a roster (.csv or .xlsx) into a school",
        description="Import rooms and teachers from a roster file (.csv or .xlsx: room, teacher, e-mail, grade "
        "band, subject; the template is resources/roster-template.xlsx). Every problem is listed by row and "
        "column and then nothing is saved (exit status 2). A re-import updates rooms (by name) and teachers "
        "(by e-mail) and marks teachers no longer listed as having left. The school is made if it is new.",
    )
    imp.add_argument("file", type=Path, metavar="FILE", help="the roster file (.csv or .xlsx)")
    imp.add_argument("--school", required=True, metavar="NAME", help="the school the roster is of")
    imp.add_argument("--check", action="store_true", help="list the problems and the changes; save nothing")


def roster_import(repo: object, args: argparse.Namespace) -> int:
    from walkthrough.core.roster import read_roster
    from walkthrough.storage import Repository
    from walkthrough.storage.access import NotAllowed
    from walkthrough.storage.base import StoreError

    assert isinstance(repo, Repository)
    roster = read_roster(args.file)
    print(roster.report())
    if roster.problems or not roster.rows:
        print(f"Nothing was imported: fix the {len(roster.problems)} problem(s) above and import the file again.",
              file=sys.stderr)
        return EXIT_REFUSED
    name = str(args.school).strip()
    school = next((s for s in repo.schools() if s.name.casefold() == name.casefold()), None)
    admins = [p for p in repo.people(Role.ADMINISTRATOR) if p.active]
    current = repo.current_profile()
    by = current.id if current is not None else (admins[0].id if admins else None)
    try:
        if args.check:
            if school is None:
                print(f"{name}: a new school, with {len(roster.rows)} new room(s)")
            else:
                print(repo.plan_roster(school.id, roster).summary())
            return 0
        if by is None:
            print("Nothing was imported: the directory has no administrator yet; open the app and add yourself "
                  "(the first profile is the administrator).", file=sys.stderr)
            return EXIT_REFUSED
        with repo.transaction():
            if school is None:
                school = repo.add_school(name, by=by)
            plan = repo.import_roster(school.id, roster, by=by)
    except (NotAllowed, StoreError) as exc:
        print(f"Nothing was imported: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print("Imported. " + plan.summary())
    return 0
