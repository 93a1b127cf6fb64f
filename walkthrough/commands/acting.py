"""Who runs a command that acts as a person (a report, an export): ``--as NAME``, or the profile
chosen last on this device, as the app would resume it.

A profile with a PIN is never used without it, here as in the app: the PIN is read from
``WALKTHROUGH_PIN`` or asked for on the terminal, and checked (and counted) by the store.
"""

from __future__ import annotations

import getpass
import os
import sys

from walkthrough.core.model import Person
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError

PIN_VARIABLE = "WALKTHROUGH_PIN"


class ActingProblem(Exception):
    """Nobody to act as, or a PIN not given; one line for the user."""


class UnknownPerson(ActingProblem):
    """A name that is nobody's (or several people's) in the directory."""


def find_person(repo: Repository, name: str) -> Person:
    wanted = name.strip().casefold()
    found = [p for p in repo.people() if not p.deleted and (p.name.casefold() == wanted or p.id == name.strip())]
    if not found:
        raise UnknownPerson(f"--as: nobody called '{name}' is in the directory")
    if len(found) > 1:
        raise UnknownPerson(f"--as: {len(found)} people are called '{name}'; give one's id instead")
    return found[0]


def acting_profile(repo: Repository, name: str | None) -> Person:
    person = find_person(repo, name) if name else repo.last_profile()
    if person is None:
        raise ActingProblem("say who is making this: --as NAME (a person in the directory)")
    if repo.has_pin(person.id) and repo.current_profile() != person:
        pin = os.environ.get(PIN_VARIABLE) or (getpass.getpass(f"{person.name}'s PIN: ") if sys.stdin.isatty()
                                                else "")
        if not pin:
            raise ActingProblem(f"{person.name} has a PIN: type it when asked, or set {PIN_VARIABLE}")
        try:
            repo.switch_profile(person.id, pin)
        except StoreError as exc:
            raise ActingProblem(str(exc)) from None
    return person
