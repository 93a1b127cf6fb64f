"""Checking what a look-for offers to pick from: a frequency's labels, a rating's levels and a
choice's options (each with its anchor text and its score value)."""

from __future__ import annotations

import re
from typing import Any

from walkthrough.core.framework_checker import Checker, Where
from walkthrough.core.framework_messages import looks_like_number, number_text, type_words
from walkthrough.core.framework_types import (
    DEFAULT_FREQUENCY_KEYS,
    DEFAULT_FREQUENCY_LABELS,
    KEY_PATTERN,
    Mode,
    Option,
    RatingLevel,
)
from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, message

OPTION_KEYS = {"key", "label", "anchor", "value"}
#: "label 2", "option 3": which one of a look-for's list a problem is in.
LABEL = QT_TRANSLATE_NOOP("core", "label {i}")
LEVEL = QT_TRANSLATE_NOOP("core", "level {i}")
OPTION = QT_TRANSLATE_NOOP("core", "option {i}")
PART = QT_TRANSLATE_NOOP("core", "part {i}")


LEVEL_KEYS = {"label", "anchor", "value"}


def _nth(template: str, i: int) -> Message:
    return Message(template, {"i": i})


def slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")


def frequency_labels(c: Checker, t: dict[str, Any], where: Where) -> tuple[Option, ...]:
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
            unknown_in(c, item, {"label", "anchor", "value"}, _nth(LABEL, i), where, "labels")
            options.append(Option(fkey, item["label"].strip(), _anchor(c, item, _nth(LABEL, i), where, "labels"),
                                  _value(c, item, _nth(LABEL, i), where, "labels")))
        else:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'labels' of a frequency look-for must be exactly 5 texts, for "
                "none/few/some/most/all (label {i} is {kind})"), i=i, kind=type_words(item)), field="labels")
    return tuple(options)


def unknown_in(c: Checker, item: dict[str, Any], allowed: set[str], what: Message, where: Where, field: str) -> None:
    for extra in sorted(set(item) - allowed):
        c.tightened(where, message(QT_TRANSLATE_NOOP(
            "core", "{what} has unknown key '{extra}' (allowed: {names})"),
            what=what, extra=extra, names=', '.join(sorted(allowed))), field=field)


def _anchor(c: Checker, item: dict[str, Any], what: Message, where: Where, field: str) -> str:
    anchor = item.get("anchor", "")
    if not isinstance(anchor, str):
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "{what}: 'anchor' must be text in quotes, not {kind}"),
            what=what, kind=type_words(anchor)), field=field)
        return ""
    return anchor.strip()


def _value(c: Checker, item: dict[str, Any], what: Message, where: Where, field: str) -> float | None:
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


def rating_levels(c: Checker, t: dict[str, Any], where: Where) -> tuple[RatingLevel, ...]:
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
            levels.append(RatingLevel(lvl["label"].strip(), _anchor(c, lvl, _nth(LEVEL, i), where, "levels"),
                                      _value(c, lvl, _nth(LEVEL, i), where, "levels")))
        elif isinstance(lvl, int | float) and not isinstance(lvl, bool):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "level {i} is the number {lvl} without quotes: write it as text, \"{lvl2}\", or as "
                "{{ label = \"...\", value = {lvl2} }}"), i=i, lvl=repr(lvl), lvl2=format(lvl, "g")), field="levels")
        else:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "level {i} needs a 'label' (text)"), i=i), field="levels")
    labels = [lvl.label for lvl in levels]
    listed_twice(c, where, labels, QT_TRANSLATE_NOOP("core", "level label '{dup}' is used twice"), "levels")
    folded = [x.casefold() for x in labels]
    for dup in sorted({x for x in labels if folded.count(x.casefold()) > 1 and labels.count(x) == 1}):
        c.tightened(where, message(QT_TRANSLATE_NOOP(
            "core", "levels '{dup}' and another differ only in capitals: give each level its own name"),
            dup=dup),
                    field="levels")
        break
    return tuple(levels)


def choice_options(c: Checker, t: dict[str, Any], where: Where, *, required: bool) -> tuple[Option, ...]:
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
            unknown_in(c, opt, OPTION_KEYS, _nth(OPTION, i), where, "options")
            okey = opt.get("key", slug(opt["label"]))
            if not isinstance(okey, str) or not KEY_PATTERN.match(okey):
                c.problem(where, message(QT_TRANSLATE_NOOP(
                    "core", "option {i} has a bad key {okey}"), i=i, okey=repr(okey)), field="options")
                continue
            options.append(Option(okey, opt["label"].strip(), _anchor(c, opt, _nth(OPTION, i), where, "options"),
                                  _value(c, opt, _nth(OPTION, i), where, "options")))
        elif isinstance(opt, int | float) and not isinstance(opt, bool):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "option {i} is the number {opt} without quotes: options are text, write \"{opt2}\""),
                i=i, opt=repr(opt), opt2=format(opt, "g")),
                      field="options")
        else:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "option {i} must be text or a table with a 'label'"), i=i), field="options")
    listed_twice(c, where, [o.key for o in options], QT_TRANSLATE_NOOP("core", "option '{dup}' is listed twice"),
                 "options")
    return tuple(options)


def listed_twice(c: Checker, where: Where, names: list[str], template: str, field: str) -> None:
    """A problem for each name ``names`` holds more than once; ``template`` names it as ``{dup}``."""
    for dup in sorted({name for name in names if names.count(name) > 1}):
        c.problem(where, message(template, dup=dup), field=field)


def given(raw: object) -> Message:
    """What a list's place holds instead: "missing", "3 given", "text"."""
    if raw is None:
        return message(QT_TRANSLATE_NOOP("core", "missing"))
    if isinstance(raw, list):
        return message(QT_TRANSLATE_NOOP("core", "{n} given"), n=len(raw))
    return type_words(raw)
