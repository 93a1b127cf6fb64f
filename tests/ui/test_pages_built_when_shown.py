"""The start builds only the page on screen; every other page is built when first shown."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from walkthrough.core.model import Role
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow


def _school(repo: Repository) -> None:
    admin = repo.add_person("Pat Rivera", Role.ADMINISTRATOR, by=None)
    repo.add_school("Cedar Park Elementary", by=admin.id)
    repo.switch_profile(admin.id)


def test_only_the_first_page_is_built_at_start(repo: Repository, qtbot: QtBot) -> None:
    _school(repo)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    assert window.current_page_key() == "walkthroughs"
    assert [key for key in window.page_keys() if window.is_built(key)] == ["walkthroughs"]


def test_a_page_is_built_when_first_shown_and_kept(repo: Repository, qtbot: QtBot) -> None:
    _school(repo)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    assert not window.is_built("frameworks")
    window.navigation.setCurrentRow(window.page_keys().index("frameworks"))
    page = window.pages.currentWidget()
    assert window.is_built("frameworks")
    assert page is window.frameworks_page
    assert page.accessibleName() == "Frameworks page"
    window.show_page("walkthroughs")
    assert window.show_page("frameworks") is page  # built once


def test_a_new_install_builds_the_directory_it_opens_on(fresh_repo: Repository, qtbot: QtBot) -> None:
    window = MainWindow(fresh_repo)
    qtbot.addWidget(window)
    assert window.current_page_key() == "directory"
    assert window.pages.currentWidget() is window.directory_page


def test_wiring_waits_for_the_page(repo: Repository, qtbot: QtBot) -> None:
    _school(repo)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    seen: list[str] = []
    window.when_built("schedule", lambda page: seen.append(page.accessibleName()))
    assert seen == []
    window.show_page("schedule")
    assert seen == ["Visit schedule page"]



def test_the_first_run_setup_builds_no_page_under_it_until_it_is_done(
    fresh_repo: Repository, qtbot: QtBot
) -> None:
    window = MainWindow(fresh_repo, first_run=True)
    qtbot.addWidget(window)
    assert window.current_page_key() == "setup"
    assert [key for key in window.page_keys() if window.is_built(key)] == []
    assert window.first_run is not None
    window.first_run.finished.emit("directory")  # a setup ended without rooms
    assert window.current_page_key() == "directory"
    assert window.pages.currentWidget() is window.directory_page


def test_the_walkthroughs_page_opens_on_its_start_form_and_builds_the_visit_view_when_a_visit_opens(
    repo: Repository, qtbot: QtBot
) -> None:
    from walkthrough.ui.widgets.visit_view import VisitView

    _school(repo)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    page = window.walkthroughs_page
    assert page.current_view() == "home"
    assert page.findChildren(VisitView) == []
    assert page.visit is page.visit  # built once, on first use
    assert len(page.findChildren(VisitView)) == 1
