"""The administrator a test's directory starts with (tests/ is on sys.path)."""

from __future__ import annotations

from walkthrough.core.model import Person, Role
from walkthrough.storage import Repository


def first_admin(repo: Repository, name: str = "Pat Principal", school_id: str | None = None) -> Person:
    """The directory's administrator: the first one added (as on a new install), or the one it has."""
    existing = repo.people(Role.ADMINISTRATOR)
    if existing:
        return existing[0]
    return repo.add_person(name, Role.ADMINISTRATOR, school_id, by=None)
