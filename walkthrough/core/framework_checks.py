"""Validating parsed framework TOML and building a :class:`Framework` from it.

Every problem is collected (not just the first), each naming the file, the
section and look-for where it applies, and what is wrong. The canonical form
(every default filled in, sorted JSON) is what the version hash is taken of.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from walkthrough.core.framework_types import (
    DEFAULT_FREQUENCY_KEYS,
    DEFAULT_FREQUENCY_LABELS,
    KEY_PATTERN,
    VERSION_PATTERN,
    Framework,
    FrameworkError,
    LookFor,
    Mode,
    Option,
    Problem,
    RatingLevel,
    ResponseType,
    Section,
    TeacherLink,
)

_TOP_KEYS = {"id", "version", "title", "description", "modes", "target_minutes", "teacher", "sections"}
_SECTION_KEYS = {"key", "title", "description", "look_fors"}
_LOOK_FOR_KEYS = {
    "key",
    "prompt",
    "response",
    "description",
    "tags",
    "allow_na",
    "evidence_note",
    "labels",
    "levels",
    "options",
    "minutes",
}
# Keys that only some response types use.
_TYPE_KEYS: dict[str, set[ResponseType]] = {
    "labels": {ResponseType.FREQUENCY},
    "levels": {ResponseType.RATING},
    "options": {ResponseType.CHOICE, ResponseType.MULTI_CHOICE, ResponseType.SNAPSHOT},
    "minutes": {ResponseType.SNAPSHOT},
}


def _slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")


class _Checker:
    """Collects problems while turning parsed TOML into a Framework."""

    def __init__(self, source_name: str) -> None:
        self.file = source_name
        self.problems: list[Problem] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append(Problem(self.file, where, message))

    def text(self, table: dict[str, Any], key: str, where: str, *, required: bool) -> str:
        if key not in table:
            if required:
                self.problem(where, f"missing required key '{key}'")
            return ""
        value = table[key]
        if not isinstance(value, str):
            self.problem(where, f"'{key}' must be text in quotes, not {_type_name(value)}")
            return ""
        if required and not value.strip():
            self.problem(where, f"'{key}' must not be empty")
        return value.strip()

    def flag(self, table: dict[str, Any], key: str, where: str) -> bool | None:
        if key not in table:
            return None
        value = table[key]
        if not isinstance(value, bool):
            self.problem(where, f"'{key}' must be true or false, not {_type_name(value)}")
            return None
        return value

    def unknown_keys(self, table: dict[str, Any], allowed: set[str], where: str) -> None:
        for key in sorted(set(table) - allowed):
            self.problem(where, f"unknown key '{key}' (allowed: {', '.join(sorted(allowed))})")

    def key(self, table: dict[str, Any], where: str) -> str:
        key = self.text(table, "key", where, required=True)
        if key and not KEY_PATTERN.match(key):
            self.problem(
                where,
                f"key '{key}' must use only lower-case letters, digits, '-' and '_' and start with a letter or digit",
            )
        return key


def _type_name(value: object) -> str:
    return {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "a table",
    }.get(type(value), type(value).__name__)


def _where(section: str, look_for: str | None = None) -> str:
    return f"section {section}" + (f", look-for {look_for}" if look_for is not None else "")


def build(data: dict[str, Any], source_name: str) -> Framework:
    c = _Checker(source_name)
    c.unknown_keys(data, _TOP_KEYS, "")
    fid = c.text(data, "id", "", required=True)
    if fid and not KEY_PATTERN.match(fid):
        c.problem("", f"id '{fid}' must use only lower-case letters, digits, '-' and '_'")
    version = data.get("version")
    if version is None:
        c.problem("", "missing required key 'version'")
        version = ""
    elif not isinstance(version, str):
        c.problem("", f"'version' must be text in quotes, e.g. version = \"{version}\", not {_type_name(version)}")
        version = ""
    elif not VERSION_PATTERN.match(version):
        c.problem("", f"version {version!r} must be letters, digits and dots only, e.g. \"1.2\"")
    title = c.text(data, "title", "", required=True)
    description = c.text(data, "description", "", required=False)
    modes = _modes(c, data)
    target = _target_minutes(c, data)
    teacher = _teacher(c, data)
    sections = _sections(c, data, modes)
    if c.problems:
        raise FrameworkError(c.problems)
    canonical = _canonical(fid, str(version), title, description, modes, target, teacher, sections)
    return Framework(
        id=fid,
        version=str(version),
        title=title,
        description=description,
        modes=modes,
        target_minutes=target,
        teacher=teacher,
        sections=sections,
        sha256=hashlib.sha256(canonical.encode("utf-8")).hexdigest(),
        canonical=canonical,
        source_name=source_name,
    )


def _modes(c: _Checker, data: dict[str, Any]) -> tuple[Mode, ...]:
    raw = data.get("modes")
    if raw is None:
        c.problem("", 'missing required key \'modes\' (a list of "blast" and/or "peer")')
        return ()
    if not isinstance(raw, list) or not raw:
        c.problem("", '\'modes\' must be a non-empty list of "blast" and/or "peer"')
        return ()
    modes: list[Mode] = []
    for m in raw:
        if not isinstance(m, str) or m not in {mode.value for mode in Mode}:
            c.problem("", f"unknown mode '{m}' in 'modes' (expected \"blast\" or \"peer\")")
        elif Mode(m) in modes:
            c.problem("", f"mode '{m}' is listed twice in 'modes'")
        else:
            modes.append(Mode(m))
    return tuple(modes)


def _target_minutes(c: _Checker, data: dict[str, Any]) -> float | None:
    raw = data.get("target_minutes")
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not 0 < raw <= 240:
        c.problem("", f"'target_minutes' must be a number of minutes between 0 and 240, not {raw!r}")
        return None
    return float(raw)


def _teacher(c: _Checker, data: dict[str, Any]) -> TeacherLink:
    raw = data.get("teacher", TeacherLink.OPTIONAL.value)
    if not isinstance(raw, str) or raw not in {t.value for t in TeacherLink}:
        c.problem("", f"unknown value '{raw}' for 'teacher' (expected optional, named or anonymous)")
        return TeacherLink.OPTIONAL
    return TeacherLink(raw)


def _sections(c: _Checker, data: dict[str, Any], modes: tuple[Mode, ...]) -> tuple[Section, ...]:
    raw = data.get("sections")
    if raw is None:
        c.problem("", "missing required key 'sections' (add at least one [[sections]] table)")
        return ()
    if not isinstance(raw, list) or not raw or not all(isinstance(s, dict) for s in raw):
        c.problem("", "'sections' must be one or more [[sections]] tables")
        return ()
    sections: list[Section] = []
    section_keys: set[str] = set()
    look_for_keys: set[str] = set()
    for index, table in enumerate(raw, start=1):
        sname = repr(table["key"]) if isinstance(table.get("key"), str) else f"#{index}"
        where = _where(sname)
        c.unknown_keys(table, _SECTION_KEYS, where)
        key = c.key(table, where)
        if key and key in section_keys:
            c.problem(where, f"duplicate section key '{key}'")
        section_keys.add(key)
        title = c.text(table, "title", where, required=True)
        description = c.text(table, "description", where, required=False)
        raw_lfs = table.get("look_fors")
        look_fors: list[LookFor] = []
        if not isinstance(raw_lfs, list) or not raw_lfs or not all(isinstance(x, dict) for x in raw_lfs):
            c.problem(where, "has no look-fors (add one or more [[sections.look_fors]] tables)")
        else:
            for lf_index, lf_table in enumerate(raw_lfs, start=1):
                lf = _look_for(c, lf_table, sname, key, lf_index, modes)
                if lf is None:
                    continue
                if lf.key in look_for_keys:
                    c.problem(_where(sname, repr(lf.key)), f"duplicate look-for key '{lf.key}'")
                look_for_keys.add(lf.key)
                look_fors.append(lf)
        sections.append(Section(key, title, description, tuple(look_fors)))
    return tuple(sections)


def _look_for(
    c: _Checker, t: dict[str, Any], sname: str, section_key: str, index: int, modes: tuple[Mode, ...]
) -> LookFor | None:
    lname = repr(t["key"]) if isinstance(t.get("key"), str) else f"#{index}"
    where = _where(sname, lname)
    before = len(c.problems)
    c.unknown_keys(t, _LOOK_FOR_KEYS, where)
    key = c.key(t, where)
    prompt = c.text(t, "prompt", where, required=True)
    description = c.text(t, "description", where, required=False)
    raw_type = t.get("response")
    if raw_type is None:
        c.problem(where, f"missing required key 'response' (one of: {', '.join(r.value for r in ResponseType)})")
        return None
    if not isinstance(raw_type, str) or raw_type not in {r.value for r in ResponseType}:
        c.problem(
            where,
            f"unknown response type '{raw_type}' (expected one of: {', '.join(r.value for r in ResponseType)})",
        )
        return None
    rtype = ResponseType(raw_type)
    for tkey, types in _TYPE_KEYS.items():
        if tkey in t and rtype not in types:
            allowed = " and ".join(sorted(x.value for x in types))
            c.problem(where, f"'{tkey}' applies only to {allowed} look-fors, not {rtype.value}")
    tags = _tags(c, t, where)
    allow_na = c.flag(t, "allow_na", where)
    evidence_note = c.flag(t, "evidence_note", where) or False
    if rtype is ResponseType.PRESENCE and allow_na is False:
        c.problem(where, "a presence look-for always allows 'not applicable'; remove allow_na = false")
    if rtype is ResponseType.TEXT and allow_na:
        c.problem(where, "a text look-for cannot allow 'not applicable'; remove allow_na")
    if rtype is ResponseType.RATING and Mode.PEER in modes:
        c.problem(
            where,
            "a rating look-for is not allowed in a framework that allows peer mode: "
            "peer visits are non-evaluative (use presence, frequency or text instead)",
        )
    options: tuple[Option, ...] = ()
    levels: tuple[RatingLevel, ...] = ()
    minutes: tuple[int, ...] = ()
    if rtype is ResponseType.FREQUENCY:
        options = _frequency(c, t, where)
    elif rtype is ResponseType.RATING:
        levels = _levels(c, t, where)
    elif rtype in (ResponseType.CHOICE, ResponseType.MULTI_CHOICE):
        options = _options(c, t, where, required=True)
    elif rtype is ResponseType.SNAPSHOT:
        minutes = _minutes(c, t, where)
        options = _options(c, t, where, required=False)
    if len(c.problems) > before:
        return None
    return LookFor(
        key=key,
        prompt=prompt,
        response=rtype,
        section_key=section_key,
        description=description,
        tags=tags,
        allow_na=True if rtype is ResponseType.PRESENCE else bool(allow_na),
        evidence_note=evidence_note,
        options=options,
        levels=levels,
        minutes=minutes,
    )


def _tags(c: _Checker, t: dict[str, Any], where: str) -> tuple[str, ...]:
    raw = t.get("tags", [])
    if not isinstance(raw, list) or not all(isinstance(x, str) and x.strip() for x in raw):
        c.problem(where, f"'tags' must be a list of text, e.g. tags = [\"Empowered learning\"], not {raw!r}")
        return ()
    return tuple(x.strip() for x in raw)


def _frequency(c: _Checker, t: dict[str, Any], where: str) -> tuple[Option, ...]:
    raw = t.get("labels")
    if raw is None:
        return tuple(Option(k, lbl) for k, lbl in zip(DEFAULT_FREQUENCY_KEYS, DEFAULT_FREQUENCY_LABELS, strict=True))
    if (
        not isinstance(raw, list)
        or len(raw) != len(DEFAULT_FREQUENCY_KEYS)
        or not all(isinstance(x, str) and x.strip() for x in raw)
    ):
        found = f"{len(raw)} given" if isinstance(raw, list) else f"not {_type_name(raw)}"
        c.problem(
            where, f"'labels' of a frequency look-for must be exactly 5 texts, for none/few/some/most/all ({found})"
        )
        return ()
    return tuple(Option(k, lbl.strip()) for k, lbl in zip(DEFAULT_FREQUENCY_KEYS, raw, strict=True))


def _levels(c: _Checker, t: dict[str, Any], where: str) -> tuple[RatingLevel, ...]:
    raw = t.get("levels")
    if not isinstance(raw, list) or len(raw) < 2:
        found = "missing" if raw is None else f"{len(raw)} given" if isinstance(raw, list) else _type_name(raw)
        c.problem(where, f"a rating look-for needs 'levels': a list of at least 2 levels, lowest first ({found})")
        return ()
    levels: list[RatingLevel] = []
    for i, lvl in enumerate(raw, start=1):
        if isinstance(lvl, str) and lvl.strip():
            levels.append(RatingLevel(lvl.strip()))
        elif isinstance(lvl, dict) and isinstance(lvl.get("label"), str) and lvl["label"].strip():
            extra = set(lvl) - {"label", "anchor"}
            anchor = lvl.get("anchor", "")
            if extra:
                c.problem(where, f"level {i} has unknown key '{sorted(extra)[0]}' (allowed: label, anchor)")
            elif not isinstance(anchor, str):
                c.problem(where, f"level {i}: 'anchor' must be text")
            else:
                levels.append(RatingLevel(lvl["label"].strip(), anchor.strip()))
        else:
            c.problem(where, f"level {i} needs a 'label' (text)")
    labels = [lvl.label for lvl in levels]
    for dup in sorted({x for x in labels if labels.count(x) > 1}):
        c.problem(where, f"level label '{dup}' is used twice")
    return tuple(levels)


def _options(c: _Checker, t: dict[str, Any], where: str, *, required: bool) -> tuple[Option, ...]:
    raw = t.get("options")
    if raw is None and not required:
        return ()
    if not isinstance(raw, list) or len(raw) < 2:
        found = "missing" if raw is None else f"{len(raw)} given" if isinstance(raw, list) else _type_name(raw)
        c.problem(where, f"'options' must list at least 2 choices ({found})")
        return ()
    options: list[Option] = []
    for i, opt in enumerate(raw, start=1):
        if isinstance(opt, str) and _slug(opt):
            options.append(Option(_slug(opt), opt.strip()))
        elif isinstance(opt, dict) and isinstance(opt.get("label"), str) and opt["label"].strip():
            okey = opt.get("key", _slug(opt["label"]))
            if not isinstance(okey, str) or not KEY_PATTERN.match(okey):
                c.problem(where, f"option {i} has a bad key {okey!r}")
                continue
            options.append(Option(okey, opt["label"].strip()))
        else:
            c.problem(where, f"option {i} must be text or a table with a 'label'")
    keys = [o.key for o in options]
    for dup in sorted({k for k in keys if keys.count(k) > 1}):
        c.problem(where, f"option '{dup}' is listed twice")
    return tuple(options)


def _minutes(c: _Checker, t: dict[str, Any], where: str) -> tuple[int, ...]:
    raw = t.get("minutes")
    if (
        not isinstance(raw, list)
        or not raw
        or not all(isinstance(m, int) and not isinstance(m, bool) and m > 0 for m in raw)
    ):
        c.problem(where, "a snapshot look-for needs 'minutes': the minutes of the visit to prompt at, e.g. [1, 3]")
        return ()
    if list(raw) != sorted(set(raw)):
        c.problem(where, f"'minutes' must be in increasing order without repeats, not {raw}")
        return ()
    return tuple(raw)


def _canonical(
    fid: str,
    version: str,
    title: str,
    description: str,
    modes: tuple[Mode, ...],
    target: float | None,
    teacher: TeacherLink,
    sections: tuple[Section, ...],
) -> str:
    doc = {
        "id": fid,
        "version": version,
        "title": title,
        "description": description,
        "modes": sorted(m.value for m in modes),
        "target_minutes": target,
        "teacher": teacher.value,
        "sections": [
            {
                "key": s.key,
                "title": s.title,
                "description": s.description,
                "look_fors": [
                    {
                        "key": lf.key,
                        "prompt": lf.prompt,
                        "response": lf.response.value,
                        "description": lf.description,
                        "tags": list(lf.tags),
                        "allow_na": lf.allow_na,
                        "evidence_note": lf.evidence_note,
                        "options": [[o.key, o.label] for o in lf.options],
                        "levels": [[lv.label, lv.anchor] for lv in lf.levels],
                        "minutes": list(lf.minutes),
                    }
                    for lf in s.look_fors
                ],
            }
            for s in sections
        ],
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
