"""A framework from an XLSForm (the .xlsx forms of ODK and KoboToolbox), read with ``pyxform``.

What is carried over:

* groups become sections (groups inside groups, sections inside sections) and repeats become repeated
  sections (segments); questions outside any group go into a section "General";
* ``select_one`` becomes ``choice``, or ``presence`` when its choices are yes / no (/ n.a.);
  ``select_multiple`` becomes ``multi_choice``; ``integer`` and ``decimal`` a ``number``; ``text`` text;
* a ``note`` becomes the description of its section (at the start of a group) or of the next question;
* labels, hints (into the description) and choice lists; a simple ``relevant`` (``${q} = 'v'``, ``!=``,
  ``selected(${q}, 'v')``, ``>=``, ``<=``, ``${q} != ''``, joined by ``and``) becomes a condition;
* ``label::Español (es)`` / ``label::es`` / ``hint::…`` columns become the framework's stored
  translations (``[translations.es]``, display only; see ``xlsform_languages``).

Whatever cannot be represented (calculations, constraints, other question types, complex expressions,
a language column without a language code) is listed in the report, never silently dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from walkthrough.core.framework_check_items import slug
from walkthrough.core.framework_document import Document, document_toml
from walkthrough.core.framework_types import KEY_PATTERN, FrameworkError
from walkthrough.core.frameworks import parse_framework
from walkthrough.core.i18n import QT_TRANSLATE_NOOP
from walkthrough.core.text_files import TextFileError, read_bytes_safely
from walkthrough.core.xlsform_languages import Languages, Words, join, languages

MAX_XLSFORM_BYTES = 10_000_000
_YES = {"yes", "y", "si", "sí", "1", "true"}
_NO = {"no", "n", "0", "false"}
_NA = {"na", "n_a", "n/a", "not_applicable", "not applicable", "99"}
_SIMPLE = re.compile(r"^\$\{([^}]+)\}\s*(=|!=|>=|<=)\s*'?([^']*)'?$")
_SELECTED = re.compile(r"^selected\(\s*\$\{([^}]+)\}\s*,\s*'([^']*)'\s*\)$")
_SKIP_TYPES = {"start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username",
               "email", "audit", "start-geopoint"}


@dataclass
class XlsformResult:
    document: Document
    not_carried: list[str] = field(default_factory=list)  # what could not be represented, in words
    problems: list[str] = field(default_factory=list)  # what makes it unusable

    @property
    def usable(self) -> bool:
        return not self.problems

    def toml(self) -> str:
        return document_toml(self.document)


def is_xlsform(path: Path) -> bool:
    """Whether an .xlsx file is an XLSForm (it has a ``survey`` sheet)."""
    try:
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True)
    except Exception:  # not a workbook at all: the spreadsheet reader says so
        return False
    try:
        return "survey" in [n.lower() for n in book.sheetnames]
    finally:
        book.close()


def _key(name: str) -> str:
    made = slug(name.replace("_", "-")) if not KEY_PATTERN.match(name) else name
    return made or "item"


class _Converter:
    def __init__(self, words: Languages, not_carried: list[str]) -> None:
        self.not_carried = not_carried
        self.kinds: dict[str, tuple[str, dict[str, str]]] = {}  # question name: (response, choice key map)
        self.keys: set[str] = set()
        self.languages = words
        self.translations: dict[str, dict[str, Any]] = {}  # language: the table of [translations.<language>]

    def put(self, group: str, key: str, name: str, words: Words, option: str = "") -> None:
        """Keep the other languages' text of a section's or look-for's ``name`` (an option's, by key)."""
        for code, text in words.items():
            if code and text:
                entry = self.translations.setdefault(code, {}).setdefault(group, {}).setdefault(key, {})
                (entry.setdefault(name, {}) if option else entry)[option or name] = text

    def unique(self, key: str) -> str:
        made, n = key, 2
        while made in self.keys:
            made, n = f"{key}-{n}", n + 1
        self.keys.add(made)
        return made

    def section(self, element: dict[str, Any], *, repeat: bool) -> Document:
        name = str(element.get("name", "section"))
        title = self.languages.words(element.get("label"), name)
        section: Document = {"key": self.unique(_key(name)), "title": title[""]}
        self.put("sections", section["key"], "title", title)
        if repeat:
            section["repeat"] = {"label": self.languages.text(element.get("label")) or "Segment"}
            self.put("sections", section["key"], "repeat_label", title)
            count = element.get("control", {}).get("jr:count") if isinstance(element.get("control"), dict) else None
            if count:
                self.not_carried.append(f"repeat '{name}': its repeat count ({count}) is not carried over; the "
                                        "observer adds segments, up to 12")
        relevant = (element.get("bind") or {}).get("relevant")
        if relevant:
            condition = self.condition(relevant, name)
            if condition is not None:
                section["show_if"] = condition
        self.fill(section, element.get("children", []))
        return section

    def fill(self, section: Document, children: list[dict[str, Any]]) -> None:
        pending_note: Words = {"": ""}
        for child in children:
            kind = str(child.get("type", ""))
            name = str(child.get("name", ""))
            if kind == "group":
                if name == "meta" or (child.get("control") or {}).get("bodyless"):
                    continue
                section.setdefault("sections", []).append(self.section(child, repeat=False))
            elif kind == "repeat":
                if section.get("repeat") is not None or "repeat" in section:
                    self.not_carried.append(f"repeat '{name}' inside a repeat cannot be represented; its questions "
                                            "are asked once per segment of the outer one")
                    self.fill(section, child.get("children", []))
                else:
                    section.setdefault("sections", []).append(self.section(child, repeat=True))
            elif kind == "note":
                text = self.languages.words(child.get("label"))
                if not section.get("look_fors") and not section.get("description"):
                    section["description"] = text[""]
                    self.put("sections", section["key"], "description", text)
                else:
                    pending_note = join(pending_note, text)
            elif kind in _SKIP_TYPES:
                continue
            else:
                look_for = self.question(child)
                if look_for is None:
                    continue
                if pending_note[""]:
                    hint = self.languages.words(child.get("hint"))
                    described = join(pending_note, hint) if hint[""] else pending_note
                    look_for["description"] = described[""]
                    self.put("look_fors", look_for["key"], "description", described)
                    pending_note = {"": ""}
                section.setdefault("look_fors", []).append(look_for)
        if pending_note[""]:
            self.not_carried.append(f"note “{pending_note[''][:60]}” after the last question of "
                                    f"'{section['title']}' has no question to describe; it is left out")

    def question(self, q: dict[str, Any]) -> Document | None:
        kind, name = str(q.get("type", "")), str(q.get("name", ""))
        prompt = self.languages.words(q.get("label"), name)
        bind = q.get("bind") or {}
        look_for: Document = {"key": self.unique(_key(name)), "prompt": prompt[""]}
        self.put("look_fors", look_for["key"], "prompt", prompt)
        labels = {str(c.get("name", "")): self.languages.words(c.get("label"), str(c.get("name", "")))
                  for c in q.get("choices", []) or []}
        choices = [(choice, words[""]) for choice, words in labels.items()]
        mapping: dict[str, str] = {}
        if kind == "select one":
            names = {c[0].lower() for c in choices}
            if names and names <= (_YES | _NO | _NA) and names & _YES and names & _NO:
                look_for["response"] = "presence"
                for choice, _label in choices:
                    low = choice.lower()
                    mapping[choice] = "observed" if low in _YES else "not_observed" if low in _NO else "__na__"
                if not names & _NA:
                    look_for["allow_na"] = False
            else:
                look_for["response"] = "choice"
                look_for["options"], mapping = self.options(choices, name)
        elif kind == "select all that apply":
            look_for["response"] = "multi_choice"
            look_for["options"], mapping = self.options(choices, name)
        elif kind in ("integer", "decimal"):
            look_for["response"] = "number"
            if kind == "decimal":
                look_for["decimals"] = 2
        elif kind == "text":
            look_for["response"] = "text"
        else:
            what = {"calculate": "a calculation"}.get(kind, f"a '{kind}' question")
            self.not_carried.append(f"'{name}' is {what}, which a framework cannot represent; it is left out")
            return None
        hint = self.languages.words(q.get("hint"))
        if hint[""]:
            look_for["description"] = hint[""]
            self.put("look_fors", look_for["key"], "description", hint)
        self.kinds[name] = (look_for["response"], mapping)
        if look_for["response"] in ("choice", "multi_choice") and len(look_for["options"]) < 2:
            self.not_carried.append(f"'{name}' has fewer than 2 choices; it becomes a text question")
            look_for["response"] = "text"
            look_for.pop("options")
        if look_for["response"] in ("choice", "multi_choice"):
            for choice, words in labels.items():
                self.put("look_fors", look_for["key"], "options", words, option=mapping[choice])
        for key in ("constraint", "calculate", "required", "readonly", "jr:constraintMsg", "jr:requiredMsg"):
            if bind.get(key) and not (key == "required" and str(bind[key]).lower() in ("no", "false()")):
                self.not_carried.append(f"'{name}': {key} {bind[key]!r} is not carried over (a framework does not "
                                        "validate or compute answers)")
        if q.get("default") not in (None, ""):
            self.not_carried.append(f"'{name}': its default {q['default']!r} is not carried over")
        if q.get("choice_filter"):
            self.not_carried.append(f"'{name}': its choice filter is not carried over; every choice is offered")
        relevant = bind.get("relevant")
        if relevant:
            condition = self.condition(relevant, name)
            if condition is not None:
                look_for["show_if"] = condition
        return look_for

    def options(self, choices: list[tuple[str, str]], name: str) -> tuple[list[Any], dict[str, str]]:
        options: list[Any] = []
        mapping: dict[str, str] = {}
        for choice, label in choices:
            key = _key(choice)
            mapping[choice] = key
            options.append(label if slug(label) == key else {"key": key, "label": label})
        return options, mapping

    def condition(self, expression: str, name: str) -> Any:
        parts = [p.strip() for p in re.split(r"\s+and\s+", str(expression).strip())]
        found: list[Document] = []
        for part in parts:
            while part.startswith("(") and part.endswith(")"):
                part = part[1:-1].strip()
            condition = self._one(part)
            if condition is None:
                self.not_carried.append(f"'{name}': its relevant {expression!r} is not a simple condition; it is "
                                        "always shown")
                return None
            found.append(condition)
        return found[0] if len(found) == 1 else found

    def _one(self, text: str) -> Document | None:
        selected = _SELECTED.match(text)
        simple = _SIMPLE.match(text)
        if selected:
            target, value, op = selected.group(1), selected.group(2), "selected"
        elif simple:
            target, op, value = simple.group(1), simple.group(2), simple.group(3)
        else:
            return None
        if target not in self.kinds:
            return None
        response, mapping = self.kinds[target]
        key = next((k for k in self.keys if k == _key(target)), _key(target))
        if op == "!=" and value == "":
            return {"look_for": key, "answered": True}
        if op in (">=", "<="):
            try:
                number = float(value)
            except ValueError:
                return None
            return {"look_for": key, "at_least" if op == ">=" else "at_most": int(number) if number.is_integer()
                    else number}
        mapped = mapping.get(value, _key(value) if value else "")
        if not mapped or mapped == "__na__":
            return None
        if response == "multi_choice" or op == "selected":
            return {"look_for": key, "includes": mapped} if response == "multi_choice" else {"look_for": key,
                                                                                             "is": mapped}
        return {"look_for": key, "is" if op == "=" else "is_not": mapped}


def read_xlsform(path: Path) -> XlsformResult:
    """The framework document of an XLSForm and the list of what it could not carry over."""
    try:
        read_bytes_safely(path, max_bytes=MAX_XLSFORM_BYTES, what=QT_TRANSLATE_NOOP("core", "XLSForm"))
    except TextFileError as exc:
        return XlsformResult({}, problems=[f"{path}: {exc.reason}"])
    from pyxform.errors import PyXFormError
    from pyxform.xls2json import parse_file_to_json

    warnings: list[str] = []
    try:
        survey = parse_file_to_json(str(path), warnings=warnings)
    except (PyXFormError, ValueError, KeyError, OSError) as exc:
        return XlsformResult({}, problems=[f"{path}: not a usable XLSForm: {exc}"])
    not_carried: list[str] = []
    converter = _Converter(languages(survey, not_carried), not_carried)
    title = converter.languages.text(survey.get("title")) or path.stem
    document: Document = {"id": _key(str(survey.get("id_string") or path.stem)).lower(),
                          "version": _version(str(survey.get("version") or "")), "title": title, "modes": ["blast"]}
    general: Document = {"key": converter.unique("general"), "title": "General"}
    sections: list[Document] = []
    loose: list[dict[str, Any]] = []
    for child in survey.get("children", []):
        kind = str(child.get("type", ""))
        if kind in ("group", "repeat"):
            if child.get("name") == "meta" or (child.get("control") or {}).get("bodyless"):
                continue
            if loose:
                converter.fill(general, loose)
                loose = []
            sections.append(converter.section(child, repeat=kind == "repeat"))
        else:
            loose.append(child)
    if loose:
        converter.fill(general, loose)
    if general.get("look_fors"):
        sections.insert(0, general)
    document["sections"] = [s for s in sections if s.get("look_fors") or s.get("sections")]
    if converter.translations:
        document["translations"] = converter.translations
    converter.not_carried.extend(f"pyxform: {w}" for w in warnings)
    result = XlsformResult(document, converter.not_carried)
    if not document["sections"]:
        result.problems.append(f"{path}: has no questions a framework can use")
        return result
    try:
        parse_framework(document_toml(document), str(path))
    except FrameworkError as exc:
        result.problems.extend(str(p) for p in exc.problems if not p.warning)
    return result


def _version(text: str) -> str:
    """An XLSForm version ("2024031501") as a framework version."""
    digits = re.sub(r"[^0-9.]", "", text).strip(".")
    return digits if digits and re.match(r"^[0-9]+(\.[0-9]+)*$", digits) else "1.0"
