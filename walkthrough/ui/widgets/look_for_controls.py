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

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from walkthrough.storage.pending_edits import PendingEdit
from walkthrough.ui.pending import PendingWrites
from walkthrough.ui.widgets.autosave import SaveStatus, TextAutosave, line_autosave
from walkthrough.ui.widgets.controls import plain_label, plain_tooltip
from walkthrough.ui.widgets.instrument_controls import (
    AnchorCaption,
    InstrumentControl,
    anchor_tooltips,
    control_for,
    has_anchors,
)
from walkthrough.ui.widgets.nudge_hint import NudgeHint
from walkthrough.ui.widgets.segmented import Segmented, Stepper, touch_button

NA = "__na__"
_ONE_OF = (ResponseType.PRESENCE, ResponseType.FREQUENCY, ResponseType.RATING, ResponseType.CHOICE)
_INLINE = (ResponseType.PRESENCE, ResponseType.TALLY)
NOTE_DELAY_MS = 800
CHIP_PX = 120
PRESENCE_BUTTON_PX = 98


def _label(look_for: LookFor, value: object) -> str:
    if look_for.response is ResponseType.NUMBER:
        return f"{value:g}{' ' + look_for.unit if look_for.unit else ''}" if isinstance(value, int | float) else "?"
    return next((o.label for o in look_for.choices if o.key == str(value)), str(value))


def state_text(look_for: LookFor, response: Response | None) -> tuple[str, str]:
    """What a look-for's state says in words, and its tone for the style."""
    if response is None or not response.is_marked:
        if look_for.default is not None:  # counted as its default until tapped; shown as such, not as a tap
            shown = ", ".join(map(str, look_for.default)) if isinstance(look_for.default, list) else \
                _label(look_for, look_for.default)
            return QCoreApplication.translate("LookForRow", "◌  {shown} (default)").format(shown=shown), "unmarked"
        return QCoreApplication.translate("LookForRow", "○  Not marked"), "unmarked"
    if response.not_applicable:
        return QCoreApplication.translate("LookForRow", "–  N/A"), "na"
    value = response.value
    rtype = look_for.response
    if look_for.parts and isinstance(value, dict):
        return "✓  " + " · ".join(f"{p.label}: {_label(look_for, value[p.key])}" for p in look_for.parts
                                  if p.key in value), "marked"
    if rtype is ResponseType.NUMBER:
        return f"✓  {_label(look_for, value)}", "marked"
    if rtype is ResponseType.PRESENCE:
        return ((QCoreApplication.translate("LookForRow", "✓  Observed"), "observed") if value == "observed"
                else (QCoreApplication.translate("LookForRow", "✗  Not observed"), "not_observed"))
    if rtype in _ONE_OF:
        label = next((o.label for o in look_for.choices if o.key == str(value)), str(value))
        return f"✓  {label}", "marked"
    if rtype is ResponseType.MULTI_CHOICE and isinstance(value, list):
        return QCoreApplication.translate("LookForRow", "✓  {count} chosen").format(count=len(value)), "marked"
    if rtype is ResponseType.TALLY:
        return QCoreApplication.translate("LookForRow", "✓  Count {value}").format(value=value), "marked"
    if rtype is ResponseType.SNAPSHOT and isinstance(value, dict):
        return "✓  " + ", ".join(QCoreApplication.translate("LookForRow", "min {minute}: {value}").format(minute=m,
                value=v)
                                   for m, v in value.items()), "marked"
    return QCoreApplication.translate("LookForRow", "✓  Written"), "marked"


def repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def response_key(observation_id: str, look_for_key: str) -> str:
    """The pending-edit key of one look-for's value in one visit."""
    return f"response/{observation_id}/{look_for_key}"


def tap_edit(observation_id: str, look_for: LookFor, value: object, not_applicable: bool,
             text: str | None = None, *, key: str | None = None, by: str | None) -> PendingEdit:
    """The edit that records one look-for's value (a tap, or a text answer) by the profile ``by``;
    ``key`` names a segment ("k#2")."""
    key = key or look_for.key
    return PendingEdit(response_key(observation_id, key), "record_response",
                       (observation_id, key, value), {"not_applicable": not_applicable, "by": by}, look_for.prompt,
                       text)


def round_tap_edit(round_id: str, look_for: LookFor, value: object, not_applicable: bool, *,
                   by: str | None) -> PendingEdit:
    """The edit that records the answer of a look-for that belongs to the whole round, by ``by``."""
    return PendingEdit(f"round_response/{round_id}/{look_for.key}", "record_round_response",
                       (round_id, look_for.key, value), {"not_applicable": not_applicable, "by": by}, look_for.prompt)


class LookForRow(QFrame):
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
        outer.setContentsMargins(8, 2, 8, 2)
        outer.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(10)
        outer.addLayout(top)
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
        # The controls and the note share one place: a note opens where the buttons were, so no row
        # moves under the observer's finger (and the row keeps its height).
        self.stack = QStackedWidget()
        self.stack.setObjectName("rowStack")
        self.stack.addWidget(controls)
        self.inline = look_for.response in _INLINE and not look_for.parts
        if self.inline:
            top.addWidget(self.stack, 0, Qt.AlignmentFlag.AlignVCenter)
        else:
            outer.addWidget(self.stack)
        self.note_button: QPushButton | None = None
        self.note: QLineEdit | None = None
        self.note_hint: NudgeHint | None = None
        self.text_hint: NudgeHint | None = None
        if look_for.evidence_note:
            self.note_button = touch_button(self.tr("✎ Note"), self.tr("Evidence note for: {prompt}").format(
                    prompt=look_for.prompt), checkable=True)
            self.note_button.setToolTip(self.tr("Write a few words of evidence (Ctrl+E)"))
            self.note_button.setFixedWidth(72)
            self.note_button.clicked.connect(self._toggle_note)
            top.addWidget(self.note_button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.note = self._line_edit(self.tr("Evidence note for: {prompt}").format(prompt=look_for.prompt),
                    self.tr("A few words of evidence…"))
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

    # Building -----------------------------------------------------------
    def _line_edit(self, accessible: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumHeight(48)
        edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # typing never starts by accident
        return edit

    def _build_controls(self) -> QWidget:
        lf = self.look_for
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        na_option = [(NA, self.tr("N/A"), "na")] if lf.allow_na else []
        self.extra = control_for(lf, lf.prompt)
        if self.extra is not None:  # paired, number, snapshot with several picks or counts
            self.extra.change.connect(lambda value: self.change_requested.emit(self.key, value, False))
            row.addWidget(self.extra, 1)
        elif lf.response is ResponseType.PRESENCE:
            options = [("observed", self.tr("✓ Observed"), "observed"),
                       ("not_observed", self.tr("✗ Not observed"), "not_observed")]
            self.segments = Segmented(options + na_option, lf.prompt)
            # Narrow enough for two columns of look-fors; the words wrap onto two lines when needed.
            self.segments.buttons["observed"].setFixedWidth(PRESENCE_BUTTON_PX)
            self.segments.buttons["not_observed"].setFixedWidth(PRESENCE_BUTTON_PX)
            if NA in self.segments.buttons:
                self.segments.buttons[NA].setFixedWidth(56)
        elif lf.response in _ONE_OF:
            self.segments = Segmented([(o.key, o.label, "choice") for o in lf.choices] + na_option, lf.prompt)
        if self.segments is not None:
            self.segments.chosen.connect(self._one_of)
            anchor_tooltips(self.segments, lf)
            row.addWidget(self.segments)
        elif self.extra is not None:
            pass
        elif lf.response is ResponseType.MULTI_CHOICE:
            self.toggles = Segmented([(o.key, o.label, "choice") for o in lf.options], lf.prompt, multi=True)
            self.toggles.chosen.connect(self._toggle)
            row.addWidget(self.toggles)
        elif lf.response is ResponseType.TALLY:
            self.stepper = Stepper(lf.prompt)
            self.stepper.stepped.connect(self._step)
            row.addWidget(self.stepper)
        elif lf.response is ResponseType.SNAPSHOT:
            for minute in lf.minutes:
                label = QLabel(self.tr("Minute {minute}").format(minute=minute))
                label.setObjectName(f"minute{minute}")
                row.addWidget(label)
                control: Segmented | Stepper
                if lf.options:
                    options = [(o.key, o.label, "choice") for o in lf.options]
                    control = Segmented(options, self.tr("{prompt}, minute {minute}").format(prompt=lf.prompt,
                            minute=minute))
                    control.chosen.connect(lambda key, m=minute: self._snapshot(m, key))
                else:
                    control = Stepper(self.tr("{prompt}, minute {minute}").format(prompt=lf.prompt, minute=minute))
                    control.stepped.connect(lambda delta, m=minute: self._snapshot_step(m, delta))
                self.minute_controls[minute] = control
                row.addWidget(control)
        elif lf.response is ResponseType.TEXT:
            self.text = self._line_edit(lf.prompt, self.tr("Type here when there is a moment…"))
            row.addWidget(self.text, 1)
        if self.segments is None and na_option:
            self.na = Segmented(na_option, lf.prompt)
            self.na.chosen.connect(lambda key: self.change_requested.emit(self.key, None, key == NA))
            row.addWidget(self.na)
        if lf.response is not ResponseType.TEXT:
            row.addStretch(1)
        return box

    # Taps ---------------------------------------------------------------
    def _one_of(self, key: str | None) -> None:
        if key == NA:
            self.change_requested.emit(self.key, None, True)
        elif key is None:
            self.change_requested.emit(self.key, None, False)
        else:
            value: object = int(key) if self.look_for.response is ResponseType.RATING else key
            self.change_requested.emit(self.key, value, False)

    def _current(self) -> object:
        """The value shown: a tap still waiting for the database, else the stored one."""
        if self.waiting_value is not None:
            value, na = self.waiting_value
            return None if na else value
        return None if self.response is None or self.response.not_applicable else self.response.value

    def _toggle(self, key: str) -> None:
        current = self._current()
        chosen = list(current) if isinstance(current, list) else []
        chosen = [k for k in chosen if k != key] if key in chosen else [*chosen, key]
        self.change_requested.emit(self.key, chosen or None, False)

    def _step(self, delta: int) -> None:
        current = self._current()
        count = current if isinstance(current, int) else 0
        if current is None and delta < 0:
            return
        self.change_requested.emit(self.key, max(0, count + delta), False)

    def _snapshot(self, minute: int, value: object) -> None:
        current = self._current()
        values = dict(current) if isinstance(current, dict) else {}
        if value is None:
            values.pop(str(minute), None)
        else:
            values[str(minute)] = value
        self.change_requested.emit(self.key, values or None, False)

    def _snapshot_step(self, minute: int, delta: int) -> None:
        current = self._current()
        values = current if isinstance(current, dict) else {}
        count = values.get(str(minute))
        if count is None and delta < 0:
            return
        self._snapshot(minute, max(0, (count if isinstance(count, int) else 0) + delta))

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
        self._show_note_button()

    def _show_note_button(self) -> None:
        if self.note_button is None or self.note is None:
            return
        has_note = bool(self.note.text().strip())
        self.note_button.setChecked(self.note_open() or has_note)
        self.note_button.setText(self.tr("✎ Note ✓") if has_note and not self.note_open() else self.tr("✎ Note"))
        self.note_button.setToolTip(self.tr("Evidence note: {strip}").format(
                strip=self.note.text().strip()) if has_note else
                                    self.tr("Write a few words of evidence (Ctrl+E)"))

    def show_note_count(self, count: int) -> None:
        """How many notes are stored about this look-for (several notes)."""
        if self.notes_button is not None:
            self.notes_button.setText(self.tr("✎ Notes ({count})").format(count=count) if count else self.tr("✎ Notes"))
            self.notes_button.setAccessibleDescription(self.tr("{count} note{n}").format(count=count,
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
            self.text_saver = line_autosave(self.text, pending, self.status, self.tr("Your answer"),
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

    # Keyboard -----------------------------------------------------------
    def act(self, action: str, number: int = 0) -> bool:
        """A keyboard action on this look-for; True when it asked for a change."""
        lf = self.look_for
        if self.extra is not None and action not in ("clear", "na"):
            return False  # paired, number and multi-pick snapshots are answered on their own controls
        if action == "clear":
            self.change_requested.emit(self.key, None, False)
        elif action == "na" and lf.allow_na:
            self.change_requested.emit(self.key, None, True)
        elif action in ("observed", "not_observed") and lf.response is ResponseType.PRESENCE:
            self.change_requested.emit(self.key, action, False)
        elif action == "option":
            keys = [o.key for o in lf.choices] + ([NA] if lf.allow_na and self.segments else [])
            if self.segments is not None and 1 <= number <= len(keys):
                self._one_of(keys[number - 1])
            elif self.toggles is not None and 1 <= number <= len(lf.options):
                self._toggle(lf.options[number - 1].key)
            elif lf.response is ResponseType.SNAPSHOT and lf.options and 1 <= number <= len(lf.options):
                self._snapshot(self._minute_now(), lf.options[number - 1].key)
            else:
                return False
        elif action in ("plus", "minus"):
            delta = 1 if action == "plus" else -1
            if self.stepper is not None:
                self._step(delta)
            elif lf.response is ResponseType.SNAPSHOT and not lf.options:
                self._snapshot_step(self._minute_now(), delta)
            else:
                return False
        else:
            return False
        return True

    def _minute_now(self) -> int:
        due = sorted(self._due)
        return due[0] if due else self.look_for.minutes[0]

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
        # A presence look-for says its state on its buttons ("✓ Observed" filled green); the chip
        # speaks only when it says more: a default, or "Not saved yet".
        self.chip.setVisible(not (self.look_for.response is ResponseType.PRESENCE and self.inline)
                             or tone == "waiting" or text.endswith("(default)"))
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
