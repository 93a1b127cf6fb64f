"""Where in a framework file a problem is, and the :class:`Checker` that collects the problems.

The checker reads the typed settings every table has (text, true/false, numbers, keys) and
turns each thing wrong into a :class:`Problem` that names the file, the section and look-for,
and what to write instead, as a translatable message. The checks of each part of a file use
it: ``framework_checks`` (the top and the sections), ``framework_check_items`` (look-fors),
``framework_check_rules`` (conditions and scores).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from walkthrough.core.framework_messages import looks_like_number, number_text, suggestion, type_words
from walkthrough.core.framework_types import KEY_PATTERN, Mode, Problem
from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, message


@dataclass(frozen=True)
class Where:
    """Where in the file a problem is: a section and a look-for, by key or by position."""

    section: str = ""
    look_for: str = ""
    kind: str = "section"  # or "score"

    def __str__(self) -> str:
        return str(self.as_message())

    def as_message(self) -> Message:
        """"section 'talk', look-for 'questions'" (nothing at the top of the file), translatable."""
        if not self.section:
            return Message("")
        section = _shown(self.section)
        if self.kind == "score":
            if self.look_for:
                return message(QT_TRANSLATE_NOOP("core", "score {section}, look-for {look_for}"),
                               section=section, look_for=_shown(self.look_for))
            return message(QT_TRANSLATE_NOOP("core", "score {section}"), section=section)
        if self.look_for:
            return message(QT_TRANSLATE_NOOP("core", "section {section}, look-for {look_for}"),
                           section=section, look_for=_shown(self.look_for))
        return message(QT_TRANSLATE_NOOP("core", "section {section}"), section=section)


def _shown(name: str) -> str:
    return name if name.startswith("#") else repr(name)


TOP = Where()


class Checker:
    """Collects problems while turning parsed TOML into a Framework."""

    def __init__(self, source_name: str, *, lenient: bool = False) -> None:
        self.file = source_name
        self.lenient = lenient
        self.problems: list[Problem] = []
        self.modes: tuple[Mode, ...] = ()
        self.target: float | None = None

    def problem(self, where: Where, what: str | Message, *, field: str = "", warning: bool = False) -> None:
        words = what if isinstance(what, Message) else None
        self.problems.append(Problem(self.file, str(where), str(what), warning, where.section, where.look_for, field,
                                     words=words, where_words=where.as_message()))

    def warn(self, where: Where, what: str | Message, *, field: str = "") -> None:
        self.problem(where, what, field=field, warning=True)

    def tightened(self, where: Where, what: str | Message, *, field: str = "") -> None:
        """A problem older versions of the app let through: a warning for a stored version."""
        self.problem(where, what, field=field, warning=self.lenient)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    def error_count(self) -> int:
        return len(self.errors)

    def text(self, table: dict[str, Any], key: str, where: Where, *, required: bool) -> str:
        if key not in table:
            if required:
                self.problem(where, message(QT_TRANSLATE_NOOP(
                    "core", "missing required key '{key}'"), key=key), field=key)
            return ""
        value = table[key]
        if not isinstance(value, str):
            number = isinstance(value, int | float) and not isinstance(value, bool)
            hint = (message(QT_TRANSLATE_NOOP("core", ": write {key} = \"{value}\""), key=key, value=value) if number
                    else Message(""))
            self.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'{key}' must be text in quotes, not {kind}{hint}"),
                key=key, kind=type_words(value), hint=hint), field=key)
            return ""
        if required and not value.strip():
            self.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'{key}' must not be empty"), key=key), field=key)
        return value.strip()

    def flag(self, table: dict[str, Any], key: str, where: Where) -> bool | None:
        if key not in table:
            return None
        value = table[key]
        if not isinstance(value, bool):
            if isinstance(value, str) and value.strip().lower() in ("true", "false"):
                self.problem(where, message(QT_TRANSLATE_NOOP(
                    "core", "'{key}' is in quotes: write {key} = {lower} without quotes"),
                    key=key, lower=value.strip().lower()),
                             field=key)
            else:
                self.problem(where, message(QT_TRANSLATE_NOOP(
                    "core", "'{key}' must be true or false, not {kind}"),
                    key=key, kind=type_words(value)), field=key)
            return None
        return value

    def number(self, table: dict[str, Any], key: str, where: Where, *, whole: bool = False) -> float | None:
        """A number setting; text that is a number is reported as quoted."""
        if key not in table:
            return None
        value = table[key]
        if looks_like_number(value):
            self.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'{key}' is in quotes ({value}): it is a number, so write {key} = {number} "
                "without quotes"), key=key, value=repr(value), number=number_text(value)), field=key)
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'{key}' must be a number, not {kind}"), key=key, kind=type_words(value)), field=key)
            return None
        if whole and not float(value).is_integer():
            self.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "'{key}' must be a whole number, not {value}"), key=key, value=value), field=key)
            return None
        return float(value)

    def unknown_keys(self, table: dict[str, Any], allowed: set[str], where: Where) -> None:
        for key in sorted(set(table) - allowed):
            listed = ", ".join(sorted(allowed))
            self.problem(where, message(QT_TRANSLATE_NOOP(
                "core", "unknown key '{key}'{close} (allowed: {listed})"),
                key=key, close=suggestion(key, allowed), listed=listed), field=key)

    def key(self, table: dict[str, Any], where: Where) -> str:
        key = self.text(table, "key", where, required=True)
        if key and not KEY_PATTERN.match(key):
            self.problem(
                where,
                message(QT_TRANSLATE_NOOP(
                "core", "key '{key}' must use only lower-case letters, digits, '-' and '_' and start "
                "with a letter or digit"), key=key),
                field="key",
            )
        return key
