"""Validating parsed framework TOML and building a :class:`Framework` from it.

Every problem is collected (not just the first), each naming the file, the
section and look-for where it applies, and what is wrong, in words a coach
understands (what to write instead). Some are warnings: the file is used,
but probably not as its author meant. The canonical form (every default
filled in, sorted JSON) is what the version hash is taken of; see
``framework_canonical``. Where a problem is, and the checker that
collects them, are in ``framework_checker``; look-fors are checked in ``framework_check_items``,
conditions and scores in ``framework_check_rules``.

``lenient`` is for a version the app stored earlier: checks added since
(``tightened``) are warnings there, so a stored version always reads again.
"""

from __future__ import annotations

import hashlib
from typing import Any

from walkthrough.core.framework_canonical import canonical
from walkthrough.core.framework_check_items import look_for
from walkthrough.core.framework_check_rules import check_rules, conditions, scores
from walkthrough.core.framework_checker import TOP, Checker, Where
from walkthrough.core.framework_messages import looks_like_number, number_text, type_words
from walkthrough.core.framework_translations import translations
from walkthrough.core.framework_types import (
    KEY_PATTERN,
    PLAIN_VERSION,
    VERSION_PATTERN,
    Framework,
    FrameworkError,
    LookFor,
    Mode,
    Repeat,
    Scope,
    Section,
    TeacherLink,
)
from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, message

TOP_KEYS = {"id", "version", "title", "description", "modes", "target_minutes", "teacher", "sections", "scores",
            "translations"}
SECTION_KEYS = {"key", "title", "description", "look_fors", "sections", "optional", "show_if", "scope", "repeat"}
REPEAT_KEYS = {"label", "count", "most", "minutes"}
MAX_SECTION_DEPTH = 4


def build(data: dict[str, Any], source_name: str, *, lenient: bool = False) -> Framework:
    c = Checker(source_name, lenient=lenient)
    misplaced = _misplaced_look_fors(c, data)
    c.unknown_keys({k: v for k, v in data.items() if k not in misplaced}, TOP_KEYS, TOP)
    fid = c.text(data, "id", TOP, required=True)
    if fid and not KEY_PATTERN.match(fid):
        c.problem(TOP, message(QT_TRANSLATE_NOOP(
            "core", "id '{fid}' must use only lower-case letters, digits, '-' and '_'"), fid=fid), field="id")
    version = _version(c, data)
    title = c.text(data, "title", TOP, required=True)
    description = c.text(data, "description", TOP, required=False)
    c.modes = _modes(c, data)
    c.target = _target_minutes(c, data)
    teacher = _teacher(c, data)
    sections = _sections(c, data, skip_missing=bool(misplaced))
    found_scores = scores(c, data, sections) if not c.errors else ()
    if not c.errors:
        check_rules(c, sections)
    shown_in = translations(c, data, sections, {s.key for s in found_scores}) if not c.errors else {}
    if c.errors:
        raise FrameworkError(c.problems if not lenient else c.errors)
    text = canonical(fid, version, title, description, c.modes, c.target, teacher, sections, found_scores)
    return Framework(
        id=fid,
        version=version,
        title=title,
        description=description,
        modes=c.modes,
        target_minutes=c.target,
        teacher=teacher,
        sections=sections,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        canonical=text,
        source_name=source_name,
        scores=found_scores,
        warnings=tuple(c.problems),
        translations=shown_in,
    )


def _misplaced_look_fors(c: Checker, data: dict[str, Any]) -> set[str]:
    """``[[look_fors]]`` or ``[[section]]`` at the top: one message that says what to write."""
    found: set[str] = set()
    if "look_fors" in data:
        found.add("look_fors")
        c.problem(TOP, message(QT_TRANSLATE_NOOP(
            "core", "look-fors go inside a section: write [[sections.look_fors]] (after a [[sections]] "
            "line with the section's key and title), not [[look_fors]]")), field="look_fors")
    if "section" in data and "sections" not in data:
        found.add("section")
        c.problem(TOP, message(QT_TRANSLATE_NOOP(
            "core", "write [[sections]] (with an s) to start a section, not [[section]]")), field="section")
    return found


def _version(c: Checker, data: dict[str, Any]) -> str:
    version = data.get("version")
    if version is None:
        c.problem(TOP, message(QT_TRANSLATE_NOOP(
            "core", "missing required key 'version'")), field="version")
        return ""
    if not isinstance(version, str):
        c.problem(TOP, message(QT_TRANSLATE_NOOP(
            "core", "'version' must be text in quotes, e.g. version = \"{version}\", not {kind}"),
            version=version, kind=type_words(version)),
                  field="version")
        return ""
    if not VERSION_PATTERN.match(version):
        c.problem(TOP, message(QT_TRANSLATE_NOOP(
            "core", "version {version} must be letters, digits and dots only, e.g. \"1.2\""),
            version=repr(version)), field="version")
    elif not PLAIN_VERSION.match(version):
        c.warn(TOP, message(QT_TRANSLATE_NOOP(
            "core", "version {version} is not plain numbers and dots (e.g. \"1.2\"): the app keeps drafts "
            "itself (a framework is a draft until it is published), so a version need not say "
            "\"draft\"; versions are ordered by their numbers"), version=repr(version)), field="version")
    return version


def _modes(c: Checker, data: dict[str, Any]) -> tuple[Mode, ...]:
    raw = data.get("modes")
    if raw is None:
        c.problem(TOP, message(QT_TRANSLATE_NOOP(
            "core", "missing required key 'modes' (a list of \"blast\" and/or \"peer\")")), field="modes")
        return ()
    if not isinstance(raw, list) or not raw:
        hint = (message(QT_TRANSLATE_NOOP("core", ": write modes = [\"{mode}\"]"), mode=raw)
                if isinstance(raw, str) and raw in ("blast", "peer") else Message(""))
        c.problem(TOP, message(QT_TRANSLATE_NOOP(
            "core", "'modes' must be a non-empty list of \"blast\" and/or \"peer\"{hint}"),
            hint=hint), field="modes")
        return ()
    modes: list[Mode] = []
    for m in raw:
        if not isinstance(m, str) or m not in {mode.value for mode in Mode}:
            c.problem(TOP, message(QT_TRANSLATE_NOOP(
                "core", "unknown mode '{m}' in 'modes' (expected \"blast\" or \"peer\")"), m=m), field="modes")
        elif Mode(m) in modes:
            c.problem(TOP, message(QT_TRANSLATE_NOOP(
                "core", "mode '{m}' is listed twice in 'modes'"), m=m), field="modes")
        else:
            modes.append(Mode(m))
    return tuple(modes)


def _target_minutes(c: Checker, data: dict[str, Any]) -> float | None:
    raw = data.get("target_minutes")
    if raw is None:
        return None
    if looks_like_number(raw):
        c.problem(TOP, message(QT_TRANSLATE_NOOP(
            "core", "'target_minutes' is in quotes ({raw}): it is a number of minutes, so write "
            "target_minutes = {number} without quotes"), raw=repr(raw), number=number_text(raw)),
            field="target_minutes")
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not 0 < raw <= 240:
        c.problem(TOP, message(QT_TRANSLATE_NOOP(
            "core", "'target_minutes' must be a number of minutes between 0 and 240, not {raw}"),
            raw=repr(raw)),
                  field="target_minutes")
        return None
    return float(raw)


def _teacher(c: Checker, data: dict[str, Any]) -> TeacherLink:
    raw = data.get("teacher", TeacherLink.OPTIONAL.value)
    if not isinstance(raw, str) or raw not in {t.value for t in TeacherLink}:
        c.problem(TOP, message(QT_TRANSLATE_NOOP(
            "core", "unknown value '{raw}' for 'teacher' (expected optional, named or anonymous)"),
            raw=raw),
                  field="teacher")
        return TeacherLink.OPTIONAL
    if "teacher" in data and c.modes and Mode.BLAST not in c.modes:
        c.warn(TOP, message(QT_TRANSLATE_NOOP(
            "core", "'teacher' applies only to blast walkthroughs, and this framework is for peer visits "
            "only, so it is ignored: remove it (a peer visit is always with the host teacher)")), field="teacher")
    return TeacherLink(raw)


class _Keys:
    """Keys seen so far: sections and look-fors are unique across the framework."""

    def __init__(self) -> None:
        self.sections: set[str] = set()
        self.look_fors: set[str] = set()


def _sections(c: Checker, data: dict[str, Any], *, skip_missing: bool) -> tuple[Section, ...]:
    raw = data.get("sections")
    if raw is None:
        if not skip_missing:
            c.problem(TOP, message(QT_TRANSLATE_NOOP(
                "core", "missing required key 'sections' (add at least one [[sections]] table)")), field="sections")
        return ()
    if isinstance(raw, dict):
        if "look_fors" in raw and "key" not in raw:
            c.problem(TOP, message(QT_TRANSLATE_NOOP(
                "core", "a [[sections.look_fors]] line comes before any [[sections]] line: start the "
                "section with [[sections]] (and its key and title) above it")), field="sections")
        else:
            c.problem(TOP, message(QT_TRANSLATE_NOOP(
                "core", "'sections' must be one or more [[sections]] tables: write [[sections]] with "
                "double brackets ([sections] makes a single table)")), field="sections")
        return ()
    if not isinstance(raw, list) or not raw or not all(isinstance(s, dict) for s in raw):
        c.problem(TOP, message(QT_TRANSLATE_NOOP(
            "core", "'sections' must be one or more [[sections]] tables")), field="sections")
        return ()
    keys = _Keys()
    return tuple(_section(c, table, index, keys, depth=0) for index, table in enumerate(raw, start=1))


def _section(c: Checker, table: dict[str, Any], index: int, keys: _Keys, *, depth: int) -> Section:
    sname = table["key"] if isinstance(table.get("key"), str) else f"#{index}"
    where = Where(sname)
    c.unknown_keys(table, SECTION_KEYS, where)
    key = c.key(table, where)
    if key and key in keys.sections:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "duplicate section key '{key}'"), key=key), field="key")
    keys.sections.add(key)
    title = c.text(table, "title", where, required=True)
    description = c.text(table, "description", where, required=False)
    optional = c.flag(table, "optional", where) or False
    show_if = conditions(c, table, where)
    scope = _scope(c, table, where, depth)
    repeat = _repeat(c, table, where, depth)
    inner: list[Section] = []
    raw_inner = table.get("sections")
    if raw_inner is not None:
        if depth + 1 >= MAX_SECTION_DEPTH:
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "sections may nest at most {max_section_depth} deep (a section, and sections "
                "inside it, and so on)"), max_section_depth=MAX_SECTION_DEPTH), field="sections")
        elif not isinstance(raw_inner, list) or not all(isinstance(x, dict) for x in raw_inner):
            c.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "the sections inside a section are written as [[sections.sections]] tables")),
                      field="sections")
        else:
            inner = [_section(c, t, i, keys, depth=depth + 1) for i, t in enumerate(raw_inner, start=1)]
    raw_lfs = table.get("look_fors")
    look_fors: list[LookFor] = []
    if raw_lfs is None and inner:
        pass  # a section may hold only sections
    elif not isinstance(raw_lfs, list) or not raw_lfs or not all(isinstance(x, dict) for x in raw_lfs):
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "has no look-fors (add one or more [[sections.look_fors]] tables)")), field="look_fors")
    else:
        for lf_index, lf_table in enumerate(raw_lfs, start=1):
            lf = look_for(c, lf_table, sname, key, lf_index)
            if lf is None:
                continue
            if lf.key in keys.look_fors:
                c.problem(Where(sname, lf.key), message(QT_TRANSLATE_NOOP(
                    "core", "duplicate look-for key '{key}'"), key=lf.key), field="key")
            keys.look_fors.add(lf.key)
            look_fors.append(lf)
    return Section(key, title, description, tuple(look_fors), tuple(inner), optional, show_if, scope, repeat)


def _scope(c: Checker, table: dict[str, Any], where: Where, depth: int) -> Scope:
    raw = table.get("scope")
    if raw is None:
        return Scope.VISIT
    if not isinstance(raw, str) or raw not in {s.value for s in Scope}:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "unknown value {raw} for 'scope' (expected \"visit\": each room answers it, or "
            "\"round\": answered once for the whole round)"), raw=repr(raw)), field="scope")
        return Scope.VISIT
    if depth:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'scope' applies to a top-level section (and everything in it), not to one inside "
            "another")),
                  field="scope")
    if raw == Scope.ROUND and c.modes and Mode.BLAST not in c.modes:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "scope = \"round\" is for blast walkthrough rounds, and this framework is for peer "
            "visits only")), field="scope")
    return Scope(raw)


def _repeat(c: Checker, table: dict[str, Any], where: Where, depth: int) -> Repeat | None:
    raw = table.get("repeat")
    if raw is None:
        return None
    if depth:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'repeat' applies to a top-level section (and everything in it), not to one inside "
            "another")),
                  field="repeat")
        return None
    if isinstance(raw, bool) or (isinstance(raw, int) and raw > 0):
        raw = {"count": raw} if not isinstance(raw, bool) else {}
    if not isinstance(raw, dict):
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "'repeat' must be a table, e.g. repeat = { label = \"Segment\", count = 4 }")), field="repeat")
        return None
    c.unknown_keys(raw, REPEAT_KEYS, where)
    before = c.error_count()
    label = c.text(raw, "label", where, required=False) or "Segment"
    count = c.number(raw, "count", where, whole=True)
    most = c.number(raw, "most", where, whole=True)
    minutes = c.number(raw, "minutes", where, whole=True)
    if count is not None and not 2 <= count <= 24:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "repeat 'count' must be between 2 and 24 segments, not {count}"),
            count=format(count, "g")), field="repeat")
    if most is not None and not 2 <= most <= 24:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "repeat 'most' must be between 2 and 24 segments, not {most}"),
            most=format(most, "g")), field="repeat")
    if count is not None and most is not None:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "give a repeat either 'count' (always that many segments) or 'most' (the observer "
            "adds segments, up to that many), not both")), field="repeat")
    if minutes is not None and not 1 <= minutes <= 240:
        c.problem(where, message(QT_TRANSLATE_NOOP(
            "core", "repeat 'minutes' must be between 1 and 240, not {minutes}"),
            minutes=format(minutes, "g")), field="repeat")
    if c.error_count() > before:
        return None
    return Repeat(label, int(count) if count else None, int(most) if most else 12, int(minutes) if minutes else None)
