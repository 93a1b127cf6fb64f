"""A role's name as the interface's language says it: the one lookup every screen uses.

``Role`` values ("administrator") are keys kept in the records, never words to show. The profile
button, the directory's role choice, the round's observer list and the sync page's duplicates all
ask :func:`role_name`, so a role reads the same everywhere and in every language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from walkthrough.core.model import Role

CONTEXT = "RoleNames"
ROLE_NAMES = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("RoleNames", "Administrator"),
    Role.COACH: QT_TRANSLATE_NOOP("RoleNames", "Coach"),
    Role.TEACHER: QT_TRANSLATE_NOOP("RoleNames", "Teacher"),
    Role.SUBSTITUTE: QT_TRANSLATE_NOOP("RoleNames", "Substitute"),
}


def role_name(role: Role | str, *, in_sentence: bool = False) -> str:
    """``role`` in the interface's language: "Administrator", or "administrator" in running text."""
    name = QCoreApplication.translate(CONTEXT, str(ROLE_NAMES[Role(role)]))
    return name.lower() if in_sentence else name
