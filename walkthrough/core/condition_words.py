"""A look-for's condition (``show_if``) in words, as a spreadsheet or the framework editor writes it:
"target-posted = observed", "minutes >= 3", "strategies includes turn-and-talk", "exit-ticket answered".

Qt-free.
"""

from __future__ import annotations

import re

from walkthrough.core.framework_check_items import slug
from walkthrough.core.framework_document import Document

_CONDITION = re.compile(r"^\s*([a-z0-9][a-z0-9_-]*)(?:\.([a-z0-9_-]+))?\s*(=|!=|>=|<=|\bis not\b|\bis\b|"
                        r"\bincludes\b|\banswered\b)\s*(.*?)\s*$", re.IGNORECASE)

CONDITION_HELP = ("write it as 'other-key = answer', 'other-key != answer', 'other-key >= 3', "
                  "'other-key includes option' or 'other-key answered'")


def condition_from_text(text: str) -> Document | str:
    """A condition written in words ("target-posted = observed") as a ``show_if`` table, or what is wrong."""
    found = _CONDITION.match(text)
    if found is None:
        return f"'{text}' is not a condition this sheet understands: {CONDITION_HELP}"
    key, part, op, value = found.groups()
    test = {"=": "is", "is": "is", "!=": "is_not", "is not": "is_not", ">=": "at_least", "<=": "at_most",
            "includes": "includes", "answered": "answered"}[op.lower()]
    condition: Document = {"look_for": key}
    if part:
        condition["part"] = part
    value = value.strip().strip("'\"")
    if test == "answered":
        condition["answered"] = True
    elif test in ("at_least", "at_most"):
        try:
            parsed = float(value.replace(",", "."))
        except ValueError:
            return f"'{value}' is not a number: {CONDITION_HELP}"
        condition[test] = int(parsed) if parsed.is_integer() else parsed
    else:
        values = [slug(v) if " " in v else v for v in re.split(r"\s*,\s*", value) if v]
        condition[test] = values[0] if len(values) == 1 else values
    return condition


def condition_text(condition: object) -> str:
    """A ``show_if`` table (or a list of them) in the words :func:`condition_from_text` reads."""
    items = condition if isinstance(condition, list) else [condition]
    words = {"is": "=", "is_not": "!=", "at_least": ">=", "at_most": "<=", "includes": "includes"}
    shown: list[str] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        target = str(item.get("look_for", "")) + (f".{item['part']}" if item.get("part") else "")
        if item.get("answered"):
            shown.append(f"{target} answered")
            continue
        for test, op in words.items():
            if test in item:
                value = item[test]
                value = ", ".join(map(str, value)) if isinstance(value, list) else value
                shown.append(f"{target} {op} {value}")
    return " and ".join(shown)
