"""The ``[translations.<lang>]`` tables a framework file may carry (e.g. from an XLSForm's
``label::Español (es)`` columns): checked here, shown by ``framework_text.localize``.

A table has the layout of a built-in framework's sidecar (``forms/translations/<id>.<lang>.toml``):
``title``, ``description``, ``[sections.<key>]``, ``[look_fors.<key>]`` (options by their stored key,
rating levels by position), ``[scores.<key>]`` and ``[tags]``. The text is display-only: it is not
part of the canonical text, so it never changes the version's hash.

A misspelt setting or text that is not text is an error (the file says what to write); a key that
names no section, look-for, option or tag of the framework is a warning: its text is simply not
used (after a look-for is renamed in the editor, say), and it must not stop a version publishing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from walkthrough.core.framework_checker import TOP, Checker
from walkthrough.core.framework_messages import suggestion, type_name
from walkthrough.core.framework_types import Section

#: A language code: "es", "fr", "pt-BR", "zh-Hant".
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
TABLE_KEYS = {"title", "description", "sections", "look_fors", "scores", "tags"}
SECTION_TEXT = {"title", "description", "repeat_label"}
SCORE_TEXT = {"title", "description"}
LOOK_FOR_TEXT = {"prompt", "description"}
LOOK_FOR_TABLES = {"options", "anchors", "parts", "part_prompts"}
LOOK_FOR_LISTS = {"levels", "level_anchors"}
LOOK_FOR_KEYS = LOOK_FOR_TEXT | LOOK_FOR_TABLES | LOOK_FOR_LISTS

Translations = Mapping[str, Mapping[str, Any]]


class _Check:
    def __init__(self, c: Checker, language: str, sections: tuple[Section, ...], score_keys: set[str]) -> None:
        self.c, self.language = c, language
        self.sections = {s.key for top in sections for s, _ in top.walk()}
        self.look_fors = {lf.key: lf for top in sections for lf in top.all_look_fors}
        self.tags = {t for lf in self.look_fors.values() for t in lf.tags}
        self.score_keys = score_keys

    def error(self, where: str, message: str) -> None:
        self.c.problem(TOP, f"translations '{self.language}'{where}: {message}", field="translations")

    def unused(self, where: str, what: str, key: str) -> None:
        self.c.warn(TOP, f"translations '{self.language}'{where}: {what} '{key}' is not in this framework, so "
                         "its text is not shown", field="translations")

    def keys(self, table: Mapping[str, Any], allowed: set[str], where: str) -> None:
        for key in sorted(set(table) - allowed):
            self.error(where, f"unknown key '{key}'{suggestion(key, allowed)} (allowed: {', '.join(sorted(allowed))})")

    def text(self, value: Any, where: str) -> None:
        if not isinstance(value, str):
            self.error(where, f"must be text in quotes, not {type_name(value)}")

    def table(self, value: Any, where: str) -> Mapping[str, Any]:
        if isinstance(value, Mapping):
            return value
        self.error(where, f"must be a table, not {type_name(value)}")
        return {}

    def texts(self, value: Any, where: str, known: set[str] | None, what: str) -> None:
        """A table of key -> text (options, anchors, parts, tags); ``known`` None: not checked."""
        for key, text in self.table(value, where).items():
            if known is not None and key not in known:
                self.unused(where, what, key)
            self.text(text, f"{where}.{key}")

    def look_for(self, key: str, entry: Mapping[str, Any]) -> None:
        where = f", look-for '{key}'"
        self.keys(entry, LOOK_FOR_KEYS, where)
        look_for = self.look_fors.get(key)
        if look_for is None:
            self.unused("", "look-for", key)
        for name in sorted(LOOK_FOR_TEXT & set(entry)):
            self.text(entry[name], f"{where} {name}")
        # A look-for that is not there is named once; what is inside it is only checked for being text.
        options = {o.key for o in look_for.choices} if look_for else None
        parts = {p.key for p in look_for.parts} if look_for else None
        for name, known, what in (("options", options, "option"), ("anchors", options, "option"),
                                  ("parts", parts, "part"), ("part_prompts", parts, "part")):
            if name in entry:
                self.texts(entry[name], f"{where} {name}", known, what)
        for name in sorted(LOOK_FOR_LISTS & set(entry)):
            values = entry[name]
            if not isinstance(values, list):
                self.error(f"{where} {name}", f"must be a list of texts, one for each level, not {type_name(values)}")
                continue
            for i, value in enumerate(values, start=1):
                self.text(value, f"{where} {name} {i}")
            if look_for is not None and len(values) > len(look_for.levels):
                self.c.warn(TOP, f"translations '{self.language}'{where} {name}: {len(values)} given for "
                                 f"{len(look_for.levels)} levels; the extra ones are not shown", field="translations")

    def run(self, table: Mapping[str, Any]) -> None:
        self.keys(table, TABLE_KEYS, "")
        for name in ("title", "description"):
            if name in table:
                self.text(table[name], f" {name}")
        for group, known, allowed, what in (("sections", self.sections, SECTION_TEXT, "section"),
                                            ("scores", self.score_keys, SCORE_TEXT, "score")):
            for key, entry in self.table(table.get(group, {}), f" {group}").items():
                where = f", {what} '{key}'"
                if key not in known:
                    self.unused("", what, key)
                entry = self.table(entry, where)
                self.keys(entry, allowed, where)
                for name in sorted(allowed & set(entry)):
                    self.text(entry[name], f"{where} {name}")
        for key, entry in self.table(table.get("look_fors", {}), " look_fors").items():
            self.look_for(key, self.table(entry, f", look-for '{key}'"))
        if "tags" in table:
            self.texts(table["tags"], " tags", self.tags, "tag")


def translations(c: Checker, data: Mapping[str, Any], sections: tuple[Section, ...],
                 score_keys: set[str]) -> dict[str, dict[str, Any]]:
    """The checked ``translations`` of a framework file (language -> table); {} when it has none."""
    raw = data.get("translations")
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        c.problem(TOP, f"'translations' must be tables, one a language, e.g. [translations.es], not "
                       f"{type_name(raw)}", field="translations")
        return {}
    found: dict[str, dict[str, Any]] = {}
    for language, table in raw.items():
        if not LANGUAGE_PATTERN.match(language):
            c.problem(TOP, f"translations: '{language}' is not a language code; write one such as es, fr or pt-BR",
                      field="translations")
            continue
        if not isinstance(table, Mapping):
            c.problem(TOP, f"translations '{language}' must be a table, not {type_name(table)}", field="translations")
            continue
        _Check(c, language, sections, score_keys).run(table)
        found[language] = dict(table)
    return found
