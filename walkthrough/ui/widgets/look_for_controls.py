"""One look-for on the visit screen: its prompt, its state in words, its controls.

A row never shows a value it has not been told is stored: a tap emits
``change_requested``; the visit screen commits it and calls ``display`` with
the stored response. When the database cannot take a tap yet, the screen
calls ``show_waiting`` and the chip reads "Not saved yet" until it can.
Typed text (a text answer, an evidence note) saves itself through the
window's queue of edits (:meth:`LookForRow.autosave`). Untouched look-fors
read "Not marked", which is not the same as "Not observed".
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.frameworks import LookFor, ResponseType
from walkthrough.core.model import Response
from walkthrough.core.rounds import due_snapshot_minutes
from walkthrough.ui.widgets.autosave import SaveStatus, TextAutosave
from walkthrough.ui.widgets.controls import plain_label, plain_tooltip
from walkthrough.ui.widgets.instrument_controls import (
    AnchorCaption,
    InstrumentControl,
    has_anchors,
)
from walkthrough.ui.widgets.look_for_state import (
    ONE_OF,
    repolish,
    response_key,
    round_tap_edit,
    state_text,
    tap_edit,
)
from walkthrough.ui.widgets.look_for_taps import NA
from walkthrough.ui.widgets.nudge_hint import NudgeHint
from walkthrough.ui.widgets.row_inputs import RowInputs
from walkthrough.ui.widgets.row_notes import RowNotes
from walkthrough.ui.widgets.row_panel import RowPanel
from walkthrough.ui.widgets.segmented import Segmented, Stepper, touch_button

__all__ = ["NA", "LookForRow", "repolish", "response_key", "round_tap_edit", "state_text", "tap_edit"]
# One compact 48 px row: the prompt and the answer; a tap opens the options over the row.
COMPACT = (ResponseType.FREQUENCY, ResponseType.RATING, ResponseType.CHOICE, ResponseType.TALLY,
           ResponseType.MULTI_CHOICE, ResponseType.SNAPSHOT)
CHIP_PX = 120
TAP_SLOP_PX = 12  # a finger that moved further was scrolling the list, not tapping the row


class LookForRow(RowInputs, RowNotes, QFrame):
    change_requested = Signal(str, object, bool)  # look-for key, value, not applicable
    prompt_due = Signal(str, int)  # look-for key, minute
    notes_requested = Signal(str)  # look-for key: open its several notes

    def __init__(self, look_for: LookFor, key: str | None = None, *, round_id: str | None = None) -> None:
        super().__init__()
        self.look_for = look_for
        self.key = key or look_for.key  # the response key: "engaged#2" for a segment
        self.round_id = round_id  # set for a look-for answered once for the whole round
        self.response: Response | None = None
        self.waiting_value: tuple[object, bool] | None = None  # a tap the database has not taken yet
        self.text_saver: TextAutosave | None = None
        self.note_saver: TextAutosave | None = None
        self.observation_id = ""
        self.by: str | None = None  # the profile recording this visit
        self.setObjectName("lookFor")
        self.setProperty("state", "unmarked")
        self.setAccessibleName(self.tr("Look-for: {prompt}").format(prompt=look_for.prompt))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 1, 6, 1)
        outer.setSpacing(0)
        # The row's face and its note share one place: a note opens where the prompt and buttons were,
        # so no row moves under the observer's finger (and the row keeps its height).
        self.stack = QStackedWidget()
        self.stack.setObjectName("rowStack")
        face = QWidget()
        face.setMinimumHeight(48)
        face_column = QVBoxLayout(face)
        face_column.setContentsMargins(0, 0, 0, 0)
        face_column.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(8)
        face_column.addLayout(top)
        self.stack.addWidget(face)
        outer.addWidget(self.stack)
        self.chip = QLabel()
        self.chip.setObjectName("stateChip")
        self.chip.setWordWrap(True)  # "✓ min 1: 3, min 3: 5" wraps; it is never cut off
        self.chip.setFixedWidth(CHIP_PX)
        self.chip.setAccessibleName(self.tr("State of: {prompt}").format(prompt=look_for.prompt))
        self.prompt = plain_label(look_for.prompt)
        self.prompt.setWordWrap(True)
        self.prompt.setObjectName("prompt")
        self.prompt.setToolTip(plain_tooltip(look_for.description))
        self.prompt.setMinimumWidth(120)
        top.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.prompt, 1)
        self.segments: Segmented | None = None
        self.toggles: Segmented | None = None
        self.na: Segmented | None = None
        self.stepper: Stepper | None = None
        self.minute_controls: dict[int, Segmented | Stepper] = {}
        self.text: QLineEdit | None = None
        self.extra: InstrumentControl | None = None
        self.anchor_caption: AnchorCaption | None = None
        controls = self._build_controls()
        plain = not look_for.parts and self.extra is None
        self.compact = plain and look_for.response in COMPACT  # its options open over the row
        self.inline = plain and look_for.response in (ResponseType.PRESENCE, ResponseType.TEXT)
        self.opener: QLabel | None = None
        if self.compact:
            self.opener = QLabel("▾")
            self.opener.setObjectName("rowOpener")
            top.addWidget(self.opener, 0, Qt.AlignmentFlag.AlignVCenter)
        elif self.inline:
            if look_for.response is ResponseType.TEXT:  # the prompt keeps room for two lines, the field the rest
                top.setStretch(1, 3)
            top.addWidget(controls, 2 if look_for.response is ResponseType.TEXT else 0, Qt.AlignmentFlag.AlignVCenter)
        else:
            face_column.addWidget(controls)
        self.note_mark = QLabel("✎")  # this look-for has a note (its text is the Note button's tooltip)
        self.note_mark.setObjectName("noteMark")
        self.note_mark.hide()
        top.addWidget(self.note_mark, 0, Qt.AlignmentFlag.AlignVCenter)
        self.note_button: QPushButton | None = None
        self.note: QLineEdit | None = None
        self.note_hint: NudgeHint | None = None
        self.text_hint: NudgeHint | None = None
        extras: list[QWidget] = []
        if look_for.response is ResponseType.PRESENCE and self.segments is not None and NA in self.segments.buttons:
            extras.append(self.segments.take(NA))  # N/A is rare for a presence look-for: in its options
        if look_for.evidence_note:
            self.note_button = touch_button(self.tr("✎ Note"), self.tr("Evidence note for: {prompt}").format(
                    prompt=look_for.prompt), checkable=True)
            self.note_button.setToolTip(self.tr("Write a few words of evidence (Ctrl+E)"))
            self.note_button.setMinimumWidth(88)
            self.note_button.clicked.connect(self._toggle_note)
            extras.append(self.note_button)
            self.note = self._line_edit(self.tr("Evidence note for: {prompt}").format(prompt=look_for.prompt),
                    self.tr("A few words of evidence…"), self.tr("Evidence…"))
            self.note.returnPressed.connect(self.close_note)
            self.stack.addWidget(self.note)
            self.note_hint = NudgeHint(self.note)  # the wording nudge; never blocks the note
            outer.addWidget(self.note_hint)
        self.notes_button: QPushButton | None = None
        if look_for.several_notes:  # any number of notes, each may be about other look-fors too
            self.notes_button = touch_button(self.tr("✎ Notes"), self.tr("Notes about: {prompt}").format(
                    prompt=look_for.prompt), checkable=False)
            self.notes_button.setToolTip(self.tr("Write any number of notes; a note can be about other look-fors too"))
            self.notes_button.setFixedWidth(96)
            self.notes_button.clicked.connect(lambda: self.notes_requested.emit(self.look_for.key))
            top.addWidget(self.notes_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.panel: RowPanel | None = None
        if self.compact or extras:
            self.panel = RowPanel(look_for.prompt, controls if self.compact else None, extras)
        self._press: QPoint | None = None
        self._press_scroll = 0
        if self.text is not None:
            self.text_hint = NudgeHint(self.text)
            outer.addWidget(self.text_hint)
        self.status = SaveStatus(self.tr("{prompt}: saved or not").format(prompt=look_for.prompt), name_fields=True)
        outer.addWidget(self.status)
        if has_anchors(look_for):
            self.anchor_caption = AnchorCaption(look_for)
            outer.addWidget(self.anchor_caption)
        self._due: set[int] = set()
        self._elapsed = 0.0
        self.display(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_presence_buttons()

    # The options over the row ---------------------------------------------
    def open_options(self) -> bool:
        """Open this look-for's options over its row (False when it has none)."""
        if self.panel is None or not self.isEnabled():
            return False
        self.panel.open_over(self)
        return True

    def options_open(self) -> bool:
        return self.panel is not None and self.panel.is_open()

    def picked(self) -> None:
        if self.panel is not None and self.look_for.response in ONE_OF:
            self.panel.close_panel()  # one answer: the pick commits and closes

    def _scroll_value(self) -> int:
        from PySide6.QtWidgets import QScrollArea

        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent.verticalScrollBar().value() if parent is not None else 0

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.globalPosition().toPoint()
        self._press_scroll = self._scroll_value()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        event.accept()
        if press is None or self.note_open() or event.button() is not Qt.MouseButton.LeftButton:
            return
        moved = (event.globalPosition().toPoint() - press).manhattanLength()
        if moved <= TAP_SLOP_PX and self._scroll_value() == self._press_scroll and \
                self.rect().contains(event.position().toPoint()):
            self.open_options()  # a tap on the prompt or the answer, not a drag of the list

    # Showing ------------------------------------------------------------
    def display(self, response: Response | None) -> None:
        """Show the stored response (``None``: nothing stored yet)."""
        self.response = response
        self.waiting_value = None
        text, tone = state_text(self.look_for, response)
        self._show(text, tone, bool(response and response.not_applicable))

    def show_waiting(self, value: object, not_applicable: bool) -> None:
        """Show a tap the database has not taken yet: its value, and "Not saved yet"."""
        self.waiting_value = (value, not_applicable)
        self._show(self.tr("Not saved yet"), "waiting", not_applicable)

    def _show(self, text: str, tone: str, na: bool) -> None:
        self.chip.setText(text)
        self.chip.setAccessibleDescription(text)
        waiting_before = self.property("state") == "waiting"
        self.setProperty("state", tone)
        repolish(self)
        repolish(self.chip)
        if waiting_before or tone == "waiting":  # a waiting choice is drawn dashed amber, not as recorded
            for button in self.findChildren(QPushButton):
                repolish(button)
        value = self._current()
        if self.segments is not None:
            self.segments.display(NA if na else None if value is None else str(value))
        if self.toggles is not None:
            self.toggles.display(value if isinstance(value, list) else [])
        if self.na is not None:
            self.na.display(NA if na else None)
        if self.stepper is not None:
            self.stepper.show_count(value if isinstance(value, int) else None)
        if self.extra is not None:
            self.extra.show_value(value)
        if self.anchor_caption is not None:
            self.anchor_caption.show_value(value)
        for minute, control in self.minute_controls.items():
            got = value.get(str(minute)) if isinstance(value, dict) else None
            if isinstance(control, Stepper):
                control.show_count(got if isinstance(got, int) else None)
            else:
                control.display(None if got is None else str(got))
        if self.text_saver is not None or self.note_saver is not None:
            self._bind_text(self.look_for)
        self._show_note_button()
        # A presence look-for says its state on its buttons ("✓ Observed" filled green), a text answer
        # in its field; the chip speaks only when it says more: a default, or "Not saved yet".
        self.chip.setVisible(not self.inline or tone == "waiting" or text.endswith("(default)"))
        self.setAccessibleDescription(text)
        self.set_elapsed(self._elapsed)

    def set_current(self, current: bool) -> None:
        self.setProperty("current", current)
        repolish(self)

    def set_elapsed(self, seconds: float) -> None:
        """Light up snapshot prompts whose minute has come (never blocking)."""
        self._elapsed = seconds
        if self.look_for.response is not ResponseType.SNAPSHOT:
            return
        value = self._current()
        answered = list(value) if isinstance(value, dict) else []
        if self.response is not None and self.response.not_applicable:
            answered = [str(m) for m in self.look_for.minutes]
        due = set(due_snapshot_minutes(self.look_for, seconds, answered))
        for minute in sorted(due - self._due):
            self.prompt_due.emit(self.key, minute)
        self._due = due
        for minute in self.look_for.minutes:
            label = self.findChild(QLabel, f"minute{minute}")
            if label is not None:
                label.setText(self.tr("⏰ Minute {minute}: now").format(minute=minute) if minute in due else
                        self.tr("Minute {minute}").format(minute=minute))
                label.setProperty("due", minute in due)
                repolish(label)
