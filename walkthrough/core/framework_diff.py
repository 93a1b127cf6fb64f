"""What changed between two versions of a framework, in words.

Look-fors are matched by key, and a look-for whose ``former_keys`` name a
key of the older version is the same look-for renamed (not a removal and an
addition): that is how a look-for keeps its identity across versions.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from walkthrough.core.framework_canonical import look_for_doc, score_doc, section_doc
from walkthrough.core.framework_types import Framework, LookFor


class ChangeKind(StrEnum):
    SETTING = "setting"
    SECTION_ADDED = "section added"
    SECTION_REMOVED = "section removed"
    SECTION_CHANGED = "section changed"
    ADDED = "look-for added"
    REMOVED = "look-for removed"
    RENAMED = "look-for renamed"
    RETIRED = "look-for retired"
    RESTORED = "look-for back in use"
    REWORDED = "prompt reworded"
    MOVED = "look-for moved"
    CHANGED = "look-for changed"
    SCORE = "score"


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    key: str  # the look-for, section or setting concerned ("" for the framework)
    text: str

    def __str__(self) -> str:
        return self.text


_WORDS = {
    "description": "description", "tags": "tags", "allow_na": "N/A allowed", "evidence_note": "evidence note",
    "options": "options", "levels": "levels", "minutes": "snapshot minutes", "response": "response type",
    "show_if": "condition", "default": "default", "parts": "parts", "every": "every N minutes", "until": "until",
    "pick": "pick", "students_present": "students present", "min": "least", "max": "most",
    "decimals": "decimals", "unit": "unit", "several_notes": "several notes",
}


def _look_for_changes(old: LookFor, new: LookFor) -> list[str]:
    a, b = look_for_doc(old), look_for_doc(new)
    skip = {"key", "prompt", "retired", "former_keys"}
    return [_WORDS.get(k, k) for k in sorted(set(a) | set(b)) if k not in skip and a.get(k) != b.get(k)]


def diff(older: Framework, newer: Framework) -> list[Change]:
    """The changes from ``older`` to ``newer`` (two versions of one framework, or any two)."""
    changes: list[Change] = []
    for name in ("id", "version", "title", "description", "modes", "target_minutes", "teacher"):
        before, after = getattr(older, name), getattr(newer, name)
        if name == "modes":
            before, after = sorted(m.value for m in before), sorted(m.value for m in after)
        if before != after:
            changes.append(Change(ChangeKind.SETTING, name, f"{name}: {_shown(before)} → {_shown(after)}"))
    old_sections = {s.key: s for s, _ in older.walk()}
    new_sections = {s.key: s for s, _ in newer.walk()}
    for key in new_sections.keys() - old_sections.keys():
        changes.append(Change(ChangeKind.SECTION_ADDED, key, f"section '{new_sections[key].title}' added"))
    for key in old_sections.keys() - new_sections.keys():
        changes.append(Change(ChangeKind.SECTION_REMOVED, key, f"section '{old_sections[key].title}' removed"))
    for key in old_sections.keys() & new_sections.keys():
        a, b = section_doc(old_sections[key]), section_doc(new_sections[key])
        differs = [k for k in sorted(set(a) | set(b)) if k not in ("look_fors", "sections") and a.get(k) != b.get(k)]
        if differs:
            changes.append(Change(ChangeKind.SECTION_CHANGED, key,
                                  f"section '{new_sections[key].title}': {', '.join(differs)} changed"))
    old_lfs = {lf.key: lf for lf in older.look_fors}
    matched: set[str] = set()
    for lf in newer.look_fors:
        before = old_lfs.get(lf.key)
        if before is None:
            renamed_from = next((k for k in lf.former_keys if k in old_lfs), None)
            if renamed_from is None:
                changes.append(Change(ChangeKind.ADDED, lf.key, f"look-for '{lf.prompt}' added ({lf.key})"))
                continue
            before = old_lfs[renamed_from]
            changes.append(Change(ChangeKind.RENAMED, lf.key, f"look-for key '{renamed_from}' renamed to '{lf.key}' "
                                                              "(the same look-for: counted together)"))
        matched.add(before.key)
        if before.prompt != lf.prompt:
            changes.append(Change(ChangeKind.REWORDED, lf.key, f"'{lf.key}' reworded: “{before.prompt}” → "
                                                               f"“{lf.prompt}”"))
        if before.retired != lf.retired:
            kind = ChangeKind.RETIRED if lf.retired else ChangeKind.RESTORED
            words = "retired (kept for earlier visits, hidden from new ones)" if lf.retired else "back in use"
            changes.append(Change(kind, lf.key, f"look-for '{lf.prompt}' {words}"))
        if before.section_key != lf.section_key:
            changes.append(Change(ChangeKind.MOVED, lf.key, f"'{lf.key}' moved from section '{before.section_key}' "
                                                            f"to '{lf.section_key}'"))
        what = _look_for_changes(before, lf)
        if what:
            changes.append(Change(ChangeKind.CHANGED, lf.key, f"'{lf.key}': {', '.join(what)} changed"))
    for key, lf in old_lfs.items():
        if key not in matched:
            changes.append(Change(ChangeKind.REMOVED, key, f"look-for '{lf.prompt}' removed ({key}); earlier visits "
                                                          "keep it"))
    old_order = [k for k in (lf.key for lf in older.look_fors) if k in matched]
    new_order = [next((o for o in [lf.key, *lf.former_keys] if o in matched), "") for lf in newer.look_fors]
    if [k for k in new_order if k] != old_order and not any(c.kind is ChangeKind.MOVED for c in changes):
        changes.append(Change(ChangeKind.MOVED, "", "look-fors reordered"))
    old_scores = {s.key: score_doc(s) for s in older.scores}
    new_scores = {s.key: score_doc(s) for s in newer.scores}
    for key in sorted(old_scores.keys() | new_scores.keys()):
        if old_scores.get(key) != new_scores.get(key):
            score_change = "added" if key not in old_scores else "removed" if key not in new_scores else "changed"
            changes.append(Change(ChangeKind.SCORE, key, f"score '{key}' {score_change}"))
    return changes


def _shown(value: object) -> str:
    if value is None or value == "":
        return "(none)"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
