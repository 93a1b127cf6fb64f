"""Who may do what: the one place that decides, next to the privacy rule.

Every action a user can take on the records is an :class:`Action`. Whether a
profile may take it is decided here and nowhere else: the store calls
:func:`require` before it writes (the UI may ask :func:`may` to hide a
button, but the store is what refuses), and
``tests/unit/storage/test_permissions_enforced.py`` enumerates every role
against every action, through the store. The README carries the same table
for people (:func:`rules_table` writes it; a test keeps the two the same).

Some actions depend on the record as well as the role: a blast visit may be
changed by the person who recorded it or by an administrator. Such a rule
has ``owner_may`` and names the owner (``owner``, for people); the store
passes ``owner_id``, the person the record belongs to for that action (the
visit's observer, a peer visit's host, ...). A rule with no roles is the
owner's alone: nobody else may, whatever their role.

The choices, as a principal, a coach and a teacher expect them:
- Administrators keep the school directory (schools, rooms, people, roles),
  lift PIN lockouts and set the device's settings. The directory needs at
  least one administrator: the first profile made on a new install is one,
  and while a directory has none, the next administrator may be added by
  anyone (see :mod:`walkthrough.storage.directory`).
- Administrators and coaches walk blast rounds, save walking routes, manage
  frameworks, arrange substitute cover and read building summaries. A blast
  visit is changed or deleted by the person who recorded it, or by an
  administrator (who answers for the building's records).
- Teachers take part in peer visits: they plan visits they take part in
  (coaches and administrators may plan visits between colleagues), and what
  a peer visit holds is its people's, not the role's: only the host changes
  who takes part and writes the focus, agreement, sharing and debrief; only
  a visitor writes their notes; the people in it (and whoever planned it)
  change when and where; the host or the planner cancels it, and a visitor
  withdraws. No role reads a private peer visit
  (:mod:`walkthrough.core.privacy`).
- Substitutes sign in to see the cover they give; they change nothing.
- Nobody sets another person's PIN, not even an administrator: a PIN keeps
  a teacher's private visits theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, MessageError, message
from walkthrough.core.model import Person, Role


class Action(StrEnum):
    """Everything a profile can do that changes or carries off records."""

    # Blast walkthroughs
    START_ROUND = "start_round"  # walk a round of colleagues' rooms
    RECORD_BLAST_VISIT = "record_blast_visit"  # taps, notes, next/skip room, finish (owner_id: the round's walker)
    EDIT_BLAST_VISIT = "edit_blast_visit"  # change a recorded visit (owner_id: its observer)
    DELETE_BLAST_VISIT = "delete_blast_visit"  # (owner_id: its observer)
    EDIT_ROUTE = "edit_route"  # walking routes: a school's rooms in walking order
    # The school directory
    EDIT_DIRECTORY = "edit_directory"  # schools, rooms, PLC teams
    ADD_PERSON = "add_person"
    EDIT_PERSON = "edit_person"  # a person's name
    REMOVE_PERSON = "remove_person"
    CHANGE_ROLE = "change_role"
    UNLOCK_PROFILE = "unlock_profile"  # lift a PIN lockout
    SET_PIN = "set_pin"  # (owner_id: the person whose PIN it is)
    IMPORT_ROSTER = "import_roster"
    MERGE_RECORDS = "merge_records"  # two schools, rooms or people that are the same
    MANAGE_TEAMS = "manage_teams"  # PLC teams: make, rename, delete, choose their members
    # Peer visits
    PLAN_PEER_VISIT = "plan_peer_visit"  # (owner_id: the planner, when they take part in it)
    CHANGE_PEER_PLAN = "change_peer_plan"  # when, where, prompts (owner_id: a participant or the planner)
    CANCEL_PEER_VISIT = "cancel_peer_visit"  # (owner_id: the host or the planner)
    CHANGE_PEER_PEOPLE = "change_peer_people"  # host and visitors (owner_id: the host)
    HOST_PEER_VISIT = "host_peer_visit"  # focus, agreement, sharing, debrief (owner_id: the host)
    TAKE_PEER_NOTES = "take_peer_notes"  # (owner_id: the visitor whose notes they are)
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


N = QT_TRANSLATE_NOOP  # (lupdate finds QT_TRANSLATE_NOOP by name: N is for the lines below only)

NOBODY: frozenset[Role] = frozenset()  # the owner's alone
ADMIN = frozenset({Role.ADMINISTRATOR})
LEADERS = frozenset({Role.ADMINISTRATOR, Role.COACH})
STAFF = frozenset({Role.ADMINISTRATOR, Role.COACH, Role.TEACHER})
EVERYONE = frozenset(Role)


@dataclass(frozen=True)
class Rule:
    roles: frozenset[Role]  # the roles that may take the action
    owner_may: bool = False  # the record's owner may, whatever their role
    says: str = ""  # what the action is, for messages: "walk a blast round"
    owner: str = ""  # who the owner is, for messages: "the person who recorded it"


RULES: dict[Action, Rule] = {
    Action.START_ROUND: Rule(
        LEADERS,
        says=QT_TRANSLATE_NOOP("core", "walk a blast round"),
    ),
    Action.RECORD_BLAST_VISIT: Rule(
        ADMIN, owner_may=True,
        owner=QT_TRANSLATE_NOOP("core", "the person walking the round"),
        says=QT_TRANSLATE_NOOP("core", "record in a blast round"),
    ),
    Action.EDIT_BLAST_VISIT: Rule(
        ADMIN, owner_may=True,
        owner=QT_TRANSLATE_NOOP("core", "the person who recorded it"),
        says=QT_TRANSLATE_NOOP("core", "change a blast visit"),
    ),
    Action.DELETE_BLAST_VISIT: Rule(
        ADMIN, owner_may=True,
        owner=QT_TRANSLATE_NOOP("core", "the person who recorded it"),
        says=QT_TRANSLATE_NOOP("core", "delete a blast visit"),
    ),
    Action.EDIT_ROUTE: Rule(
        LEADERS,
        says=QT_TRANSLATE_NOOP("core", "save or change a walking route"),
    ),
    Action.EDIT_DIRECTORY: Rule(
        ADMIN,
        says=QT_TRANSLATE_NOOP("core", "change the school directory"),
    ),
    Action.ADD_PERSON: Rule(
        ADMIN,
        says=QT_TRANSLATE_NOOP("core", "add people to the directory"),
    ),
    Action.EDIT_PERSON: Rule(
        ADMIN,
        says=QT_TRANSLATE_NOOP("core", "change a person's name"),
    ),
    Action.REMOVE_PERSON: Rule(
        ADMIN,
        says=QT_TRANSLATE_NOOP("core", "remove people from the directory"),
    ),
    Action.CHANGE_ROLE: Rule(
        ADMIN,
        says=QT_TRANSLATE_NOOP("core", "change someone's role"),
    ),
    Action.UNLOCK_PROFILE: Rule(
        ADMIN,
        says=QT_TRANSLATE_NOOP("core", "unlock a profile"),
    ),
    Action.SET_PIN: Rule(
        NOBODY, owner_may=True,
        owner=QT_TRANSLATE_NOOP("core", "the person themselves"),
        says=QT_TRANSLATE_NOOP("core", "set or remove a PIN"),
    ),
    Action.IMPORT_ROSTER: Rule(
        ADMIN,
        says=QT_TRANSLATE_NOOP("core", "import a roster"),
    ),
    Action.MERGE_RECORDS: Rule(
        ADMIN,
        says=QT_TRANSLATE_NOOP("core", "merge directory entries"),
    ),
    Action.MANAGE_TEAMS: Rule(
        LEADERS,
        says=QT_TRANSLATE_NOOP("core", "make and change PLC teams"),
    ),
    Action.PLAN_PEER_VISIT: Rule(
        LEADERS, owner_may=True,
        owner=QT_TRANSLATE_NOOP("core", "a colleague who takes part in it"),
        says=QT_TRANSLATE_NOOP("core", "plan a peer visit"),
    ),
    Action.CHANGE_PEER_PLAN: Rule(
        NOBODY, owner_may=True,
        owner=QT_TRANSLATE_NOOP("core", "the people in the visit and whoever planned it"),
        says=QT_TRANSLATE_NOOP("core", "change when and where a peer visit happens"),
    ),
    Action.CANCEL_PEER_VISIT: Rule(
        NOBODY, owner_may=True,
        owner=QT_TRANSLATE_NOOP("core", "the host and whoever planned it"),
        says=QT_TRANSLATE_NOOP("core", "cancel a peer visit"),
    ),
    Action.CHANGE_PEER_PEOPLE: Rule(
        NOBODY, owner_may=True,
        owner=QT_TRANSLATE_NOOP("core", "the host"),
        says=QT_TRANSLATE_NOOP("core", "change who takes part in a peer visit"),
    ),
    Action.HOST_PEER_VISIT: Rule(
        NOBODY, owner_may=True,
        owner=QT_TRANSLATE_NOOP("core", "the host"),
        says=QT_TRANSLATE_NOOP("core", "write a peer visit's focus, agreement, sharing or debrief"),
    ),
    Action.TAKE_PEER_NOTES: Rule(
        NOBODY, owner_may=True,
        owner=QT_TRANSLATE_NOOP("core", "the visitor who takes them"),
        says=QT_TRANSLATE_NOOP("core", "write a visitor's notes"),
    ),
    Action.ASSIGN_COVER: Rule(
        LEADERS,
        says=QT_TRANSLATE_NOOP("core", "assign substitute cover"),
    ),
    Action.EDIT_FRAMEWORK: Rule(
        LEADERS,
        says=QT_TRANSLATE_NOOP("core", "change frameworks"),
    ),
    Action.VIEW_DASHBOARD: Rule(
        LEADERS,
        says=QT_TRANSLATE_NOOP("core", "open the dashboard"),
    ),
    Action.MAKE_REPORT: Rule(
        LEADERS,
        says=QT_TRANSLATE_NOOP("core", "make summary reports"),
    ),
    Action.EXPORT_CSV: Rule(
        LEADERS,
        says=QT_TRANSLATE_NOOP("core", "export visits as CSV"),
    ),
    Action.SYNC: Rule(
        EVERYONE,
        says=QT_TRANSLATE_NOOP("core", "sync this device"),
    ),
    Action.RESOLVE_CONFLICT: Rule(
        LEADERS, owner_may=True,
        owner=QT_TRANSLATE_NOOP("core", "the person whose record it is"),
        says=QT_TRANSLATE_NOOP("core", "resolve a sync conflict"),
    ),
    Action.CHANGE_SETTINGS: Rule(
        ADMIN,
        says=QT_TRANSLATE_NOOP("core", "change this device's settings"),
    ),
    Action.RESTORE_BACKUP: Rule(
        ADMIN,
        says=QT_TRANSLATE_NOOP("core", "restore a backup"),
    ),
}


PLURAL = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("core", "administrators"),
    Role.COACH: QT_TRANSLATE_NOOP("core", "coaches"),
    Role.TEACHER: QT_TRANSLATE_NOOP("core", "teachers"),
    Role.SUBSTITUTE: QT_TRANSLATE_NOOP("core", "substitutes"),
}
#: A role's name in a sentence ("Ana is a teacher").
SINGULAR = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("core", "administrator"),
    Role.COACH: QT_TRANSLATE_NOOP("core", "coach"),
    Role.TEACHER: QT_TRANSLATE_NOOP("core", "teacher"),
    Role.SUBSTITUTE: QT_TRANSLATE_NOOP("core", "substitute"),
}
_ORDER = (Role.ADMINISTRATOR, Role.COACH, Role.TEACHER, Role.SUBSTITUTE)


class NotAllowed(MessageError):
    """A profile asked for an action its role does not allow; the message is for the user."""


def may(actor: Person | None, action: Action, *, owner_id: str | None = None) -> bool:
    """Whether ``actor`` (the current profile; ``None``: nobody signed in) may take ``action``."""
    if actor is None or actor.deleted:
        return False
    rule = RULES[action]
    if rule.owner_may and owner_id is not None and owner_id == actor.id:
        return True
    return actor.role in rule.roles


def _words(marked: str) -> Message:
    """Words already marked with ``QT_TRANSLATE_NOOP("core", ...)`` above (a rule's, a role's)."""
    return Message(marked)


def who_may_message(action: Action) -> Message:
    """The people who may take ``action``, as a translatable message."""
    rule = RULES[action]
    roles: Message | None
    if rule.roles == EVERYONE:
        roles = message(QT_TRANSLATE_NOOP("core", "everyone"))
    else:
        roles = None
        for role in (r for r in _ORDER if r in rule.roles):
            plural = _words(PLURAL[role])
            roles = plural if roles is None else message(QT_TRANSLATE_NOOP("core", "{first} and {then}"),
                                                         first=roles, then=plural)
    owner = _words(rule.owner) if rule.owner_may and rule.owner else None
    if roles is not None and owner is not None:
        return message(QT_TRANSLATE_NOOP("core", "{roles} or {owner}"), roles=roles, owner=owner)
    return roles or owner or message(QT_TRANSLATE_NOOP("core", "nobody"))


def who_may(action: Action) -> str:
    """The people who may take ``action``, in words: "administrators or the person who recorded it"."""
    return str(who_may_message(action))


def why_not_message(action: Action) -> Message:
    """The plain sentence shown beside what a role is not offered: "Only administrators may restore a backup." """
    return message(QT_TRANSLATE_NOOP("core", "Only {allowed} may {action}."),
                   allowed=who_may_message(action), action=_words(RULES[action].says))


def refusal(actor: Person | None, action: Action) -> Message:
    """Why ``actor`` may not take ``action``, for the person (who may, and what the action is)."""
    rule = RULES[action]
    allowed, says = who_may_message(action), _words(rule.says)
    if actor is None:
        return message(QT_TRANSLATE_NOOP("core", "choose your profile first: only {allowed} may {action}"),
                       allowed=allowed, action=says)
    if actor.deleted:
        return message(QT_TRANSLATE_NOOP("core", "{name} is no longer in the directory"), name=actor.name)
    if not rule.roles:
        return message(QT_TRANSLATE_NOOP("core", "only {allowed} may {action}"), allowed=allowed, action=says)
    return message(QT_TRANSLATE_NOOP("core", "{name} is a {role}: only {allowed} may {action}"),
                   name=actor.name, role=_words(SINGULAR[actor.role]), allowed=allowed, action=says)


def require(actor: Person | None, action: Action, *, owner_id: str | None = None) -> None:
    """Refuse with :class:`NotAllowed` unless ``actor`` may take ``action``."""
    if may(actor, action, owner_id=owner_id):
        return
    raise NotAllowed(refusal(actor, action))


def rules_table() -> list[str]:
    """The rules as the README's Markdown table: one row per action, one column per role."""
    header = "| action | " + " | ".join(PLURAL[r] for r in _ORDER) + " | and also |"
    rows = [header, "| --- |" + " --- |" * (len(_ORDER) + 1)]
    for rule in RULES.values():
        cells = ["yes" if r in rule.roles else "" for r in _ORDER]
        also = rule.owner if rule.owner_may else ""
        rows.append(f"| {rule.says} | " + " | ".join(cells) + f" | {also} |")
    return rows
