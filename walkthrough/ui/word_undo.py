"""Undo in a text field goes back one run of words at a time, not the whole field.

Qt's own undo in a ``QLineEdit`` takes back everything typed since the cursor last moved: one Ctrl+Z
wiped a whole typed student quote. Here each word typed (and each paste or deletion) is a step:
Ctrl+Z takes back the last word, Ctrl+Shift+Z (or Ctrl+Y) puts it back. Undo and redo are edits
like typing (``textEdited`` is emitted), so the field's autosave commits them the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QFileDialog, QLineEdit

_PROPERTY = "_word_undo"


def _new_word(old: str, new: str, cursor: int) -> bool:
    """True when ``new`` is ``old`` with one character typed at ``cursor - 1`` that starts a word."""
    if len(new) != len(old) + 1 or cursor < 1 or new[:cursor - 1] + new[cursor:] != old:
        return False
    typed = new[cursor - 1]
    before = new[cursor - 2] if cursor >= 2 else " "
    return not typed.isspace() and before.isspace()


class WordUndo(QObject):
    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.text = edit.text()
        self.undo_steps: list[str] = []
        self.redo_steps: list[str] = []
        self._restoring = False
        edit.textEdited.connect(self._edited)
        edit.textChanged.connect(self._changed)
        edit.installEventFilter(self)

    def _edited(self, new: str) -> None:
        if self._restoring:
            return
        old = self.text
        single_typed = len(new) == len(old) + 1
        if not single_typed or _new_word(old, new, self.edit.cursorPosition()):
            self.undo_steps.append(old)  # a word begins (or a paste, a deletion): a step to go back to
        self.redo_steps.clear()
        self.text = new

    def _changed(self, new: str) -> None:
        if not self._restoring and not self.edit.isModified():
            # Set by the program (a stored note shown): a fresh start, nothing to undo into.
            self.text = new
            self.undo_steps.clear()
            self.redo_steps.clear()
        elif not self._restoring:
            self.text = new

    def _go(self, steps: list[str], other: list[str]) -> None:
        if not steps:
            return
        other.append(self.edit.text())
        text = steps.pop()
        self._restoring = True
        try:
            self.edit.setText(text)
            self.edit.setModified(True)
            self.text = text
            self.edit.textEdited.emit(text)  # the field's autosave treats it as typing
        finally:
            self._restoring = False

    def undo(self) -> None:
        self._go(self.undo_steps, self.redo_steps)

    def redo(self) -> None:
        self._go(self.redo_steps, self.undo_steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # No field while PySide takes a closed file dialog's field apart (its events still come here).
        edit = self.__dict__.get("edit")
        if edit is None or watched is not edit or \
                event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo)
        if not (undo or redo):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the field takes Ctrl+Z, not the window's "undo the last tap"
            return True
        (self.undo if undo else self.redo)()
        return True


def word_undo(edit: QLineEdit) -> WordUndo | None:
    """Give ``edit`` word-by-word undo (once); not the editor inside a spin box or a combo box, nor
    a field of Qt's own file dialog (a file's name, not words; its fields are made and destroyed
    by Qt with the dialog, and a Python filter on them was called half taken apart)."""
    parent = edit.parent()
    if isinstance(parent, QAbstractSpinBox | QComboBox) or edit.property(_PROPERTY) or \
            isinstance(edit.window(), QFileDialog):
        return None
    edit.setProperty(_PROPERTY, True)
    return WordUndo(edit)
