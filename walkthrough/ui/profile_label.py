"""How a profile is named on screen: the status-bar button and the profile chooser.

Apart from the chooser (``ui/dialogs/profile``) so that the button, made with the pages at every
start, does not load the chooser's dialogs before the first page is shown.
"""

from __future__ import annotations

from walkthrough.core.model import Person
from walkthrough.ui.widgets.role_names import role_name


def describe(person: Person) -> str:
    return f"{person.name} ({role_name(person.role, in_sentence=True)})"
