"""One look-for's answer in words, as a teacher reads it on a feedback page ("Often", "3 students",
"Observed"). Pure Python: no storage, no Qt."""

from __future__ import annotations

from walkthrough.core.framework_types import LookFor, ResponseType
from walkthrough.reports.words import ENGLISH, Words


def _label(look_for: LookFor, value: object) -> str:
    for option in look_for.choices:
        if option.key == value or str(option.key) == str(value):
            return option.label
    return str(value)


def _number(look_for: LookFor, value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value} {look_for.unit}".strip()


def answer_words(look_for: LookFor, value: object, *, not_applicable: bool = False, words: Words = ENGLISH) -> str:
    """``value`` (a stored response's value) in the words of the look-for's options (which are in
    the language ``look_for`` was localized to; the rest in ``words``')."""
    w = words
    if not_applicable:
        return w.translate("core", "Not applicable")
    if value is None:
        return w.translate("core", "Not marked")
    kind = look_for.response
    if kind in (ResponseType.PRESENCE, ResponseType.RATING, ResponseType.FREQUENCY, ResponseType.CHOICE):
        return _label(look_for, value)
    if kind is ResponseType.MULTI_CHOICE and isinstance(value, list):
        return ", ".join(_label(look_for, v) for v in value) or w.translate("core", "None chosen")
    if kind in (ResponseType.NUMBER, ResponseType.TALLY):
        return _number(look_for, value)
    if look_for.is_paired and isinstance(value, dict):
        parts = {p.key: p for p in look_for.parts}
        return "; ".join(f"{parts[k].label if k in parts else k}: {v}" for k, v in value.items())
    if kind is ResponseType.SNAPSHOT and isinstance(value, dict):
        return "; ".join(w.translate("core", "minute {minute}: {answer}").format(
            minute=minute, answer=_snapshot_cell(look_for, cell)) for minute, cell in value.items())
    return str(value)


def _snapshot_cell(look_for: LookFor, cell: object) -> str:
    if isinstance(cell, dict):
        return ", ".join(f"{_label(look_for, k)} {v}" for k, v in cell.items())
    if isinstance(cell, list):
        return ", ".join(_label(look_for, v) for v in cell)
    return _label(look_for, cell)
