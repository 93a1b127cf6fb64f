"""Roles in the UI: who is acting, and the plain line that says why something is not offered.

The store refuses what a role may not do (:mod:`walkthrough.core.permissions`);
pages ask :func:`can` only to hide or disable what would be refused, and show
:func:`why_not` beside it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy

from walkthrough.core.permissions import Action, why_not_message
from walkthrough.storage import Repository
from walkthrough.ui.core_text import text


def me(repo: Repository) -> str | None:
    """The person id of the profile using the app (``None``: nobody)."""
    person = repo.current_profile()
    return person.id if person is not None else None


def can(repo: Repository, action: Action, *, owner_id: str | None = None) -> bool:
    return repo.may(me(repo), action, owner_id=owner_id)


def why_not(action: Action) -> str:
    """One plain sentence, in the interface's language: "Only administrators may change the school directory."
    The words are the core's (:func:`walkthrough.core.permissions.why_not_message`)."""
    return text(why_not_message(action))


def role_note(accessible: str) -> QLabel:
    """The line that says what the current role cannot do here (hidden when empty)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(accessible)
    label.setObjectName("roleNote")
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    label.setStyleSheet("QLabel#roleNote { background: #eef3fb; color: #1d3a63; padding: 8px 10px;"
                        " border-left: 4px solid #1f6feb; }")
    label.hide()
    return label


def say_role(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
