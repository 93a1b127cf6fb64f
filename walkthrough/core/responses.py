"""What a tap may set for a look-for, by response type.

The store calls :func:`normalise` before it writes a response, so a value
that does not fit the look-for never reaches the database.

Values by type: ``presence`` "observed" / "not_observed"; ``frequency``
"none" / "few" / "some" / "most" / "all"; ``rating`` the level number (1 is
the lowest); ``choice`` an option key; ``multi_choice`` a list of option keys
(kept in the framework's order); ``tally`` a whole number >= 0; ``snapshot``
a mapping of prompt minute (as text) to an option key or a whole number
(with ``pick = "several"`` a list of option keys, with ``pick = "count"`` a
mapping of option key to a count of students); ``number`` a number within
the look-for's ``min`` and ``max`` (a whole number unless ``decimals``);
``text`` free text. A paired look-for's value is a mapping of part key to
the value its type takes. "Not applicable" is a flag beside the value, never
a value. A response of a repeated section's look-for is stored under
"key#segment" (see ``framework_types.response_key``).
"""

from __future__ import annotations

from walkthrough.core.frameworks import LookFor, ResponseType, SnapshotPick
from walkthrough.core.model import ObservationKind


class ResponseError(ValueError):
    """A value that does not fit the look-for it is set for."""


def check_allowed(kind: ObservationKind, look_for: LookFor) -> None:
    """Refuse what a kind of visit may never record."""
    if kind is ObservationKind.PEER and look_for.response is ResponseType.RATING:
        raise ResponseError(f"look-for '{look_for.key}': a peer visit is non-evaluative and cannot record a rating")
    if look_for.retired:
        raise ResponseError(f"look-for '{look_for.key}' is retired in this version of the framework: it is kept for "
                            "earlier visits and not recorded any more")


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
    if look_for.parts:
        return _paired(look_for, value)
    return _single(look_for, value)


def _paired(look_for: LookFor, value: object) -> object:
    key = look_for.key
    if not isinstance(value, dict):
        raise ResponseError(f"look-for '{key}': a paired look-for's answer is a mapping of part to answer")
    parts = [p.key for p in look_for.parts]
    unknown = [p for p in value if p not in parts]
    if unknown:
        raise ResponseError(f"look-for '{key}': {unknown[0]!r} is not one of its parts ({', '.join(parts)})")
    result = {p: _single(look_for, value[p]) for p in parts if value.get(p) is not None}
    return result or None


def _number(look_for: LookFor, value: object) -> object:
    key = look_for.key
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise ResponseError(f"look-for '{key}': expected a number, not {value!r}")
    if look_for.minimum is not None and value < look_for.minimum:
        raise ResponseError(f"look-for '{key}': {value:g} is below the least allowed, {look_for.minimum:g}")
    if look_for.maximum is not None and value > look_for.maximum:
        raise ResponseError(f"look-for '{key}': {value:g} is above the most allowed, {look_for.maximum:g}")
    if look_for.decimals == 0:
        if not float(value).is_integer():
            raise ResponseError(f"look-for '{key}': {value:g} must be a whole number")
        return int(value)
    return round(float(value), look_for.decimals)


def _single(look_for: LookFor, value: object) -> object:
    key = look_for.key
    rtype = look_for.response
    if rtype is ResponseType.NUMBER:
        return _number(look_for, value)
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
            if v is None:
                continue
            if look_for.pick is SnapshotPick.SEVERAL:
                if not isinstance(v, list | tuple) or any(x not in options for x in v):
                    raise ResponseError(f"look-for '{key}' at minute {minute}: expected a list of {', '.join(options)}")
                if v:
                    result[str(minute)] = [o for o in options if o in v]
            elif look_for.pick is SnapshotPick.COUNT:
                if not isinstance(v, dict) or any(x not in options for x in v):
                    raise ResponseError(f"look-for '{key}' at minute {minute}: expected a count for each of "
                                        f"{', '.join(options)}")
                counts = {o: _whole(v[o], f"look-for '{key}' at minute {minute}, {o}") for o in options
                          if v.get(o) is not None}
                if counts:
                    result[str(minute)] = counts
            elif options:
                if v not in options:
                    raise ResponseError(f"look-for '{key}': {v!r} is not one of {', '.join(options)}")
                result[str(minute)] = v
            else:
                result[str(minute)] = _whole(v, f"look-for '{key}' at minute {minute}")
        return result or None
    if rtype is ResponseType.TEXT:
        if not isinstance(value, str):
            raise ResponseError(f"look-for '{key}': expected text")
        return value
    raise ResponseError(f"look-for '{key}': unknown response type {rtype!r}")  # pragma: no cover
