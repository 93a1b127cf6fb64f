"""The permission rules themselves: the README carries them, and refusals say who may."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from walkthrough.core.model import Person, Role
from walkthrough.core.permissions import RULES, Action, NotAllowed, may, require, rules_table, who_may

README = Path(__file__).resolve().parents[3] / "README.md"


def test_every_action_has_a_rule_that_says_what_it_is() -> None:
    assert set(RULES) == set(Action)
    for action, rule in RULES.items():
        assert rule.says, action
        assert rule.roles or rule.owner_may, f"{action}: nobody at all may take it"
        assert bool(rule.owner) == rule.owner_may, f"{action}: an owner rule names its owner"


def test_the_readme_table_is_the_rules() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [row for row in rules_table() if row not in text]
    assert not missing, "add (or fix) these rows in the README's table of who may do what:\n" + "\n".join(missing)


def test_a_refusal_names_the_profile_its_role_and_who_may() -> None:
    teacher = Person(id="t", name="Eli Novak", role=Role.TEACHER)
    with pytest.raises(NotAllowed, match="Eli Novak is a teacher: only administrators and coaches may walk a "
                                         "blast round"):
        require(teacher, Action.START_ROUND)
    with pytest.raises(NotAllowed, match="choose your profile first"):
        require(None, Action.START_ROUND)
    assert who_may(Action.EDIT_BLAST_VISIT) == "administrators or the person who recorded it"
    assert who_may(Action.HOST_PEER_VISIT) == "the host"


def test_an_owner_rule_lets_the_owner_and_not_their_colleagues() -> None:
    coach = Person(id="c", name="Ria Das", role=Role.COACH)
    assert may(coach, Action.EDIT_BLAST_VISIT, owner_id="c")
    assert not may(coach, Action.EDIT_BLAST_VISIT, owner_id="someone else")
    admin = Person(id="a", name="Pat", role=Role.ADMINISTRATOR)
    assert may(admin, Action.EDIT_BLAST_VISIT, owner_id="someone else")
    assert not may(admin, Action.HOST_PEER_VISIT, owner_id="the host")  # no role reads or writes a host's part
    assert not may(admin, Action.SET_PIN, owner_id="a teacher")


def test_a_removed_profile_may_do_nothing() -> None:
    admin = Person(id="a", name="Pat", role=Role.ADMINISTRATOR)
    assert may(admin, Action.EDIT_DIRECTORY) and not may(replace(admin, deleted=True), Action.EDIT_DIRECTORY)
