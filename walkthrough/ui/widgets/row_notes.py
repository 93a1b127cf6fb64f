"""A look-for row's typed text: its evidence note (opened in place of the row's face, so no row moves
under the finger), its text answer, their saving through the window's queue of edits, and the count
of its several notes.

Mixed into :class:`~walkthrough.ui.widgets.look_for_controls.LookForRow`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QStackedWidget

from walkthrough.core.frameworks import LookFor
from walkthrough.storage.pending_edits import PendingEdit
from walkthrough.ui.pending import PendingWrites
from walkthrough.ui.widgets.autosave import SaveStatus, TextAutosave, line_autosave
from walkthrough.ui.widgets.look_for_state import response_key, tap_edit
from walkthrough.ui.widgets.look_for_taps import RowTaps
from walkthrough.ui.widgets.nudge_hint import NudgeHint
from walkthrough.ui.widgets.row_panel import RowPanel

NOTE_DELAY_MS = 800
UNLIMITED_PX = 16777215  # Qt's QWIDGETSIZE_MAX
translate = QCoreApplication.translate  # in the "LookForRow" context, where the catalog has these words


class RowNotes(RowTaps):
    """The note and the typed answer of a row; needs the attributes below (and RowTaps')."""

    stack: QStackedWidget
    note: QLineEdit | None
    note_button: QPushButton | None
    note_mark: QLabel
    note_hint: NudgeHint | None
    notes_button: QPushButton | None
    text: QLineEdit | None
    text_saver: TextAutosave | None
    note_saver: TextAutosave | None
    panel: RowPanel | None
    status: SaveStatus
    observation_id: str
    by: str | None

    def note_open(self) -> bool:
        return self.note is not None and self.stack.currentWidget() is self.note

    def _toggle_note(self) -> None:
        if self.note is None:
            return
        if self.note_open():
            self.close_note()
        else:
            self._show_note()

    def _show_note(self) -> None:
        assert self.note is not None
        if self.panel is not None:
            self.panel.close_panel()
        if not self.note_open():
            self.stack.setFixedHeight(self.stack.height())  # the row keeps its height: nothing below it moves
        self.stack.setCurrentWidget(self.note)
        if self.note_hint is not None:
            self.note_hint.refresh()
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_note_button()

    def close_note(self) -> None:
        """Back to the row's buttons; what was typed is committed now."""
        if self.note is None:
            return
        self.flush_note()
        self.stack.setCurrentIndex(0)
        self.stack.setMinimumHeight(0)
        self.stack.setMaximumHeight(UNLIMITED_PX)
        self._show_note_button()

    def _show_note_button(self) -> None:
        if self.note_button is None or self.note is None:
            return
        has_note = bool(self.note.text().strip())
        self.note_button.setChecked(self.note_open() or has_note)
        self.note_button.setText(translate("LookForRow", "✎ Note ✓") if has_note and not self.note_open() else
                                 translate("LookForRow", "✎ Note"))
        self.note_button.setToolTip(translate("LookForRow", "Evidence note: {strip}").format(
                strip=self.note.text().strip()) if has_note else
                                    translate("LookForRow", "Write a few words of evidence (Ctrl+E)"))
        self.note_mark.setVisible(has_note and not self.note_open())
        self.note_mark.setToolTip(self.note_button.toolTip())

    def show_note_count(self, count: int) -> None:
        """How many notes are stored about this look-for (several notes)."""
        if self.notes_button is not None:
            self.notes_button.setText(translate("LookForRow", "✎ Notes ({count})").format(count=count) if count else
                                      translate("LookForRow", "✎ Notes"))
            self.notes_button.setAccessibleDescription(translate("LookForRow", "{count} note{n}").format(count=count,
                    n='s' if count != 1 else ''))

    def open_note(self) -> QLineEdit | None:
        """Show and focus the note (or the text answer): the observer asked to type."""
        if self.text is not None:
            self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return self.text
        if self.note is not None:
            self._show_note()
            self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return self.note

    def autosave(self, pending: PendingWrites, observation_id: str, *, by: str | None) -> None:
        """Let the text answer and the evidence note of this visit's look-for save themselves, as ``by``."""
        self.observation_id = observation_id
        self.by = by
        lf = self.look_for
        if self.text is not None:
            self.text_saver = line_autosave(self.text, pending, self.status, translate("LookForRow", "Your answer"),
                    delay_ms=NOTE_DELAY_MS)
        if self.note is not None:
            self.note_saver = line_autosave(self.note, pending, self.status, "Evidence note", delay_ms=NOTE_DELAY_MS)
        self._bind_text(lf)

    def _bind_text(self, lf: LookFor) -> None:
        obs, by = self.observation_id, self.by
        if self.text_saver is not None:
            value = self._current()
            self.text_saver.bind(response_key(obs, self.key), value if isinstance(value, str) else "",
                                 lambda text: tap_edit(obs, lf, text.strip() or None, False, text, key=self.key,
                                                       by=by))
        if self.note_saver is not None:
            self.note_saver.bind(f"{response_key(obs, self.key)}/note", self.response.note if self.response else "",
                                 lambda text: PendingEdit(f"{response_key(obs, self.key)}/note", "set_response_note",
                                                          (obs, self.key, text.strip()), {"by": by}, "Evidence note",
                                                          text))

    def flush_note(self) -> None:
        """Commit typed text now (it is also committed after a pause and on leaving the field)."""
        for saver in (self.text_saver, self.note_saver):
            if saver is not None:
                saver.commit()
