"""The first run: a new data folder is set up in a few taps, from a roster file or the demo district."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog
from pytestqt.qtbot import QtBot

from walkthrough.core.framework_types import Mode
from walkthrough.core.model import Role
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.pages.first_run import FirstRunPage
from walkthrough.ui.settings import AppSettings

ROSTER = "Room,Teacher,E-mail,Grade band,Subject\n" + "".join(
    f"Room {n},Teacher {n},t{n}@cedar.org,{'K-2' if n <= 10 else '3-5'},General\n" for n in range(1, 21))


class Taps:
    """Counts what a person touches: a button, a field to type in, a file picked in the file dialog."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def tap(self, button: QAbstractButton) -> None:
        assert button.isVisible() and button.isEnabled(), button.text()
        self.count += 1
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def type_into_focused(self, widget: object, text: str) -> None:
        """Typing into the field the step put the cursor in: no tap."""
        from PySide6.QtWidgets import QLineEdit

        assert isinstance(widget, QLineEdit)
        self.qtbot.waitUntil(widget.hasFocus)
        self.qtbot.keyClicks(widget, text)


def _window(repo: Repository, qtbot: QtBot) -> tuple[MainWindow, FirstRunPage]:
    window = MainWindow(repo, first_run=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.first_run is not None and window.current_page_key() == "setup"
    assert not window.navigation.isVisible()
    return window, window.first_run


def test_a_school_of_20_rooms_from_a_roster_is_ready_for_a_round_in_under_12_taps(
    repo: Repository, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    roster = tmp_path / "cedar-park.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    taps = Taps(qtbot)
    window, setup = _window(repo, qtbot)

    def picked(*_args: object, **_kwargs: object) -> tuple[str, str]:
        taps.count += 2  # open the file dialog's folder, pick the file (double-tap)
        return str(roster), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", picked)
    taps.tap(setup.set_up_button)
    assert setup.step == "you" and not setup.next_button.isEnabled()
    taps.type_into_focused(setup.name, "Pat Rivera")
    taps.tap(setup.next_button)
    assert setup.step == "school"
    taps.type_into_focused(setup.school_name, "Cedar Park Elementary")
    taps.tap(setup.next_button)
    assert setup.step == "roster"
    taps.count -= 1  # the file dialog's two taps include the one on this button
    taps.tap(setup.roster_button)
    qtbot.waitUntil(lambda: setup.roster is not None, timeout=10_000)
    assert setup.roster_status.text() == "cedar-park.csv: 20 rooms and 20 teachers, ready to import."
    assert setup.next_button.text() == "Import and continue"
    taps.tap(setup.next_button)
    qtbot.waitUntil(lambda: setup.step == "frameworks", timeout=10_000)
    taps.tap(setup.next_button)  # Finish
    assert setup.step == "done"
    assert setup.done_text.text().startswith("Cedar Park Elementary: 20 rooms and 20 teachers, saved.")
    taps.tap(setup.next_button)  # Start a walkthrough
    assert window.current_page_key() == "walkthroughs" and window.navigation.isVisible()
    start = window.walkthroughs_page.start
    taps.tap(start.start)
    active = repo.active_round()
    assert active is not None
    assert taps.count < 12, taps.count
    # What the setup saved, as a second look at the database.
    [admin] = repo.people(Role.ADMINISTRATOR)
    assert admin.name == "Pat Rivera" and repo.current_profile() == admin
    [school] = repo.schools()
    assert len(repo.rooms(school.id)) == 20
    assert len(repo.people(Role.TEACHER)) == 20
    assert AppSettings().default_framework(Mode.BLAST) == start.framework.currentData()


def test_the_demo_district_is_made_off_the_ui_thread_and_opens_the_walkthroughs(
    repo: Repository, qtbot: QtBot
) -> None:
    window, setup = _window(repo, qtbot)
    setup.demo_button.click()
    assert not setup.demo_button.isEnabled()  # the window stays responsive while it is made
    assert "Making the demo district" in setup.message.text()
    qtbot.waitUntil(lambda: window.first_run is None, timeout=120_000)
    assert window.current_page_key() == "walkthroughs"
    assert len(repo.schools()) == 2 and repo.observation_count() > 0
    chooser = window.profile_button.dialog
    assert chooser.isVisible()  # who are you in the demo district?
    chooser.reject()


def test_each_step_is_saved_when_left_and_can_be_changed_going_back(repo: Repository, qtbot: QtBot) -> None:
    _, setup = _window(repo, qtbot)
    setup.set_up_button.click()
    setup.name.setText("Pat Rivera")
    setup.next_button.click()
    [admin] = repo.people(Role.ADMINISTRATOR)  # saved as the step is left
    setup.back_button.click()
    setup.name.setText("Pat Rivera-Lopez")
    setup.next_button.click()
    assert [p.name for p in repo.people(Role.ADMINISTRATOR)] == ["Pat Rivera-Lopez"]
    setup.district.setText("Riverside Unified")
    setup.school_name.setText("Cedar Park")
    setup.next_button.click()
    setup.back_button.click()
    setup.school_name.setText("Cedar Park Elementary")
    setup.next_button.click()
    assert [s.name for s in repo.schools()] == ["Cedar Park Elementary"]
    assert repo.district_name() == "Riverside Unified"
    assert admin.id == repo.people(Role.ADMINISTRATOR)[0].id


def test_rooms_can_be_typed_and_every_problem_is_named_by_line(repo: Repository, qtbot: QtBot) -> None:
    _, setup = _window(repo, qtbot)
    setup.set_up_button.click()
    setup.name.setText("Pat Rivera")
    setup.next_button.click()
    setup.school_name.setText("Cedar Park Elementary")
    setup.next_button.click()
    setup.typed.setPlainText("Room 1, Ana Diallo, K-2\nRoom 2, Ben Ortiz, purple\nRoom 1, Cy Moss")
    problems = [setup.roster_problems.item(i).text() for i in range(1, setup.roster_problems.count())]
    assert problems == [
        "line 2 (grade band): 'purple' is not a grade band the app knows (K-2, 3-5, 6-8, 9-12, or one grade from "
        "PK and K to 12)",
        "line 3 (room): 'Room 1' is already on line 1; each room once",
    ]
    assert setup.next_button.text() == "Skip for now"  # nothing is imported while a problem is left
    setup.typed.setPlainText("Room 1, Ana Diallo, K-2\nRoom 2, Ben Ortiz, 3-5")
    assert setup.next_button.isEnabled() and setup.next_button.text() == "Import and continue"
    setup.next_button.click()
    qtbot.waitUntil(lambda: setup.step == "frameworks", timeout=10_000)
    [school] = repo.schools()
    assert [(r.name, r.grade_band) for r in repo.rooms(school.id)] == [("Room 1", "K-2"), ("Room 2", "3-5")]


def test_a_roster_with_problems_can_be_skipped_and_nothing_of_it_is_saved(repo: Repository, qtbot: QtBot,
                                                                          tmp_path: Path) -> None:
    (tmp_path / "bad.csv").write_text(ROSTER + "Room 1,Eve,eve@c.org,K-2,Art\n", encoding="utf-8")
    _, setup = _window(repo, qtbot)
    setup.set_up_button.click()
    setup.name.setText("Pat Rivera")
    setup.next_button.click()
    setup.school_name.setText("Cedar Park Elementary")
    setup.next_button.click()
    setup.choose_roster_file(tmp_path / "bad.csv")
    qtbot.waitUntil(lambda: setup.roster is not None, timeout=10_000)
    assert setup.roster_problems.item(1).text() == \
        "row 22, column A (room): 'Room 1' is already on row 2; each room once"
    assert setup.next_button.text() == "Skip for now"
    setup.next_button.click()
    assert setup.step == "frameworks"
    [school] = repo.schools()
    assert repo.rooms(school.id) == []


def test_a_setup_without_rooms_ends_in_the_school_directory(repo: Repository, qtbot: QtBot) -> None:
    window, setup = _window(repo, qtbot)
    setup.set_up_button.click()
    setup.name.setText("Pat Rivera")
    setup.next_button.click()
    setup.school_name.setText("Cedar Park Elementary")
    setup.next_button.click()
    setup.next_button.click()  # no roster: later
    setup.next_button.click()  # Finish
    assert setup.next_button.text() == "Add rooms in School directory"
    setup.next_button.click()
    assert window.current_page_key() == "directory"


def test_the_setup_opens_on_its_welcome_alone_and_builds_the_other_steps_when_it_leaves_it(
    repo: Repository, qtbot: QtBot
) -> None:
    setup = FirstRunPage(repo)
    qtbot.addWidget(setup)
    assert setup.step == "welcome" and setup.steps.count() == 1
    setup.set_up_button.click()
    assert setup.step == "you" and setup.steps.count() == 6
    assert not setup.next_button.isEnabled()  # no name typed yet
    setup.name.setText("Pat Rivera")
    assert setup.next_button.isEnabled()
