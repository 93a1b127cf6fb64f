"""The notes of one look-for in one visit, for a look-for that takes several
(``evidence_note = "several"``): every note written about it, a new note, and
which look-fors each note is about (this one, and any others that take several
notes, so a note shows on every row it is about).

Each note is committed by the store the moment "Add note" is tapped
(``save_look_for_note``); the list is read back from the database, so
nothing is shown as saved before it is. A note the store refuses stays in
the field with the store's words. Every target is at least 48 px for a finger.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.frameworks import Framework
from walkthrough.core.model import Note
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.storage.instrument_store import note_look_for_keys
from walkthrough.ui import core_text
from walkthrough.ui.widgets.controls import plain_label, touch_button
from walkthrough.ui.widgets.segmented import Segmented

TARGET_PX = 48


class LookForNotes(QDialog):
    def __init__(self, repo: Repository, framework: Framework, observation_id: str, look_for_key: str,
                 by: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.framework = framework
        self.observation_id = observation_id
        self.key = look_for_key
        self.by = by
        look_for = framework.look_for(look_for_key)
        self.setWindowTitle(self.tr("Notes: {prompt}").format(prompt=look_for.prompt))
        self.resize(820, 560)
        column = QVBoxLayout(self)
        heading = plain_label(self.tr("Notes about: {prompt}").format(prompt=look_for.prompt))
        heading.setWordWrap(True)
        heading.setProperty("heading", True)
        column.addWidget(heading)
        self.listing = QWidget()
        self.listing_layout = QVBoxLayout(self.listing)
        self.listing_layout.setContentsMargins(0, 0, 0, 0)
        self.listing_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.listing)
        column.addWidget(scroll, 1)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("New note about: {prompt}").format(prompt=look_for.prompt))
        self.text.setPlaceholderText(self.tr("What was seen or heard…"))
        self.text.setFixedHeight(3 * TARGET_PX)  # three or four lines: room to write, room for the list above
        column.addWidget(self.text)
        column.addWidget(QLabel(self.tr("This note is also about:")))
        others = [(lf.key, lf.prompt, "choice") for lf in framework.active_look_fors
                  if lf.several_notes and lf.key != look_for_key]
        self.also = Segmented(others, self.tr("Also about"))
        self.also.chosen.connect(self._toggle_also)
        self.also_keys: list[str] = []
        column.addWidget(self.also)
        self.message = plain_label("")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What happened to the note"))
        column.addWidget(self.message)
        row = QHBoxLayout()
        self.add_button = touch_button(self.tr("+ Add note"), self.tr("Add this note"), primary=True, height=56)
        self.add_button.clicked.connect(self.add_note)
        done = touch_button(self.tr("Done"), self.tr("Close the notes"), height=56)
        done.clicked.connect(self.accept)
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(done)
        column.addLayout(row)
        self.delete_buttons: dict[str, QPushButton] = {}
        self.show_notes()

    def _toggle_also(self, key: str) -> None:
        self.also_keys = [k for k in self.also_keys if k != key] if key in self.also_keys else [*self.also_keys, key]
        self.also.display(self.also_keys)

    def notes(self) -> list[Note]:
        return self.repo.look_for_notes(self.observation_id, self.key)

    def show_notes(self) -> None:
        """The look-for's notes as stored, each with what else it is about and a way to delete it."""
        while self.listing_layout.count() > 1:  # the stretch at the end stays
            item = self.listing_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.delete_buttons = {}
        notes = self.notes()
        if not notes:
            self.listing_layout.insertWidget(0, plain_label(self.tr("No notes yet.")))
        prompts = {lf.key: lf.prompt for lf in self.framework.look_fors}
        for note in notes:
            line = QWidget()
            layout = QHBoxLayout(line)
            layout.setContentsMargins(0, 0, 0, 0)
            others = [prompts.get(k, k) for k in note_look_for_keys(note) if k != self.key]
            words = note.text + (self.tr("  (also about: {others})").format(others="; ".join(others)) if others else "")
            label = plain_label(words)
            label.setWordWrap(True)
            label.setAccessibleName(self.tr("A note"))
            layout.addWidget(label, 1)
            delete = touch_button(self.tr("Delete"), self.tr("Delete the note: {text}").format(text=note.text),
                    height=TARGET_PX)
            delete.clicked.connect(lambda _c=False, n=note: self.delete_note(n))
            layout.addWidget(delete)
            self.delete_buttons[note.id] = delete
            self.listing_layout.insertWidget(self.listing_layout.count() - 1, line)

    def add_note(self) -> None:
        text = self.text.toPlainText().strip()
        if not text:
            self.message.setText(self.tr("Write the note first, then tap Add note."))
            return
        try:
            self.repo.save_look_for_note(self.observation_id, str(uuid.uuid4()), [self.key, *self.also_keys], text,
                                         by=self.by)
        except StoreError as exc:
            self.message.setText(self.tr("The note is not saved: {exc}. It is still here; tap Add note again.").format(
                    exc=core_text.text(exc)))
            return
        self.text.clear()
        self.also_keys = []
        self.also.display([])
        self.message.setText(self.tr("Note saved."))
        self.show_notes()

    def delete_note(self, note: Note) -> None:
        try:
            self.repo.save_look_for_note(self.observation_id, note.id, note_look_for_keys(note), "", by=self.by)
        except StoreError as exc:
            self.message.setText(self.tr("The note is not deleted: {exc}.").format(exc=core_text.text(exc)))
            return
        self.message.setText(self.tr("Note deleted."))
        self.show_notes()
