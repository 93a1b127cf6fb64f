"""Who may do what: the one place that decides, next to the privacy rule.

Every action a user can take on the records is an :class:`Action`. Whether a
profile may take it is decided here and nowhere else: the store calls
:func:`require` before it writes (the UI may ask :func:`may` to hide a
button, but the store is what refuses), and
``tests/unit/core/test_permissions.py`` enumerates every role against every
action. The README carries the same table for people.

Some actions depend on the record as well as the role: a blast visit may be
changed by the person who recorded it or by an administrator. Such actions
take ``owner_id``, the person the record belongs to.

What a peer visit's host alone may do (focus, consent, sharing, the debrief)
is the host's by the peer-visit rules in :mod:`walkthrough.storage.peer_store`;
the actions here say who may take part at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from walkthrough.core.model import Person, Role


class Action(StrEnum):
    """Everything a profile can do that changes or carries off records."""

    # Blast walkthroughs
    START_ROUND = "start_round"  # walk a round of colleagues' rooms
    RECORD_BLAST_VISIT = "record_blast_visit"  # tap look-fors in one's own round
    EDIT_BLAST_VISIT = "edit_blast_visit"  # change a recorded visit (owner_id: its observer)
    DELETE_BLAST_VISIT = "delete_blast_visit"  # (owner_id: its observer)
    # The school directory
    EDIT_DIRECTORY = "edit_directory"  # schools, rooms, routes, PLC teams
    ADD_PERSON = "add_person"
    REMOVE_PERSON = "remove_person"
    CHANGE_ROLE = "change_role"
    UNLOCK_PROFILE = "unlock_profile"  # lift a PIN lockout
    IMPORT_ROSTER = "import_roster"
    MERGE_RECORDS = "merge_records"  # two schools, rooms or people that are the same
    # Peer visits
    PLAN_PEER_VISIT = "plan_peer_visit"
    ASSIGN_COVER = "assign_cover"  # substitute cover for a visitor's class
    # Frameworks
    EDIT_FRAMEWORK = "edit_framework"  # import, create, edit, publish, retire
    # Outputs
    VIEW_DASHBOARD = "view_dashboard"
    MAKE_REPORT = "make_report"  # building summaries and compilations (not one's own visit)
    EXPORT_CSV = "export_csv"
    # The device
    SYNC = "sync"
    RESOLVE_CONFLICT = "resolve_conflict"
    CHANGE_SETTINGS = "change_settings"
    RESTORE_BACKUP = "restore_backup"


ADMIN = frozenset({Role.ADMINISTRATOR})
LEADERS = frozenset({Role.ADMINISTRATOR, Role.COACH})
STAFF = frozenset({Role.ADMINISTRATOR, Role.COACH, Role.TEACHER})
EVERYONE = frozenset(Role)


@dataclass(frozen=True)
class Rule:
    roles: frozenset[Role]  # the roles that may take the action
    owner_may: bool = False  # the record's owner may, whatever their role
    says: str = ""  # what the action is, for messages: "start a round"


RULES: dict[Action, Rule] = {
    Action.START_ROUND: Rule(LEADERS, says="walk a blast round"),
    Action.RECORD_BLAST_VISIT: Rule(LEADERS, says="record a blast visit"),
    Action.EDIT_BLAST_VISIT: Rule(ADMIN, owner_may=True, says="change a blast visit someone else recorded"),
    Action.DELETE_BLAST_VISIT: Rule(ADMIN, owner_may=True, says="delete a blast visit someone else recorded"),
    Action.EDIT_DIRECTORY: Rule(ADMIN, says="change the school directory"),
    Action.ADD_PERSON: Rule(ADMIN, says="add people to the directory"),
    Action.REMOVE_PERSON: Rule(ADMIN, says="remove people from the directory"),
    Action.CHANGE_ROLE: Rule(ADMIN, says="change someone's role"),
    Action.UNLOCK_PROFILE: Rule(ADMIN, says="unlock a profile"),
    Action.IMPORT_ROSTER: Rule(ADMIN, says="import a roster"),
    Action.MERGE_RECORDS: Rule(ADMIN, says="merge directory entries"),
    Action.PLAN_PEER_VISIT: Rule(STAFF, says="plan a peer visit"),
    Action.ASSIGN_COVER: Rule(ADMIN, says="assign substitute cover"),
    Action.EDIT_FRAMEWORK: Rule(LEADERS, says="change frameworks"),
    Action.VIEW_DASHBOARD: Rule(LEADERS, says="open the dashboard"),
    Action.MAKE_REPORT: Rule(LEADERS, says="make summary reports"),
    Action.EXPORT_CSV: Rule(LEADERS, says="export visits as CSV"),
    Action.SYNC: Rule(EVERYONE, says="sync this device"),
    Action.RESOLVE_CONFLICT: Rule(LEADERS, owner_may=True, says="resolve a sync conflict"),
    Action.CHANGE_SETTINGS: Rule(ADMIN, says="change this device's settings"),
    Action.RESTORE_BACKUP: Rule(ADMIN, says="restore a backup"),
}


_PLURAL = {
    Role.ADMINISTRATOR: "administrators",
    Role.COACH: "coaches",
    Role.TEACHER: "teachers",
    Role.SUBSTITUTE: "substitutes",
}


class NotAllowed(Exception):
    """A profile asked for an action its role does not allow; the message is for the user."""


def may(actor: Person | None, action: Action, *, owner_id: str | None = None) -> bool:
    """Whether ``actor`` (the current profile; ``None``: nobody signed in) may take ``action``."""
    if actor is None or actor.deleted:
        return False
    rule = RULES[action]
    if rule.owner_may and owner_id is not None and owner_id == actor.id:
        return True
    return actor.role in rule.roles


def require(actor: Person | None, action: Action, *, owner_id: str | None = None) -> None:
    """Refuse with :class:`NotAllowed` unless ``actor`` may take ``action``."""
    if may(actor, action, owner_id=owner_id):
        return
    rule = RULES[action]
    if actor is None:
        raise NotAllowed(f"choose your profile first: only a signed-in profile may {rule.says}")
    allowed = " or ".join(_PLURAL[r] for r in sorted(rule.roles))
    raise NotAllowed(f"{actor.name} is a {actor.role.value}: only {allowed} may {rule.says}")
