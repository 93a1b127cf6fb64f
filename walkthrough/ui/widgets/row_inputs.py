"""The controls of one look-for's row, for each kind of answer: ✓ Observed / ✗ Not observed, one of
several options, several picks, a count, a count or pick per minute, a typed answer, N/A.

Mixed into :class:`~walkthrough.ui.widgets.look_for_controls.LookForRow`: the controls only ask for a
change (:class:`~walkthrough.ui.widgets.look_for_taps.RowTaps`); the row shows what is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from walkthrough.core.frameworks import ResponseType
from walkthrough.ui.widgets.flow_layout import FlowLayout
from walkthrough.ui.widgets.instrument_controls import AnchorCaption, InstrumentControl, anchor_tooltips, control_for
from walkthrough.ui.widgets.look_for_state import ONE_OF
from walkthrough.ui.widgets.look_for_taps import NA, RowTaps
from walkthrough.ui.widgets.placeholder_fit import fit_placeholder
from walkthrough.ui.widgets.segmented import Segmented, Stepper
from walkthrough.ui.widgets.wrap_button import WrapButton

PRESENCE_BUTTON_PX = 96
translate = QCoreApplication.translate  # in the "LookForRow" context, where the catalog has these words


class RowInputs(RowTaps):
    """Builds a row's controls; needs the attributes below (and RowTaps')."""

    minute_controls: dict[int, Segmented | Stepper]
    text: QLineEdit | None
    na: Segmented | None
    anchor_caption: AnchorCaption | None
    extra: InstrumentControl | None

    # Building -----------------------------------------------------------
    def _line_edit(self, accessible: str, placeholder: str, short: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        fit_placeholder(edit, placeholder, short)  # whole words, never "Type here when th…"
        edit.setMinimumHeight(48)
        edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # typing never starts by accident
        return edit

    def _build_controls(self) -> QWidget:
        lf = self.look_for
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        na_option = [(NA, translate("LookForRow", "N/A"), "na")] if lf.allow_na else []
        self.extra = control_for(lf, lf.prompt)
        if self.extra is not None:  # paired, number, snapshot with several picks or counts
            self.extra.change.connect(lambda value: self.change_requested.emit(self.key, value, False))
            row.addWidget(self.extra, 1)
        elif lf.response is ResponseType.PRESENCE:
            options = [("observed", translate("LookForRow", "✓ Observed"), "observed"),
                       ("not_observed", translate("LookForRow", "✗ Not observed"), "not_observed")]
            self.segments = Segmented(options + na_option, lf.prompt)
            # Narrow enough for two columns of look-fors; the words wrap onto two lines when needed
            # (a longer word, "observado", widens both when the row is shown: _fit_presence_buttons).
            self.segments.buttons["observed"].setFixedWidth(PRESENCE_BUTTON_PX)
            self.segments.buttons["not_observed"].setFixedWidth(PRESENCE_BUTTON_PX)
            if NA in self.segments.buttons:
                self.segments.buttons[NA].setFixedWidth(56)
        elif lf.response in ONE_OF:
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
            minutes = QWidget()
            flow = FlowLayout(minutes, spacing=8)  # each minute with its control; more than fit: the next line
            row.addWidget(minutes, 1)
            for minute in lf.minutes:
                pair = QWidget()
                line = QHBoxLayout(pair)
                line.setContentsMargins(0, 0, 0, 0)
                label = QLabel(translate("LookForRow", "Minute {minute}").format(minute=minute))
                label.setObjectName(f"minute{minute}")
                line.addWidget(label)
                flow.addWidget(pair)
                control: Segmented | Stepper
                if lf.options:
                    options = [(o.key, o.label, "choice") for o in lf.options]
                    control = Segmented(options, translate("LookForRow", "{prompt}, minute {minute}").format(
                            prompt=lf.prompt, minute=minute))
                    control.chosen.connect(lambda key, m=minute: self._snapshot(m, key))
                else:
                    control = Stepper(translate("LookForRow", "{prompt}, minute {minute}").format(
                            prompt=lf.prompt, minute=minute))
                    control.stepped.connect(lambda delta, m=minute: self._snapshot_step(m, delta))
                self.minute_controls[minute] = control
                line.addWidget(control)
        elif lf.response is ResponseType.TEXT:
            self.text = self._line_edit(lf.prompt, translate("LookForRow", "Type here when there is a moment…"),
                                        translate("LookForRow", "Type here…"))
            row.addWidget(self.text, 1)
        if self.segments is None and na_option:
            self.na = Segmented(na_option, lf.prompt)
            self.na.chosen.connect(lambda key: self.change_requested.emit(self.key, None, key == NA))
            row.addWidget(self.na)
        if lf.response is not ResponseType.TEXT:
            row.addStretch(1)
        return box

    def _fit_presence_buttons(self) -> None:
        """✓ Observed and ✗ Not observed: both PRESENCE_BUTTON_PX wide, or as wide as their longest word
        needs in the style's font (never a word cut, and the two stay the same width)."""
        if self.segments is None or self.look_for.response is not ResponseType.PRESENCE:
            return
        pair = [b for k, b in self.segments.buttons.items() if k in ("observed", "not_observed")]
        width = max([PRESENCE_BUTTON_PX] + [b.widest_word_width() for b in pair if isinstance(b, WrapButton)])
        for button in pair:
            if button.width() != width or button.minimumWidth() != width:
                button.setFixedWidth(width)
