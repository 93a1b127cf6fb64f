"""Checking when a snapshot look-for prompts (its minutes, or every N minutes until M) and
what it picks (one option, several, or counts that add up to the students present)."""

from __future__ import annotations

from typing import Any

from walkthrough.core.framework_checker import Checker, Where
from walkthrough.core.framework_messages import looks_like_number, number_text
from walkthrough.core.framework_types import KEY_PATTERN, SnapshotPick
from walkthrough.core.i18n import QT_TRANSLATE_NOOP, message


def snapshot_timing(
    c: Checker, t: dict[str, Any], where: Where, has_options: bool
) -> tuple[tuple[int, ...], dict[str, Any]]:
    """The minutes a snapshot prompts at, and its ``pick``/``every``/``until``/``students_present``."""
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
