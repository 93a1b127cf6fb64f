"""What a tap or a key on one look-for asks for: the value it becomes, never a value shown before it is stored.

Mixed into :class:`~walkthrough.ui.widgets.look_for_controls.LookForRow`: each tap works out the new
value from what is shown now (a tap still waiting for the database counts) and emits
``change_requested``; the visit screen commits it and shows the stored response.
"""

from __future__ import annotations

from typing import Any

from walkthrough.core.frameworks import LookFor, ResponseType
from walkthrough.core.model import Response
from walkthrough.ui.widgets.segmented import Segmented, Stepper

NA = "__na__"


class RowTaps:
    """The taps of one row; needs the attributes below (set by the row)."""

    look_for: LookFor
    key: str
    response: Response | None
    waiting_value: tuple[object, bool] | None
    segments: Segmented | None
    toggles: Segmented | None
    stepper: Stepper | None
    extra: Any
    _due: set[int]
    change_requested: Any  # the row's Signal(str, object, bool)

    def picked(self) -> None:
        """A one-of-many answer was picked (the row closes its options)."""

    def _one_of(self, key: str | None) -> None:
        if key == NA:
            self.change_requested.emit(self.key, None, True)
        elif key is None:
            self.change_requested.emit(self.key, None, False)
        else:
            value: object = int(key) if self.look_for.response is ResponseType.RATING else key
            self.change_requested.emit(self.key, value, False)
        self.picked()

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

    def _minute_now(self) -> int:
        due = sorted(self._due)
        return due[0] if due else self.look_for.minutes[0]

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
