"""A framework whose answers follow rules (a default, a condition, segments) and that defines
scores: the engine's figures are those of core.answers and core.figures, visit by visit."""

from __future__ import annotations

import random
from pathlib import Path

from framework_samples import FULL
from role_helpers import first_admin

from walkthrough.core.answers import visit_answers
from walkthrough.core.figures import presence_figure, score_figure
from walkthrough.core.frameworks import parse_framework
from walkthrough.core.model import Role
from walkthrough.core.scoring import visit_score
from walkthrough.reports.engine import ReportEngine
from walkthrough.reports.filters import VisitFilter
from walkthrough.storage import Repository


def test_rules_and_scores_count_as_the_visit_screen_reads_them(tmp_path: Path) -> None:
    repo = Repository.open(tmp_path / "w.sqlite3")
    framework = parse_framework(FULL, "full.toml")
    repo.install_framework(framework, FULL)
    admin = first_admin(repo).id
    school = repo.add_school("Maple", by=admin).id
    coach = repo.add_person("Cy Moss", Role.COACH, school, by=admin).id
    room = repo.add_room(school, "Room 1", grade_band="3-5", by=admin).id
    rng = random.Random(4)
    visits = []
    for _ in range(30):
        visit = repo.start_observation("blast", framework, school, room_id=room, observer_id=coach, by=coach)
        if rng.random() < 0.6:
            repo.set_response(visit.id, "target-posted", "observed", by=coach)
        for key, values in (("target-referenced", ["observed", "not_observed"]), ("questioning", [1, 2, 3, 4]),
                            ("grouping", ["whole", "groups"])):
            if rng.random() < 0.8:
                repo.set_response(visit.id, key, rng.choice(values), by=coach)
        repo.complete_observation(visit.id, by=coach)
        visits.append(visit.id)
    engine = ReportEngine(repo)
    engine.refresh()
    [fw] = engine.figures(VisitFilter()).frameworks
    by_key = {lf.key: lf for lf in fw.look_fors}
    answers = [visit_answers(framework, repo.responses(v)) for v in visits]
    for key in ("target-posted", "target-referenced"):
        expected = presence_figure(a[key] for a in answers)
        found = by_key[key]
        assert found.presence is not None
        assert (found.presence.n, found.presence.total, found.not_applicable) == (
            expected.observed, expected.observed + expected.not_observed, expected.tally.not_applicable), key
    # The default makes every unmarked "target posted" a "not observed"; the condition hides "referenced".
    assert by_key["target-posted"].presence is not None and by_key["target-posted"].presence.total == 30
    assert by_key["target-referenced"].not_applicable > 0
    for score in framework.scores:
        expected_score = score_figure(score, [visit_score(score, framework, a) for a in answers])
        summary = next(s for s in fw.scores if s.key == score.key)
        assert summary.scored == len(expected_score.values)
        assert summary.mean == expected_score.mean
        assert dict(summary.bands) == expected_score.bands
    repo.close()
