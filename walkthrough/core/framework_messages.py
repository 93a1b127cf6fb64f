"""Messages a coach understands: what a value is, what was probably meant,
and why a file could not be read as TOML at all."""

from __future__ import annotations

import difflib
import re

from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, message

CURLY_QUOTES = "“”‘’„‟«»"
_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")


_TYPE_WORDS = {
    bool: QT_TRANSLATE_NOOP("core", "true/false"),
    int: QT_TRANSLATE_NOOP("core", "a number"),
    float: QT_TRANSLATE_NOOP("core", "a number"),
    str: QT_TRANSLATE_NOOP("core", "text"),
    list: QT_TRANSLATE_NOOP("core", "a list"),
    dict: QT_TRANSLATE_NOOP("core", "a table"),
}


def type_name(value: object) -> str:
    return _TYPE_WORDS.get(type(value), type(value).__name__)


def type_words(value: object) -> Message:
    """:func:`type_name`, translatable (a type Python names itself stays as Python names it)."""
    return Message(type_name(value))


def looks_like_number(value: object) -> bool:
    """Text that is a number ("15", "2.5"): a number someone put in quotes."""
    if not isinstance(value, str):
        return False
    try:
        float(value.strip())
    except ValueError:
        return False
    return bool(value.strip())


def number_text(value: str) -> str:
    """'15' for "15", '2.5' for "2.5": how to write it without quotes."""
    number = float(value.strip())
    return str(int(number)) if number.is_integer() else value.strip()


def suggestion(key: str, allowed: set[str] | list[str]) -> Message:
    """"; did you mean 'prompt'?" for 'promt', nothing when nothing is close."""
    close = difflib.get_close_matches(key, sorted(allowed), n=1, cutoff=0.7)
    return message(QT_TRANSLATE_NOOP("core", "; did you mean '{key}'?"), key=close[0]) if close else Message("")


def explain_toml_error(parser_says: str, text: str) -> Message:
    """The TOML parser's message, with what a coach should do about it.

    The parser's own words ("Invalid value") name a position; the line there
    usually shows the cause: quotes pasted from Word, a word without quotes,
    True with a capital. The parser's words stay as it says them (in brackets)."""
    found = _LINE.search(parser_says)
    lines = text.split("\n")
    line_number = int(found.group(1)) if found else 0
    line = lines[line_number - 1] if 0 < line_number <= len(lines) else ""
    curly = [c for c in CURLY_QUOTES if c in line] or ([] if line_number else [c for c in CURLY_QUOTES if c in text])
    value = line.split("=", 1)[1].strip() if "=" in line else ""
    if curly:
        what = message(QT_TRANSLATE_NOOP(
            "core", "curly quotes {quotes} are not TOML quotes: use straight quotes \" (Word and some editors "
            "change them as you type; turn off \"smart quotes\")"), quotes=" ".join(curly))
    elif value in ("True", "False", "TRUE", "FALSE", "Yes", "No", "yes", "no"):
        word = "true" if value.lower() in ("true", "yes") else "false"
        what = message(QT_TRANSLATE_NOOP(
            "core", "write {word} in lower case, without quotes, for a yes/no setting"), word=word)
    elif value and re.match(r"^[A-Za-z]", value) and value not in ("true", "false", "inf", "nan"):
        key = line.split("=", 1)[0].strip()
        what = message(QT_TRANSLATE_NOOP(
            "core", "text after '=' goes in double quotes: write {key} = \"{value}\""), key=key, value=value)
    else:
        return message(QT_TRANSLATE_NOOP("core", "not valid TOML: {parser_says}"), parser_says=parser_says)
    if line_number:
        return message(QT_TRANSLATE_NOOP("core", "not valid TOML: line {line}: {what} [{parser_says}]"),
                       line=line_number, what=what, parser_says=parser_says)
    return message(QT_TRANSLATE_NOOP("core", "not valid TOML: {what} [{parser_says}]"),
                   what=what, parser_says=parser_says)
