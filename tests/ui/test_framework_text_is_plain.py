"""Framework text shows as typed everywhere in the window: HTML in a prompt is never rendered.

A framework whose title, section, prompts, descriptions and options carry markup
(``<b>``, ``<img>``, ``<a>``) is shown on the visit screen, the Frameworks page and the
peer-visit prompt panel; every label showing it is plain text, every tooltip and
rich view shows the characters themselves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot
from round_helpers import small_school

from walkthrough.core.frameworks import parse_framework
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.widgets.look_for_prompts import LookForPrompts

MARK = "<b>bold</b>"
HOSTILE = f'''
id = "hostile"
version = "1.0"
title = "Title {MARK}"
modes = ["blast", "peer"]
teacher = "named"
[[sections]]
key = "s1"
title = "Section {MARK}"
[[sections.look_fors]]
key = "p1"
prompt = "Prompt {MARK} <img src='x.png'>"
description = "Description {MARK} <a href='http://example.invalid'>link</a>"
response = "presence"
evidence_note = true
[[sections.look_fors]]
key = "c1"
prompt = "Choice {MARK}"
response = "choice"
options = ["Option {MARK}", "Other"]
'''


def _shown_text(widget: QWidget) -> list[tuple[str, str]]:
    """(where, what a person reads) for every label, tooltip and rich view under ``widget``."""
    found: list[tuple[str, str]] = []
    for label in widget.findChildren(QLabel):
        if "bold" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, f"rich text guessed for {label.text()!r}"
            found.append(("label", label.text()))
    for child in [widget, *widget.findChildren(QWidget)]:
        tip = child.toolTip()
        if "bold" in tip:
            read = QTextDocumentFragment.fromHtml(tip).toPlainText() if GuiQt.mightBeRichText(tip) else tip
            found.append(("tooltip", read))
    for browser in widget.findChildren(QTextBrowser):
        if "bold" in browser.toPlainText():
            found.append(("browser", browser.toPlainText()))
    return found


def _install(repo: Repository) -> None:
    repo.install_framework(parse_framework(HOSTILE, "hostile.toml"), HOSTILE)


def test_markup_in_a_framework_shows_as_typed_on_the_visit_screen(qtbot: QtBot, repo: Repository) -> None:
    small_school(repo, 2)
    _install(repo)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.show()
    page = window.walkthroughs_page
    page.start.framework.setCurrentIndex(page.start.framework.findData("hostile"))
    qtbot.mouseClick(page.start.start, Qt.MouseButton.LeftButton)
    shown = _shown_text(page.visit)
    assert {w for w, _ in shown} >= {"label", "tooltip"}
    assert any("Prompt <b>bold</b> <img" in text for _, text in shown)
    assert any("Section <b>bold</b>" in text for _, text in shown)
    assert all(MARK in text for _, text in shown), shown


def test_markup_in_a_framework_shows_as_typed_on_the_frameworks_page(
    qtbot: QtBot, repo: Repository, tmp_path: Path
) -> None:
    _install(repo)
    small_school(repo, 2)  # its administrator is using the app: frameworks are imported by leaders
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.show()
    page = window.frameworks_page
    window.show_page("frameworks")
    page.select("hostile")
    look_for_row = page.tree_model.index(0, 0, page.tree_model.index(0, 0))
    page.tree.setCurrentIndex(look_for_row)
    shown = _shown_text(page)
    assert {w for w, _ in shown} >= {"label", "browser"}
    assert any("Prompt <b>bold</b>" in text for w, text in shown if w == "browser")
    assert all(MARK in text for _, text in shown), shown
    imported = tmp_path / "hostile2.toml"
    imported.write_text(HOSTILE.replace('id = "hostile"', 'id = "hostile-two"'), encoding="utf-8")
    assert page.import_file(imported)
    assert page.last_message is not None and page.last_message.textFormat() == Qt.TextFormat.PlainText
    assert MARK in page.last_message.text()


def test_markup_in_a_framework_shows_as_typed_in_the_peer_prompts(qtbot: QtBot) -> None:
    prompts = LookForPrompts()
    qtbot.addWidget(prompts)
    prompts.set_framework(parse_framework(HOSTILE, "hostile.toml"))
    prompts.show()
    shown = _shown_text(prompts)
    assert {w for w, _ in shown} >= {"label", "tooltip"}
    assert all(MARK in text for _, text in shown), shown
