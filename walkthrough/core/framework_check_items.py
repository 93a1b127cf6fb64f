"""Checking one look-for: its response type and everything that type takes
(parts, numbers, a default); what it offers to pick from is checked in
``framework_check_choices`` and a snapshot's timing in ``framework_check_snapshot``."""

from __future__ import annotations

from typing import Any

from walkthrough.core.framework_check_choices import (
    OPTION_KEYS,
    PART,
    choice_options,
    frequency_labels,
    listed_twice,
    rating_levels,
    slug,
    unknown_in,
)
from walkthrough.core.framework_check_rules import conditions
from walkthrough.core.framework_check_snapshot import snapshot_timing
from walkthrough.core.framework_checker import Checker, Where
from walkthrough.core.framework_messages import looks_like_number, number_text, type_words
from walkthrough.core.framework_types import (
    KEY_PATTERN,
    PART_TYPES,
    PRESENCE_KEYS,
    SEVERAL_NOTES,
    LookFor,
    Mode,
    Option,
    Part,
    RatingLevel,
    ResponseType,
)
from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, message

LOOK_FOR_KEYS = {
    "key", "prompt", "response", "description", "tags", "allow_na", "evidence_note", "labels", "levels",
    "options", "minutes", "show_if", "default", "parts", "every", "until", "pick", "students_present", "min",
    "max", "decimals", "unit", "retired", "former_keys",
}
# Keys that only some response types use.
TYPE_KEYS: dict[str, set[ResponseType]] = {
    "labels": {ResponseType.FREQUENCY},
    "levels": {ResponseType.RATING},
    "options": {ResponseType.CHOICE, ResponseType.MULTI_CHOICE, ResponseType.SNAPSHOT},
    "minutes": {ResponseType.SNAPSHOT},
    "every": {ResponseType.SNAPSHOT},
    "until": {ResponseType.SNAPSHOT},
    "pick": {ResponseType.SNAPSHOT},
    "students_present": {ResponseType.SNAPSHOT},
    "min": {ResponseType.NUMBER},
    "max": {ResponseType.NUMBER},
    "decimals": {ResponseType.NUMBER},
    "unit": {ResponseType.NUMBER},
}
PART_KEYS = {"key", "label", "prompt"}
TYPES = ", ".join(r.value for r in ResponseType)


def look_for(c: Checker, t: dict[str, Any], sname: str, section_key: str, index: int) -> LookFor | None:
    lname = t["key"] if isinstance(t.get("key"), str) else f"#{index}"
    where = Where(sname, lname)
    before = c.error_count()
    c.unknown_keys(t, LOOK_FOR_KEYS, where)
    key = c.key(t, where)
    prompt = c.text(t, "prompt", where, required=True)
    description = c.text(t, "description", where, required=False)
    raw_type = t.get("response")
    if raw_type is None:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "missing required key 'response' (one of: {types})"), types=TYPES), field="response")
        return None
    if not isinstance(raw_type, str) or raw_type not in {r.value for r in ResponseType}:
        close = {"yes_no": "presence", "yesno": "presence", "multiple_choice": "multi_choice", "integer": "number",
                 "select_one": "choice", "select_multiple": "multi_choice", "multi-choice": "multi_choice"}
        hint = (message(QT_TRANSLATE_NOOP("core", ": for this, write response = \"{close}\""),
                        close=close[str(raw_type)]) if str(raw_type) in close else Message(""))
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "unknown response type '{raw_type}' (expected one of: {types}){hint}"),
            raw_type=raw_type, types=TYPES, hint=hint), field="response")
        return None
    rtype = ResponseType(raw_type)
    for tkey, types in TYPE_KEYS.items():
        if tkey in t and rtype not in types:
            allowed = " and ".join(sorted(x.value for x in types))
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'{tkey}' applies only to {allowed} look-fors, not {value}"),
                tkey=tkey, allowed=allowed, value=rtype.value), field=tkey)
    tags = _tags(c, t, where)
    allow_na = c.flag(t, "allow_na", where)
    several, evidence_note = _notes(c, t, where)
    retired = c.flag(t, "retired", where) or False
    former = _former_keys(c, t, where, key)
    if rtype is ResponseType.TEXT and allow_na:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "a text look-for cannot allow 'not applicable'; remove allow_na")), field="allow_na")
    if rtype is ResponseType.RATING and Mode.PEER in c.modes:
        c.problem(
            where,
            message(QT_TRANSLATE_NOOP(
            "core", "a rating look-for is not allowed in a framework that allows peer mode: peer visits "
            "are non-evaluative (use presence, frequency or text instead)")),
            field="response",
        )
    parts = _parts(c, t, where, rtype)
    options: tuple[Option, ...] = ()
    levels: tuple[RatingLevel, ...] = ()
    minutes: tuple[int, ...] = ()
    snapshot: dict[str, Any] = {}
    number: dict[str, Any] = {}
    if rtype is ResponseType.FREQUENCY:
        options = frequency_labels(c, t, where)
    elif rtype is ResponseType.RATING:
        levels = rating_levels(c, t, where)
    elif rtype in (ResponseType.CHOICE, ResponseType.MULTI_CHOICE):
        options = choice_options(c, t, where, required=True)
    elif rtype is ResponseType.SNAPSHOT:
        options = choice_options(c, t, where, required=False)
        minutes, snapshot = snapshot_timing(c, t, where, bool(options))
    elif rtype is ResponseType.NUMBER:
        number = _number(c, t, where)
    show_if = conditions(c, t, where)
    if c.error_count() > before:
        return None
    made = LookFor(
        key=key,
        prompt=prompt,
        response=rtype,
        section_key=section_key,
        description=description,
        tags=tags,
        allow_na=(allow_na is not False) if rtype is ResponseType.PRESENCE else bool(allow_na),
        evidence_note=evidence_note,
        options=options,
        levels=levels,
        minutes=minutes,
        several_notes=several,
        show_if=show_if,
        parts=parts,
        retired=retired,
        former_keys=former,
        **snapshot,
        **number,
    )
    if "default" in t:
        made = _default(c, t["default"], made, where)
    return made


def _tags(c: Checker, t: dict[str, Any], where: Where) -> tuple[str, ...]:
    raw = t.get("tags", [])
    if isinstance(raw, str) and raw.strip():
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'tags' must be a list, even of one tag: write tags = [\"{strip}\"]"),
            strip=raw.strip()), field="tags")
        return ()
    if not isinstance(raw, list) or not all(isinstance(x, str) and x.strip() for x in raw):
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'tags' must be a list of text, e.g. tags = [\"Empowered learning\"], not {raw}"),
            raw=repr(raw)),
                  field="tags")
        return ()
    tags = tuple(x.strip() for x in raw)
    for dup in sorted({x for x in tags if tags.count(x) > 1}):
        c.tightened(where, message(QT_TRANSLATE_NOOP(
            "core", "tag '{dup}' is listed twice"), dup=dup), field="tags")
    return tags


def _notes(c: Checker, t: dict[str, Any], where: Where) -> tuple[bool, bool]:
    """(several notes, one evidence note) from ``evidence_note``: true, or "several"."""
    raw = t.get("evidence_note")
    if raw == SEVERAL_NOTES:
        return True, False
    if raw is None or isinstance(raw, bool):
        return False, bool(raw)
    c.problem(where, message(QT_TRANSLATE_NOOP(
        "core", "'evidence_note' must be true, false or \"several\" (any number of notes), not {raw}"),
        raw=repr(raw)),
              field="evidence_note")
    return False, False


def _former_keys(c: Checker, t: dict[str, Any], where: Where, key: str) -> tuple[str, ...]:
    raw = t.get("former_keys", [])
    if not isinstance(raw, list) or not all(isinstance(x, str) and KEY_PATTERN.match(x) for x in raw):
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'former_keys' must be a list of the keys this look-for had in earlier versions, "
            "e.g. former_keys = [\"old-key\"], not {raw}"), raw=repr(raw)), field="former_keys")
        return ()
    if key in raw:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'former_keys' lists the look-for's own key '{key}'"), key=key), field="former_keys")
    return tuple(raw)


def _number(c: Checker, t: dict[str, Any], where: Where) -> dict[str, Any]:
    low, high = c.number(t, "min", where), c.number(t, "max", where)
    decimals = c.number(t, "decimals", where, whole=True)
    unit = c.text(t, "unit", where, required=False)
    if decimals is not None and not 0 <= decimals <= 3:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'decimals' must be 0 to 3, not {decimals}"), decimals=format(decimals, "g")), field="decimals")
        decimals = None
    if low is not None and high is not None and low >= high:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'min' ({low}) must be below 'max' ({high})"),
            low=format(low, "g"), high=format(high, "g")), field="min")
    return {"minimum": low, "maximum": high, "decimals": int(decimals or 0), "unit": unit}


def _parts(c: Checker, t: dict[str, Any], where: Where, rtype: ResponseType) -> tuple[Part, ...]:
    raw = t.get("parts")
    if raw is None:
        return ()
    if rtype not in PART_TYPES:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'parts' (a paired look-for) works with {names} look-fors, not {value}"),
            names=', '.join(p.value for p in PART_TYPES), value=rtype.value), field="parts")
        return ()
    if not isinstance(raw, list) or not 2 <= len(raw) <= 4:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'parts' must list 2 to 4 parts, e.g. parts = [{ key = \"teacher\", label = \"Teacher "
            "does\" }, { key = \"students\", label = \"Students do\" }]")), field="parts")
        return ()
    parts: list[Part] = []
    for i, item in enumerate(raw, start=1):
        if isinstance(item, str) and slug(item):
            parts.append(Part(slug(item), item.strip()))
        elif isinstance(item, dict) and isinstance(item.get("label"), str) and item["label"].strip():
            unknown_in(c, item, PART_KEYS, Message(PART, {"i": i}), where, "parts")
            pkey = item.get("key", slug(item["label"]))
            prompt = item.get("prompt", "")
            if not isinstance(pkey, str) or not KEY_PATTERN.match(pkey) or not isinstance(prompt, str):
                c.problem(where, message(QT_TRANSLATE_NOOP(
                    "core", "part {i} has a bad key {pkey} or prompt"), i=i, pkey=repr(pkey)), field="parts")
                continue
            parts.append(Part(pkey, item["label"].strip(), prompt.strip()))
        else:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "part {i} must be text or a table with a 'label'"), i=i), field="parts")
    listed_twice(c, where, [p.key for p in parts], QT_TRANSLATE_NOOP("core", "part '{dup}' is listed twice"), "parts")
    return tuple(parts)


def _default(c: Checker, raw: object, lf: LookFor, where: Where) -> LookFor:
    """The answer a look-for has until the observer changes it ("defaults to No")."""
    from dataclasses import replace

    rtype = lf.response
    if rtype in (ResponseType.TEXT, ResponseType.SNAPSHOT) or lf.parts:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "a default applies to presence, frequency, rating, choice, multi_choice, tally and "
            "number look-fors (not {kind} ones)"), kind='paired' if lf.parts else rtype.value), field="default")
        return lf
    value: object = None
    keys = [o.key for o in lf.choices]
    if rtype in (ResponseType.PRESENCE, ResponseType.FREQUENCY, ResponseType.CHOICE):
        if isinstance(raw, str):
            value = raw if raw in keys else next((o.key for o in lf.choices if o.label.casefold() == raw.casefold()),
                                                 None)
        if value is None:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "default {raw} is not one of {names}"),
                raw=repr(raw), names=', '.join(keys)), field="default")
    elif rtype is ResponseType.RATING:
        if isinstance(raw, int) and not isinstance(raw, bool) and 1 <= raw <= len(lf.levels):
            value = raw
        elif isinstance(raw, str):
            value = next((i for i, lvl in enumerate(lf.levels, start=1) if lvl.label.casefold() == raw.casefold()),
                         None)
        if value is None:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "default {raw} must be a level's label or its number, 1 to {count}"),
                raw=repr(raw), count=len(lf.levels)),
                      field="default")
    elif rtype is ResponseType.MULTI_CHOICE:
        if isinstance(raw, list) and all(isinstance(x, str) and x in keys for x in raw):
            value = [k for k in keys if k in raw]
        else:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "default of a multi_choice look-for is a list of its options' keys ({names})"),
                names=', '.join(keys)),
                      field="default")
    elif rtype in (ResponseType.TALLY, ResponseType.NUMBER):
        if looks_like_number(raw):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "default {raw} is in quotes: write default = {number}"),
                raw=repr(raw), number=number_text(str(raw))),
                      field="default")
        elif isinstance(raw, bool) or not isinstance(raw, int | float):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "default must be a number, not {kind}"), kind=type_words(raw)), field="default")
        elif rtype is ResponseType.TALLY and (not float(raw).is_integer() or raw < 0):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "default of a tally is a whole number of 0 or more, not {raw}"), raw=raw), field="default")
        elif (lf.minimum is not None and raw < lf.minimum) or (lf.maximum is not None and raw > lf.maximum):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "default {raw} is outside 'min' and 'max'"), raw=raw), field="default")
        else:
            value = int(raw) if rtype is ResponseType.TALLY or lf.decimals == 0 else float(raw)
    return replace(lf, default=value) if value is not None else lf


__all__ = ["LOOK_FOR_KEYS", "OPTION_KEYS", "PRESENCE_KEYS", "look_for", "slug"]
