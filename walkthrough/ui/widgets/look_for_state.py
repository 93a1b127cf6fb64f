"""A look-for's state in words (the chip's text and its tone), and the edits a tap becomes.

Shared by the visit screen's rows and its queue of taps: "Not marked" is not "Not observed",
a default shows as a default, and each edit names the profile that made it (``by``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from walkthrough.core.frameworks import LookFor, ResponseType
from walkthrough.core.model import Response
from walkthrough.storage.pending_edits import PendingEdit

ONE_OF = (ResponseType.PRESENCE, ResponseType.FREQUENCY, ResponseType.RATING, ResponseType.CHOICE)


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
    if rtype in ONE_OF:
        return f"✓  {_label(look_for, value)}", "marked"
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
                   by: str | None, observation_id: str | None = None) -> PendingEdit:
    """The edit that records the answer of a look-for that belongs to the whole round, by ``by``; tapped in
    the visit ``observation_id``, that visit's Undo takes it back."""
    kwargs: dict[str, object] = {"not_applicable": not_applicable, "by": by}
    if observation_id is not None:
        kwargs["observation_id"] = observation_id
    return PendingEdit(f"round_response/{round_id}/{look_for.key}", "record_round_response",
                       (round_id, look_for.key, value), kwargs, look_for.prompt)
