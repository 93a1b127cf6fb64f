"""Stored English read back into the core message it was made from (old import reports)."""

from __future__ import annotations

import ast
from pathlib import Path

from walkthrough.core.i18n import Message
from walkthrough.core.message_reading import MessageReader

ROOT = Path(__file__).resolve().parents[3]
READER = MessageReader(["{bundle}: {problem}", "{bundle}: {entry}: {problem}", "note {record_id}",
                        "field '{name}' is empty", "sealed part {gid}: {problem}", "is encrypted"])


def test_a_refusal_is_read_back_with_its_values_and_the_messages_inside_them() -> None:
    read = READER.read("a.wtbundle: note 7f: field 'text' is empty")
    assert read == Message("{bundle}: {entry}: {problem}", {
        "bundle": "a.wtbundle", "entry": Message("note {record_id}", {"record_id": "7f"}),
        "problem": Message("field '{name}' is empty", {"name": "text"})})
    assert str(read) == "a.wtbundle: note 7f: field 'text' is empty"


def test_the_reading_that_explains_most_of_the_text_wins() -> None:
    read = READER.read("a.wtbundle: sealed part 3: is encrypted")
    assert read is not None and read.template == "{bundle}: {problem}"
    assert read.values["problem"] == Message("sealed part {gid}: {problem}", {
        "gid": "3", "problem": Message("is encrypted")})


def test_a_text_no_template_explains_is_not_read() -> None:
    assert READER.read("something said before there were templates") is None
    assert READER.read("") is None


def _marked(paths: list[Path]) -> set[str]:
    found: set[str] = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP" \
                    and isinstance(node.args[0], ast.Constant) and node.args[0].value == "core" \
                    and isinstance(node.args[1], ast.Constant):
                found.add(str(node.args[1].value))
    return found


def test_the_sync_pages_templates_are_every_core_message_of_the_sync_code() -> None:
    """A message added to the sync code and missing on the Sync page would show in English there."""
    source = ROOT / "walkthrough" / "ui" / "pages" / "sync_stored.py"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    listed = next(ast.literal_eval(node.value) for node in tree.body
                  if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "TEMPLATES")
    sync_code = sorted((ROOT / "walkthrough" / "sync").glob("*.py")) + \
        sorted((ROOT / "walkthrough" / "storage").glob("sync_*.py"))
    assert set(listed) == _marked(sync_code)
