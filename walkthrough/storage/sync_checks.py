"""What an import re-checks in every record that arrives, whoever sent it.

A record that arrives by sync was made by the app on another device, which
checked who may make it (roles are that device's business: the acting
profile does not travel). What the receiving device re-checks is what keeps
its own database sound whatever the bundle says: every synced field there
with the right kind of value, the values the app itself would allow (roles,
kinds, statuses), responses that fit their look-for and never a rating on a
peer visit, frameworks it knows with the same hash. A record that fails
refuses its whole bundle (:class:`RecordRefused`, naming the record).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping

from walkthrough.core import responses as response_rules
from walkthrough.core.frameworks import Framework, Scope
from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, MessageError, message
from walkthrough.core.model import NoteKind, ObservationKind, ObservationStatus, Role, Visibility
from walkthrough.core.rounds import RoundStatus, StopStatus
from walkthrough.storage.sync_tables import MAIN, Synced


class RecordRefused(MessageError):
    """A record that cannot be imported; the message names it and says why (a translatable
    :class:`~walkthrough.core.i18n.Message`; ``str()`` is the English), ``entry`` the bundle
    entry it came in."""

    entry = "records.jsonl"


def refused(what: Message | None, problem: str, /, **values: object) -> RecordRefused:
    """"{what}: {problem}" (``what`` None: the problem alone); ``problem`` a template marked with
    ``QT_TRANSLATE_NOOP("core", ...)``, filled with ``values``."""
    said = Message(problem, dict(values))
    return RecordRefused(said if what is None else
                         message(QT_TRANSLATE_NOOP("core", "{what}: {problem}"), what=what, problem=said))


def record(table: str, record_id: object) -> Message:
    """"people record 3f2a…": the record a refusal is about."""
    return message(QT_TRANSLATE_NOOP("core", "{table} record {record_id}"), table=table, record_id=record_id)


def _no_look_for(what: Message, framework_id: str, key: str) -> RecordRefused:
    return refused(what, QT_TRANSLATE_NOOP("core", "framework '{framework_id}' has no look-for '{key}'"),
                    framework_id=framework_id, key=key)


def _response(record_id: str) -> Message:
    return message(QT_TRANSLATE_NOOP("core", "response {record_id}"), record_id=record_id)


def _round_answer(record_id: str) -> Message:
    return message(QT_TRANSLATE_NOOP("core", "round answer {record_id}"), record_id=record_id)


_TEXT = (str,)
_INT = (int,)

# field -> allowed values, for the fields that hold one of a few words.
_CHOICES: dict[tuple[str, str], frozenset[object]] = {
    ("people", "role"): frozenset(r.value for r in Role),
    ("observations", "kind"): frozenset(k.value for k in ObservationKind),
    ("observations", "status"): frozenset(s.value for s in ObservationStatus),
    ("notes", "kind"): frozenset(k.value for k in NoteKind),
    ("rounds", "status"): frozenset(s.value for s in RoundStatus),
    ("round_stops", "status"): frozenset(s.value for s in StopStatus),
    ("peer_visits", "visibility"): frozenset(v.value for v in Visibility),
}
_FLAGS = {"deleted", "not_applicable", "with_teacher", "cover_needed", "active"}
_NUMBERS = {"position", "minute"}
_REQUIRED_TEXT = {
    ("schools", "name"), ("people", "name"), ("rooms", "name"), ("rooms", "school_id"),
    ("observations", "school_id"), ("observations", "framework_id"), ("observations", "framework_version"),
    ("responses", "observation_id"), ("responses", "look_for_key"), ("notes", "observation_id"),
    ("round_responses", "round_id"), ("round_responses", "look_for_key"),
    ("peer_visits", "host_id"), ("peer_visits", "day"), ("peer_visitors", "visit_id"),
    ("peer_visitors", "visitor_id"), ("profile_keys", "public_key"), ("record_merges", "from_id"),
    ("record_merges", "into_id"),
}


@functools.lru_cache(maxsize=4096)
def _is_json(text: str) -> bool:
    """Whether a response's value is JSON text (the same few values come again and again)."""
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


_PLAIN = frozenset({str, int, float, type(None)})  # the kinds of value a synced field holds (not bool)


@functools.cache
def _field_set(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(names)


@functools.cache
def _checked_fields(table: str, names: tuple[str, ...]) -> tuple[
        tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[tuple[str, frozenset[object]], ...]]:
    """Of a part's fields: the flags, the whole numbers, the required texts and the choices."""
    return (tuple(n for n in names if n in _FLAGS), tuple(n for n in names if n in _NUMBERS),
            tuple(n for n in names if (table, n) in _REQUIRED_TEXT),
            tuple((n, _CHOICES[(table, n)]) for n in names if (table, n) in _CHOICES))


_Shape = tuple[tuple[str, ...], frozenset[str], tuple[str, ...], tuple[str, ...], tuple[str, ...],
               tuple[tuple[str, frozenset[object]], ...], bool]
_SHAPES: dict[tuple[str, str], _Shape] = {}


def _shape(spec: Synced, part: str) -> _Shape:
    """A part's fields, as a set, and what :func:`check_values` checks of them (flags, whole
    numbers, required texts, choices, a value that is JSON text), found once per kind of part."""
    found = _SHAPES.get((spec.table, part))
    if found is None:
        names = spec.part_fields(part)
        found = (names, _field_set(names), *_checked_fields(spec.table, names),
                 part == MAIN and spec.table in ("responses", "round_responses"))
        _SHAPES[(spec.table, part)] = found
    return found


def _of(spec: Synced, record_id: object) -> Message:
    """The record a refusal of :func:`check_values` is about (made only when it refuses)."""
    return record(spec.table, record_id)


def check_values(spec: Synced, part: str, record_id: object, values: object) -> dict[str, object]:
    """The record's values, checked field by field (the shape of the record): ``values`` itself."""
    if not isinstance(record_id, str) or not record_id or len(record_id) > 100:
        raise RecordRefused(message(QT_TRANSLATE_NOOP("core", "a {table} record has no usable id"), table=spec.table))
    if not isinstance(values, dict):
        raise refused(_of(spec, record_id), QT_TRANSLATE_NOOP("core", "its values are not a mapping"))
    names, field_set, flags, numbers, required, choices, json_value = _shape(spec, part)
    if values.keys() != field_set:
        missing = [f for f in names if f not in values]
        if missing:
            raise refused(_of(spec, record_id), QT_TRANSLATE_NOOP(
                "core", "the field '{name}' is missing"), name=missing[0])
        stray = sorted(set(values) - set(names))
        raise refused(_of(spec, record_id), QT_TRANSLATE_NOOP("core", "unknown field '{name}'"), name=stray[0])
    if not _PLAIN.issuperset(map(type, values.values())):  # one pass in C; the loop only to name it
        for value in values.values():
            kind = type(value)
            if kind is not str and value is not None and kind is not int and kind is not float:
                name = next(n for n, v in values.items() if v is value)
                raise refused(_of(spec, record_id), QT_TRANSLATE_NOOP(
                    "core", "field '{name}' holds {kind}, not a plain value"),
                               name=name, kind=kind.__name__)
    for name in flags:
        if values[name] not in (0, 1):
            raise refused(_of(spec, record_id), QT_TRANSLATE_NOOP("core", "field '{name}' must be 0 or 1, not {value}"),
                           name=name, value=repr(values[name]))
    for name in numbers:
        if values[name] is not None and type(values[name]) is not int:
            raise refused(_of(spec, record_id), QT_TRANSLATE_NOOP(
                "core", "field '{name}' must be a whole number"), name=name)
    for name in required:
        value = values[name]
        if type(value) is not str or not value.strip():
            raise refused(_of(spec, record_id), QT_TRANSLATE_NOOP("core", "field '{name}' is empty"), name=name)
    for name, allowed in choices:
        if values[name] not in allowed:
            known = ", ".join(sorted(map(str, allowed)))
            raise refused(_of(spec, record_id), QT_TRANSLATE_NOOP(
                "core", "'{value}' is not a {name} the app knows ({known})"),
                           value=values[name], name=name, known=known)
    if json_value:
        text = values["value"]
        if text is not None:
            if not isinstance(text, str):
                raise refused(_of(spec, record_id), QT_TRANSLATE_NOOP("core", "its value is not JSON text"))
            if not _is_json(text):
                raise refused(_of(spec, record_id), QT_TRANSLATE_NOOP("core", "its value is not valid JSON"))
    return values  # the line's own mapping: the part made of it (lineage.from_body) takes a copy


def check_response(
    record_id: str,
    values: Mapping[str, object],
    observation: tuple[str, str, str] | None,
    framework_of: Callable[[str, str], Framework | None],
    memo: set[tuple[object, ...]] | None = None,
) -> None:
    """A response fits its look-for, as a tap would, and is never a rating on a peer visit.

    ``observation`` is the visit's (kind, framework id, version) when known.
    """
    if observation is None:
        return
    kind, framework_id, version = observation
    key = str(values["look_for_key"])
    text = values["value"]
    if memo is not None:  # most answers repeat: a look-for's "observed" is checked once per import
        seen = (kind, framework_id, version, key, text, values["not_applicable"], values["deleted"])
        if seen in memo:
            return
    framework = framework_of(framework_id, version)
    if framework is None:
        raise refused(_response(record_id), QT_TRANSLATE_NOOP(
            "core", "framework '{framework_id}' version '{version}' is not known"),
            framework_id=framework_id, version=version)
    try:
        look_for = framework.look_for(key)
    except KeyError:
        raise _no_look_for(_response(record_id), framework_id, key) from None
    value = None if text is None else json.loads(str(text))
    try:
        response_rules.check_allowed(ObservationKind(kind), look_for)
        if values["deleted"] == 0:
            response_rules.normalise(look_for, value, not_applicable=bool(values["not_applicable"]))
    except response_rules.ResponseError as exc:
        raise refused(_response(record_id), "{problem}", problem=str(exc)) from None
    if memo is not None:
        memo.add(seen)


def check_round_response(record_id: str, values: Mapping[str, object], framework: Framework | None) -> None:
    """An answer for a whole round is for a look-for of a section answered once per round, and fits it."""
    if framework is None:
        return  # the round is not here yet: the answer is held for it, and checked when applied
    key = str(values["look_for_key"])
    try:
        look_for = framework.look_for(key)
    except KeyError:
        raise _no_look_for(_round_answer(record_id), framework.id, key) from None
    if framework.top_section(key).scope is not Scope.ROUND:
        raise refused(_round_answer(record_id), QT_TRANSLATE_NOOP(
            "core", "look-for '{key}' is answered in each room, not once for the round"), key=key)
    text = values["value"]
    try:
        if values["deleted"] == 0:
            response_rules.normalise(look_for, None if text is None else json.loads(str(text)),
                                     not_applicable=bool(values["not_applicable"]))
    except response_rules.ResponseError as exc:
        raise refused(_round_answer(record_id), "{problem}", problem=str(exc)) from None


def check_note(record_id: str, values: Mapping[str, object], framework: Framework | None) -> None:
    keys = values["look_for_key"]
    if framework is None or keys is None:
        return
    for key in str(keys).split():  # a note may be about several look-fors, space-separated
        try:
            framework.look_for(key)
        except KeyError:
            raise _no_look_for(message(QT_TRANSLATE_NOOP("core", "note {record_id}"), record_id=record_id),
                               framework.id, key) from None
