"""The Frameworks page's section on the wording-nudge lists: what is in use, and what was left out.

District staff edit ``forms/evaluative-language.<language>.txt``. This section
says how many phrases each language's list gives the nudge, and lists every
line that was left out (file, line, what is wrong), so that a mistake is seen
where the frameworks are managed, not only in the log. A bad line never
switches the nudge off: the rest of the lists still apply. "Read the lists
again" picks up an edited file without restarting the app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from walkthrough.core.nudge import PhraseList
from walkthrough.ui import nudge_lists

LANGUAGE_NAMES = {"en": QT_TRANSLATE_NOOP("NudgeListsPanel", "English"), "es": QT_TRANSLATE_NOOP("NudgeListsPanel",
        "Spanish"),
                  "fr": QT_TRANSLATE_NOOP("NudgeListsPanel", "French"),
                  "pt": QT_TRANSLATE_NOOP("NudgeListsPanel", "Portuguese"),
                  "vi": QT_TRANSLATE_NOOP("NudgeListsPanel", "Vietnamese"),
                  "zh": QT_TRANSLATE_NOOP("NudgeListsPanel", "Chinese"), "ar": QT_TRANSLATE_NOOP("NudgeListsPanel",
                          "Arabic"),
                  "so": QT_TRANSLATE_NOOP("NudgeListsPanel", "Somali"),
                  "ht": QT_TRANSLATE_NOOP("NudgeListsPanel", "Haitian Creole")}
MAX_SHOWN = 12


def describe_lists(lists: PhraseList) -> str:
    """Per language: how many phrases, from which file."""
    parts = []
    for language in sorted(lists.languages):
        mine = [e for e in lists.entries if e.language == language]
        phrases = sum(1 for e in mine if not e.exception and not e.cue)
        files = ", ".join(sorted({Path(e.source).name for e in mine}))
        known = LANGUAGE_NAMES.get(language.split("-")[0])
        name = QCoreApplication.translate("NudgeListsPanel", str(known)) if known else language
        parts.append(QCoreApplication.translate("NudgeListsPanel", "{name}: {phrases} phrases ({files})").format(
                name=name, phrases=phrases,
                                                                                            files=files))
    return " · ".join(parts) or QCoreApplication.translate("NudgeListsPanel",
            "No list is in use: the wording nudge is off.")


def describe_problems(lists: PhraseList) -> str:
    problems = lists.problems
    if not problems:
        return ""
    count = len(problems)
    head = (QCoreApplication.translate("NudgeListsPanel", "1 line left out; the rest of the lists still apply. "
                                       "Fix the line in the file, then press “Read the lists again”.") if count == 1
            else QCoreApplication.translate("NudgeListsPanel", "{count} lines left out; the rest of the lists still "
                                            "apply. Fix the line in the file, then press “Read the lists again”.")
            .format(count=count))
    shown = [f"• {p}" for p in problems[:MAX_SHOWN]]
    if count > MAX_SHOWN:
        shown.append(QCoreApplication.translate("NudgeListsPanel", "• … and {more} more (all are in the log)").format(
                more=count - MAX_SHOWN))
    return "\n".join([head, *shown])


class NudgeListsPanel(QFrame):
    """Status and problems of the evaluative-language lists; filled when first shown."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("nudgeLists")
        self.setAccessibleName(self.tr("Wording nudge lists"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        title = QLabel(self.tr("<b>Wording nudge lists</b>"))
        top.addWidget(title)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setProperty("subtle", True)
        self.status.setAccessibleName(self.tr("Wording nudge lists in use"))
        top.addWidget(self.status, 1)
        self.reload_button = QPushButton(self.tr("Read the lists again"))
        self.reload_button.setAccessibleName(self.tr("Read the wording nudge lists again"))
        self.reload_button.setMinimumHeight(44)
        self.reload_button.clicked.connect(self.reload)
        top.addWidget(self.reload_button)
        layout.addLayout(top)
        self.problems = QLabel()
        self.problems.setTextFormat(Qt.TextFormat.PlainText)  # file text is shown as text, never as HTML
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.setAccessibleName(self.tr("Wording nudge list lines left out"))
        self.problems.setStyleSheet("color: #b42318; background: #fef3f2; border: 1px solid #fecdca;"
                                    " border-radius: 6px; padding: 8px;")
        self.problems.hide()
        layout.addWidget(self.problems)
        self._filled = False
        nudge_lists.notifier.reloaded.connect(self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._filled:
            self.refresh()

    def refresh(self) -> None:
        lists = nudge_lists.current()
        self._filled = True
        self.status.setText(describe_lists(lists))
        text = describe_problems(lists)
        self.problems.setText(text)
        self.problems.setVisible(bool(text))

    def reload(self) -> None:
        nudge_lists.reload()  # refreshes this panel through the notifier
