"""Every output of the app, and a private peer visit in none it must not reach.

This file ENUMERATES the ways data leaves the screen or the device:

1. every member of :class:`walkthrough.core.privacy.Output`, through the
   storage funnels every output must use (``observations_for`` for
   observations, ``peer_visits_for`` for visit plans, each part);
2. every real output function that exists: :data:`OUTPUT_PATHS` (the
   plain-text visit export, the .ics schedule export, ...);
3. every module of ``walkthrough.reports`` and ``walkthrough.sync``, and every
   CLI subcommand: each must be registered below, as an output path or as
   "not an output" with a reason, or the guards fail.

The scenario holds a private peer visit whose focus, notes and debrief carry
unique markers, a shared peer visit and a blast visit (positive controls: they
prove each output is not trivially empty). For each output and each viewer,
the test asserts that the private visit's markers and ids appear exactly
where :data:`RULES` allows, and nowhere else.

Adding an output (a later issue): add its Output member to RULES, or its
function to OUTPUT_PATHS, or its module/subcommand to the registries. The
guards below fail until you do.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from peer_helpers import FOCUS, NOTE, PeerDistrict, make_district, planned_visit

from walkthrough.core.model import NoteKind, Observation
from walkthrough.core.peer import PeerVisit
from walkthrough.core.privacy import Output, PlanPart
from walkthrough.paths import log_dir
from walkthrough.storage import Repository

REFLECTION = "Partners talked more than I expected (reflection-5d2e)."
SHARED_FOCUS = "How do students use the anchor chart? (shared-focus-c0de)"
SHARED_NOTE = "Three students pointed at the anchor chart (shared-note-a11e)."

# What of the PRIVATE visit may appear in each output, by who asks for it.
# "logistics": who visits whom, when, where (the plan's id);
# "focus": the host's focus and debrief; "notes": the visitor's observation and notes.
# Viewers: nobody signed in, a teacher not in the visit, a coach, the host, the visitor.
VIEWERS = ("nobody", "outsider", "coach", "host", "visitor")
NOTHING: frozenset[str] = frozenset()
EVERYTHING = frozenset({"logistics", "focus", "notes"})
RULES: dict[Output, dict[str, frozenset[str]]] = {
    Output.DASHBOARD: dict.fromkeys(VIEWERS, NOTHING),
    Output.ADMIN_REPORT: dict.fromkeys(VIEWERS, NOTHING),
    Output.CSV_EXPORT: dict.fromkeys(VIEWERS, NOTHING),
    # Logistics travel to every device in the clear; focus and notes only sealed
    # (never readable in the bundle file) while the visit is private.
    Output.SYNC_BUNDLE: dict.fromkeys(VIEWERS, frozenset({"logistics"})),
    Output.COACH_COMPILATION: dict.fromkeys(VIEWERS, NOTHING),
    Output.VISIT_DOCUMENT: {**dict.fromkeys(VIEWERS, NOTHING), "host": EVERYTHING, "visitor": EVERYTHING},
    Output.SCHEDULE: dict.fromkeys(VIEWERS, frozenset({"logistics"})),
}


@dataclass(frozen=True)
class Scenario:
    repo: Repository
    d: PeerDistrict
    private: PeerVisit
    private_obs: Observation
    shared: PeerVisit
    shared_obs: Observation
    blast: Observation

    def viewer(self, name: str) -> str | None:
        return None if name == "nobody" else getattr(self.d, name).id

    def markers(self) -> dict[str, tuple[str, ...]]:
        """What would betray each part of the private visit if found in an output."""
        return {
            "logistics": (self.private.id,),
            "focus": (FOCUS, REFLECTION),
            "notes": (self.private_obs.id, NOTE),
        }


@pytest.fixture
def s(repo: Repository) -> Scenario:
    d = make_district(repo)
    private = planned_visit(repo, d)
    obs = repo.begin_peer_notes(private.id, by=d.visitor.id)
    repo.add_peer_note(obs.id, NoteKind.NOTICING, NOTE, by=d.visitor.id)
    repo.add_peer_note(obs.id, NoteKind.EVIDENCE, NOTE, by=d.visitor.id, look_for_key="seen-student-talk")
    repo.mark_peer_seen(obs.id, "seen-student-talk", True, by=d.visitor.id)
    repo.set_peer_debrief(private.id, by=d.host.id, reflection=REFLECTION)
    # A shared visit between other people, the same week: the positive control.
    shared = repo.plan_peer_visit(host_id=d.second_visitor.id, day="2025-10-15", start_time="10:00",
                                  end_time="10:30", visitor_ids=[d.outsider.id], by=d.second_visitor.id)
    repo.set_peer_focus(shared.id, SHARED_FOCUS, by=d.second_visitor.id)
    repo.set_peer_consent(shared.id, True, by=d.second_visitor.id)
    shared_obs = repo.begin_peer_notes(shared.id, by=d.outsider.id)
    repo.add_peer_note(shared_obs.id, NoteKind.NOTICING, SHARED_NOTE, by=d.outsider.id)
    shared = repo.share_peer_visit(shared.id, True, by=d.second_visitor.id)
    blast = repo.start_observation("blast", repo.framework("blast-empowered-learning"), d.school.id,
                                   room_id=d.host_room.id, started_at="2025-10-14T13:00:00.000+00:00", by=d.admin.id)
    return Scenario(repo, d, repo.peer_visit(private.id), repo.observation(obs.id), shared,
                    repo.observation(shared_obs.id), blast)


def assert_private_visit_appears_only_as_allowed(haystack: str, s: Scenario, allowed: frozenset[str],
                                                 where: str) -> None:
    for part, markers in s.markers().items():
        for marker in markers:
            if part not in allowed:
                assert marker not in haystack, f"{where}: the private visit's {part} ({marker!r}) leaked"


# 1. Every Output member, through the storage funnels ------------------------------------

def test_every_output_member_has_a_rule() -> None:
    """Fails when an Output member is added without saying what a private visit may show in it."""
    assert set(RULES) == set(Output), f"add {set(Output) - set(RULES)} to RULES in this file"
    for output, by_viewer in RULES.items():
        assert set(by_viewer) == set(VIEWERS), output


@pytest.mark.parametrize("output", list(Output))
@pytest.mark.parametrize("viewer", VIEWERS)
def test_the_observation_funnel_keeps_a_private_visit_out(s: Scenario, output: Output, viewer: str) -> None:
    found = s.repo.observations_for(output, s.viewer(viewer))
    ids = {o.id for o in found}
    allowed = RULES[output][viewer]
    assert (s.private_obs.id in ids) == ("notes" in allowed), (output, viewer)
    assert_private_visit_appears_only_as_allowed(repr(found), s, allowed, f"observations_for({output})")


@pytest.mark.parametrize("output", list(Output))
@pytest.mark.parametrize("viewer", VIEWERS)
@pytest.mark.parametrize("part", list(PlanPart))
def test_the_plan_funnel_keeps_a_private_visit_out(s: Scenario, output: Output, viewer: str, part: PlanPart) -> None:
    found = s.repo.peer_visits_for(output, s.viewer(viewer), part=part)
    allowed = RULES[output][viewer]
    assert (s.private.id in {v.id for v in found}) == (part.value in allowed), (output, viewer, part)


def test_the_funnels_are_not_trivially_empty(s: Scenario) -> None:
    """Positive controls: the blast and the shared visit reach the outputs they may."""
    sync = {o.id for o in s.repo.observations_for(Output.SYNC_BUNDLE)}
    assert {s.blast.id, s.shared_obs.id} <= sync
    assert s.blast.id in {o.id for o in s.repo.observations_for(Output.DASHBOARD)}
    assert s.shared.id in {v.id for v in s.repo.peer_visits_for(Output.SCHEDULE, part=PlanPart.FOCUS)}


def test_a_tombstoned_private_visit_does_not_sync_either(s: Scenario) -> None:
    s.repo.delete_observation(s.private_obs.id, by=s.d.visitor.id)
    assert s.private_obs.id not in {o.id for o in s.repo.observations_for(Output.SYNC_BUNDLE)}


# 2. Every real output function ------------------------------------------------------------

def _visit_text(s: Scenario, viewer: str | None, obs: Observation) -> str:
    from walkthrough.reports.visit_text import VisitDocumentRefused, visit_text

    try:
        return visit_text(s.repo, obs.id, viewer)
    except VisitDocumentRefused:
        return ""


def _schedule_ics(s: Scenario, viewer: str | None, _obs: Observation) -> str:
    from walkthrough.reports.schedule_ics import schedule_ics

    return schedule_ics(s.repo, since="2025-10-13", until="2025-10-20", viewer_id=viewer).decode("utf-8")


def _unfolded(text: str) -> str:
    """iCalendar folds long lines at 75 octets; unfold and unescape before searching."""
    return text.replace("\r\n ", "").replace("\\n", "\n").replace("\\;", ";").replace("\\,", ",")


def _blast_review(s: Scenario, viewer: str | None, _obs: Observation) -> str:
    review = getattr(s.repo, "blast_visits_between", None)
    if review is None:  # pragma: no cover - rounds (issue 3) not merged
        return ""
    return repr(review("2025-01-01", "2030-01-01", observer_id=viewer))


def _sync_bundle(s: Scenario, _viewer: str | None, _obs: Observation) -> str:
    """Every byte of a full sync bundle, its entries unzipped: what anyone who opens the file reads."""
    import tempfile
    import zipfile
    from pathlib import Path

    from walkthrough.sync.exporter import export_bundle

    for person in (s.d.host, s.d.visitor, s.d.outsider, s.d.second_visitor):
        s.repo.ensure_profile_key(person.id)  # so the private visit is really sealed, not left out
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bundle.zip"
        export_bundle(s.repo, path)
        with zipfile.ZipFile(path) as archive:
            text = "".join(archive.read(n).decode("utf-8") for n in archive.namelist())
    assert '"g":"plan:' + s.private.id in text  # the private visit is in it, sealed
    assert SHARED_NOTE in text  # positive control: the shared visit travels in the clear
    return text


def _visit_pdf(s: Scenario, viewer: str | None, obs: Observation) -> str:
    import tempfile
    from pathlib import Path

    from pdf_helpers import pdf_text

    from walkthrough.reports.visit_pdf import VisitDocumentRefused, visit_feedback_pdf

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "visit.pdf"
        try:
            visit_feedback_pdf(s.repo, obs.id, viewer, path)
        except VisitDocumentRefused:
            return ""
        return pdf_text(path).replace("\n", " ") + "\n" + pdf_text(path)


def _summary(make_name: str) -> Callable[[Scenario, str | None, Observation], str]:
    """A building summary, a compilation or a CSV export, as pdftotext (or the file) reads it; a role that
    may not make it gets nothing."""

    def produce(s: Scenario, viewer: str | None, _obs: Observation) -> str:
        import tempfile
        from pathlib import Path

        from pdf_helpers import pdf_text

        from walkthrough.reports import outputs

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / ("out.csv" if make_name == "csv_export" else "out.pdf")
            choice = outputs.Choice(schools=(s.d.school.id,) if make_name == "building_summary" else ())
            for who in (viewer, s.d.admin.id, s.d.coach.id):  # as asked, and as those who may
                try:
                    getattr(outputs, make_name)(s.repo, choice, who, path)
                except outputs.OutputRefused:
                    continue
                text = path.read_text(encoding="utf-8-sig") if path.suffix == ".csv" else pdf_text(path)
                return text.replace("\n", " ") + "\n" + text
            return ""

    return produce


def _figures(s: Scenario, output: Output) -> str:
    """Every figure and every list of visits behind one, for blast visits, peer visits and both."""
    from walkthrough.core.model import ObservationKind
    from walkthrough.reports.engine import ReportEngine
    from walkthrough.reports.filters import VisitFilter

    engine = ReportEngine(s.repo, output)
    engine.refresh()
    produced = []
    for kind in (ObservationKind.BLAST, ObservationKind.PEER, None):
        flt = VisitFilter(kind=kind)
        produced += [repr(engine.figures(flt)), repr(engine.heatmap(flt)), repr(engine.coverage(flt)),
                     repr(engine.by_tag(flt)), repr(engine.visits_behind(flt))]
        for fw in engine.figures(flt).frameworks:
            for lf in fw.look_fors:
                produced.append(repr(engine.visits_behind(flt, lf.framework_id, lf.key)))
    return "\n".join(produced)


def _dashboard(s: Scenario, _viewer: str | None, _obs: Observation) -> str:
    text = _figures(s, Output.DASHBOARD)
    assert s.blast.id in text  # positive control: the blast visit is counted
    return text


def _coach_figures(s: Scenario, _viewer: str | None, _obs: Observation) -> str:
    text = _figures(s, Output.COACH_COMPILATION)
    assert s.shared_obs.id in text  # positive control: the shared peer visit reaches a coach's figures
    return text


def _visit_history(s: Scenario, viewer: str | None, _obs: Observation) -> str:
    from walkthrough.reports.filters import VisitFilter

    query = VisitFilter(kind=None).query()
    listed, _total = s.repo.visit_history(query, viewer)
    searched, _total = s.repo.visit_history(query, viewer, NOTE[:20])
    rows = s.repo.visit_rows([s.private_obs.id, s.shared_obs.id, s.blast.id], viewer)
    assert s.blast.id in repr(listed)  # positive control
    return repr(listed) + repr(searched) + repr(rows)


def _shared_with_coaches(s: Scenario, viewer: str | None, _obs: Observation) -> str:
    from walkthrough.reports.shared import shared_with_coaches

    text = repr(shared_with_coaches(s.repo, viewer))
    assert SHARED_NOTE in text and SHARED_FOCUS in text  # positive control
    return text


@dataclass(frozen=True)
class OutputPath:
    name: str
    output: Output
    produce: Callable[[Scenario, str | None, Observation], str]
    module: str


OUTPUT_PATHS = (
    OutputPath("plain-text visit export", Output.VISIT_DOCUMENT, _visit_text, "walkthrough.reports.visit_text"),
    OutputPath("visit feedback PDF", Output.VISIT_DOCUMENT, _visit_pdf, "walkthrough.reports.visit_pdf"),
    OutputPath("building summary PDF", Output.ADMIN_REPORT, _summary("building_summary"),
               "walkthrough.reports.building_pdf"),
    OutputPath("coach compilation PDF", Output.COACH_COMPILATION, _summary("compilation"),
               "walkthrough.reports.compilation_pdf"),
    OutputPath("CSV export", Output.CSV_EXPORT, _summary("csv_export"), "walkthrough.reports.csv_export"),
    OutputPath("iCalendar schedule export", Output.SCHEDULE, lambda s, v, o: _unfolded(_schedule_ics(s, v, o)),
               "walkthrough.reports.schedule_ics"),
    OutputPath("blast visits review (rounds)", Output.DASHBOARD, _blast_review, "walkthrough.storage.round_store"),
    OutputPath("sync bundle file", Output.SYNC_BUNDLE, _sync_bundle, "walkthrough.sync.exporter"),
    OutputPath("dashboard figures and the visits behind them", Output.DASHBOARD, _dashboard,
               "walkthrough.reports.engine"),
    OutputPath("a coach compilation's figures", Output.COACH_COMPILATION, _coach_figures,
               "walkthrough.reports.engine"),
    # The history lists what the viewer may open on screen: a peer visit for its host and visitor only.
    OutputPath("visit history and its search over notes", Output.VISIT_DOCUMENT, _visit_history,
               "walkthrough.storage.report_store"),
    OutputPath("shared with coaches", Output.COACH_COMPILATION, _shared_with_coaches, "walkthrough.reports.shared"),
)


@pytest.mark.parametrize("path", OUTPUT_PATHS, ids=[p.name for p in OUTPUT_PATHS])
@pytest.mark.parametrize("viewer", VIEWERS)
def test_every_output_function_keeps_a_private_visit_out(s: Scenario, path: OutputPath, viewer: str) -> None:
    allowed = RULES[path.output][viewer]
    # Asked about the private visit itself, and about the shared one (no cross-contamination).
    for obs in (s.private_obs, s.shared_obs):
        produced = path.produce(s, s.viewer(viewer), obs)
        assert_private_visit_appears_only_as_allowed(produced, s, allowed, f"{path.name} as {viewer}")


def test_the_visit_text_is_whole_for_the_host_and_visitor(s: Scenario) -> None:
    for viewer in ("host", "visitor"):
        text = _visit_text(s, s.viewer(viewer), s.private_obs)
        assert FOCUS in text and NOTE in text and REFLECTION in text


def test_the_visit_pdf_is_whole_for_the_host_and_visitor(s: Scenario) -> None:
    for viewer in ("host", "visitor"):
        text = _visit_pdf(s, s.viewer(viewer), s.private_obs)
        assert FOCUS in text and NOTE in text and REFLECTION in text


def test_the_schedule_carries_logistics_and_shared_focus_only(s: Scenario) -> None:
    ics = _unfolded(_schedule_ics(s, s.viewer("host"), s.private_obs))
    assert s.private.id in ics and "Ben Ito" in ics  # who, when: the people and the cover need it
    assert SHARED_FOCUS in ics  # the host of that visit shared it
    assert SHARED_NOTE not in ics and s.shared_obs.id not in ics  # notes never, shared or not


# 3. Guards: nothing that outputs is left out of this file -------------------------------------

NOT_AN_OUTPUT: dict[str, str] = {
    # module or "cli <command>": why it is not an output path
    "cli forms": "validates, installs, imports, exports and compares framework files; reads no observations",
    "cli demo": "writes a demo district into the data folder; outputs nothing",
    "cli self-test": "refuses any folder that holds a database; prints only what it made itself in a new one "
                     "(a demo school, one tap) as a pass/fail line",
    "cli roster": "reads a roster file into the directory; prints only the file's own rows, problems and the "
                  "directory changes (rooms, teachers): no observation or peer visit",
    "cli sync": "writes bundles only through walkthrough.sync.exporter (the 'sync bundle file' output path)",
    "walkthrough.reports.outputs": "calls the building summary, compilation, CSV and visit PDF paths above",
    "walkthrough.reports.summary_parts": "lays out the figures the engine gives it; decides nothing",
    "cli report": "writes PDFs only through walkthrough.reports.outputs (the PDF output paths above)",
    "cli export": "writes the CSV only through walkthrough.reports.outputs (the 'CSV export' output path)",
    "walkthrough.reports.answer_words": "puts one answer in words for a report; reads no records",
    "walkthrough.reports.words": "a report's phrases, dates and numbers in its language; reads no records",
    "walkthrough.reports.pdf.fonts": "registers the shipped fonts with reportlab; reads no records",
    "walkthrough.reports.pdf.styles": "paragraph styles; reads no records",
    "walkthrough.reports.pdf.document": "lays out what a report gives it on pages; decides nothing",
    "walkthrough.reports.pdf.charts": "draws the figures a report gives it; decides nothing",
    "walkthrough.reports.pdf.tables": "lays out the rows a report gives it; decides nothing",
    "walkthrough.sync.bundle": "writes the zip of what walkthrough.sync.exporter gives it; decides nothing",
    "walkthrough.sync.bundle_read": "reads bundles that come in; outputs nothing",
    "walkthrough.sync.importer": "imports bundles that come in; outputs nothing",
    "walkthrough.sync.folder": "writes this device's bundle only through walkthrough.sync.exporter",
    "walkthrough.sync.command": "the sync command: export through walkthrough.sync.exporter, import, folder",
    "walkthrough.reports.figures": "the figures' data classes; computed only by walkthrough.reports.engine",
    "walkthrough.reports.look_for_figure": "makes one look-for's figure from the tallies walkthrough.reports.engine "
                                           "gives it; reads no records",
    "walkthrough.reports.filters": "what a filter holds; selects nothing itself",
    "walkthrough.reports.coverage": "computes coverage over the columns walkthrough.reports.engine gives it "
                                    "(the dashboard output path) and the directory's rooms; no observation",
    "walkthrough.reports.visit_selection": "selects from the columns walkthrough.reports.engine gives it; reads "
                                           "no records itself",
    "walkthrough.reports.visits_behind": "finds the visits behind a figure in the columns walkthrough.reports.engine "
                                         "gives it; reads no records itself",
    "walkthrough.reports.ruled_visits": "reads answers from the columns walkthrough.reports.engine gives it; "
                                        "reads no records itself",
    "walkthrough.reports.stats": "Wilson and Newcombe intervals of numbers; reads no observations",
}

# The app's log (walkthrough.log) is an output: it must hold no note, reflection, focus or written answer of
# any visit. Proved through real actions in the window by this test file (it needs Qt, so it is in tests/ui);
# the Qt-free half is test_the_log_holds_none_of_the_private_visit below.
LOG_PROOF = "tests/ui/test_log_privacy.py"


def _modules(package: str) -> list[str]:
    pkg = importlib.import_module(package)
    return [m.name for m in pkgutil.walk_packages(pkg.__path__, prefix=f"{package}.") if not m.ispkg]


@pytest.mark.parametrize("package", ["walkthrough.reports", "walkthrough.sync"])
def test_every_report_and_sync_module_is_enumerated_here(package: str) -> None:
    known = {p.module for p in OUTPUT_PATHS} | set(NOT_AN_OUTPUT)
    missing = [m for m in _modules(package) if m not in known]
    assert not missing, f"add {missing} to OUTPUT_PATHS (or NOT_AN_OUTPUT, with a reason) in this file"


def test_every_cli_subcommand_is_enumerated_here() -> None:
    import argparse

    from walkthrough.cli import build_parser

    parser = build_parser()
    commands = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    names = {f"cli {name}" for action in commands for name in action.choices}
    known = {p.module for p in OUTPUT_PATHS} | set(NOT_AN_OUTPUT)
    missing = sorted(names - known)
    assert not missing, f"add {missing} to OUTPUT_PATHS (or NOT_AN_OUTPUT, with a reason) in this file"


def test_the_log_is_an_enumerated_output_with_its_proof() -> None:
    from pathlib import Path

    proof = Path(__file__).resolve().parents[3] / LOG_PROOF
    assert proof.is_file(), f"the log's privacy proof {LOG_PROOF} is missing"
    assert "leaked into the log" in proof.read_text(encoding="utf-8")


def test_the_log_holds_none_of_the_private_visit(s: Scenario, tmp_path: object) -> None:
    """Every store action of the scenario again, logged at the most verbose level, plus every field
    a careless caller could pass: no marker of the private visit reaches the log file."""
    import logging
    from pathlib import Path

    from walkthrough.log import setup_logging

    folder = Path(str(tmp_path)) / "logged"
    setup_logging(folder, verbose=True)
    root = logging.getLogger("walkthrough")
    try:
        obs = s.repo.begin_peer_notes(s.private.id, by=s.d.visitor.id)
        s.repo.add_peer_note(obs.id, NoteKind.WONDERING, NOTE, by=s.d.visitor.id)
        s.repo.set_peer_debrief(s.private.id, by=s.d.host.id, reflection=REFLECTION)
        s.repo.back_up()
        root.info("careless", extra={"event": {"event": "careless", "note": NOTE, "text": NOTE,
                                               "focus": FOCUS, "reflection": REFLECTION}})
        for handler in root.handlers:
            handler.flush()
        text = "".join(p.read_text(encoding="utf-8") for p in log_dir(folder).iterdir())
    finally:
        for handler in list(root.handlers):
            handler.close()
            root.removeHandler(handler)
    assert '"backup_made"' in text  # the log is written
    for marker in (NOTE, FOCUS, REFLECTION):
        assert marker not in text
