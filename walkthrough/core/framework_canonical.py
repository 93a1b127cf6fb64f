"""The canonical form of a framework: what its version hash is taken of.

Every default is filled in and the result is sorted JSON, so comments and
layout never change the hash but any change of meaning does. What the format
gained later (anchors on options, conditions, parts, scores...) appears only
when a file uses it, so every framework written before keeps its hash: a
version already used by visits, or already on other devices, stays the same.
"""

from __future__ import annotations

import json
from typing import Any

from walkthrough.core.framework_types import (
    Condition,
    LookFor,
    Mode,
    Option,
    RatingLevel,
    ResponseType,
    Scope,
    Score,
    Section,
    SnapshotPick,
    TeacherLink,
)


def _option(o: Option) -> list[Any]:
    if not o.anchor and o.value is None:
        return [o.key, o.label]
    return [o.key, o.label, o.anchor, o.value]


def _level(lv: RatingLevel) -> list[Any]:
    return [lv.label, lv.anchor] if lv.value is None else [lv.label, lv.anchor, lv.value]


def _conditions(conds: tuple[Condition, ...]) -> list[dict[str, Any]]:
    return [{"look_for": c.look_for, "test": c.test.value, "values": list(c.values), "part": c.part} for c in conds]


def look_for_doc(lf: LookFor) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "key": lf.key,
        "prompt": lf.prompt,
        "response": lf.response.value,
        "description": lf.description,
        "tags": list(lf.tags),
        "allow_na": lf.allow_na,
        "evidence_note": lf.evidence_note,
        "options": [_option(o) for o in lf.options],
        "levels": [_level(lv) for lv in lf.levels],
        "minutes": list(lf.minutes),
    }
    extra: dict[str, Any] = {
        "several_notes": lf.several_notes or None,
        "show_if": _conditions(lf.show_if) or None,
        "default": lf.default,
        "parts": [[p.key, p.label, p.prompt] for p in lf.parts] or None,
        "every": lf.every,
        "until": lf.until,
        "pick": lf.pick.value if lf.pick is not SnapshotPick.ONE else None,
        "students_present": lf.students_present or None,
        "min": lf.minimum,
        "max": lf.maximum,
        "decimals": lf.decimals if lf.response is ResponseType.NUMBER else None,
        "unit": lf.unit or None,
        "retired": lf.retired or None,
        "former_keys": list(lf.former_keys) or None,
    }
    doc.update({k: v for k, v in extra.items() if v is not None})
    return doc


def section_doc(s: Section) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "key": s.key,
        "title": s.title,
        "description": s.description,
        "look_fors": [look_for_doc(lf) for lf in s.look_fors],
    }
    extra: dict[str, Any] = {
        "sections": [section_doc(x) for x in s.sections] or None,
        "optional": s.optional or None,
        "show_if": _conditions(s.show_if) or None,
        "scope": s.scope.value if s.scope is not Scope.VISIT else None,
        "repeat": None if s.repeat is None else [s.repeat.label, s.repeat.count, s.repeat.most, s.repeat.minutes],
    }
    doc.update({k: v for k, v in extra.items() if v is not None})
    return doc


def score_doc(score: Score) -> dict[str, Any]:
    return {
        "key": score.key, "title": score.title, "description": score.description, "method": score.method.value,
        "look_fors": list(score.look_fors), "section": score.section, "met_at": score.met_at,
        "bands": [[b.at_least, b.label] for b in score.bands],
    }


def canonical(
    fid: str,
    version: str,
    title: str,
    description: str,
    modes: tuple[Mode, ...],
    target: float | None,
    teacher: TeacherLink,
    sections: tuple[Section, ...],
    scores: tuple[Score, ...] = (),
) -> str:
    doc: dict[str, Any] = {
        "id": fid,
        "version": version,
        "title": title,
        "description": description,
        "modes": sorted(m.value for m in modes),
        "target_minutes": target,
        "teacher": teacher.value,
        "sections": [section_doc(s) for s in sections],
    }
    if scores:
        doc["scores"] = [score_doc(s) for s in scores]
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
