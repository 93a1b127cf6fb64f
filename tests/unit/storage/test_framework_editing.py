"""Frameworks written in the app: drafts, publishing, frozen versions, retiring, who may; answers of the new
kinds stored and counted."""

from __future__ import annotations

import pytest
from framework_samples import FULL
from role_helpers import first_admin
from round_helpers import small_school

from walkthrough.core.answers import visit_answers
from walkthrough.core.figures import look_for_identities, presence_figure, score_figure
from walkthrough.core.framework_diff import ChangeKind, diff
from walkthrough.core.frameworks import parse_framework
from walkthrough.core.model import Role
from walkthrough.core.scoring import visit_scores
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.storage.framework_edit_store import FrameworkNotAllowed, PublishRefused


@pytest.fixture
def coach(repo: Repository) -> str:
    school = repo.add_school("S", by=first_admin(repo).id)
    return repo.add_person("Casey Coach", Role.COACH, school.id, by=first_admin(repo).id).id


def _lf(document: dict, key: str) -> dict:
    for section in document["sections"]:
        for lf in section.get("look_fors", []):
            if lf["key"] == key:
                return lf
    raise KeyError(key)


def test_a_new_framework_is_a_draft_until_published(repo: Repository, coach: str) -> None:
    draft = repo.create_framework("our-look-fors", "Our look-fors", by=coach)
    assert "our-look-fors" not in [f.id for f in repo.frameworks()]
    published = repo.publish_framework_draft(draft.id, by=coach)
    assert published.version == "1.0" and "our-look-fors" in [f.id for f in repo.frameworks()]
    assert repo.draft_of("our-look-fors") is None
    [info] = repo.version_history("our-look-fors")
    assert info.published_by == coach and info.published_at


def test_edit_save_reload_is_equal(repo: Repository, coach: str, tmp_path: object) -> None:
    draft = repo.create_framework("ours", "Ours", by=coach)
    document = draft.document()
    _lf(document, "look-for-1")["prompt"] = "Students explain their thinking"
    _lf(document, "look-for-1")["show_if"] = {"look_for": "look-for-1", "answered": True}
    del _lf(document, "look-for-1")["show_if"]
    saved = repo.save_framework_draft(draft.id, document, by=coach)
    assert repo.framework_draft(saved.id).document() == document


def test_a_published_version_edited_becomes_a_new_version_and_old_visits_still_resolve(
        repo: Repository, coach: str) -> None:
    d = small_school(repo)
    draft = repo.create_framework("ours", "Ours", by=coach)
    first = repo.publish_framework_draft(draft.id, by=coach)
    visit = repo.start_observation("blast", first, d.school.id, room_id=d.rooms[0].id, by=first_admin(repo).id)
    repo.set_response(visit.id, "look-for-1", "observed", by=first_admin(repo).id)
    edit = repo.edit_framework("ours", by=coach)
    assert edit.version == "1.1" and edit.based_on == "1.0"
    document = edit.document()
    _lf(document, "look-for-1")["prompt"] = "Reworded prompt"
    repo.save_framework_draft(edit.id, document, by=coach)
    second = repo.publish_framework_draft(edit.id, by=coach)
    assert repo.framework_versions("ours") == ["1.0", "1.1"]
    old = repo.observation_framework(repo.observation(visit.id))
    assert old.version == "1.0" and old.look_for("look-for-1").prompt == "Something you can see or hear"
    assert second.look_for("look-for-1").prompt == "Reworded prompt"
    assert [c.kind for c in diff(first, second)] == [ChangeKind.SETTING, ChangeKind.REWORDED]  # version, prompt


def test_publishing_refuses_a_draft_with_problems_with_the_check_messages(repo: Repository, coach: str) -> None:
    draft = repo.create_framework("ours", "Ours", by=coach)
    document = draft.document()
    _lf(document, "look-for-1")["response"] = "banana"
    repo.save_framework_draft(draft.id, document, by=coach)
    with pytest.raises(PublishRefused, match="unknown response type 'banana'"):
        repo.publish_framework_draft(draft.id, by=coach)
    assert repo.framework_versions("ours") == []


def test_a_published_version_number_is_never_reused(repo: Repository, coach: str) -> None:
    draft = repo.create_framework("ours", "Ours", by=coach)
    repo.publish_framework_draft(draft.id, by=coach)
    edit = repo.edit_framework("ours", by=coach)
    document = edit.document()
    document["version"] = "1.0"
    repo.save_framework_draft(edit.id, document, by=coach)
    with pytest.raises(PublishRefused, match="already published"):
        repo.publish_framework_draft(edit.id, by=coach)


def test_retiring_keeps_the_look_for_for_history_and_hides_it_from_new_visits(repo: Repository, coach: str) -> None:
    d = small_school(repo)
    text = FULL.replace('key = "old-item"\nprompt = "An item no longer used"\nresponse = "presence"\nretired = true\n',
                        'key = "old-item"\nprompt = "An item no longer used"\nresponse = "presence"\n')
    first = parse_framework(text, "full.toml")
    repo.install_framework(first, text)
    old_visit = repo.start_observation("blast", first, d.school.id, room_id=d.rooms[0].id, by=first_admin(repo).id)
    repo.set_response(old_visit.id, "old-item", "observed", by=first_admin(repo).id)
    repo.retire_look_for("full-instrument", "old-item", by=coach)
    newer = repo.publish_framework_draft(repo.draft_of("full-instrument").id, by=coach)  # type: ignore[union-attr]
    assert newer.look_for("old-item").retired and "old-item" not in [lf.key for lf in newer.active_look_fors]
    new_visit = repo.start_observation("blast", newer, d.school.id, room_id=d.rooms[1].id, by=first_admin(repo).id)
    with pytest.raises(ValueError, match="retired"):
        repo.set_response(new_visit.id, "old-item", "observed", by=first_admin(repo).id)
    assert repo.response(old_visit.id, "old-item").value == "observed"
    assert any(c.kind is ChangeKind.RETIRED for c in diff(first, newer))


def test_a_renamed_key_is_the_same_look_for_across_versions(repo: Repository, coach: str) -> None:
    draft = repo.create_framework("ours", "Ours", by=coach)
    first = repo.publish_framework_draft(draft.id, by=coach)
    edit = repo.edit_framework("ours", by=coach)
    document = edit.document()
    _lf(document, "look-for-1").update({"key": "students-explain", "former_keys": ["look-for-1"]})
    repo.save_framework_draft(edit.id, document, by=coach)
    second = repo.publish_framework_draft(edit.id, by=coach)
    ids = look_for_identities([first, second])
    assert ids[("1.0", "look-for-1")] == ids[("1.1", "students-explain")] == "students-explain"
    assert [c.kind for c in diff(first, second)] == [ChangeKind.SETTING, ChangeKind.RENAMED]


def test_counts_across_versions_by_key(repo: Repository, coach: str) -> None:
    d = small_school(repo)
    first = repo.publish_framework_draft(repo.create_framework("ours", "Ours", by=coach).id, by=coach)
    edit = repo.edit_framework("ours", by=coach)
    document = edit.document()
    _lf(document, "look-for-1")["prompt"] = "Reworded"
    repo.save_framework_draft(edit.id, document, by=coach)
    second = repo.publish_framework_draft(edit.id, by=coach)
    for framework, value in ((first, "observed"), (second, "observed"), (second, "not_observed")):
        visit = repo.start_observation("blast", framework, d.school.id, room_id=d.rooms[0].id, by=first_admin(repo).id)
        repo.set_response(visit.id, "look-for-1", value, by=first_admin(repo).id)
    ids = look_for_identities([first, second])
    answers = []
    for visit in repo.observations(kind="blast"):
        framework = repo.observation_framework(visit)
        for key, answer in visit_answers(framework, repo.responses(visit.id)).items():
            if ids[(framework.version, key)] == "look-for-1":
                answers.append(answer)
    figure = presence_figure(answers)
    assert (figure.observed, figure.not_observed, figure.share) == (2, 1, pytest.approx(2 / 3))


@pytest.mark.parametrize("role", [Role.TEACHER, Role.SUBSTITUTE])
def test_only_administrators_and_coaches_may_change_frameworks(repo: Repository, role: Role) -> None:
    school = repo.add_school("S", by=first_admin(repo).id)
    other = repo.add_person("Someone", role, school.id, by=first_admin(repo).id)
    coach = repo.add_person("Casey", Role.COACH, school.id, by=first_admin(repo).id)
    draft = repo.create_framework("ours", "Ours", by=coach.id)
    for attempt in (lambda: repo.create_framework("x", "X", by=other.id),
                    lambda: repo.save_framework_draft(draft.id, draft.document(), by=other.id),
                    lambda: repo.publish_framework_draft(draft.id, by=other.id),
                    lambda: repo.edit_framework("blast-empowered-learning", by=other.id),
                    lambda: repo.retire_look_for("blast-empowered-learning", "x", by=other.id),
                    lambda: repo.import_framework_files([], by=other.id),
                    lambda: repo.create_framework("y", "Y", by=None)):
        with pytest.raises(FrameworkNotAllowed):
            attempt()
    assert repo.framework_versions("ours") == [] and repo.draft_of("x") is None


def test_the_id_of_a_published_framework_never_changes(repo: Repository, coach: str) -> None:
    edit = repo.edit_framework("blast-empowered-learning", by=coach)
    document = edit.document()
    document["id"] = "renamed"
    with pytest.raises(StoreError, match="never changes"):
        repo.save_framework_draft(edit.id, document, by=coach)


# The new kinds of answer, stored and counted --------------------------------------------------------

@pytest.fixture
def full(repo: Repository):  # type: ignore[no-untyped-def]
    framework = parse_framework(FULL, "full.toml")
    repo.install_framework(framework, FULL)
    return repo.framework("full-instrument")


def test_new_answers_are_stored_and_scored(repo: Repository, full) -> None:  # type: ignore[no-untyped-def]
    d = small_school(repo)
    visit = repo.start_observation("blast", full, d.school.id, room_id=d.rooms[0].id, by=first_admin(repo).id)
    repo.record_response(visit.id, "target-posted", "observed", by=first_admin(repo).id)
    repo.record_response(visit.id, "target-referenced", "observed", by=first_admin(repo).id)
    repo.record_response(visit.id, "talk", {"teacher": "observed", "students": "observed"}, by=first_admin(repo).id)
    repo.record_response(visit.id, "questioning", 3, by=first_admin(repo).id)
    repo.record_response(visit.id, "grouping", "groups", by=first_admin(repo).id)
    repo.record_response(visit.id, "students-present", 22, by=first_admin(repo).id)
    repo.record_response(visit.id, "on-task", {"0": {"on-task": 18, "off-task": 4}}, by=first_admin(repo).id)
    repo.record_response(visit.id, "activities", {"5": ["writing", "talking"]}, by=first_admin(repo).id)
    repo.record_response(visit.id, "engaged#2", "observed", by=first_admin(repo).id)
    scores = visit_scores(full, visit_answers(full, repo.responses(visit.id)))
    assert scores["criteria"].value == 4 and scores["criteria"].band == "Proficient"
    assert scores["lesson-score"].value == pytest.approx(2.0)
    figure = score_figure(full.score("criteria"), scores.values() if False else [scores["criteria"]])
    assert figure.share_at_least("Proficient") == 1.0


@pytest.mark.parametrize(("key", "value", "why"), [
    ("students-present", 41, "above the most allowed"),
    ("students-present", 2.5, "whole number"),
    ("talk", {"parents": "observed"}, "not one of its parts"),
    ("on-task", {"3": {"on-task": 2}}, "not one of its prompt minutes"),
    ("engaged", "observed", "answered per segment"),
    ("engaged#4", "observed", "has no look-for"),
    ("hallways", "observed", "once for the whole round"),
    ("hallways", None, "once for the whole round"),
    ("old-item", "observed", "retired"),
])
def test_answers_that_do_not_fit_are_refused(repo: Repository, full, key: str, value: object,  # type: ignore[no-untyped-def]
                                             why: str) -> None:
    d = small_school(repo)
    visit = repo.start_observation("blast", full, d.school.id, room_id=d.rooms[0].id, by=first_admin(repo).id)
    with pytest.raises(StoreError, match=why):
        repo.record_response(visit.id, key, value, by=first_admin(repo).id)
    assert repo.responses(visit.id) == {}


def test_hidden_conditional_items_count_as_not_applicable_never_not_observed(repo: Repository, full) -> None:  # type: ignore[no-untyped-def]
    d = small_school(repo)
    visit = repo.start_observation("blast", full, d.school.id, room_id=d.rooms[0].id, by=first_admin(repo).id)
    repo.record_response(visit.id, "target-posted", "observed", by=first_admin(repo).id)
    repo.record_response(visit.id, "target-referenced", "not_observed", by=first_admin(repo).id)
    # the condition no longer holds:
    repo.record_response(visit.id, "target-posted", "not_observed", by=first_admin(repo).id)
    answer = visit_answers(full, repo.responses(visit.id))["target-referenced"]
    figure = presence_figure([answer])
    assert answer.hidden and figure.not_observed == 0 and figure.tally.not_applicable == 1
    assert repo.response(visit.id, "target-referenced").value == "not_observed"  # kept, should it show again


def test_round_answers_are_given_once_for_the_round(repo: Repository, full) -> None:  # type: ignore[no-untyped-def]
    d = small_school(repo)
    round_ = repo.start_round(d.school.id, full, by=d.observer.id)
    repo.record_round_response(round_.id, "hallways", "observed", by=first_admin(repo).id)
    repo.next_room(round_.id, by=first_admin(repo).id)
    assert repo.round_responses(round_.id)["hallways"].value == "observed"
    with pytest.raises(StoreError, match="in each room"):
        repo.record_round_response(round_.id, "engaged#1", "observed", by=first_admin(repo).id)
    with pytest.raises(StoreError, match="does not allow 'not applicable'"):
        repo.record_round_response(round_.id, "hallways", None, not_applicable=True, by=first_admin(repo).id)


def test_several_notes_per_look_for_and_a_note_about_several(repo: Repository, full) -> None:  # type: ignore[no-untyped-def]
    d = small_school(repo)
    visit = repo.start_observation("blast", full, d.school.id, room_id=d.rooms[0].id, by=first_admin(repo).id)
    repo.save_look_for_note(visit.id, "note-a", ["talk"], "Partners explain", by=first_admin(repo).id)
    repo.save_look_for_note(visit.id, "note-b", ["talk"], "Teacher asks why", by=first_admin(repo).id)
    # saving again: harmless
    repo.save_look_for_note(visit.id, "note-b", ["talk"], "Teacher asks why, twice", by=first_admin(repo).id)
    assert [n.text for n in repo.look_for_notes(visit.id, "talk")] == ["Partners explain", "Teacher asks why, twice"]
    with pytest.raises(StoreError, match="takes no notes"):
        repo.save_look_for_note(visit.id, "note-c", ["talk", "grouping"], "About both", by=first_admin(repo).id)
    repo.save_look_for_note(visit.id, "note-a", ["talk"], "", by=first_admin(repo).id)
    assert [n.id for n in repo.look_for_notes(visit.id, "talk")] == ["note-b"]
