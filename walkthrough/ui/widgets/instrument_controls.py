"""Controls for the look-for kinds of real instruments (issue 12), one widget per kind.

Each asks for a change (``change(value)``) and shows what it is told is stored
(``show(value)``), never a value of its own: the row commits the change through
the window's queue of edits first. :func:`control_for` is the hook the row calls;
``None`` means the row's own controls fit the look-for.

* :class:`NumberEntry`: a number with − and +, and typing (min, max, decimals, unit);
* :class:`PairedControl`: the parts of a paired look-for side by side ("Teacher does" | "Students do");
* :class:`SnapshotPicks`: per minute, several options ticked, or a count of students per option;
* :class:`AnchorCaption`: what the chosen option or level looks like (its anchor), under the controls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from walkthrough.core.frameworks import LookFor, Option, ResponseType, SnapshotPick
from walkthrough.ui.widgets.controls import plain_label, plain_tooltip
from walkthrough.ui.widgets.segmented import Segmented, Stepper

NA = "__na__"


class InstrumentControl(QWidget):
    change = Signal(object)  # the value asked for (None: clear)

    def show_value(self, value: object) -> None:
        raise NotImplementedError


def _options_with_anchors(segments: Segmented, options: tuple[Option, ...]) -> None:
    for option in options:
        if option.anchor and option.key in segments.buttons:
            segments.buttons[option.key].setToolTip(plain_tooltip(f"{option.label}: {option.anchor}"))


class NumberEntry(InstrumentControl):
    """A number: typed, or stepped with − and +; within the look-for's min and max."""

    def __init__(self, look_for: LookFor, accessible: str) -> None:
        super().__init__()
        self.look_for = look_for
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.stepper = Stepper(accessible)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("{accessible}: number").format(accessible=accessible))
        self.edit.setPlaceholderText(self.tr("type a number"))
        self.edit.setMinimumHeight(48)
        self.edit.setMaximumWidth(140)
        self.edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        low = look_for.minimum if look_for.minimum is not None else -1e9
        high = look_for.maximum if look_for.maximum is not None else 1e9
        validator = QDoubleValidator(low, high, look_for.decimals, self.edit)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.edit.setValidator(validator)
        self.edit.editingFinished.connect(self._typed)
        self.stepper.stepped.connect(self._step)
        row.addWidget(self.stepper)
        row.addWidget(self.edit)
        if look_for.unit:
            row.addWidget(plain_label(look_for.unit))
        row.addStretch(1)
        self._value: float | None = None

    def _emit(self, value: float | None) -> None:
        if value is None:
            self.change.emit(None)
            return
        lf = self.look_for
        if lf.minimum is not None:
            value = max(lf.minimum, value)
        if lf.maximum is not None:
            value = min(lf.maximum, value)
        self.change.emit(int(value) if lf.decimals == 0 else round(value, lf.decimals))

    def _typed(self) -> None:
        text = self.edit.text().strip().replace(",", ".")
        if not text:
            if self._value is not None:
                self._emit(None)
            return
        try:
            value = float(text)
        except ValueError:
            self.show_value(self._value)
            return
        if value != self._value:
            self._emit(value)

    def _step(self, delta: int) -> None:
        start = self._value if self._value is not None else (self.look_for.minimum or 0) - (1 if delta > 0 else 0)
        self._emit(start + delta if self._value is not None else max(start + delta, self.look_for.minimum or 0))

    def show_value(self, value: object) -> None:
        self._value = float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
        shown = "" if self._value is None else (f"{self._value:g}")
        self.stepper.show_count(None if self._value is None else int(self._value))
        self.stepper.count.setText(shown or "–")
        if not self.edit.hasFocus():
            self.edit.setText(shown)


class PairedControl(InstrumentControl):
    """The parts of a paired look-for side by side, each answered with the look-for's kind."""

    def __init__(self, look_for: LookFor, accessible: str) -> None:
        super().__init__()
        self.look_for = look_for
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        self.parts: dict[str, Segmented | NumberEntry] = {}
        self._value: dict[str, object] = {}
        for column, part in enumerate(look_for.parts):
            box = QVBoxLayout()
            title = plain_label(part.label)
            title.setObjectName("partLabel")
            title.setStyleSheet("font-weight: 600;")
            box.addWidget(title)
            if part.prompt:
                prompt = plain_label(part.prompt)
                prompt.setWordWrap(True)
                box.addWidget(prompt)
            name = f"{accessible}, {part.label}"
            control: Segmented | NumberEntry
            if look_for.response is ResponseType.NUMBER:
                control = NumberEntry(look_for, name)
                control.change.connect(lambda v, p=part.key: self._set(p, v))
            else:
                labels = {"observed": self.tr("✓ Observed"), "not_observed": self.tr("✗ Not observed")}
                control = Segmented([(o.key, labels.get(o.key, o.label), "choice") for o in look_for.choices], name)
                for button in control.buttons.values():
                    button.setMinimumWidth(max(120, button.sizeHint().width()))
                _options_with_anchors(control, look_for.choices)
                control.chosen.connect(lambda k, p=part.key: self._set(p, None if k is None else
                                                                       int(k) if self.look_for.response is
                                                                       ResponseType.RATING else k))
            self.parts[part.key] = control
            box.addWidget(control)
            grid.addLayout(box, 0, column)
            grid.setColumnStretch(column, 1)

    def _set(self, part: str, value: object) -> None:
        wanted = dict(self._value)
        if value is None:
            wanted.pop(part, None)
        else:
            wanted[part] = value
        self.change.emit(wanted or None)

    def show_value(self, value: object) -> None:
        self._value = dict(value) if isinstance(value, dict) else {}
        for key, control in self.parts.items():
            got = self._value.get(key)
            if isinstance(control, NumberEntry):
                control.show_value(got)
            else:
                control.display(None if got is None else str(got))


class SnapshotPicks(InstrumentControl):
    """Per prompt minute: several options ticked, or how many students for each option."""

    def __init__(self, look_for: LookFor, accessible: str) -> None:
        super().__init__()
        self.look_for = look_for
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.ticks: dict[int, Segmented] = {}
        self.counts: dict[tuple[int, str], Stepper] = {}
        self.minute_labels: dict[int, QLabel] = {}
        self._value: dict[str, object] = {}
        for row, minute in enumerate(look_for.minutes):
            label = QLabel(self.tr("Minute {minute}").format(minute=minute))
            label.setObjectName(f"minute{minute}")
            self.minute_labels[minute] = label
            grid.addWidget(label, row, 0)
            if look_for.pick is SnapshotPick.SEVERAL:
                ticks = Segmented([(o.key, o.label, "choice") for o in look_for.options],
                                  self.tr("{prompt}, minute {minute}").format(prompt=accessible,
                                          minute=minute), multi=True)
                _options_with_anchors(ticks, look_for.options)
                ticks.chosen.connect(lambda key, m=minute: self._tick(m, key))
                self.ticks[minute] = ticks
                grid.addWidget(ticks, row, 1)
            else:
                line = QHBoxLayout()
                for option in look_for.options:
                    line.addWidget(plain_label(option.label))
                    stepper = Stepper(self.tr("{prompt}, minute {minute}, {option}").format(
                        prompt=accessible, minute=minute, option=option.label))
                    stepper.stepped.connect(lambda delta, m=minute, k=option.key: self._count(m, k, delta))
                    self.counts[(minute, option.key)] = stepper
                    line.addWidget(stepper)
                line.addStretch(1)
                grid.addLayout(line, row, 1)
        self.total = plain_label()
        self.total.setObjectName("snapshotTotal")
        self.total.setWordWrap(True)
        self.total.hide()
        grid.addWidget(self.total, len(look_for.minutes), 0, 1, 2)

    def _tick(self, minute: int, key: str) -> None:
        wanted = dict(self._value)
        now = list(wanted.get(str(minute)) or [])  # type: ignore[call-overload]
        now = [k for k in now if k != key] if key in now else [*now, key]
        if now:
            wanted[str(minute)] = now
        else:
            wanted.pop(str(minute), None)
        self.change.emit(wanted or None)

    def _count(self, minute: int, key: str, delta: int) -> None:
        wanted = {m: dict(v) if isinstance(v, dict) else v for m, v in self._value.items()}
        counts = wanted.setdefault(str(minute), {})
        assert isinstance(counts, dict)
        if key not in counts and delta < 0:
            return
        counts[key] = max(0, int(counts.get(key, 0)) + delta)
        self.change.emit(wanted)

    def show_value(self, value: object) -> None:
        self._value = dict(value) if isinstance(value, dict) else {}
        for minute, ticks in self.ticks.items():
            got = self._value.get(str(minute))
            ticks.display(got if isinstance(got, list) else [])
        for (minute, key), stepper in self.counts.items():
            got = self._value.get(str(minute))
            stepper.show_count(got.get(key) if isinstance(got, dict) else None)

    def show_totals_problem(self, text: str) -> None:
        self.total.setText(self.tr("⚠ {text}").format(text=text) if text else "")
        self.total.setVisible(bool(text))


class AnchorCaption(QLabel):
    """The anchor of the chosen option or level, in words, under the row's controls."""

    def __init__(self, look_for: LookFor) -> None:
        super().__init__()
        self.look_for = look_for
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setObjectName("anchorCaption")
        self.setProperty("subtle", True)
        self.hide()

    def show_value(self, value: object) -> None:
        chosen = next((o for o in self.look_for.choices if value is not None and o.key == str(value)), None)
        text = f"{chosen.label}: {chosen.anchor}" if chosen is not None and chosen.anchor else ""
        self.setText(text)
        self.setVisible(bool(text))


def has_anchors(look_for: LookFor) -> bool:
    return not look_for.parts and any(o.anchor for o in look_for.choices)


def control_for(look_for: LookFor, accessible: str) -> InstrumentControl | None:
    """The control a look-for needs beyond the row's own (None: the row's own fit)."""
    if look_for.parts:
        return PairedControl(look_for, accessible)
    if look_for.response is ResponseType.NUMBER:
        return NumberEntry(look_for, accessible)
    if look_for.response is ResponseType.SNAPSHOT and look_for.pick is not SnapshotPick.ONE:
        return SnapshotPicks(look_for, accessible)
    return None


def anchor_tooltips(segments: Segmented, look_for: LookFor) -> None:
    _options_with_anchors(segments, look_for.choices)
