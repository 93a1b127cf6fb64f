"""Checks that span look-fors: conditions ("show this only if..."), the
students-present total of snapshot counts, and scores."""

from __future__ import annotations

from typing import Any

from walkthrough.core.framework_checker import TOP, Checker, Where
from walkthrough.core.framework_messages import looks_like_number, number_text, type_words
from walkthrough.core.framework_types import (
    KEY_PATTERN,
    Band,
    Condition,
    ConditionTest,
    LookFor,
    Mode,
    ResponseType,
    Score,
    ScoreMethod,
    Section,
)
from walkthrough.core.i18n import QT_TRANSLATE_NOOP, message

CONDITION_KEYS = {"look_for", "part", *(t.value for t in ConditionTest)}
SCORE_KEYS = {"key", "title", "description", "method", "section", "look_fors", "met_at", "bands"}
_NUMERIC = (ResponseType.RATING, ResponseType.NUMBER, ResponseType.TALLY)


def conditions(c: Checker, table: dict[str, Any], where: Where) -> tuple[Condition, ...]:
    """``show_if``: one condition table, or a list of them that must all hold (shape only; targets later)."""
    raw = table.get("show_if")
    if raw is None:
        return ()
    items = raw if isinstance(raw, list) else [raw]
    found: list[Condition] = []
    example = 'show_if = { look_for = "target-posted", is = "observed" }'
    for item in items:
        if not isinstance(item, dict):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'show_if' must be a table, e.g. {example}"), example=example), field="show_if")
            continue
        c.unknown_keys(item, CONDITION_KEYS, where)
        target = item.get("look_for")
        tests = [t for t in ConditionTest if t.value in item]
        if not isinstance(target, str) or not KEY_PATTERN.match(target):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'show_if' needs the key of an earlier look-for in 'look_for', e.g. {example}"),
                example=example),
                      field="show_if")
            continue
        if len(tests) != 1:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'show_if' needs exactly one test: is, is_not, includes, at_least, at_most or "
                "answered")),
                      field="show_if")
            continue
        test = tests[0]
        raw_values = item[test.value]
        values = tuple(raw_values) if isinstance(raw_values, list) else (raw_values,)
        if test is ConditionTest.ANSWERED and values != (True,):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "write answered = true in a 'show_if'")), field="show_if")
            continue
        if test in (ConditionTest.AT_LEAST, ConditionTest.AT_MOST):
            if len(values) != 1 or looks_like_number(values[0]) or isinstance(values[0], bool) \
                    or not isinstance(values[0], int | float):
                shown = number_text(str(values[0])) if values and looks_like_number(values[0]) else "3"
                c.problem(where, message(QT_TRANSLATE_NOOP(
                    "core", "'{value}' in a 'show_if' is a number without quotes, e.g. {value} = {shown}"),
                    value=test.value, shown=shown), field="show_if")
                continue
        elif test is not ConditionTest.ANSWERED and (
                not values or not all(isinstance(v, str | int) and not isinstance(v, bool) for v in values)):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'{value}' in a 'show_if' is an answer's key (or a list of them), e.g. {value} = "
                "\"observed\""), value=test.value), field="show_if")
            continue
        part = item.get("part", "")
        if not isinstance(part, str):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'part' in a 'show_if' is the key of a part of a paired look-for")), field="show_if")
            continue
        found.append(Condition(target, test, tuple(v if isinstance(v, str | bool) else float(v) for v in values),
                               part))
    return tuple(found)


def check_rules(c: Checker, sections: tuple[Section, ...]) -> None:
    """Conditions point at earlier look-fors with answers they can have; counts add up to a number look-for."""
    seen: dict[str, tuple[LookFor, Section]] = {}

    def visit(section: Section, top: Section) -> None:
        where = Where(section.key)
        for cond in section.show_if:
            _condition_target(c, cond, where, seen, top)
        for lf in section.look_fors:
            lwhere = Where(section.key, lf.key)
            for cond in lf.show_if:
                _condition_target(c, cond, lwhere, seen, top)
            if lf.students_present:
                target = seen.get(lf.students_present)
                if target is None or target[0].response is not ResponseType.NUMBER:
                    c.problem(lwhere, message(QT_TRANSLATE_NOOP(
                        "core", "'students_present' must name a number look-for above this one, e.g. "
                        "\"Students present\" with response = \"number\" (not '{students_present}')"),
                        students_present=lf.students_present), field="students_present")
            seen[lf.key] = (lf, top)
        for inner in section.sections:
            visit(inner, top)

    for top in sections:
        visit(top, top)


def _condition_target(c: Checker, cond: Condition, where: Where, seen: dict[str, tuple[LookFor, Section]],
                      top: Section) -> None:
    found = seen.get(cond.look_for)
    if found is None:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'show_if' names '{look_for}', which is not a look-for above this one: a condition "
            "depends on an earlier answer"), look_for=cond.look_for), field="show_if")
        return
    target, target_top = found
    if target_top.repeat is not None and target_top is not top:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'show_if' names '{look_for}', which repeats in segments: only items of the same "
            "repeated section may depend on it"), look_for=cond.look_for), field="show_if")
    if target.parts:
        if cond.part not in [p.key for p in target.parts]:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'show_if' on the paired look-for '{key}' needs part = one of {names}"),
                key=target.key, names=', '.join(p.key for p in target.parts)), field="show_if")
            return
    elif cond.part:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'part' in a 'show_if' applies to a paired look-for, and '{key}' is not one"),
            key=target.key),
                  field="show_if")
    if cond.test in (ConditionTest.IS, ConditionTest.IS_NOT):
        keys = [o.key for o in target.choices]
        if target.response is ResponseType.RATING:
            keys = [str(i) for i in range(1, len(target.levels) + 1)]
        if not keys:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'{value}' needs a look-for with set answers, and '{key}' is a {value2} look-for "
                "(use at_least, at_most or answered)"),
                value=cond.test.value, key=target.key, value2=target.response.value), field="show_if")
            return
        for value in cond.values:
            if str(value) not in keys:
                c.problem(where, message(QT_TRANSLATE_NOOP(
                    "core", "'show_if': {value} is not an answer of '{key}' (one of: {names})"),
                    value=repr(value), key=target.key, names=', '.join(keys)), field="show_if")
    elif cond.test is ConditionTest.INCLUDES:
        keys = [o.key for o in target.options]
        if target.response is not ResponseType.MULTI_CHOICE:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'includes' applies to a multi_choice look-for, and '{key}' is {value} (use is)"),
                key=target.key, value=target.response.value), field="show_if")
        for value in cond.values:
            if keys and str(value) not in keys:
                c.problem(where, message(QT_TRANSLATE_NOOP(
                    "core", "'show_if': {value} is not an option of '{key}' (one of: {names})"),
                    value=repr(value), key=target.key, names=', '.join(keys)), field="show_if")
    elif cond.test in (ConditionTest.AT_LEAST, ConditionTest.AT_MOST) and target.response not in _NUMERIC:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'{value}' applies to rating, number and tally look-fors, and '{key}' is {value2}"),
            value=cond.test.value, key=target.key, value2=target.response.value), field="show_if")


def scorable(lf: LookFor) -> bool:
    """Whether a look-for's answers have a value a score can add up."""
    if lf.response in (ResponseType.PRESENCE, ResponseType.RATING, ResponseType.NUMBER, ResponseType.TALLY,
                       ResponseType.FREQUENCY):
        return True
    if lf.response in (ResponseType.CHOICE, ResponseType.MULTI_CHOICE):
        return bool(lf.options) and all(o.value is not None for o in lf.options)
    if lf.response is ResponseType.SNAPSHOT:
        return bool(lf.options) and all(o.value is not None for o in lf.options) and lf.pick.value == "one"
    return False


def scores(c: Checker, data: dict[str, Any], sections: tuple[Section, ...]) -> tuple[Score, ...]:
    raw = data.get("scores")
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(x, dict) for x in raw):
        c.problem(TOP, message(QT_TRANSLATE_NOOP(
            "core", "'scores' must be one or more [[scores]] tables")), field="scores")
        return ()
    if Mode.PEER in c.modes:
        c.problem(TOP, message(QT_TRANSLATE_NOOP(
            "core", "scores judge the lesson, and peer visits are non-evaluative: remove [[scores]] from "
            "a framework that allows peer mode")), field="scores")
        return ()
    by_key = {lf.key: lf for top in sections for lf in top.all_look_fors}
    by_section = {s.key: s for top in sections for s, _ in top.walk()}
    found: list[Score] = []
    keys: set[str] = set()
    for index, table in enumerate(raw, start=1):
        name = table["key"] if isinstance(table.get("key"), str) else f"#{index}"
        where = Where(name, kind="score")
        score = _score(c, table, where, by_key, by_section)
        if score is None:
            continue
        if score.key in keys:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "duplicate score key '{key}'"), key=score.key), field="key")
        keys.add(score.key)
        found.append(score)
    return tuple(found)


def _score(c: Checker, t: dict[str, Any], where: Where, by_key: dict[str, LookFor],
           by_section: dict[str, Section]) -> Score | None:
    before = c.error_count()
    c.unknown_keys(t, SCORE_KEYS, where)
    key = c.key(t, where)
    title = c.text(t, "title", where, required=True)
    description = c.text(t, "description", where, required=False)
    method = t.get("method")
    if not isinstance(method, str) or method not in {m.value for m in ScoreMethod}:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'method' must be \"total\", \"mean\" or \"count_met\" (how many look-fors are met), not "
            "{method}"), method=repr(method)), field="method")
        return None
    section = t.get("section", "")
    listed = t.get("look_fors")
    if section and listed is not None:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "give a score either 'section' or 'look_fors', not both")), field="section")
        return None
    if section:
        if not isinstance(section, str) or section not in by_section:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'section' {section} is not a section of this framework"),
                section=repr(section)), field="section")
            return None
        members = [lf.key for lf in by_section[section].all_look_fors if scorable(lf) and not lf.retired]
    elif listed is not None:
        if not isinstance(listed, list) or not listed or not all(isinstance(x, str) for x in listed):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'look_fors' must be a list of look-for keys, e.g. look_fors = [\"a\", \"b\"]")),
                      field="look_fors")
            return None
        members = []
        for lkey in listed:
            if lkey not in by_key:
                c.problem(where, message(QT_TRANSLATE_NOOP(
                    "core", "'look_fors' names '{lkey}', which is not a look-for of this framework"),
                    lkey=lkey),
                          field="look_fors")
            elif not scorable(by_key[lkey]):
                c.problem(where, message(QT_TRANSLATE_NOOP(
                    "core", "look-for '{lkey}' has no values to score: give its options a value, e.g. {{ "
                    "label = \"Yes\", value = 1 }}"), lkey=lkey), field="look_fors")
            else:
                members.append(lkey)
    else:
        members = [k for k, lf in by_key.items() if scorable(lf) and not lf.retired]
    if not members and c.error_count() == before:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "this score has no look-fors with values to add up")), field="look_fors")
    met_at = c.number(t, "met_at", where)
    if method == ScoreMethod.COUNT_MET and met_at is None and any(
            by_key[k].response is not ResponseType.PRESENCE for k in members):
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "a count_met score of look-fors other than presence needs 'met_at': the value at "
            "which a look-for counts as met, e.g. met_at = 3")), field="met_at")
    if method != ScoreMethod.COUNT_MET and met_at is not None:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'met_at' applies to method = \"count_met\"")), field="met_at")
    bands = _bands(c, t, where)
    if c.error_count() > before:
        return None
    return Score(key, title, ScoreMethod(method), tuple(members), section if isinstance(section, str) else "",
                 met_at, bands, description)


def _bands(c: Checker, t: dict[str, Any], where: Where) -> tuple[Band, ...]:
    raw = t.get("bands")
    if raw is None:
        return ()
    example = 'bands = [{ at_least = 3, label = "Proficient" }]'
    if not isinstance(raw, list) or not raw:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'bands' must be a list of thresholds, e.g. {example}"), example=example), field="bands")
        return ()
    bands: list[Band] = []
    for i, item in enumerate(raw, start=1):
        if not isinstance(item, dict) or set(item) != {"at_least", "label"} or not isinstance(item["label"], str):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "band {i} must be a table with 'at_least' and 'label', e.g. {example}"),
                i=i, example=example), field="bands")
            continue
        at_least = item["at_least"]
        if looks_like_number(at_least):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "band {i}: 'at_least' is in quotes: write at_least = {number}"),
                i=i, number=number_text(at_least)),
                      field="bands")
            continue
        if isinstance(at_least, bool) or not isinstance(at_least, int | float):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "band {i}: 'at_least' must be a number, not {kind}"),
                i=i, kind=type_words(at_least)), field="bands")
            continue
        bands.append(Band(float(at_least), item["label"].strip()))
    if [b.at_least for b in bands] != sorted({b.at_least for b in bands}):
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'bands' must go from the lowest 'at_least' to the highest, each once")), field="bands")
    return tuple(bands)
