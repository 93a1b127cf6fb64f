"""A record's lineage: what a merge needs, without trusting any clock.

Choice (issue 8): **a version vector per record part, with a dot per field**
(the "dotted version vector" of Riak and of delta-CRDT maps), rather than the
hash of the revision a record was edited from. A parent hash tells a fast-
forward apart from a conflict only while the whole chain of hashes is kept,
and says nothing about *which fields* each side changed; a version vector is
small (one counter per device that ever edited the record, usually one or
two), compares in one pass, and the per-field dots make concurrent edits of
different fields merge on their own.

- ``vv``: for each device, how many of its writes to this record are known.
  ``a`` *descends from* ``b`` when every counter of ``a`` is at least ``b``'s;
  neither descending from the other is *concurrent*.
- each field's value carries the *dot* ``(device, n)`` of the write that set
  it; a record made on device D has every field at dot ``(D, 1)``.
- concurrent values of one field are all kept (*siblings*, a multi-value
  register): merging is a join that drops only the values the other side
  has seen and overwritten. The join is commutative, associative and
  idempotent, so any set of bundles imported in any order, any number of
  times, ends in the same record. The value shown (the provisional winner)
  is picked deterministically from the siblings, never by clock: a record
  kept rather than deleted, then the value of the highest dot.
- an edit also writes ``deleted = 0`` (while ``deleted`` has one value), so a
  delete on one device and an edit on another become two siblings of
  ``deleted``: the record is kept and the conflict listed.

Values are kept in their database form (text, numbers, None).
"""

from __future__ import annotations

import hashlib
import json
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import StrEnum

try:  # writes a list of plain values as canonical() does, several times quicker (see content_hash)
    import orjson as _orjson
except ImportError:  # pragma: no cover - a dependency of the app; the standard library does the same
    _orjson = None  # type: ignore[assignment]

Dot = tuple[str, int]
DELETED = "deleted"


class Order(StrEnum):
    EQUAL = "equal"
    DESCENDS = "descends"  # the first descends from the second (a fast-forward of it)
    DESCENDED = "descended"  # the second descends from the first
    CONCURRENT = "concurrent"


def compare(a: Mapping[str, int], b: Mapping[str, int]) -> Order:
    """How version vector ``a`` stands to ``b``."""
    a_more = any(n > b.get(d, 0) for d, n in a.items())
    b_more = any(n > a.get(d, 0) for d, n in b.items())
    if a_more and b_more:
        return Order.CONCURRENT
    if a_more:
        return Order.DESCENDS
    if b_more:
        return Order.DESCENDED
    return Order.EQUAL


def covers(vv: Mapping[str, int], dot: Dot) -> bool:
    return vv.get(dot[0], 0) >= dot[1]


_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
_ENCODE = _ENCODER.encode
try:  # the C encoder json.dumps itself uses, made once instead of on every call (the same text)
    from json.encoder import c_make_encoder as _c_make_encoder  # type: ignore[attr-defined]
    from json.encoder import encode_basestring as _encode_text

    _C_ENCODE = (_c_make_encoder(None, _ENCODER.default, _encode_text, None, ":", ",", True, False, True)
                 if _c_make_encoder is not None else None)
except ImportError:  # pragma: no cover - a Python without the C accelerator
    _C_ENCODE = None


def canonical(value: object) -> str:
    """The one text form of a value that hashes and comparisons use."""
    if _C_ENCODE is not None and type(value) in (list, dict):
        return "".join(_C_ENCODE(value, 0))
    return _ENCODE(value)


_PICKERS: dict[tuple[str, ...], Callable[[Mapping[str, object]], tuple[object, ...]]] = {}


def content_hash(fields: Sequence[str], values: Mapping[str, object]) -> str:
    """SHA-256 of the synced fields' values, in a canonical form."""
    picked: list[object] | None = None
    if type(fields) is tuple and len(fields) > 1:  # a part's fields: one C call picks the values
        pick = _PICKERS.get(fields)
        if pick is None:
            pick = _PICKERS[fields] = operator.itemgetter(*fields)
        try:
            picked = list(pick(values))
        except KeyError:  # a field left out counts as None
            picked = None
    if picked is None:
        picked = [values.get(f) for f in fields]
    if _orjson is not None and _PLAIN_TYPES.issuperset(map(type, picked)):
        try:  # texts, whole numbers and nulls: orjson writes the very bytes canonical() does
            return hashlib.sha256(_orjson.dumps(picked)).hexdigest()
        except TypeError:
            pass  # a whole number past 64 bits, or text that is not Unicode: as it always was
    return hashlib.sha256(canonical(picked).encode("utf-8")).hexdigest()  # hash_values


_PLAIN_TYPES = frozenset({str, int, type(None)})  # not float: orjson spells some of them otherwise


def hash_values(values: Sequence[object]) -> str:
    return hashlib.sha256(canonical(list(values)).encode("utf-8")).hexdigest()


Sibling = tuple[Dot, object]


class Part:
    """One record part's synced values and their lineage.

    ``siblings`` maps each field to its values with their dots. A part made on
    one device and never changed since (most records) keeps them implicit,
    every field at ``(made_on, 1)``, until something asks: an import of many
    records then builds no per-field tuples at all.
    """

    __slots__ = ("_siblings", "made_on", "values", "vv")

    def __init__(self, values: dict[str, object], vv: dict[str, int],
                 siblings: dict[str, tuple[Sibling, ...]] | None = None, *, made_on: str | None = None) -> None:
        self.values = values
        self.vv = vv
        self._siblings = siblings if siblings is not None or made_on is not None else {}
        self.made_on = made_on if siblings is None else None

    @property
    def siblings(self) -> dict[str, tuple[Sibling, ...]]:
        if self._siblings is None:
            dot: Dot = (str(self.made_on), 1)
            self._siblings = {f: ((dot, v),) for f, v in self.values.items()}
        return self._siblings

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Part) and self.values == other.values and self.vv == other.vv
                and self.siblings == other.siblings)

    def __repr__(self) -> str:
        return f"Part(values={self.values!r}, vv={self.vv!r}, siblings={self.siblings!r})"

    def dots(self, name: str) -> tuple[Sibling, ...]:
        return self.siblings[name]

    def conflicted(self, quiet: Iterable[str] = ()) -> list[str]:
        """Fields whose concurrent values differ (``quiet`` ones never count)."""
        if self._siblings is None or all(len(sibs) == 1 for sibs in self._siblings.values()):
            return []
        skip = set(quiet)
        return sorted(
            f for f, sibs in self._siblings.items()
            if f not in skip and len({canonical(v) for _, v in sibs}) > 1
        )


def _winner(name: str, siblings: Sequence[Sibling]) -> object:
    if name == DELETED and any(v in (0, False) for _, v in siblings):
        return 0
    return max(siblings, key=lambda s: (s[0][0], s[0][1]))[1]


def created(device: str, values: Mapping[str, object]) -> Part:
    """A record part made on ``device``: every field at dot ``(device, 1)``."""
    return Part(dict(values), {device: 1}, made_on=device)


def written(part: Part, device: str, changes: Mapping[str, object]) -> Part:
    """``part`` after a local write of ``changes`` on ``device``."""
    vv = dict(part.vv)
    vv[device] = vv.get(device, 0) + 1
    dot: Dot = (device, vv[device])
    values = dict(part.values)
    siblings = dict(part.siblings)
    changes = dict(changes)
    if DELETED in values and DELETED not in changes and len(siblings.get(DELETED, ())) <= 1:
        changes[DELETED] = values[DELETED]  # an edit says "keep this record"
    for name, value in changes.items():
        values[name] = value
        siblings[name] = ((dot, value),)
    return Part(values, vv, siblings)


class SameDotDifferentValue(ValueError):
    """Two copies claim the same write with different values: a corrupt or forged copy."""


def merge(a: Part, b: Part) -> Part:
    """The join of two copies of one record part (commutative, associative, idempotent)."""
    order = compare(a.vv, b.vv)
    if order is Order.DESCENDS:
        return a
    if order is Order.DESCENDED:
        return b
    vv = dict(a.vv)
    for device, n in b.vv.items():
        vv[device] = max(n, vv.get(device, 0))
    values: dict[str, object] = {}
    siblings: dict[str, tuple[Sibling, ...]] = {}
    for name in {*a.siblings, *b.siblings}:
        mine = a.siblings.get(name, ())
        theirs = b.siblings.get(name, ())
        mine_set = {(d, canonical(v)) for d, v in mine}
        theirs_set = {(d, canonical(v)) for d, v in theirs}
        by_dot_a = {d: canonical(v) for d, v in mine}
        for d, v in theirs:
            if d in by_dot_a and by_dot_a[d] != canonical(v):
                raise SameDotDifferentValue(f"field {name!r} at {d[0]}:{d[1]}")
        kept: dict[Dot, object] = {}
        for d, v in mine:
            if not covers(b.vv, d) or (d, canonical(v)) in theirs_set:
                kept[d] = v
        for d, v in theirs:
            if not covers(a.vv, d) or (d, canonical(v)) in mine_set:
                kept[d] = v
        if not kept:  # cannot happen between honest copies; keep ours rather than lose the field
            kept = dict(mine or theirs)
        ordered = tuple(sorted(kept.items(), key=lambda s: (s[0][0], s[0][1])))
        siblings[name] = ordered
        values[name] = _winner(name, ordered)
    return Part(values, vv, siblings)


# Storage form -------------------------------------------------------------------

def to_json(part: Part, origin: str) -> str:
    """The lineage as stored beside the record: ``v`` the vector, ``d`` the dots that are
    not the creation dot ``(origin, 1)``, ``s`` the fields with concurrent values."""
    if part._siblings is None and part.made_on == origin:
        return canonical({"v": part.vv})
    creation: Dot = (origin, 1)
    dots: dict[str, list[object]] = {}
    sibs: dict[str, list[list[object]]] = {}
    for name, siblings in part.siblings.items():
        if len(siblings) > 1:
            sibs[name] = [[d[0], d[1], v] for d, v in siblings]
        elif siblings and siblings[0][0] != creation:
            dots[name] = [siblings[0][0][0], siblings[0][0][1]]
    body: dict[str, object] = {"v": part.vv}
    if dots:
        body["d"] = dots
    if sibs:
        body["s"] = sibs
    return canonical(body)


class LineageText(str):
    """A lineage as this device stores it (the canonical JSON text of :func:`to_json`), in a line
    bound for a bundle file: the writer puts the text in as it is, instead of reading it into
    objects only to write them out again (see ``walkthrough.sync.bundle``)."""

    __slots__ = ()


class LineageError(ValueError):
    """A lineage that cannot be read."""


def from_json(text: str, origin: str, values: Mapping[str, object]) -> Part:
    """Rebuild a part from its stored lineage and its column values."""
    try:
        body = json.loads(text)
    except (TypeError, ValueError) as exc:
        raise LineageError(f"lineage is not JSON: {exc}") from None
    return from_body(body, origin, values)


_NONE: dict[str, object] = {}  # no dots, no siblings: only ever read (a new {} for each record cost more)


def from_body(body: object, origin: str, values: Mapping[str, object]) -> Part:
    if not isinstance(body, dict) or not isinstance(body.get("v"), dict):
        raise LineageError("lineage has no version vector")
    vv = body["v"]
    if len(vv) == 1:  # most records: written on one device only (the same test, without a generator)
        [(k, n)] = vv.items()
        good = isinstance(k, str) and isinstance(n, int) and not isinstance(n, bool) and n > 0
    else:
        good = bool(vv) and all(isinstance(k, str) and isinstance(n, int) and not isinstance(n, bool) and n > 0
                                for k, n in vv.items())
    if not good:
        raise LineageError("lineage's version vector is not device: count")
    dots = body.get("d", _NONE)
    sibs = body.get("s", _NONE)
    if not isinstance(dots, dict) or not isinstance(sibs, dict):
        raise LineageError("lineage's dots are not a mapping")
    if not dots and not sibs:  # the common case: made on one device, never changed since
        if vv.get(origin, 0) < 1:
            raise LineageError(f"the record was made on {origin}, beyond its version vector")
        return Part(dict(values), dict(vv), made_on=origin)
    creation: Dot = (origin, 1)
    siblings: dict[str, tuple[Sibling, ...]] = {}
    for name, value in values.items():
        if name in sibs:
            raw = sibs[name]
            if not isinstance(raw, list) or len(raw) < 2:
                raise LineageError(f"lineage of field {name!r} has fewer than two values")
            found: list[Sibling] = []
            for entry in raw:
                if not (isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], str)
                        and isinstance(entry[1], int)):
                    raise LineageError(f"lineage of field {name!r} is not [device, n, value]")
                found.append(((entry[0], entry[1]), entry[2]))
            siblings[name] = tuple(sorted(found, key=lambda s: (s[0][0], s[0][1])))
        elif name in dots:
            d = dots[name]
            if not (isinstance(d, list) and len(d) == 2 and isinstance(d[0], str) and isinstance(d[1], int)):
                raise LineageError(f"dot of field {name!r} is not [device, n]")
            siblings[name] = (((d[0], d[1]), value),)
        else:
            siblings[name] = ((creation, value),)
    for name, sibs_of in siblings.items():
        for dot, _ in sibs_of:
            if not covers(vv, dot):
                raise LineageError(f"field {name!r} was written at {dot[0]}:{dot[1]}, beyond its version vector")
    shown = {name: _winner(name, s) if len(s) > 1 else s[0][1] for name, s in siblings.items()}
    return Part(shown, dict(vv), siblings)
