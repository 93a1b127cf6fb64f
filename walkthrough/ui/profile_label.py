"""How a profile is named on screen: the status-bar button and the profile chooser.

Apart from the chooser (``ui/dialogs/profile``) so that the button, made with the pages at every
start, does not load the chooser's dialogs before the first page is shown.
"""

from __future__ import annotations

from walkthrough.core.model import Person, Role

ROLE_LABELS = {Role.TEACHER: "teacher", Role.COACH: "coach", Role.ADMINISTRATOR: "administrator",
               Role.SUBSTITUTE: "substitute"}


def describe(person: Person) -> str:
    return f"{person.name} ({ROLE_LABELS[person.role]})"
