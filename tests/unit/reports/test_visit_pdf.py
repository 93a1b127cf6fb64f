"""The visit feedback PDF: one visit, for the teacher, read back with pdftotext and pdffonts."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_helpers import assert_every_page_drawn, assert_fonts_embedded, pdf_text
from peer_helpers import FOCUS, NOTE, PeerDistrict, make_district, planned_visit

from walkthrough.core.model import NoteKind, Observation, Role
from walkthrough.reports.visit_pdf import VisitDocumentRefused, suggested_pdf_name, visit_feedback_pdf
from walkthrough.storage import Repository

REFLECTION = "Partners talked more than I expected."
NEXT_STEP = "Try sentence stems next week (next-step-e1)."


@pytest.fixture
def d(repo: Repository) -> PeerDistrict:
    return make_district(repo)


def _peer(repo: Repository, d: PeerDistrict) -> Observation:
    visit = planned_visit(repo, d)
    obs = repo.begin_peer_notes(visit.id, by=d.visitor.id)
    repo.add_peer_note(obs.id, NoteKind.NOTICING, NOTE, by=d.visitor.id, minute=3)
    repo.add_peer_note(obs.id, NoteKind.WONDERING, "¿Cómo se formaron las parejas?", by=d.visitor.id, minute=9)
    repo.add_peer_note(obs.id, NoteKind.EVIDENCE, "Both partners spoke in 5 of 6 pairs.", by=d.visitor.id,
                       minute=12, look_for_key="seen-student-talk")
    repo.mark_peer_seen(obs.id, "seen-student-talk", True, by=d.visitor.id)
    repo.set_peer_debrief(visit.id, by=d.host.id, reflection=REFLECTION, next_step=NEXT_STEP)
    return repo.observation(obs.id)


def _blast(repo: Repository, d: PeerDistrict) -> Observation:
    teacher = repo.add_person("Zoë Nguyễn", Role.TEACHER, d.school.id, by=d.admin.id)
    room = repo.add_room(d.school.id, "Room 3 Peña", teacher_id=teacher.id, grade_band="K-2", by=d.admin.id)
    obs = repo.start_observation("blast", repo.framework("blast-empowered-learning"), d.school.id, room_id=room.id,
                                 teacher_id=teacher.id, started_at="2025-10-14T13:00:00.000+00:00", by=d.admin.id)
    repo.set_response(obs.id, "norms-in-use", "observed", by=d.admin.id)
    repo.set_response(obs.id, "resources-independent", "not_observed", by=d.admin.id)
    repo.set_response(obs.id, "engaged", "most", by=d.admin.id)
    repo.set_response_note(obs.id, "norms-in-use", "Students took turns at the supply table.", by=d.admin.id)
    return repo.observation(obs.id)


def test_a_blast_visit_feedback_lists_the_look_fors_seen_and_its_notes(repo: Repository, d: PeerDistrict,
                                                                      tmp_path: Path) -> None:
    obs = _blast(repo, d)
    path = tmp_path / "blast.pdf"
    visit_feedback_pdf(repo, obs.id, d.admin.id, path)
    got = pdf_text(path)
    assert "Walkthrough visit to Zoë Nguyễn's class" in got and "Room 3 Peña" in got
    seen = got[got.index("Look-fors seen"):got.index("Also recorded")]
    assert "Students follow shared norms or agreements without reminders" in seen
    assert "Students use resources" not in seen  # not observed is not a look-for seen
    assert "Students took turns at the supply table." in got
    assert "Share of students actively working on the learning task" in got and "Most" in got
    assert_fonts_embedded(path)
    assert_every_page_drawn(path, tmp_path / "png")


def test_a_peer_visit_feedback_opens_with_the_focus_and_holds_notes_and_reflection_only(
    repo: Repository, d: PeerDistrict, tmp_path: Path
) -> None:
    obs = _peer(repo, d)
    path = tmp_path / "peer.pdf"
    visit_feedback_pdf(repo, obs.id, d.host.id, path)
    got = pdf_text(path)
    body = got[got.index("The host's focus"):]
    assert body.index(FOCUS[:40]) < body.index("Noticings")
    assert NOTE in got.replace("\n", " ")
    assert "¿Cómo se formaron las parejas?" in got
    assert "min 12" in got and "Both partners spoke in 5 of 6 pairs." in got
    assert REFLECTION in got
    assert "Tuesday 14 October 2025, 09:10–09:55 (Period 2)" in got
    assert NEXT_STEP not in got  # the reflection only
    assert "Look-fors seen" not in got  # no tallies in a peer visit's feedback
    for word in ("rating", "score", "proficient", "effective"):
        assert word not in got.lower()
    assert_fonts_embedded(path)
    assert_every_page_drawn(path, tmp_path / "png")


@pytest.mark.parametrize("who", ["outsider", "coach", "admin", "nobody"])
def test_only_the_host_or_the_visitor_may_make_a_private_peer_visit_feedback(
    repo: Repository, d: PeerDistrict, tmp_path: Path, who: str
) -> None:
    obs = _peer(repo, d)
    viewer = None if who == "nobody" else getattr(d, who).id
    path = tmp_path / "refused.pdf"
    with pytest.raises(VisitDocumentRefused, match="only the host and the visitor"):
        visit_feedback_pdf(repo, obs.id, viewer, path)
    assert not path.exists()


def test_the_visitor_may_make_it_too(repo: Repository, d: PeerDistrict, tmp_path: Path) -> None:
    obs = _peer(repo, d)
    visit_feedback_pdf(repo, obs.id, d.visitor.id, tmp_path / "v.pdf")
    assert FOCUS[:30] in pdf_text(tmp_path / "v.pdf")


def test_the_file_name_is_plain_letters(repo: Repository, d: PeerDistrict) -> None:
    obs = _blast(repo, d)
    assert suggested_pdf_name(repo, obs.id) == "visit-feedback-2025-10-14-zoe-nguyen.pdf"
