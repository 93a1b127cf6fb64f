"""Who is using the app: the chooser, PINs, adding yourself, and the status-bar button."""

from __future__ import annotations

import pytest
from peer_helpers import PeerDistrict, make_district
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from walkthrough.core.model import Role
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.ui.dialogs.profile import PinDialog, ProfileDialog
from walkthrough.ui.widgets.profile_button import ProfileButton


@pytest.fixture
def d(repo: Repository) -> PeerDistrict:
    return make_district(repo)


def dialog(repo: Repository, qtbot: QtBot) -> ProfileDialog:
    made = ProfileDialog(repo)
    qtbot.addWidget(made)
    made.open()
    return made


def test_choosing_a_profile_without_a_pin(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    chooser = dialog(repo, qtbot)
    assert chooser.chosen_id() is None and not chooser.use_button.isEnabled()
    chooser.choose(d.visitor.id)
    assert not chooser.pin.isVisible()
    with qtbot.waitSignal(chooser.accepted):
        qtbot.mouseClick(chooser.use_button, Qt.MouseButton.LeftButton)
    assert repo.current_profile() == repo.person(d.visitor.id)


def test_a_profile_with_a_pin_asks_for_it_and_refuses_a_wrong_one(repo: Repository, d: PeerDistrict,
                                                                  qtbot: QtBot) -> None:
    repo.set_pin(d.host.id, "2468", by=d.host.id)
    chooser = dialog(repo, qtbot)
    chooser.choose(d.host.id)
    assert chooser.pin.isVisible()
    qtbot.keyClicks(chooser.pin, "1111")
    qtbot.mouseClick(chooser.use_button, Qt.MouseButton.LeftButton)
    assert "not Ben Ito's" in chooser.problem.text() and repo.current_profile() is None
    assert chooser.isVisible()
    chooser.pin.clear()
    qtbot.keyClicks(chooser.pin, "2468")
    with qtbot.waitSignal(chooser.accepted):
        qtbot.keyClick(chooser.pin, Qt.Key.Key_Return)
    assert repo.current_profile() == repo.person(d.host.id)


def test_searching_filters_the_people(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    chooser = dialog(repo, qtbot)
    qtbot.keyClicks(chooser.search, "dial")
    shown = [chooser.people.item(i).text() for i in range(chooser.people.count())
             if not chooser.people.item(i).isHidden()]
    assert shown == ["Ana Diallo (teacher)"]


def test_add_me_makes_a_teacher_never_an_administrator(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    chooser = dialog(repo, qtbot)
    assert not hasattr(chooser, "new_role")  # no role to pick: an administrator changes roles
    assert "makes you a teacher" in chooser.add_note.text()
    qtbot.keyClicks(chooser.new_name, "Zoe Xu")
    qtbot.mouseClick(chooser.add_button, Qt.MouseButton.LeftButton)
    person = repo.current_profile()
    assert person is not None and (person.name, person.role, person.school_id) == ("Zoe Xu", Role.TEACHER,
                                                                                  d.school.id)


def test_signing_out_leaves_nobody(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    repo.switch_profile(d.host.id)
    chooser = dialog(repo, qtbot)
    qtbot.mouseClick(chooser.sign_out_button, Qt.MouseButton.LeftButton)
    assert repo.current_profile() is None


def test_setting_changing_and_removing_my_pin(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    pins = PinDialog(repo, d.host)
    qtbot.addWidget(pins)
    qtbot.keyClicks(pins.new_pin, "1234")
    qtbot.keyClicks(pins.repeat_pin, "1299")
    qtbot.mouseClick(pins.set_button, Qt.MouseButton.LeftButton)
    assert "not the same" in pins.problem.text() and not repo.has_pin(d.host.id)
    pins.repeat_pin.clear()
    qtbot.keyClicks(pins.repeat_pin, "1234")
    qtbot.mouseClick(pins.set_button, Qt.MouseButton.LeftButton)
    assert repo.has_pin(d.host.id)
    with pytest.raises(StoreError, match="not Ben Ito's"):
        repo.switch_profile(d.host.id, "0000")
    assert repo.switch_profile(d.host.id, "1234") == repo.person(d.host.id)
    change = PinDialog(repo, d.host)
    qtbot.addWidget(change)
    qtbot.keyClicks(change.old_pin, "9999")
    qtbot.mouseClick(change.remove_button, Qt.MouseButton.LeftButton)
    assert "not right" in change.problem.text() and repo.has_pin(d.host.id)
    change.old_pin.clear()
    qtbot.keyClicks(change.old_pin, "1234")
    qtbot.mouseClick(change.remove_button, Qt.MouseButton.LeftButton)
    assert not repo.has_pin(d.host.id)


def test_the_profile_button_shows_who_and_asks_when_nobody(repo: Repository, d: PeerDistrict, qtbot: QtBot) -> None:
    profile = ProfileButton(repo)
    qtbot.addWidget(profile)
    assert profile.text() == "Who is using the app? Choose your profile" and profile.property("primary")
    chooser = profile.choose()
    chooser.choose(d.host.id)
    with qtbot.waitSignal(profile.profile_changed):
        qtbot.mouseClick(chooser.use_button, Qt.MouseButton.LeftButton)
    assert profile.text() == "Using the app as Ben Ito (teacher) · Switch"
    assert profile.accessibleName() == profile.text()


def test_the_main_window_has_peer_pages_before_frameworks_and_the_profile_button(
    repo: Repository, d: PeerDistrict, qtbot: QtBot
) -> None:
    from walkthrough.ui.mainwindow import MainWindow

    window = MainWindow(repo)
    qtbot.addWidget(window)
    keys = window.page_keys()
    assert keys.index("peer") + 1 == keys.index("schedule") < keys.index("directory") < keys.index("frameworks")
    window.show_page("peer")
    assert window.peer_page.nobody.isVisibleTo(window.peer_page)
    chooser = window.profile_button.choose()
    chooser.choose(d.visitor.id)
    qtbot.mouseClick(chooser.use_button, Qt.MouseButton.LeftButton)
    assert not window.peer_page.nobody.isVisibleTo(window.peer_page)  # the page re-read who is using the app
