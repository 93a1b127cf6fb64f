"""The plain-text export of one peer visit, for its host and visitor."""

from __future__ import annotations

import pytest
from peer_helpers import FOCUS, NOTE, PeerDistrict, make_district, planned_visit

from walkthrough.core.model import NoteKind
from walkthrough.reports.visit_text import NOT_AN_EVALUATION, VisitDocumentRefused, suggested_file_name, visit_text
from walkthrough.storage import Repository


@pytest.fixture
def d(repo: Repository) -> PeerDistrict:
    return make_district(repo)


def test_the_text_holds_focus_notes_by_kind_look_fors_seen_and_the_debrief(repo: Repository, d: PeerDistrict) -> None:
    visit = planned_visit(repo, d)
    obs = repo.begin_peer_notes(visit.id, by=d.visitor.id)
    repo.add_peer_note(obs.id, NoteKind.NOTICING, NOTE, by=d.visitor.id, minute=3)
    repo.add_peer_note(obs.id, NoteKind.WONDERING, "I wonder how pairs were chosen.", by=d.visitor.id, minute=9)
    repo.add_peer_note(obs.id, NoteKind.EVIDENCE, "Both partners spoke in 5 of 6 pairs.\nOne pair wrote only.",
                       by=d.visitor.id, minute=12, look_for_key="seen-student-talk")
    repo.mark_peer_seen(obs.id, "seen-student-talk", True, by=d.visitor.id)
    repo.set_peer_debrief(visit.id, by=d.host.id, reflection="More talk than I thought.", next_step="Talk stems.")
    text = visit_text(repo, obs.id, d.visitor.id)
    assert text.startswith("Peer visit: Ana Diallo visiting Ben Ito's class\n")
    assert NOT_AN_EVALUATION in text
    assert "Tuesday 14 October 2025, 09:10–09:55 (Period 2)" in text
    assert f"  {FOCUS}" in text
    assert f"  min  3  {NOTE}" in text
    assert "  min  9  I wonder how pairs were chosen." in text
    assert "  min 12  Both partners spoke in 5 of 6 pairs.  [Students talking with each other" in text
    assert "\n          One pair wrote only.\n" in text
    assert "  * Students talking with each other about the learning" in text
    assert "More talk than I thought." in text and "Talk stems." in text
    assert text.index("\nEvidence for the host's focus\n") < text.index("\nNoticings\n") < text.index("\nWonderings\n")
    for word in ("rating", "score", "proficient", "effective"):
        assert word not in text.lower()


def test_anyone_else_is_refused(repo: Repository, d: PeerDistrict) -> None:
    obs = repo.begin_peer_notes(planned_visit(repo, d).id, by=d.visitor.id)
    for viewer in (None, d.outsider.id, d.coach.id, d.second_visitor.id):
        with pytest.raises(VisitDocumentRefused):
            visit_text(repo, obs.id, viewer)
    assert visit_text(repo, obs.id, d.host.id)


def test_the_suggested_file_name(repo: Repository, d: PeerDistrict) -> None:
    obs = repo.begin_peer_notes(planned_visit(repo, d).id, by=d.visitor.id)
    assert suggested_file_name(repo, obs.id) == "peer-visit-2025-10-14-ben-ito.txt"
