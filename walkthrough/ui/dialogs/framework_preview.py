"""A framework draft shown exactly as the visit screen shows it, at tablet size, before it is published.

The preview is the visit screen itself, on a scratch database in memory (a school, three rooms, a round),
so conditions, segments and every control can be tried; nothing reaches the real database.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from walkthrough.core.framework_document import document_toml
from walkthrough.core.frameworks import Mode, parse_framework
from walkthrough.core.model import Role
from walkthrough.storage import Repository

TABLET_SIZES = {"1024 × 768 (tablet)": (1024, 768), "1280 × 800 (tablet)": (1280, 800),
                "1920 × 1080 (laptop)": (1920, 1080)}


class PreviewDialog(QDialog):
    def __init__(self, document: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = document_toml(document)
        framework = parse_framework(text, "preview")
        self.setWindowTitle(QCoreApplication.translate("FrameworkPreview", "Preview — {title}").format(
                title=framework.title))
        self.scratch = Repository.open(":memory:")
        self.scratch.install_framework(framework, text)
        admin = self.scratch.add_person(QCoreApplication.translate("FrameworkPreview", "Preview administrator"),
                Role.ADMINISTRATOR, by=None).id
        school = self.scratch.add_school(QCoreApplication.translate("FrameworkPreview", "Preview school"), by=admin)
        teacher = self.scratch.add_person(QCoreApplication.translate("FrameworkPreview", "A teacher"), Role.TEACHER,
                school.id, by=admin)
        for name in ("Room 101", "Room 102", "Room 103"):
            self.scratch.add_room(school.id, name, teacher_id=teacher.id, by=admin)
        observer = self.scratch.add_person(QCoreApplication.translate("FrameworkPreview", "You"), Role.COACH,
                school.id, by=admin)
        self.scratch.switch_profile(observer.id)  # the preview's taps are the observer's
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        note = QLabel(QCoreApplication.translate("FrameworkPreview",
                "As the visit screen will show it. Taps here are tried on a scratch copy and are not "
                          "kept."))
        note.setWordWrap(True)
        top.addWidget(note, 1)
        self.size_choice = QComboBox()
        self.size_choice.setAccessibleName(self.tr("Preview size"))
        self.size_choice.addItems(list(TABLET_SIZES))
        self.size_choice.currentTextChanged.connect(self._resize)
        top.addWidget(self.size_choice)
        outer.addLayout(top)
        self.visit_screen: QWidget
        if framework.allows(Mode.BLAST):
            from walkthrough.ui.widgets.visit_view import VisitView

            view = VisitView(self.scratch)
            round_ = self.scratch.start_round(school.id, framework, by=observer.id)
            view.open_round(round_.id)
            self.visit_screen = view
        else:
            from walkthrough.ui.widgets.look_for_prompts import LookForPrompts

            prompts = LookForPrompts()
            prompts.set_framework(framework)
            self.visit_screen = prompts
        outer.addWidget(self.visit_screen, 1)
        self._resize(self.size_choice.currentText())

    def _resize(self, name: str) -> None:
        width, height = TABLET_SIZES[name]
        self.visit_screen.setFixedSize(width, height - 60)
        self.adjustSize()

    def done(self, result: int) -> None:
        super().done(result)
        self.scratch.close()


def preview_dialog(document: dict[str, Any], parent: QWidget | None = None) -> PreviewDialog:
    return PreviewDialog(document, parent)
