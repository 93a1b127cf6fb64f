"""The visits behind a figure: which visits answered a look-for (with a value, or N/A), newest first.

Computed over the engine's integer-coded columns
(:class:`walkthrough.storage.visit_columns.VisitColumns`) for the masks
:class:`walkthrough.reports.engine.ReportEngine` selects. Qt-free.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from walkthrough.storage.visit_columns import NONE, BoolArray, VisitColumns


def newest_first(cols: VisitColumns, mask: BoolArray) -> list[str]:
    """The ids of the visits in ``mask``, newest first."""
    rows = np.flatnonzero(mask)
    rows = rows[np.argsort(-cols.v_day[rows].astype(np.int64) * 1440 - cols.v_minute[rows], kind="stable")]
    return [cols.ids[i] for i in rows.tolist()]


def answered(cols: VisitColumns, keys: npt.NDArray[np.intp], mask: BoolArray, value: object,
             not_applicable: bool) -> BoolArray:
    """The visits in ``mask`` whose response to any of the key codes ``keys`` is N/A (with
    ``not_applicable``), else ``value`` (any answer when None; an option key is enough for a
    multiple choice)."""
    hit = np.zeros(len(cols.v_alive), dtype=np.bool_)
    rmask = cols.r_alive & mask[cols.r_visit] & np.isin(cols.r_key, keys)
    if not_applicable:
        rmask &= cols.r_na
    else:
        rmask &= ~cols.r_na & (cols.r_value != NONE)
        if value is not None:
            wanted = [c for c, _text in enumerate(cols.values.values) if _matches(cols.decoded_value(c), value)]
            rmask &= np.isin(cols.r_value, np.asarray(wanted, dtype=np.int32))
    hit[cols.r_visit[rmask]] = True
    return hit


def code(found: int | None) -> int:
    """A value's code in a column, or one no visit has when the value is unknown."""
    return NONE - 1 if found is None else found


def _matches(found: object, wanted: object) -> bool:
    if isinstance(found, list):
        return wanted in found or found == wanted
    return found == wanted or (isinstance(found, int | float) and not isinstance(found, bool)
                               and str(found) == str(wanted))
