"""``walkthrough report visit|building|compilation`` and ``walkthrough export csv``.

Each acts as a person (``--as NAME``, else the profile chosen last on this device; see
:mod:`walkthrough.commands.acting`) and is refused as the app would refuse it. A name, id or
date that does not fit is one line on stderr and exit status 2; nothing is written then.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the parser is built at every start: nothing heavy at import
    from walkthrough.storage import Repository

BAD_INPUT_EXIT = 2


class BadInput(Exception):
    """A name, id or date that does not fit: one line, exit status 2."""


def _filters(parser: argparse.ArgumentParser, *, one_school: bool = False, dates_required: bool = True) -> None:
    if one_school:
        parser.add_argument("--school", required=True, metavar="NAME", help="the school, by its name")
    else:
        parser.add_argument("--school", action="append", default=[], metavar="NAME",
                            help="a school by its name (again for several; default: every school)")
    parser.add_argument("--from", dest="date_from", required=dates_required, metavar="DATE",
                        help="the first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", required=dates_required, metavar="DATE",
                        help="the last day, YYYY-MM-DD (included)")
    parser.add_argument("--framework", metavar="ID", help="only visits with this framework (its id)")
    parser.add_argument("--grade-band", action="append", default=[], metavar="BAND", help="e.g. K-2 (again for more)")
    parser.add_argument("--subject", action="append", default=[], metavar="SUBJECT", help="again for more")
    parser.add_argument("--observer", action="append", default=[], metavar="NAME",
                        help="only visits by this person (again for more)")


def _acting(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as", dest="acting", metavar="NAME",
                        help="who makes it (default: the profile chosen last on this device)")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE", help="the file to write")


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser(
        "report", help="make a PDF report", description="Make a PDF: one visit's feedback for the teacher, a "
        "building summary, or a coach's compilation. Private peer visits never appear in summaries.")
    kinds = report.add_subparsers(dest="report_command", metavar="KIND", required=True)
    visit = kinds.add_parser(
        "visit", help="one visit's feedback, for the teacher",
        description="The feedback PDF of one visit. A peer visit's may be made only by its host or its visitor.")
    visit.add_argument("--observation", required=True, metavar="ID", help="the visit's id")
    _acting(visit)
    building = kinds.add_parser(
        "building", help="one school's summary over a period",
        description="A building summary: the share of visits each look-for was seen in, with intervals, the "
        "heatmap, coverage and the comparison with the period before, filters written on the page. For "
        "administrators and coaches.")
    _filters(building, one_school=True)
    _acting(building)
    compilation = kinds.add_parser(
        "compilation", help="several schools or a PLC team over a period",
        description="A coach's compilation: totals, look-fors by tag, trends over terms, and the noticings of "
        "peer visits their hosts shared, grouped by focus. For administrators and coaches.")
    _filters(compilation)
    compilation.add_argument("--team", metavar="NAME", help="only the visits to this PLC team's teachers")
    _acting(compilation)
    export = commands.add_parser(
        "export", help="export visits to a file", description="Export visits for a spreadsheet.")
    formats = export.add_subparsers(dest="export_command", metavar="FORMAT", required=True)
    csv = formats.add_parser(
        "csv", help="visits and their responses as CSV, one row per response",
        description="Visits and responses in long format (one row per response), UTF-8 with a byte-order mark so "
        "Excel opens it; the columns are in the README. Private peer visits are never in it. For administrators "
        "and coaches.")
    _filters(csv, dates_required=False)
    csv.add_argument("--team", metavar="NAME", help="only the visits to this PLC team's teachers")
    _acting(csv)


@dataclass(frozen=True)
class Period:
    first: date | None
    last: date | None


def parse_period(date_from: str | None, date_to: str | None) -> Period:
    def one(option: str, text: str | None) -> date | None:
        if text is None:
            return None
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            raise BadInput(f"{option} {text!r}: not a date; write it as YYYY-MM-DD, e.g. 2025-08-18") from None

    first, last = one("--from", date_from), one("--to", date_to)
    if first and last and last < first:
        raise BadInput(f"--to {last} is before --from {first}")
    return Period(first, last)


def run(folder: Path, args: argparse.Namespace) -> int:
    from walkthrough.commands.acting import ActingProblem, UnknownPerson
    from walkthrough.paths import FORMS_DIR
    from walkthrough.reports.outputs import OutputRefused
    from walkthrough.storage.startup import writing

    what = "report" if args.command == "report" else "export"
    try:
        period = parse_period(getattr(args, "date_from", None), getattr(args, "date_to", None))
        with writing(folder, what) as repo:
            repo.install_framework_files([FORMS_DIR])
            return _run(repo, args, period)
    except (BadInput, UnknownPerson) as exc:
        print(f"walkthrough: {exc}", file=sys.stderr)
        return BAD_INPUT_EXIT
    except (ActingProblem, OutputRefused) as exc:
        print(f"walkthrough: {exc}", file=sys.stderr)
        return 1


def _run(repo: Repository, args: argparse.Namespace, period: Period) -> int:
    from walkthrough.commands.acting import acting_profile
    from walkthrough.reports import outputs

    if args.command == "report" and args.report_command == "visit":
        try:
            repo.observation(args.observation)
        except Exception:
            raise BadInput(f"--observation {args.observation!r}: no visit with that id on this device") from None
        person = acting_profile(repo, args.acting)
        made = outputs.visit_feedback(repo, args.observation, person.id, args.output)
    else:
        chosen = outputs.Choice(
            schools=tuple(_school_ids(repo, args.school if isinstance(args.school, list) else [args.school])),
            first=period.first, last=period.last, framework_id=_framework(repo, args.framework),
            grade_bands=tuple(args.grade_band), subjects=tuple(args.subject),
            observers=tuple(_person_ids(repo, args.observer)),
            team_id=_team_id(repo, getattr(args, "team", None)),
        )
        person = acting_profile(repo, args.acting)
        if args.command == "export":
            made = outputs.csv_export(repo, chosen, person.id, args.output)
        elif args.report_command == "building":
            made = outputs.building_summary(repo, chosen, person.id, args.output)
        else:
            made = outputs.compilation(repo, chosen, person.id, args.output)
    print(f"{args.output}: {made}")
    return 0


def _school_ids(repo: Repository, names: list[str]) -> list[str]:
    schools = {s.name.casefold(): s.id for s in repo.schools()}
    ids = []
    for name in names:
        found = schools.get(name.strip().casefold())
        if found is None:
            known = ", ".join(s.name for s in repo.schools()) or "none yet"
            raise BadInput(f"--school {name!r}: no school of that name (schools here: {known})")
        ids.append(found)
    return ids


def _person_ids(repo: Repository, names: list[str]) -> list[str]:
    from walkthrough.commands.acting import ActingProblem, find_person

    ids = []
    for name in names:
        try:
            ids.append(find_person(repo, name).id)
        except ActingProblem as exc:
            raise BadInput(str(exc).replace("--as", "--observer")) from None
    return ids


def _team_id(repo: Repository, name: str | None) -> str | None:
    if name is None:
        return None
    found = [t for t in repo.teams() if t.name.casefold() == name.strip().casefold()]
    if not found:
        known = ", ".join(sorted(t.name for t in repo.teams())) or "none yet"
        raise BadInput(f"--team {name!r}: no PLC team of that name (teams here: {known})")
    if len(found) > 1:
        raise BadInput(f"--team {name!r}: {len(found)} schools have a team of that name; add --school")
    return found[0].id


def _framework(repo: Repository, framework_id: str | None) -> str | None:
    if framework_id is None:
        return None
    known = {f.id for f in repo.frameworks()}
    if framework_id not in known:
        installed = ", ".join(sorted(known))
        raise BadInput(f"--framework {framework_id!r}: no framework with that id (installed: {installed})")
    return framework_id
