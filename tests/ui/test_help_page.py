"""The Help page: F1 opens the guide at the current page's topic; search finds and highlights passages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from walkthrough.core.guide import folded
from walkthrough.core.model import Role
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.pages.help import HelpPage


@pytest.fixture
def window(qtbot: QtBot, repo: Repository, data_dir: Path) -> Iterator[MainWindow]:
    admin = repo.add_person("Pat Rivera", Role.ADMINISTRATOR, by=None)  # the directory's first administrator
    school = repo.add_school("Cedar Park Elementary", by=admin.id)
    teacher = repo.add_person("Ana Diallo", Role.TEACHER, school.id, by=admin.id)
    repo.add_room(school.id, "Room 3", teacher_id=teacher.id, by=admin.id)
    repo.switch_profile(admin.id)
    win = MainWindow(repo, data_dir=data_dir)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win


def press_f1(qtbot: QtBot, window: MainWindow) -> None:
    target = window.focusWidget() or window.pages.currentWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_F1)


def shown_title(page: HelpPage) -> str:
    return page.view.document().firstBlock().text()


@pytest.mark.parametrize(("page_key", "topic", "title"), [
    ("walkthroughs", "blast-rounds", "Blast walkthrough rounds"),
    ("peer", "peer-visits", "Peer visits without judging"),
    ("schedule", "schedule", "Visit schedule and substitute cover"),
    ("directory", "directory", "School directory"),
    ("frameworks", "frameworks", "Frameworks and look-fors"),
    ("dashboard", "dashboard", "Reading the dashboard"),
    ("history", "visit-history", "Visit history"),
    ("shared", "shared-with-coaches", "Shared with coaches"),
    ("reports", "reports", "Reports to print or share"),
    ("settings", "settings", "Settings"),
])
def test_f1_opens_the_guide_at_the_topic_of_the_current_page(
    qtbot: QtBot, window: MainWindow, page_key: str, topic: str, title: str
) -> None:
    window.show_page(page_key)
    press_f1(qtbot, window)
    page = window.help_page
    assert window.current_page_key() == "help"
    assert page.current_topic_key() == topic
    assert shown_title(page) == title
    assert page.topics.currentItem().text() == title
    # Back returns to where F1 was pressed.
    page_title = window.navigation.item(window.page_keys().index(page_key)).text()
    assert page.back_button.isVisible() and page.back_button.text() == f"◀ Back to {page_title}"
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == page_key


def test_a_page_can_name_its_own_guide_topic(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("schedule")
    page.guide_topic = "sync"  # type: ignore[attr-defined]
    press_f1(qtbot, window)
    assert window.help_page.current_topic_key() == "sync"


def test_a_page_the_guide_does_not_know_opens_the_first_topic(qtbot: QtBot, window: MainWindow) -> None:
    window.add_page("later", "A later page", QWidget())
    window.show_page("later")
    press_f1(qtbot, window)
    assert window.help_page.current_topic_key() == "welcome"
    assert window.help_page.back_button.text() == "◀ Back to A later page"


def test_help_is_a_page_in_the_navigation_without_a_back_button(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("peer")
    press_f1(qtbot, window)
    window.show_page("walkthroughs")
    window.navigation.setCurrentRow(window.page_keys().index("help"))
    page = window.help_page
    assert window.current_page_key() == "help" and not page.back_button.isVisible()
    press_f1(qtbot, window)  # F1 on the guide itself: go to the search box
    assert window.current_page_key() == "help" and page.search_box.hasFocus()


def test_f1_before_the_pages_are_open_does_nothing(qtbot: QtBot) -> None:
    """The frame shows before the database opens (ui/app.py): F1 then is a no-op, not an error."""
    frame = MainWindow()
    qtbot.addWidget(frame)
    frame.show()
    qtbot.waitExposed(frame)
    qtbot.keyClick(frame, Qt.Key.Key_F1)
    assert frame.page_keys() == [] and not hasattr(frame, "help_page")


def highlighted(page: HelpPage) -> list[str]:
    document = page.view.document()
    words = []
    for number, (start, end) in page.view.found_spans():
        block = document.findBlockByNumber(number)
        words.append(block.text()[start:end])
    return words


def test_search_finds_and_highlights_a_passage_in_english(qtbot: QtBot, window: MainWindow) -> None:
    page = window.help_page
    window.show_page("help")
    qtbot.keyClicks(page.search_box, "wondering")
    assert page.lists.currentWidget() is page.results
    assert page.results.count() == len(page.hits) >= 1
    assert page.result_count.text() in (f"{len(page.hits)} passages found", "1 passage found")
    first = page.hits[0]
    assert first.topic.key == "peer-visits"
    assert "wondering" in page.results.item(0).text().lower()
    assert page.current_topic_key() == "peer-visits"
    words = highlighted(page)
    assert words and all(folded(w)[0] == "wondering" for w in words), words
    # The view is at the passage found, and it is marked.
    cursor: QTextCursor = page.view.textCursor()
    assert cursor.blockNumber() == page.view.passage_block(first.index)
    assert "wondering" in cursor.block().text().lower()
    # Choosing another result opens its topic.
    if len(page.hits) > 1:
        page.results.setCurrentRow(1)
        assert page.current_topic_key() == page.hits[1].topic.key


def test_search_finds_a_passage_in_spanish_without_typing_accents(qtbot: QtBot, window: MainWindow) -> None:
    page = window.help_page
    window.show_page("help")
    qtbot.mouseClick(page.language_buttons["es"], Qt.MouseButton.LeftButton)
    assert page.language == "es" and page.language_buttons["es"].isChecked()
    assert not page.language_buttons["en"].isChecked()
    assert shown_title(page) == "Primeros pasos"
    qtbot.keyClicks(page.search_box, "conversacion final")
    assert page.hits and page.hits[0].topic.key == "peer-visits"
    assert page.current_topic_key() == "peer-visits"
    assert shown_title(page) == "Visitas entre colegas, sin juzgar"
    words = highlighted(page)
    assert "conversación" in words and "final" in words, words


def test_switching_language_keeps_the_topic_and_the_search(qtbot: QtBot, window: MainWindow) -> None:
    page = window.help_page
    window.show_page("walkthroughs")
    press_f1(qtbot, window)
    qtbot.mouseClick(page.language_buttons["es"], Qt.MouseButton.LeftButton)
    assert page.current_topic_key() == "blast-rounds"
    assert shown_title(page) == "Recorridos rápidos por las aulas"
    qtbot.keyClicks(page.search_box, "PLC")
    spanish = [(hit.topic.key, hit.passage.text) for hit in page.hits]
    assert spanish and all("PLC" in text for _, text in spanish)
    qtbot.mouseClick(page.language_buttons["en"], Qt.MouseButton.LeftButton)
    english = [(hit.topic.key, hit.passage.text) for hit in page.hits]
    assert page.search_box.text() == "PLC" and english and english != spanish
    assert all("PLC" in text for _, text in english)
    assert page.current_topic_key() == page.hits[0].topic.key


def test_a_search_that_finds_nothing_says_so(qtbot: QtBot, window: MainWindow) -> None:
    page = window.help_page
    window.show_page("help")
    qtbot.keyClicks(page.search_box, "zebra crossing")
    assert page.hits == [] and page.results.count() == 0
    assert "Nothing found" in page.result_count.text()
    assert highlighted(page) == []
    page.search_box.clear()
    assert page.lists.currentWidget() is page.topics and page.result_count.text() == ""


def test_a_guide_file_is_shown_as_text_never_as_html(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "01-welcome.md").write_text(
        "# Welcome\n\n<b>not bold</b> <img src=\"x.png\"> <a href=\"http://x\">link</a> **really bold**\n",
        encoding="utf-8",
    )
    page = HelpPage(guide_dir=tmp_path)
    qtbot.addWidget(page)
    text = page.view.toPlainText()
    assert '<b>not bold</b> <img src="x.png"> <a href="http://x">link</a> really bold' in text
    block = page.view.document().findBlockByNumber(1)
    fragments = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        fragments.append((fragment.text(), fragment.charFormat().fontWeight() >= 700,
                          fragment.charFormat().isImageFormat(), fragment.charFormat().isAnchor()))
        iterator += 1
    assert ("really bold", True, False, False) in fragments
    assert all(not image and not anchor for _, _, image, anchor in fragments)
    assert not any(bold for text, bold, _, _ in fragments if "not bold" in text)


def test_guide_files_that_cannot_be_read_are_named_on_the_page(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "01-welcome.md").write_text("# Welcome\n\nHi.\n", encoding="utf-8")
    (tmp_path / "en" / "02-huge.md").write_bytes(b"# Huge\n" + b"x" * 300_000)
    page = HelpPage(guide_dir=tmp_path)
    qtbot.addWidget(page)
    page.show()
    assert page.problems.isVisible()
    assert "02-huge.md" in page.problems.text() and "too big" in page.problems.text()
    assert page.current_topic_key() == "welcome"
    page.set_language("es")  # no Spanish folder here: said, not a crash
    assert "no guide topics" in page.problems.text() and page.current_topic_key() is None
