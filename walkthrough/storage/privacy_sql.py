"""The privacy rule of :mod:`walkthrough.core.privacy` as one SQL predicate.

Aggregates are computed in SQL (and in the column cache loaded by SQL), so
every report query puts :func:`included` in its ``WHERE``: the same rule as
:func:`walkthrough.core.privacy.may_include`, over the columns of
``observations`` (``kind``, ``visibility``, ``deleted``, ``teacher_id``,
``observer_id``). ``tests/unit/storage/test_privacy_sql.py`` proves with
Hypothesis that it selects exactly the observations ``may_include`` allows,
for every output and viewer. Change both together or neither.
"""

from __future__ import annotations

from walkthrough.core.model import ObservationKind, Visibility
from walkthrough.core.privacy import SUMMARY_OUTPUTS, Output

_BLAST = ObservationKind.BLAST.value
_PEER = ObservationKind.PEER.value
_SHARED = Visibility.SHARED.value


def included(output: Output, viewer_id: str | None = None, alias: str = "o") -> tuple[str, list[object]]:
    """``(sql, params)``: a predicate over ``alias`` (an ``observations`` row) that holds
    exactly for the observations ``output``, asked for by ``viewer_id``, may use."""
    a = f"{alias}." if alias else ""
    params: list[object] = []
    if output is Output.SCHEDULE:
        return "0", params
    blast = "0" if output is Output.VISIT_DOCUMENT and viewer_id is None else "1"
    if output is Output.VISIT_DOCUMENT:
        if viewer_id is None:
            peer = "0"
        else:
            peer = f"({a}teacher_id = ? OR {a}observer_id = ?)"
            params += [viewer_id, viewer_id]
    elif output in SUMMARY_OUTPUTS:
        peer = "0"
    else:
        peer = f"{a}visibility = '{_SHARED}'"
    rule = f"(({a}kind = '{_BLAST}' AND {blast}) OR ({a}kind = '{_PEER}' AND {peer}))"
    if output is Output.SYNC_BUNDLE:  # a tombstone travels where the record would
        return rule, params
    return f"({a}deleted = 0 AND {rule})", params


def on_screen(viewer_id: str | None, alias: str = "o") -> tuple[str, list[object]]:
    """``(sql, params)``: the observations the current profile may open in the app, as
    :func:`walkthrough.core.privacy.visible_on_screen` decides."""
    a = f"{alias}." if alias else ""
    if viewer_id is None:
        return f"({a}deleted = 0 AND {a}kind = '{_BLAST}')", []
    return (f"({a}deleted = 0 AND ({a}kind = '{_BLAST}' OR ({a}kind = '{_PEER}' AND"
            f" ({a}teacher_id = ? OR {a}observer_id = ?))))", [viewer_id, viewer_id])
