"""A framework as the document a coach writes, and that document as TOML text.

:func:`framework_document` turns a :class:`Framework` into the plain data of
its file (what ``tomllib`` would read from it, with defaults left out);
:func:`document_toml` writes such data as a framework file in the style of
``forms/README.md`` (``[[sections]]`` and ``[[sections.look_fors]]`` tables,
small tables on one line), with ``tomlkit``. The editor keeps its draft as
such a document; export, the spreadsheet and XLSForm imports write one.
Reading it back gives the same framework (the same hash): tested on every
built-in framework.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import tomlkit
from tomlkit.items import AoT, Array, InlineTable, Table

from walkthrough.core.framework_check_items import slug
from walkthrough.core.framework_types import (
    DEFAULT_FREQUENCY_LABELS,
    Condition,
    Framework,
    LookFor,
    Option,
    RatingLevel,
    ResponseType,
    Scope,
    Section,
    SnapshotPick,
    TeacherLink,
)

Document = dict[str, Any]


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _option(o: Option) -> str | dict[str, Any]:
    if not o.anchor and o.value is None and slug(o.label) == o.key:
        return o.label
    item: dict[str, Any] = {}
    if slug(o.label) != o.key:
        item["key"] = o.key
    item["label"] = o.label
    if o.anchor:
        item["anchor"] = o.anchor
    if o.value is not None:
        item["value"] = _number(o.value)
    return item


def _level(lv: RatingLevel) -> str | dict[str, Any]:
    if not lv.anchor and lv.value is None:
        return lv.label
    item: dict[str, Any] = {"label": lv.label}
    if lv.anchor:
        item["anchor"] = lv.anchor
    if lv.value is not None:
        item["value"] = _number(lv.value)
    return item


def condition_document(c: Condition) -> dict[str, Any]:
    item: dict[str, Any] = {"look_for": c.look_for}
    if c.part:
        item["part"] = c.part
    values = [_number(v) if isinstance(v, float) else v for v in c.values]
    item[c.test.value] = values[0] if len(values) == 1 else values
    return item


def _conditions(conds: tuple[Condition, ...]) -> Any:
    docs = [condition_document(c) for c in conds]
    return docs[0] if len(docs) == 1 else docs


def look_for_document(lf: LookFor) -> Document:
    doc: Document = {"key": lf.key, "prompt": lf.prompt, "response": lf.response.value}
    if lf.former_keys:
        doc["former_keys"] = list(lf.former_keys)
    if lf.description:
        doc["description"] = lf.description
    if lf.tags:
        doc["tags"] = list(lf.tags)
    if lf.response is ResponseType.PRESENCE:
        if not lf.allow_na:
            doc["allow_na"] = False
    elif lf.allow_na:
        doc["allow_na"] = True
    if lf.several_notes:
        doc["evidence_note"] = "several"
    elif lf.evidence_note:
        doc["evidence_note"] = True
    if lf.response is ResponseType.FREQUENCY:
        if tuple(o.label for o in lf.options) != DEFAULT_FREQUENCY_LABELS or any(o.anchor or o.value is not None
                                                                                 for o in lf.options):
            doc["labels"] = [o.label if not o.anchor and o.value is None else
                             {k: v for k, v in _as_dict(_option(o)).items() if k != "key"} for o in lf.options]
    elif lf.options:
        doc["options"] = [_option(o) for o in lf.options]
    if lf.levels:
        doc["levels"] = [_level(lv) for lv in lf.levels]
    if lf.parts:
        doc["parts"] = [{"key": p.key, "label": p.label, **({"prompt": p.prompt} if p.prompt else {})}
                        for p in lf.parts]
    if lf.response is ResponseType.SNAPSHOT:
        if lf.every is not None:
            doc["every"] = lf.every
            if lf.until is not None:
                doc["until"] = lf.until
        else:
            doc["minutes"] = list(lf.minutes)
        if lf.pick is not SnapshotPick.ONE:
            doc["pick"] = lf.pick.value
        if lf.students_present:
            doc["students_present"] = lf.students_present
    if lf.response is ResponseType.NUMBER:
        for key, value in (("min", lf.minimum), ("max", lf.maximum)):
            if value is not None:
                doc[key] = _number(value)
        if lf.decimals:
            doc["decimals"] = lf.decimals
        if lf.unit:
            doc["unit"] = lf.unit
    if lf.show_if:
        doc["show_if"] = _conditions(lf.show_if)
    if lf.default is not None:
        doc["default"] = lf.default
    if lf.retired:
        doc["retired"] = True
    return doc


def _as_dict(item: str | dict[str, Any]) -> dict[str, Any]:
    return {"label": item} if isinstance(item, str) else item


def section_document(s: Section) -> Document:
    doc: Document = {"key": s.key, "title": s.title}
    if s.description:
        doc["description"] = s.description
    if s.scope is not Scope.VISIT:
        doc["scope"] = s.scope.value
    if s.optional:
        doc["optional"] = True
    if s.show_if:
        doc["show_if"] = _conditions(s.show_if)
    if s.repeat is not None:
        repeat: dict[str, Any] = {"label": s.repeat.label}
        if s.repeat.count is not None:
            repeat["count"] = s.repeat.count
        elif s.repeat.most != 12:
            repeat["most"] = s.repeat.most
        if s.repeat.minutes is not None:
            repeat["minutes"] = s.repeat.minutes
        doc["repeat"] = repeat
    if s.look_fors:
        doc["look_fors"] = [look_for_document(lf) for lf in s.look_fors]
    if s.sections:
        doc["sections"] = [section_document(x) for x in s.sections]
    return doc


def framework_document(f: Framework) -> Document:
    doc: Document = {"id": f.id, "version": f.version, "title": f.title}
    if f.description:
        doc["description"] = f.description
    doc["modes"] = [m.value for m in f.modes]
    if f.target_minutes is not None:
        doc["target_minutes"] = _number(f.target_minutes)
    if f.teacher is not TeacherLink.OPTIONAL:
        doc["teacher"] = f.teacher.value
    doc["sections"] = [section_document(s) for s in f.sections]
    if f.scores:
        doc["scores"] = []
        for s in f.scores:
            item: Document = {"key": s.key, "title": s.title}
            if s.description:
                item["description"] = s.description
            item["method"] = s.method.value
            if s.section:
                item["section"] = s.section
            else:
                item["look_fors"] = list(s.look_fors)
            if s.met_at is not None:
                item["met_at"] = _number(s.met_at)
            if s.bands:
                item["bands"] = [{"at_least": _number(b.at_least), "label": b.label} for b in s.bands]
            doc["scores"].append(item)
    if f.translations:
        doc["translations"] = _plain(f.translations)
    return doc


def _plain(value: Any) -> Any:
    """Plain dicts and lists (a framework keeps its translations as read-only mappings)."""
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


# Writing --------------------------------------------------------------------------------

def _inline(value: Any) -> Any:
    """A value inside a look-for: small tables stay on one line, long lists get one item per line."""
    if isinstance(value, dict):
        table: InlineTable = tomlkit.inline_table()
        for k, v in value.items():
            table[k] = _inline(v)
        return table
    if isinstance(value, list):
        array: Array = tomlkit.array()
        for item in value:
            array.append(_inline(item))
        if any(isinstance(x, dict) for x in value) or len(str(value)) > 70:
            array.multiline(True)
        return array
    if isinstance(value, str) and "\n" in value:
        return tomlkit.string(value, multiline=True)
    return value


def _table(doc: Document, children: tuple[str, ...]) -> Table:
    table = tomlkit.table()
    for key, value in doc.items():
        if key not in children:
            table[key] = _inline(value)
    for child in children:
        if child in doc:
            aot = AoT([])
            for item in doc[child]:
                aot.append(_table(item, ("look_fors", "sections")))
            table[child] = aot
    return table


def _translations(value: Any) -> Any:
    """``[translations.es]``, ``[translations.es.look_fors.<key>]``: a table per look-for, as in a sidecar."""
    if not isinstance(value, dict):
        return _inline(value)
    table = tomlkit.table(is_super_table=True)
    for language, tr in value.items():
        inner = tomlkit.table()
        for key, item in tr.items() if isinstance(tr, dict) else ():
            if key in ("sections", "look_fors", "scores") and isinstance(item, dict):
                group = tomlkit.table(is_super_table=True)
                for name, entry in item.items():
                    group[name] = _table(entry, ()) if isinstance(entry, dict) else _inline(entry)
                inner[key] = group
            elif key == "tags" and isinstance(item, dict):
                inner[key] = _table(item, ())
            else:
                inner[key] = _inline(item)
        table[language] = inner if isinstance(tr, dict) else _inline(tr)
    return table


def document_toml(doc: Document, *, comment: str = "") -> str:
    """The framework file for ``doc`` (the data ``tomllib`` reads back)."""
    out = tomlkit.document()
    if comment:
        for line in comment.splitlines():
            out.add(tomlkit.comment(line))
    for key, value in doc.items():
        if key not in ("sections", "scores", "translations"):
            out[key] = _inline(value)
    for child in ("sections", "scores"):
        if child in doc and isinstance(doc[child], list):
            aot = AoT([])
            for item in doc[child]:
                aot.append(_table(item, ("look_fors", "sections") if child == "sections" else ()))
            out[child] = aot
    if "translations" in doc:
        out["translations"] = _translations(doc["translations"])
    return tomlkit.dumps(out)


def framework_toml(f: Framework, *, comment: str = "") -> str:
    return document_toml(framework_document(f), comment=comment)
