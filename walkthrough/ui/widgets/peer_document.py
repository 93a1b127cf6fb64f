"""A peer visit opened from the visit history: its notes as the host and the visitor read
them, read-only (the visitor writes them on the Peer visits page)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from walkthrough.reports.visit_text import VisitDocumentRefused, visit_text
from walkthrough.storage import Repository
from walkthrough.ui import core_text
from walkthrough.ui.report_words import interface_words
from walkthrough.ui.widgets.controls import plain_label, touch_button


class PeerDocument(QWidget):
    done = Signal()

    def __init__(self, repo: Repository, observation_id: str, viewer_id: str | None) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        note = plain_label(self.tr("Read only. The visitor changes these notes on the Peer visits page."))
        note.setWordWrap(True)
        column.addWidget(note)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("The visit's notes"))
        try:
            self.text.setPlainText(visit_text(repo, observation_id, viewer_id, interface_words()))
        except VisitDocumentRefused as exc:
            self.text.setPlainText(core_text.text(exc).capitalize() + ".")
        column.addWidget(self.text, 1)
        row = QHBoxLayout()
        back = touch_button(self.tr("Back to the list"), self.tr("Back to the list"), primary=True)
        back.clicked.connect(self.done.emit)
        row.addWidget(back)
        row.addStretch(1)
        column.addLayout(row)
