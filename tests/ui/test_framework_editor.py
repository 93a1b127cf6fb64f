"""The framework editor: edit, save, reload equal; reorder by drag and by keyboard; live problems in the words
of forms check; the preview at tablet size; and the issue's "done when" as one flow."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot
from role_helpers import first_admin
from round_helpers import small_school

from walkthrough.core.answers import visit_answers
from walkthrough.core.model import Role
from walkthrough.core.scoring import visit_scores
from walkthrough.storage import Repository
from walkthrough.ui.dialogs.framework_editor import FrameworkEditor
from walkthrough.ui.dialogs.framework_outline import KIND
from walkthrough.ui.dialogs.framework_preview import PreviewDialog
from walkthrough.ui.pages.dashboard import DashboardPage
from walkthrough.ui.widgets.framework_actions import FrameworkActions, ImportPreview, VersionHistory
from walkthrough.ui.widgets.instrument_controls import PairedControl
from walkthrough.ui.widgets.visit_view import VisitView

SHOTS = Path(os.environ["WALKTHROUGH_SHOTS"]) if os.environ.get("WALKTHROUGH_SHOTS") else None


@pytest.fixture
def coach(repo: Repository) -> str:
    school = repo.add_school("S", by=first_admin(repo).id)
    person = repo.add_person("Casey Coach", Role.COACH, school.id, by=first_admin(repo).id)
    repo.switch_profile(person.id)
    return person.id


def editor_for(qtbot: QtBot, repo: Repository, draft_id: str, coach: str) -> FrameworkEditor:
    editor = FrameworkEditor(repo, draft_id, coach)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def item_of(editor: FrameworkEditor, key: str) -> QTreeWidgetItem:
    found = [i for i in editor.tree.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
             if i.data(0, KIND) and i.data(0, KIND)[1].get("key") == key]
    assert found, key
    return found[0]


def choose(editor: FrameworkEditor, key: str) -> None:
    editor.tree.setCurrentItem(item_of(editor, key))


def type_into(qtbot: QtBot, widget: object, text: str) -> None:
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)


def test_edit_save_reload_is_equal(qtbot: QtBot, repo: Repository, coach: str) -> None:
    draft = repo.create_framework("ours", "Ours", by=coach)
    editor = editor_for(qtbot, repo, draft.id, coach)
    choose(editor, "look-for-1")
    type_into(qtbot, editor.look_for_form.prompt, "Students explain their thinking")
    editor.look_for_form.options.setPlainText("x")  # not used by presence: hidden, ignored by the check below
    editor.look_for_form.response.setCurrentText("choice")
    editor.look_for_form.options.setPlainText("Whole class | Everyone together | 0\nSmall groups | Three to five | 1")
    saved = repo.framework_draft(draft.id).document()
    assert saved == editor.document
    again = editor_for(qtbot, repo, draft.id, coach)
    assert again.document == editor.document
    lf = saved["sections"][0]["look_fors"][0]
    assert lf["prompt"] == "Students explain their thinking" and lf["options"][1] == {
        "label": "Small groups", "anchor": "Three to five", "value": 1}


def test_live_problems_use_the_words_of_forms_check(qtbot: QtBot, repo: Repository, coach: str) -> None:
    editor = editor_for(qtbot, repo, repo.create_framework("ours", "Ours", by=coach).id, coach)
    choose(editor, "look-for-1")
    editor.look_for_form.response.setCurrentText("rating")
    texts = [editor.problems.item(i).text() for i in range(editor.problems.count())]
    assert any("a rating look-for needs 'levels'" in t for t in texts)
    assert not editor.publish_button.isEnabled()
    editor.look_for_form.options.setPlainText("Low\nHigh")
    assert editor.publish_button.isEnabled()


def test_reorder_by_drag_and_by_keyboard(qtbot: QtBot, repo: Repository, coach: str) -> None:
    editor = editor_for(qtbot, repo, repo.create_framework("ours", "Ours", by=coach).id, coach)
    editor.add_look_for()
    editor.add_look_for()
    keys = lambda: [lf["key"] for lf in repo.framework_draft(editor.draft.id).document()["sections"][0]["look_fors"]]  # noqa: E731
    assert keys() == ["look-for-1", "look-for-2", "look-for-3"]
    choose(editor, "look-for-3")
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert keys() == ["look-for-1", "look-for-3", "look-for-2"]
    # A drag: what Qt's internal move does with the items, then the editor reads the order back.
    section = item_of(editor, "section-1")
    moved = section.takeChild(2)
    section.insertChild(0, moved)
    editor.outline_changed()
    assert keys() == ["look-for-2", "look-for-1", "look-for-3"]
    # A look-for dropped outside any section is put back, and said so.
    top = editor.tree.topLevelItem(0)
    assert top is not None
    stray = item_of(editor, "look-for-1")
    stray.parent().removeChild(stray)  # type: ignore[union-attr]
    top.addChild(stray)
    editor.outline_changed()
    assert keys() == ["look-for-2", "look-for-1", "look-for-3"] and "inside a section" in editor.status.text()


def test_the_preview_is_the_visit_screen_at_tablet_size(qtbot: QtBot, repo: Repository, coach: str) -> None:
    editor = editor_for(qtbot, repo, repo.create_framework("ours", "Ours", by=coach).id, coach)
    editor.preview()
    preview = editor.preview_dialog
    assert isinstance(preview, PreviewDialog)
    qtbot.addWidget(preview)
    assert isinstance(preview.visit_screen, VisitView)
    assert preview.visit_screen.size().width() == 1024
    assert "look-for-1" in preview.visit_screen.rows
    qtbot.mouseClick(preview.visit_screen.rows["look-for-1"].segments.buttons["observed"],  # type: ignore[union-attr]
                     Qt.MouseButton.LeftButton)
    assert repo.observation_count() == 0  # taps in the preview never reach the real database
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        for name in ("1024 × 768 (tablet)", "1280 × 800 (tablet)", "1920 × 1080 (laptop)"):
            preview.size_choice.setCurrentText(name)
            preview.grab().save(str(SHOTS / f"preview-{name.split(' ')[0]}.png"))
        for size in ((1024, 768), (1280, 800), (1920, 1080)):
            editor.resize(*size)
            choose(editor, "look-for-1")
            editor.grab().save(str(SHOTS / f"editor-{size[0]}x{size[1]}.png"))


def test_scores_typed_in_the_editor_read_back_as_written_and_problems_use_forms_check_words(
        qtbot: QtBot, repo: Repository, coach: str) -> None:
    editor = editor_for(qtbot, repo, repo.create_framework("ours", "Ours", by=coach).id, coach)
    editor.tree.setCurrentItem(editor.tree.topLevelItem(0))
    line = "met: Criteria met | count_met | look-for-1 | Beginning at 0; Proficient at 1"
    editor.framework_form.scores.setPlainText(line)
    saved = repo.framework_draft(editor.draft.id).document()
    assert saved["scores"] == [{"key": "met", "title": "Criteria met", "method": "count_met",
                                "look_fors": ["look-for-1"], "bands": [{"at_least": 0, "label": "Beginning"},
                                                                       {"at_least": 1, "label": "Proficient"}]}]
    again = editor_for(qtbot, repo, editor.draft.id, coach)
    again.tree.setCurrentItem(again.tree.topLevelItem(0))
    assert again.framework_form.scores.toPlainText() == line
    assert editor.publish_button.isEnabled()
    editor.framework_form.scores.setPlainText("met: Criteria met | count_met | no-such-look-for")
    texts = [editor.problems.item(i).text() for i in range(editor.problems.count())]
    assert any("no-such-look-for" in t for t in texts) and not editor.publish_button.isEnabled()


def test_a_spreadsheet_import_shows_every_problem_before_saving(qtbot: QtBot, repo: Repository, coach: str,
                                                                tmp_path: Path) -> None:
    sheet = tmp_path / "ours.csv"
    sheet.write_text("section,key,prompt,response\nEnv,a,The target is posted,banana\n", encoding="utf-8")
    actions = FrameworkActions(repo, lambda: None, lambda _k: None)
    qtbot.addWidget(actions)
    preview = actions.import_sheet(sheet)
    assert isinstance(preview, ImportPreview) and not preview.make.isEnabled()
    assert "row 2, column D (response)" in preview.list.item(0).text()
    assert repo.framework_drafts() == []


def test_done_when_a_coach_builds_publishes_walks_scores_and_versions(qtbot: QtBot, repo: Repository,
                                                                      coach: str) -> None:
    """The issue's "done when", through the editor and the visit screen."""
    d = small_school(repo, 5, profile=False)
    repo.switch_profile(coach)
    actions = FrameworkActions(repo, lambda: None, lambda _k: None)
    qtbot.addWidget(actions)
    editor = actions.open_editor(repo.create_framework("our-walk", "Our walk", by=coach).id)
    assert isinstance(editor, FrameworkEditor)
    qtbot.addWidget(editor)
    choose(editor, "look-for-1")
    type_into(qtbot, editor.look_for_form.key, "target-posted")
    type_into(qtbot, editor.look_for_form.prompt, "The learning target is posted")
    editor.add_look_for()  # a conditional item
    type_into(qtbot, editor.look_for_form.key, "target-used")
    type_into(qtbot, editor.look_for_form.prompt, "Students refer to the target")
    type_into(qtbot, editor.look_for_form.show_if, "target-posted = observed")
    editor.add_look_for()  # a paired look-for
    type_into(qtbot, editor.look_for_form.key, "talk")
    type_into(qtbot, editor.look_for_form.prompt, "Discourse")
    type_into(qtbot, editor.look_for_form.parts, "Teacher does; Students do")
    editor.add_look_for()  # a scored rating
    type_into(qtbot, editor.look_for_form.key, "questioning")
    type_into(qtbot, editor.look_for_form.prompt, "Questioning")
    editor.look_for_form.response.setCurrentText("rating")
    editor.look_for_form.options.setPlainText("Beginning | Recall only | 1\nDeveloping | Some open | 2\n"
                                              "Proficient | Mostly open | 3")
    editor.tree.setCurrentItem(editor.tree.topLevelItem(0))  # the framework itself: its scores
    editor.framework_form.scores.setPlainText("lesson: Lesson | mean | questioning | Proficient at 3")
    assert editor.document["scores"] == [{"key": "lesson", "title": "Lesson", "method": "mean",
                                          "look_fors": ["questioning"], "bands": [{"at_least": 3,
                                                                                   "label": "Proficient"}]}]
    editor.save()
    assert editor.publish_button.isEnabled(), [str(p) for p in editor.problems_found]
    editor.publish()
    first = repo.framework("our-walk")
    assert first.version == "1.0" and first.look_for("target-used").show_if

    round_ = repo.start_round(d.school.id, first, by=coach)
    view = VisitView(repo)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.open_round(round_.id)
    visits = []
    for level in (3, 2, 3, 1, 3):  # five rooms: enough for the dashboard to show a mean
        assert view.rows["target-used"].isHidden()
        qtbot.mouseClick(view.rows["target-posted"].segments.buttons["observed"], Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
        assert not view.rows["target-used"].isHidden()
        paired = view.rows["talk"].extra
        assert isinstance(paired, PairedControl)
        qtbot.mouseClick(paired.parts["teacher-does"].buttons["observed"], Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
        qtbot.mouseClick(view.rows["questioning"].segments.buttons[str(level)], Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
        assert view.observation is not None
        visits.append(view.observation)
        view.next_room()  # the last room's Next room finishes the round
    assert len({v.id for v in visits}) == 5 and view.observation is None
    first_visit = visits[0]
    computed = [visit_scores(first, visit_answers(first, repo.responses(v.id)))["lesson"] for v in visits]
    assert computed[0].value == 3 and computed[0].band == "Proficient"
    expected_mean = sum(s.value for s in computed if s.value is not None) / len(computed)
    proficient = sum(1 for s in computed if s.band == "Proficient")
    expected = f"5 scored: mean {expected_mean:.2f} · Proficient: {proficient} of 5"
    assert expected == "5 scored: mean 2.40 · Proficient: 3 of 5"
    assert dashboard_score(qtbot, repo, "Lesson") == expected  # the Dashboard page shows the walked scores

    editor = actions.open_editor(repo.edit_framework("our-walk", by=coach).id)
    assert isinstance(editor, FrameworkEditor)
    qtbot.addWidget(editor)
    choose(editor, "questioning")
    type_into(qtbot, editor.look_for_form.prompt, "Questions that push thinking")
    editor.publish()
    assert repo.framework_versions("our-walk") == ["1.0", "1.1"]
    history = VersionHistory(repo, "our-walk")
    qtbot.addWidget(history)
    assert any("reworded" in history.changes.item(i).text() for i in range(history.changes.count()))
    view.open_visit(first_visit.id)  # the old visit still shows what it meant
    assert view.rows["questioning"].prompt.text() == "Questioning"
    assert "Proficient" in view.rows["questioning"].chip.text()
    assert repo.observation(first_visit.id).framework_version == "1.0"
    assert dashboard_score(qtbot, repo, "Lesson") == expected  # the old visits still count, as they meant


def dashboard_score(qtbot: QtBot, repo: Repository, title: str) -> str:
    """What the Dashboard page says for a score, once its query (off the UI thread) has come back."""
    page = DashboardPage(repo)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    assert page.wait()
    qtbot.waitUntil(lambda: page.result is not None)
    table = page.look_fors
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.grab().save(str(SHOTS / f"dashboard-scores-{len(repo.framework_versions('our-walk'))}.png"))
    page.close()
    return rows[f"Score: {title}"]
