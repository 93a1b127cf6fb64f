"""Every core message's words are marked with ``QT_TRANSLATE_NOOP("core", ...)``, so that
pyside6-lupdate puts them in ``core_es.ts`` and the interface can show them translated.

Read from the code (as lupdate reads it): a ``Message(...)``/``message(...)`` whose template is a
plain string literal or an f-string is words no catalog will ever hold. Words handed on to be made
into a message later (a bundle's or a record's refusal, what a text file is meant to be) must be
marked where they are written. Words passed through as a variable (a role, a field's name, a value's
type) are checked at run time: every template a message is made of is one of the marked strings.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import walkthrough
from walkthrough.core import permissions
from walkthrough.core.framework_checker import Where
from walkthrough.core.framework_messages import type_words
from walkthrough.core.frameworks import FrameworkError, parse_framework
from walkthrough.core.i18n import CONTEXT, Message
from walkthrough.core.model import Person, Role
from walkthrough.core.roster_problems import LABELS, label
from walkthrough.paths import FORMS_DIR

PACKAGE = Path(walkthrough.__file__).parent
#: Templates with nothing to translate: no words, or a problem shown as it is.
NOTHING_TO_TRANSLATE = {"", "{problem}"}
#: Functions that take words to make a message of later: (name, argument position or keyword).
HANDED_ON: tuple[tuple[str, int | str], ...] = (
    ("_refuse", 2),  # sync/bundle_read.py: why a bundle is refused
    ("_refused", 1),  # storage/sync_checks.py: why a record is refused
    ("read_bytes_safely", "what"),  # core/text_files.py: what a file is meant to be
    ("read_text_file", "what"),
)


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _is_mark(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and _name(node.func) == "QT_TRANSLATE_NOOP"


def _unmarked_words(node: ast.expr) -> bool:
    """A template written in place (a literal or an f-string) that is not marked."""
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value not in NOTHING_TO_TRANSLATE


def _calls() -> Iterator[tuple[str, ast.Call]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        where = str(path.relative_to(PACKAGE.parent))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), where)):
            if isinstance(node, ast.Call):
                yield where, node


def _marked_strings() -> set[str]:
    """Every string marked for the core catalog, as lupdate finds it (literals only)."""
    marked: set[str] = set()
    for _, call in _calls():
        if _is_mark(call) and len(call.args) == 2:
            context, source = call.args
            if isinstance(context, ast.Constant) and context.value == CONTEXT and isinstance(source, ast.Constant):
                marked.add(str(source.value))
    return marked


def test_every_message_template_written_in_the_code_is_marked_for_the_core_catalog() -> None:
    unmarked = [f"{where}:{call.lineno}: {ast.unparse(call)[:100]}" for where, call in _calls()
                if _name(call.func) in ("Message", "message") and call.args and _unmarked_words(call.args[0])]
    assert unmarked == []


def test_every_mark_names_the_core_context_and_a_literal_lupdate_can_read() -> None:
    bad = []
    for where, call in _calls():
        if not _is_mark(call):
            continue
        literals = len(call.args) == 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                               for a in call.args)
        if not literals:
            bad.append(f"{where}:{call.lineno}: {ast.unparse(call)[:100]}")
    assert bad == []


@pytest.mark.parametrize(("function", "argument"), HANDED_ON, ids=[f"{f}-{a}" for f, a in HANDED_ON])
def test_words_handed_on_to_become_a_message_are_marked_where_they_are_written(
    function: str, argument: int | str
) -> None:
    seen, unmarked = 0, []
    for where, call in _calls():
        if _name(call.func) != function:
            continue
        given = ([k.value for k in call.keywords if k.arg == argument] if isinstance(argument, str)
                 else call.args[argument:argument + 1])
        seen += 1
        unmarked += [f"{where}:{call.lineno}: {ast.unparse(g)[:100]}" for g in given if _unmarked_words(g)]
    assert seen, f"no call of {function} found: the list of functions is out of date"
    assert unmarked == []


def _templates(shown: Message) -> Iterator[str]:
    yield shown.template
    for value in shown.values.values():
        values = value if isinstance(value, list | tuple) else [value]
        for one in values:
            if isinstance(one, Message):
                yield from _templates(one)


def _bad_framework_problems() -> list[Message]:
    good = (FORMS_DIR / "blast-empowered-learning.toml").read_text(encoding="utf-8")
    broken = [
        good.replace('response = "presence"', 'response = "banana"', 1),
        good.replace('version = "', 'version = "draft ', 1).replace("[[sections]]", "[[section]]", 1),
        'id = "x"\nversion = 2\ntitle = ""\nmodes = "peer"\ntarget_minutes = "15"\n[sections]\nkey = "a"\n',
        good.replace("prompt = ", "promt = ", 1).replace('title = "', "title = 5\nsubtitle = \"", 1),
        good.replace('response = "presence"', 'response = "yes_no"', 1),
    ]
    found: list[Message] = []
    for text in broken:
        with pytest.raises(FrameworkError) as refused:
            parse_framework(text, "bad.toml")
        found += [p.as_message() for p in refused.value.problems]
    return found


def test_words_passed_through_as_values_are_marked_strings_too() -> None:
    """Roles, a rule's words, field names, value types and where a problem is: all in the catalog."""
    marked = _marked_strings() | NOTHING_TO_TRANSLATE
    teacher = Person(id="t", name="Ana Diallo", role=Role.TEACHER)
    made: list[Message] = [permissions.refusal(who, action) for action in permissions.Action
                           for who in (None, teacher)]
    made += [label(name) for name in LABELS]
    made += [type_words(value) for value in (True, 3, 2.5, "text", [1], {"a": 1})]
    made += [Where("talk", "questions").as_message(), Where("total", kind="score").as_message()]
    made += _bad_framework_problems()
    unmarked = sorted({t for m in made for t in _templates(m)} - marked)
    assert unmarked == []
