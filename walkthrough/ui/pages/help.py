"""Help: the built-in guide, searchable, in English and Spanish; F1 opens it at the current page's topic.

A page says which topic is its own with a ``guide_topic`` attribute, else
:data:`TOPIC_FOR_PAGE` says it by the page's key; anything else opens the
first topic. The text comes from ``resources/guide`` (see
:mod:`walkthrough.core.guide`) and is shown as plain text.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.guide import LANGUAGES, Guide, Hit, load_guide, preferred_language, query_words
from walkthrough.paths import RESOURCES_DIR
from walkthrough.ui.widgets.controls import touch_button
from walkthrough.ui.widgets.guide_view import GuideView

if TYPE_CHECKING:
    from walkthrough.storage import Repository

GUIDE_DIR = RESOURCES_DIR / "guide"
FIRST_TOPIC = "welcome"
TOPIC_FOR_PAGE: dict[str, str] = {
    "walkthroughs": "blast-rounds",
    "peer": "peer-visits",
    "schedule": "schedule",
    "directory": "directory",
    "frameworks": "frameworks",
    "dashboard": "dashboard",
    "history": "visit-history",
    "shared": "shared-with-coaches",
    "reports": "reports",
    "settings": "settings",
    "sync": "sync",
    "help": FIRST_TOPIC,
}
SNIPPET = 110  # characters of a passage shown in a search result

STYLE = """
QPushButton[language="true"] { min-width: 110px; }
QPushButton[language="true"]:checked { background: #1f6feb; color: white; border-color: #1f6feb; font-weight: 600; }
QLabel#guideProblems { background: #fff4e5; color: #7a4100; padding: 8px 12px; border-radius: 6px; }
QTextEdit#guideText { background: white; border: 1px solid #d5dbe1; border-radius: 6px; font-size: 16px; }
QListWidget#guideTopics::item { min-height: 48px; padding: 4px 10px; }
QListWidget#guideResults::item { min-height: 48px; padding: 8px 10px; border-bottom: 1px solid #e3e7eb; }
QListWidget#guideTopics::item:selected, QListWidget#guideResults::item:selected {
    background: #dbe8fb; color: #1d2733; border-left: 4px solid #1f6feb; }
"""


class GuideHost(Protocol):
    """What the Help page needs of the main window."""

    navigation: QListWidget
    pages: QStackedWidget

    def current_page_key(self) -> str: ...
    def page_keys(self) -> list[str]: ...
    def show_page(self, key: str) -> QWidget: ...


def snippet(text: str, start: int) -> str:
    """About :data:`SNIPPET` characters of ``text`` around ``start``."""
    if len(text) <= SNIPPET:
        return text
    begin = max(0, min(start - SNIPPET // 3, len(text) - SNIPPET))
    end = begin + SNIPPET
    if begin:  # start and end on whole words
        space = text.find(" ", begin, start + 1)
        begin = space + 1 if space >= 0 else begin
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > start else end
    return ("…" if begin else "") + text[begin:end].strip() + ("…" if end < len(text) else "")


class HelpPage(QWidget):
    def __init__(self, repo: Repository | None = None, data_dir: Path | None = None,
                 guide_dir: Path = GUIDE_DIR) -> None:
        super().__init__()
        self.guide_topic = FIRST_TOPIC
        database = repo.database_file if repo is not None else ""
        self.data_dir = data_dir or (Path(database).parent if database else None)
        self.guide_dir = guide_dir
        self._guides: dict[str, Guide] = {}
        self._host: GuideHost | None = None
        self._back_key: str | None = None
        self.hits: list[Hit] = []
        self.setStyleSheet(STYLE)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        top = QHBoxLayout()
        title = QLabel(self.tr("Guide"))
        title.setProperty("heading", True)
        top.addWidget(title)
        top.addStretch(1)
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in LANGUAGES.items():
            button = touch_button(name, self.tr("Show the guide in {language}").format(language=name))
            button.setCheckable(True)
            button.setProperty("language", True)
            button.clicked.connect(lambda _checked=False, c=code: self.set_language(c))
            top.addWidget(button)
            self.language_buttons[code] = button
        outer.addLayout(top)

        search_row = QHBoxLayout()
        self.search_box = QLineEdit()
        self.search_box.setAccessibleName(self.tr("Search the guide"))
        self.search_box.setPlaceholderText(self.tr("Search the guide, e.g. wondering, interval, substitute"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumHeight(48)
        self.search_box.textChanged.connect(self.search)
        search_row.addWidget(self.search_box, 1)
        self.result_count = QLabel()
        self.result_count.setProperty("subtle", True)
        self.result_count.setAccessibleName(self.tr("How many passages were found"))
        search_row.addWidget(self.result_count)
        outer.addLayout(search_row)

        self.problems = QLabel()
        self.problems.setObjectName("guideProblems")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Guide files that could not be read"))
        self.problems.hide()
        outer.addWidget(self.problems)

        body = QHBoxLayout()
        left = QVBoxLayout()
        self.lists = QStackedWidget()
        self.topics = QListWidget()
        self.topics.setObjectName("guideTopics")
        self.topics.setAccessibleName(self.tr("Guide topics"))
        self.topics.currentItemChanged.connect(self._topic_chosen)
        self.results = QListWidget()
        self.results.setObjectName("guideResults")
        self.results.setAccessibleName(self.tr("Passages found"))
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.currentRowChanged.connect(self._result_chosen)
        self.lists.addWidget(self.topics)
        self.lists.addWidget(self.results)
        left.addWidget(self.lists, 1)
        self.about_button = touch_button(self.tr("About Walkthrough…"),
                                         self.tr("About Walkthrough: version, data folder and log folder"))
        self.about_button.clicked.connect(self.show_about)
        left.addWidget(self.about_button)
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setFixedWidth(320)
        left.setContentsMargins(0, 0, 0, 0)
        body.addWidget(left_box)

        right = QVBoxLayout()
        self.back_button = touch_button("", self.tr("Back to the page you were on"))
        self.back_button.clicked.connect(self.go_back)
        self.back_button.hide()
        back_row = QHBoxLayout()
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)
        right.addLayout(back_row)
        self.view = GuideView()
        right.addWidget(self.view, 1)
        body.addLayout(right, 1)
        outer.addLayout(body, 1)

        self.language = ""
        from walkthrough.ui.settings import AppSettings

        self.set_language(AppSettings().language or preferred_language(QLocale().name()))  # Settings' choice first

    # Language and topics ------------------------------------------------------------------
    def guide(self, language: str | None = None) -> Guide:
        language = language or self.language
        if language not in self._guides:
            self._guides[language] = load_guide(self.guide_dir, language)
        return self._guides[language]

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            return
        current = self.current_topic_key()
        self.language = language
        for code, button in self.language_buttons.items():
            button.setChecked(code == language)
        guide = self.guide()
        self.problems.setVisible(bool(guide.problems))
        self.problems.setText(self.tr("Some of the guide could not be read:") + "\n" + "\n".join(guide.problems))
        self.topics.blockSignals(True)
        self.topics.clear()
        for topic in guide.topics:
            item = QListWidgetItem(topic.title)
            item.setData(Qt.ItemDataRole.UserRole, topic.key)
            self.topics.addItem(item)
        self.topics.blockSignals(False)
        self.open_topic(current or FIRST_TOPIC)
        self.search(self.search_box.text())

    def current_topic_key(self) -> str | None:
        return self.view.topic.key if self.view.topic is not None else None

    def open_topic(self, key: str, passage: int | None = None) -> bool:
        """Show topic ``key`` (the first topic if it has none); True if it was found."""
        guide = self.guide()
        topic = guide.topic(key)
        found = topic is not None
        if topic is None:
            if not guide.topics:
                self.view.show_nothing()
                return False
            topic = guide.topics[0]
        if self.view.topic is not topic:
            self.view.show_topic(topic)
        row = guide.keys().index(topic.key)
        if self.topics.currentRow() != row:
            self.topics.blockSignals(True)
            self.topics.setCurrentRow(row)
            self.topics.blockSignals(False)
        self.view.highlight(query_words(self.search_box.text()), passage)
        return found

    def _topic_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.open_topic(str(item.data(Qt.ItemDataRole.UserRole)))

    # Search -------------------------------------------------------------------------------
    def search(self, text: str) -> list[Hit]:
        """Find every passage holding all the words typed; open the first one found."""
        self.hits = self.guide().search(text)
        words = query_words(text)
        self.results.blockSignals(True)
        self.results.clear()
        for hit in self.hits:
            start = hit.spans[0][0] if hit.spans else 0
            item = QListWidgetItem(f"{hit.topic.title}\n{snippet(hit.passage.text, start)}")
            self.results.addItem(item)
        self.results.blockSignals(False)
        if not words:
            self.lists.setCurrentWidget(self.topics)
            self.result_count.clear()
            self.view.highlight([])
            return self.hits
        self.lists.setCurrentWidget(self.results)
        if self.hits:
            count = len(self.hits)
            self.result_count.setText(
                self.tr("1 passage found") if count == 1 else self.tr("{count} passages found").format(count=count)
            )
            self.results.setCurrentRow(0)  # opens the first passage found
        else:
            self.result_count.setText(self.tr("Nothing found: try fewer words, or the other language"))
            self.view.highlight([])
        return self.hits

    def _result_chosen(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            hit = self.hits[row]
            self.open_topic(hit.topic.key, hit.index)

    # F1 and Back --------------------------------------------------------------------------
    def open_from(self, host: GuideHost) -> str:
        """F1: open the guide at the topic of the host's current page; returns the topic's key."""
        key = host.current_page_key()
        if key == "help":
            self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return self.current_topic_key() or FIRST_TOPIC
        page = host.pages.currentWidget()
        topic = getattr(page, "guide_topic", None) or TOPIC_FOR_PAGE.get(key, FIRST_TOPIC)
        host.show_page("help")
        self._host, self._back_key = host, key
        title = host.navigation.item(host.page_keys().index(key)).text()
        self.back_button.setText(self.tr("◀ Back to {page}").format(page=title))
        self.back_button.setAccessibleName(self.tr("Back to {page}").format(page=title))
        self.back_button.show()
        if self.search_box.text():
            self.search_box.clear()
        self.open_topic(str(topic))
        return self.current_topic_key() or FIRST_TOPIC

    def refresh(self) -> None:
        """Shown from the navigation: no page to go back to."""
        self.back_button.hide()
        self._back_key = None

    def go_back(self) -> None:
        if self._host is not None and self._back_key is not None:
            self._host.show_page(self._back_key)

    def show_about(self) -> QWidget:
        from walkthrough.ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self.data_dir, self.window())
        dialog.open()
        self.about_dialog = dialog
        return dialog
