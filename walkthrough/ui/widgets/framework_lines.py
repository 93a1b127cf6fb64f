"""A look-for's options (or levels) and a framework's scores as lines of text, the way the editor's
forms show them (``Label | anchor | value``, ``key: Title | method | look-fors | bands``), and back.

Qt-free; what is wrong in a line is left for the framework check to say.
"""

from __future__ import annotations

from typing import Any

Doc = dict[str, Any]


def options_text(items: object) -> str:
    """Options, levels or labels, one per line: "Label | anchor | value" (key kept as "key: Label")."""
    lines: list[str] = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, str):
            lines.append(item)
        elif isinstance(item, dict):
            label = str(item.get("label", ""))
            if item.get("key"):
                label = f"{item['key']}: {label}"
            parts = [label]
            if item.get("anchor") or item.get("value") is not None:
                parts.append(str(item.get("anchor", "")))
            if item.get("value") is not None:
                parts.append(f"{item['value']:g}" if isinstance(item["value"], float) else str(item["value"]))
            lines.append(" | ".join(parts))
    return "\n".join(lines)


def options_from_text(text: str) -> list[Any]:
    items: list[Any] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        label, key = parts[0], ""
        if ": " in label and label.split(": ", 1)[0].replace("-", "").replace("_", "").isalnum() \
                and label.split(": ", 1)[0] == label.split(": ", 1)[0].lower():
            key, label = label.split(": ", 1)
        anchor = parts[1] if len(parts) > 1 else ""
        value: Any = None
        if len(parts) > 2 and parts[2]:
            try:
                number = float(parts[2])
                value = int(number) if number.is_integer() else number
            except ValueError:
                value = parts[2]  # the check says it must be a number
        if not key and not anchor and value is None:
            items.append(label)
            continue
        item: Doc = {"label": label}
        if key:
            item["key"] = key
        if anchor:
            item["anchor"] = anchor
        if value is not None:
            item["value"] = value
        items.append(item)
    return items


def _number(text: str) -> Any:
    try:
        number = float(text)
    except ValueError:
        return text  # the check says it must be a number
    return int(number) if number.is_integer() else number


def scores_text(items: object) -> str:
    """Scores, one per line: "key: Title | method [met_at] | look-for keys (or section KEY) | Label at N; ..."."""
    lines: list[str] = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        method = str(item.get("method", ""))
        if item.get("met_at") is not None:
            method += f" {item['met_at']}"
        counted = f"section {item['section']}" if item.get("section") else " ".join(map(str, item.get("look_fors", [])))
        bands = "; ".join(f"{b.get('label', '')} at {b.get('at_least', '')}" for b in item.get("bands", [])
                          if isinstance(b, dict))
        parts = [f"{item.get('key', '')}: {item.get('title', '')}", method, counted]
        if bands:
            parts.append(bands)
        lines.append(" | ".join(parts))
    return "\n".join(lines)


def scores_from_text(text: str) -> list[Doc]:
    """The scores a coach typed (see :func:`scores_text`); what is wrong is left for the check to say."""
    items: list[Doc] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")] + ["", "", ""]
        key, _, title = parts[0].partition(":")
        if not title:
            key, title = "-".join(parts[0].lower().split()), parts[0]
        item: Doc = {"key": key.strip(), "title": title.strip()}
        method, _, met_at = parts[1].partition(" ")
        item["method"] = method
        if met_at.strip():
            item["met_at"] = _number(met_at.strip())
        counted = parts[2].replace(",", " ").split()
        if counted[:1] == ["section"] and len(counted) == 2:
            item["section"] = counted[1]
        else:
            item["look_fors"] = counted
        bands = []
        for band in (b.strip() for b in parts[3].split(";")):
            if band:
                label, _, at = band.rpartition(" at ")
                bands.append({"at_least": _number(at.strip()), "label": label.strip()} if label else {"label": band})
        if bands:
            item["bands"] = bands
        items.append(item)
    return items
