"""What a tap may set for a look-for, by response type.

The store calls :func:`normalise` before it writes a response, so a value
that does not fit the look-for never reaches the database.

Values by type: ``presence`` "observed" / "not_observed"; ``frequency``
"none" / "few" / "some" / "most" / "all"; ``rating`` the level number (1 is
the lowest); ``choice`` an option key; ``multi_choice`` a list of option keys
(kept in the framework's order); ``tally`` a whole number >= 0; ``snapshot``
a mapping of prompt minute (as text) to an option key or a whole number;
``text`` free text. "Not applicable" is a flag beside the value, never a value.
"""

from __future__ import annotations

from walkthrough.core.frameworks import LookFor, ResponseType
from walkthrough.core.model import ObservationKind


class ResponseError(ValueError):
    """A value that does not fit the look-for it is set for."""


def check_allowed(kind: ObservationKind, look_for: LookFor) -> None:
    """Refuse what a kind of visit may never record."""
    if kind is ObservationKind.PEER and look_for.response is ResponseType.RATING:
        raise ResponseError(f"look-for '{look_for.key}': a peer visit is non-evaluative and cannot record a rating")


def _whole(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ResponseError(f"{what} must be a whole number of 0 or more, not {value!r}")
    return value


def normalise(look_for: LookFor, value: object, *, not_applicable: bool = False) -> object:
    """The value to store for ``look_for``, or :class:`ResponseError`.

    ``None`` (with ``not_applicable`` false) clears the look-for: it becomes
    unmarked again, which is not the same as "not observed".
    """
    key = look_for.key
    if not_applicable:
        if not look_for.allow_na:
            raise ResponseError(f"look-for '{key}' does not allow 'not applicable'")
        if value is not None:
            raise ResponseError(f"look-for '{key}': a 'not applicable' response carries no value")
        return None
    if value is None:
        return None
    rtype = look_for.response
    if rtype in (ResponseType.PRESENCE, ResponseType.FREQUENCY, ResponseType.CHOICE):
        keys = [o.key for o in look_for.choices]
        if value not in keys:
            raise ResponseError(f"look-for '{key}': {value!r} is not one of {', '.join(keys)}")
        return value
    if rtype is ResponseType.RATING:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= len(look_for.levels):
            raise ResponseError(f"look-for '{key}': rating must be a level from 1 to {len(look_for.levels)}")
        return value
    if rtype is ResponseType.MULTI_CHOICE:
        keys = [o.key for o in look_for.options]
        if not isinstance(value, list | tuple | set | frozenset):
            raise ResponseError(f"look-for '{key}': expected a list of options")
        unknown = [v for v in value if v not in keys]
        if unknown:
            raise ResponseError(f"look-for '{key}': {unknown[0]!r} is not one of {', '.join(keys)}")
        return [k for k in keys if k in value]
    if rtype is ResponseType.TALLY:
        return _whole(value, f"look-for '{key}': a tally")
    if rtype is ResponseType.SNAPSHOT:
        if not isinstance(value, dict):
            raise ResponseError(f"look-for '{key}': a snapshot is a mapping of minute to value")
        result: dict[str, object] = {}
        allowed = {str(m) for m in look_for.minutes}
        options = [o.key for o in look_for.options]
        for minute, v in value.items():
            if str(minute) not in allowed:
                raise ResponseError(f"look-for '{key}': minute {minute} is not one of its prompt minutes")
            if options:
                if v not in options:
                    raise ResponseError(f"look-for '{key}': {v!r} is not one of {', '.join(options)}")
                result[str(minute)] = v
            else:
                result[str(minute)] = _whole(v, f"look-for '{key}' at minute {minute}")
        return result
    if rtype is ResponseType.TEXT:
        if not isinstance(value, str):
            raise ResponseError(f"look-for '{key}': expected text")
        return value
    raise ResponseError(f"look-for '{key}': unknown response type {rtype!r}")  # pragma: no cover
