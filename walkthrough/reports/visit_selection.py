"""Which visits pass a filter: a boolean mask over the rows of the engine's integer-coded columns
(:class:`walkthrough.storage.visit_columns.VisitColumns`). Qt-free.
"""

from __future__ import annotations

import numpy as np

from walkthrough.reports.filters import VisitFilter
from walkthrough.storage.visit_columns import KINDS, NONE, BoolArray, VisitColumns


def passing(cols: VisitColumns, flt: VisitFilter) -> BoolArray:
    """The visits (rows of ``cols``) that pass ``flt``."""
    mask = cols.v_alive.copy()
    if flt.kind is not None:  # peer visits are never counted in blast figures, whatever the output
        mask &= cols.v_kind == KINDS.index(flt.kind.value)
    if flt.school_ids:
        mask &= np.isin(cols.v_school, cols.codes_of(cols.schools, flt.school_ids))
    if flt.date_from is not None:
        mask &= cols.v_day >= flt.date_from.toordinal()
    if flt.date_to is not None:
        mask &= cols.v_day <= flt.date_to.toordinal()
    if flt.framework_id is not None:
        code = cols.frameworks.get(flt.framework_id)
        mask &= cols.v_framework == (NONE - 1 if code is None else code)
    if flt.grade_bands:
        mask &= np.isin(cols.v_grade, cols.codes_of(cols.grade_bands, flt.grade_bands))
    if flt.subjects:
        mask &= np.isin(cols.v_subject, cols.codes_of(cols.subjects, flt.subjects))
    if flt.observer_ids:
        mask &= np.isin(cols.v_observer, cols.codes_of(cols.people, flt.observer_ids))
    if flt.team_id is not None:
        mask &= np.isin(cols.v_teacher, cols.codes_of(cols.people, cols.team_members(flt.team_id)))
    return mask
