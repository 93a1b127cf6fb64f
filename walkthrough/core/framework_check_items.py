"""Checking one look-for: its response type and everything that type takes
(levels, options, minutes, parts, numbers, a default)."""

from __future__ import annotations

import re
from typing import Any

from walkthrough.core.framework_checks import Checker, Where
from walkthrough.core.framework_messages import looks_like_number, number_text, type_words
from walkthrough.core.framework_types import (
    DEFAULT_FREQUENCY_KEYS,
    DEFAULT_FREQUENCY_LABELS,
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
    SnapshotPick,
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
OPTION_KEYS = {"key", "label", "anchor", "value"}
LEVEL_KEYS = {"label", "anchor", "value"}
PART_KEYS = {"key", "label", "prompt"}
TYPES = ", ".join(r.value for r in ResponseType)


def slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")


def look_for(c: Checker, t: dict[str, Any], sname: str, section_key: str, index: int) -> LookFor | None:
    from walkthrough.core.framework_check_rules import conditions

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
        hint = f": for this, write response = \"{close[str(raw_type)]}\"" if str(raw_type) in close else ""
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
        options = _frequency(c, t, where)
    elif rtype is ResponseType.RATING:
        levels = _levels(c, t, where)
    elif rtype in (ResponseType.CHOICE, ResponseType.MULTI_CHOICE):
        options = _options(c, t, where, required=True)
    elif rtype is ResponseType.SNAPSHOT:
        options = _options(c, t, where, required=False)
        minutes, snapshot = _snapshot(c, t, where, bool(options))
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


def _frequency(c: Checker, t: dict[str, Any], where: Where) -> tuple[Option, ...]:
    raw = t.get("labels")
    if raw is None:
        return tuple(Option(k, lbl) for k, lbl in zip(DEFAULT_FREQUENCY_KEYS, DEFAULT_FREQUENCY_LABELS, strict=True))
    if not isinstance(raw, list) or len(raw) != len(DEFAULT_FREQUENCY_KEYS):
        found = (message(QT_TRANSLATE_NOOP("core", "{n} given"), n=len(raw)) if isinstance(raw, list)
                 else message(QT_TRANSLATE_NOOP("core", "not {kind}"), kind=type_words(raw)))
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'labels' of a frequency look-for must be exactly 5 texts, for "
            "none/few/some/most/all ({found})"), found=found), field="labels")
        return ()
    options: list[Option] = []
    for i, (fkey, item) in enumerate(zip(DEFAULT_FREQUENCY_KEYS, raw, strict=True), start=1):
        if isinstance(item, str) and item.strip():
            options.append(Option(fkey, item.strip()))
        elif isinstance(item, dict) and isinstance(item.get("label"), str) and item["label"].strip():
            _unknown_in(c, item, {"label", "anchor", "value"}, f"label {i}", where, "labels")
            options.append(Option(fkey, item["label"].strip(), _anchor(c, item, f"label {i}", where, "labels"),
                                  _value(c, item, f"label {i}", where, "labels")))
        else:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'labels' of a frequency look-for must be exactly 5 texts, for "
                "none/few/some/most/all (label {i} is {kind})"), i=i, kind=type_words(item)), field="labels")
    return tuple(options)


def _unknown_in(c: Checker, item: dict[str, Any], allowed: set[str], what: str, where: Where, field: str) -> None:
    for extra in sorted(set(item) - allowed):
        c.tightened(where, message(QT_TRANSLATE_NOOP(
            "core", "{what} has unknown key '{extra}' (allowed: {names})"),
            what=what, extra=extra, names=', '.join(sorted(allowed))), field=field)


def _anchor(c: Checker, item: dict[str, Any], what: str, where: Where, field: str) -> str:
    anchor = item.get("anchor", "")
    if not isinstance(anchor, str):
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "{what}: 'anchor' must be text in quotes, not {kind}"),
            what=what, kind=type_words(anchor)), field=field)
        return ""
    return anchor.strip()


def _value(c: Checker, item: dict[str, Any], what: str, where: Where, field: str) -> float | None:
    if "value" not in item:
        return None
    value = item["value"]
    if looks_like_number(value):
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "{what}: 'value' is in quotes ({value}): write value = {number} without quotes"),
            what=what, value=repr(value), number=number_text(value)), field=field)
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "{what}: 'value' must be a number (its score), not {kind}"),
            what=what, kind=type_words(value)), field=field)
        return None
    if Mode.PEER in c.modes:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "{what}: values score the lesson, and peer visits are non-evaluative: remove 'value' "
            "from a framework that allows peer mode"), what=what), field=field)
        return None
    return float(value)


def _levels(c: Checker, t: dict[str, Any], where: Where) -> tuple[RatingLevel, ...]:
    raw = t.get("levels")
    if not isinstance(raw, list) or len(raw) < 2:
        found = given(raw)
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "a rating look-for needs 'levels': a list of at least 2 levels, lowest first "
            "({found})"), found=found),
                  field="levels")
        return ()
    if all(isinstance(x, int | float) and not isinstance(x, bool) for x in raw):
        quoted = ", ".join(f'"{x:g}"' for x in raw)
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "levels are text, and {raw} is a number without quotes: write levels = [{quoted}], "
            "or give each level a label and a score, e.g. {{ label = \"Beginning\", value = 1 }}"),
            raw=repr(raw[0]), quoted=quoted),
                  field="levels")
        return ()
    levels: list[RatingLevel] = []
    for i, lvl in enumerate(raw, start=1):
        if isinstance(lvl, str) and lvl.strip():
            levels.append(RatingLevel(lvl.strip()))
        elif isinstance(lvl, dict) and isinstance(lvl.get("label"), str) and lvl["label"].strip():
            extra = set(lvl) - LEVEL_KEYS
            if extra:
                c.problem(where, message(QT_TRANSLATE_NOOP(
                    "core", "level {i} has unknown key '{first}' (allowed: label, anchor, value)"),
                    i=i, first=sorted(extra)[0]),
                          field="levels")
                continue
            levels.append(RatingLevel(lvl["label"].strip(), _anchor(c, lvl, f"level {i}", where, "levels"),
                                      _value(c, lvl, f"level {i}", where, "levels")))
        elif isinstance(lvl, int | float) and not isinstance(lvl, bool):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "level {i} is the number {lvl} without quotes: write it as text, \"{lvl2}\", or as "
                "{{ label = \"...\", value = {lvl2} }}"), i=i, lvl=repr(lvl), lvl2=format(lvl, "g")), field="levels")
        else:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "level {i} needs a 'label' (text)"), i=i), field="levels")
    labels = [lvl.label for lvl in levels]
    for dup in sorted({x for x in labels if labels.count(x) > 1}):
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "level label '{dup}' is used twice"), dup=dup), field="levels")
    folded = [x.casefold() for x in labels]
    for dup in sorted({x for x in labels if folded.count(x.casefold()) > 1 and labels.count(x) == 1}):
        c.tightened(where, message(QT_TRANSLATE_NOOP(
            "core", "levels '{dup}' and another differ only in capitals: give each level its own name"),
            dup=dup),
                    field="levels")
        break
    return tuple(levels)


def _options(c: Checker, t: dict[str, Any], where: Where, *, required: bool) -> tuple[Option, ...]:
    raw = t.get("options")
    if raw is None and not required:
        return ()
    if not isinstance(raw, list) or len(raw) < 2:
        found = given(raw)
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'options' must list at least 2 choices ({found})"), found=found), field="options")
        return ()
    options: list[Option] = []
    for i, opt in enumerate(raw, start=1):
        if isinstance(opt, str) and slug(opt):
            options.append(Option(slug(opt), opt.strip()))
        elif isinstance(opt, dict) and isinstance(opt.get("label"), str) and opt["label"].strip():
            _unknown_in(c, opt, OPTION_KEYS, f"option {i}", where, "options")
            okey = opt.get("key", slug(opt["label"]))
            if not isinstance(okey, str) or not KEY_PATTERN.match(okey):
                c.problem(where, message(QT_TRANSLATE_NOOP(
                    "core", "option {i} has a bad key {okey}"), i=i, okey=repr(okey)), field="options")
                continue
            options.append(Option(okey, opt["label"].strip(), _anchor(c, opt, f"option {i}", where, "options"),
                                  _value(c, opt, f"option {i}", where, "options")))
        elif isinstance(opt, int | float) and not isinstance(opt, bool):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "option {i} is the number {opt} without quotes: options are text, write \"{opt2}\""),
                i=i, opt=repr(opt), opt2=format(opt, "g")),
                      field="options")
        else:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "option {i} must be text or a table with a 'label'"), i=i), field="options")
    keys = [o.key for o in options]
    for dup in sorted({k for k in keys if keys.count(k) > 1}):
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "option '{dup}' is listed twice"), dup=dup), field="options")
    return tuple(options)


def _snapshot(c: Checker, t: dict[str, Any], where: Where, has_options: bool) -> tuple[tuple[int, ...], dict[str, Any]]:
    extra: dict[str, Any] = {}
    pick = t.get("pick", SnapshotPick.ONE.value)
    if not isinstance(pick, str) or pick not in {p.value for p in SnapshotPick}:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "unknown value {pick} for 'pick' (expected \"one\", \"several\" or \"count\")"),
            pick=repr(pick)),
                  field="pick")
    else:
        extra["pick"] = SnapshotPick(pick)
        if pick != SnapshotPick.ONE and not has_options:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "pick = \"{pick}\" needs 'options' to pick from"), pick=pick), field="pick")
    present = t.get("students_present")
    if present is not None:
        if not isinstance(present, str) or not KEY_PATTERN.match(present):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'students_present' must be the key of a number look-for, e.g. students_present "
                "= \"students-present\"")), field="students_present")
        elif pick != SnapshotPick.COUNT:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'students_present' applies to pick = \"count\" (counts that add up to the "
                "students present)")), field="students_present")
        else:
            extra["students_present"] = present
    every = c.number(t, "every", where, whole=True)
    until = c.number(t, "until", where, whole=True)
    raw = t.get("minutes")
    if raw is not None and every is not None:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "give a snapshot either 'minutes' (a list) or 'every' (every N minutes), not both")),
                  field="minutes")
        return (), extra
    if every is not None:
        end = until if until is not None else c.target
        if every < 1:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'every' must be at least 1 minute, not {every}"), every=format(every, "g")), field="every")
        elif end is None:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "a snapshot 'every' N minutes needs an end: set target_minutes at the top of the "
                "file, or until = 20 on the look-for")), field="every")
        else:
            extra["every"], extra["until"] = int(every), (int(until) if until is not None else None)
            return tuple(range(0, int(end) + 1, int(every))), extra
        return (), extra
    if until is not None:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'until' goes with 'every' (every N minutes, until minute M)")), field="until")
    return _minutes(c, raw, where), extra


def _minutes(c: Checker, raw: object, where: Where) -> tuple[int, ...]:
    if raw is None:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "a snapshot look-for needs 'minutes' (the minutes of the visit to prompt at, e.g. "
            "minutes = [0, 3]) or 'every' (e.g. every = 5)")), field="minutes")
        return ()
    if not isinstance(raw, list) or not raw:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'minutes' must be a list of whole minutes, e.g. minutes = [0, 3], not {raw}"),
            raw=repr(raw)),
                  field="minutes")
        return ()
    ok = True
    for m in raw:
        if looks_like_number(m):
            shown = ", ".join(number_text(x) if looks_like_number(x) else str(x) for x in raw)
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "minute {m} is in quotes: write minutes as numbers without quotes, e.g. minutes "
                "= [{shown}]"), m=repr(m), shown=shown), field="minutes")
            return ()
        if isinstance(m, bool) or not isinstance(m, int | float):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "minute {m} is not a number of minutes"), m=repr(m)), field="minutes")
            ok = False
        elif not float(m).is_integer():
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "minute {m} must be a whole number of minutes"), m=m), field="minutes")
            ok = False
        elif m < 0:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "snapshot minutes start at 0 (the start of the visit), not {m}"), m=m), field="minutes")
            ok = False
    if not ok:
        return ()
    if list(raw) != sorted(set(raw)):
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'minutes' must be in increasing order without repeats, not {raw}"), raw=raw), field="minutes")
        return ()
    minutes = tuple(int(m) for m in raw)
    if c.target is not None and minutes[-1] > c.target:
        c.warn(where, message(QT_TRANSLATE_NOOP(
            "core", "minute {minutes} is after the visit's target length of {target} minutes "
            "(target_minutes): observers may have left by then"),
            minutes=minutes[-1], target=format(c.target, "g")), field="minutes")
    return minutes


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
            _unknown_in(c, item, PART_KEYS, f"part {i}", where, "parts")
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
    keys = [p.key for p in parts]
    for dup in sorted({k for k in keys if keys.count(k) > 1}):
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "part '{dup}' is listed twice"), dup=dup), field="parts")
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


def given(raw: object) -> Message:
    """What a list's place holds instead: "missing", "3 given", "text"."""
    if raw is None:
        return message(QT_TRANSLATE_NOOP("core", "missing"))
    if isinstance(raw, list):
        return message(QT_TRANSLATE_NOOP("core", "{n} given"), n=len(raw))
    return type_words(raw)
