"""A note field for peer visits, with the evaluative-language nudge.

Words and phrases that judge rather than describe (from
:mod:`walkthrough.core.nudge`) are underlined as the visitor types, and the
line under the field says why, with a hint to write what was seen or heard,
in the note's language (the lists of the note's language are used). The
nudge never blocks anything: every note can be added as written. A field can
leave out some kinds of phrase (the host's next step leaves out advice: a
next step is a plan). The lists are read when first needed, not at start
(see :mod:`walkthrough.ui.nudge_lists`).

With ``autosave`` (the window's queue of edits) the field saves itself: bound
to one record's field with :meth:`NoteEditor.bind`, every key is written
ahead to the journal, a 300 ms pause or leaving the field commits it, and
the line under it says plainly when the database has not taken it yet
(see :mod:`walkthrough.ui.widgets.autosave`). No Save button, and nothing
shown as saved before the commit returned. Without ``autosave`` the text is
a draft the page adds (a peer note); :meth:`NoteEditor.bind_draft` keeps it
in the journal until then.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from walkthrough.core.nudge import Flag, PhraseList, describe_flags
from walkthrough.storage.pending_edits import PendingEdit
from walkthrough.ui import nudge_lists
from walkthrough.ui.pending import PendingWrites
from walkthrough.ui.widgets.autosave import SaveStatus, TextAutosave

log = logging.getLogger("walkthrough.ui")
NUDGE_COLOUR = "#b54708"

__all__ = ["NoteEditor", "NudgeHighlighter", "describe_flags", "phrase_list", "where_from"]


def phrase_list() -> PhraseList:
    """The district's evaluative-language lists (every language), read when first needed."""
    return nudge_lists.current()


def where_from(flag: Flag) -> str:
    """The list line a flag comes from, for district staff: ``evaluative-language.es.txt:120``."""
    return f"{Path(flag.source).name}:{flag.line}" if flag.source else ""


class NudgeHighlighter(QSyntaxHighlighter):
    """Underlines judging phrases, block by block, with the lists of the note's language."""

    def __init__(self, document: QTextDocument, phrases: PhraseList | None = None,
                 leave_out: Sequence[str] = ()) -> None:
        super().__init__(document)
        self._phrases = phrases
        self.leave_out = tuple(leave_out)
        self.language: str | None = None  # the note's language, told from the whole note
        self.flag_format = QTextCharFormat()
        self.flag_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.flag_format.setUnderlineColor(QColor(NUDGE_COLOUR))
        self.flag_format.setBackground(QColor("#fef0c7"))

    @property
    def phrases(self) -> PhraseList:
        base = self._phrases if self._phrases is not None else phrase_list()
        return base.without_kinds(*self.leave_out) if self.leave_out else base

    def highlightBlock(self, text: str) -> None:
        if not text.strip():
            return  # nothing to underline, and no reason to read the lists yet
        for flag in self.phrases.find(text, self.language):
            self.setFormat(flag.start, flag.end - flag.start, self.flag_format)


class NoteEditor(QWidget):
    saved = Signal(object)  # autosave: the repository's result, once the text is in the database
    submitted = Signal()  # Ctrl+Enter

    def __init__(
        self,
        accessible_name: str,
        *,
        placeholder: str = "",
        autosave: PendingWrites | None = None,
        drafts: PendingWrites | None = None,
        lines: int = 3,
        phrases: PhraseList | None = None,
        leave_out: Sequence[str] = (),
    ) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(accessible_name)
        self.editor.setPlaceholderText(placeholder)
        self.editor.setTabChangesFocus(True)
        line = self.editor.fontMetrics().lineSpacing()
        self.editor.setMinimumHeight(max(48, line * lines + 18))
        self.editor.setMaximumHeight(max(48, line * (lines + 3) + 18))
        self.editor.installEventFilter(self)
        self.highlighter = NudgeHighlighter(self.editor.document(), phrases, leave_out)
        if phrases is None:
            nudge_lists.warm_up_soon()
            nudge_lists.notifier.reloaded.connect(self._lists_reloaded)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("{accessible_name}: wording hint").format(accessible_name=accessible_name))
        self.hint.setStyleSheet(f"color: {NUDGE_COLOUR}; font-size: 13px;")
        self.hint.setMinimumHeight(self.hint.fontMetrics().lineSpacing() + 2)
        self.status = SaveStatus(self.tr("{name}: saved or not").format(name=accessible_name))
        layout.addWidget(self.editor)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)
        queue = autosave or drafts
        self.autosave: TextAutosave | None = None
        if queue is not None:
            self.autosave = TextAutosave(queue, self.status, accessible_name, self.text, self._show_text, parent=self)
            self.autosave.saved.connect(self.saved.emit)
        self.editor.textChanged.connect(self._changed)

    # Text ------------------------------------------------------------------
    def text(self) -> str:
        return self.editor.toPlainText()

    def bind(self, key: str, stored: str, make: Callable[[str], PendingEdit]) -> None:
        """Show one record's field (``make(text)`` is the edit that commits ``text``);
        text still waiting for the database is shown instead of the stored text."""
        assert self.autosave is not None, "bind() is for a NoteEditor made with autosave"
        self.autosave.bind(key, stored, make)
        self._show_hint()

    def bind_draft(self, key: str) -> None:
        """Keep what is typed as a draft under ``key`` (restored if one was kept)."""
        assert self.autosave is not None, "bind_draft() is for a NoteEditor made with drafts"
        self.autosave.bind(key, "", None)
        self._show_hint()

    def set_text(self, text: str) -> None:
        """Show text (no commit; an autosaving editor is shown with :meth:`bind`)."""
        self._show_text(text)
        self._show_hint()

    def _show_text(self, text: str) -> None:
        if text != self.editor.toPlainText():
            self.editor.blockSignals(True)
            self.editor.setPlainText(text)
            self.editor.blockSignals(False)
            self.highlighter.rehighlight()

    def clear(self) -> None:
        """Empty the field (a draft that was added is forgotten)."""
        if self.autosave is not None:
            self.autosave.forget_draft()
        self.set_text("")

    def flags(self) -> list[Flag]:
        return self.highlighter.phrases.find(self.text(), self.highlighter.language)

    def setEnabled(self, enabled: bool) -> None:
        super().setEnabled(enabled)
        self.editor.setReadOnly(not enabled)

    # Committing ------------------------------------------------------------
    def commit(self) -> None:
        """Commit now if the text differs from what the database holds."""
        if self.autosave is not None:
            self.autosave.commit()

    def _changed(self) -> None:
        self._show_hint()
        if self.autosave is not None:
            self.autosave.typed()

    def _show_hint(self) -> None:
        text = self.text()
        if not text.strip():
            self.hint.setText("")
            self.editor.setToolTip("")
            return
        phrases = self.highlighter.phrases
        language = phrases.language_of(text)
        if language != self.highlighter.language:
            self.highlighter.language = language
            self.highlighter.rehighlight()
        flags = phrases.find(text, language)
        message = describe_flags(text, flags)
        self.hint.setText(message)
        self.editor.setToolTip(self.tr("{message}\n({where_from})").format(message=message,
                where_from=where_from(flags[0])) if flags and flags[0].source else message)

    def _lists_reloaded(self) -> None:
        self.highlighter.rehighlight()
        self._show_hint()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor:
            if event.type() == QEvent.Type.FocusOut:
                self.commit()
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.submitted.emit()
                    return True
        return super().eventFilter(watched, event)
