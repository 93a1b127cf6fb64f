"""The Sync page's words for kinds of records and import outcomes, counted and translated.

The keys are the store's (``storage/sync_tables.py`` kinds, ``storage/sync_apply.py`` outcomes);
a key not listed here is shown as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from walkthrough.ui.widgets.plural import plural

CONTEXT = "SyncPage"


#: What an import brought, by outcome.
_BROUGHT: dict[str, Callable[[int], str]] = {
    "inserted": lambda n: plural(QCoreApplication.translate("SyncPage", "%n new", "", n), n),
    "updated": lambda n: plural(QCoreApplication.translate("SyncPage", "%n updated", "", n), n),
    "unchanged": lambda n: plural(QCoreApplication.translate("SyncPage", "%n unchanged", "", n), n),
    "merged": lambda n: plural(QCoreApplication.translate("SyncPage", "%n merged", "", n), n),
    "conflicts": lambda n: plural(QCoreApplication.translate("SyncPage", "%n conflict(s)", "", n), n),
    "held": lambda n: plural(QCoreApplication.translate("SyncPage", "%n held", "", n), n),
}

#: Records of each kind, counted.
_RECORDS: dict[str, Callable[[int], str]] = {
    "school": lambda n: plural(QCoreApplication.translate("SyncPage", "%n school(s)", "", n), n),
    "person": lambda n: plural(QCoreApplication.translate("SyncPage", "%n person(s)", "", n), n),
    "room": lambda n: plural(QCoreApplication.translate("SyncPage", "%n room(s)", "", n), n),
    "PLC team": lambda n: plural(QCoreApplication.translate("SyncPage", "%n PLC team(s)", "", n), n),
    "member of a PLC team": lambda n: plural(QCoreApplication.translate("SyncPage", "%n PLC team member(s)", "",
                                                                        n), n),
    "profile key": lambda n: plural(QCoreApplication.translate("SyncPage", "%n profile key(s)", "", n), n),
    "merge": lambda n: plural(QCoreApplication.translate("SyncPage", "%n merge(s)", "", n), n),
    "route": lambda n: plural(QCoreApplication.translate("SyncPage", "%n route(s)", "", n), n),
    "round": lambda n: plural(QCoreApplication.translate("SyncPage", "%n round(s)", "", n), n),
    "visit": lambda n: plural(QCoreApplication.translate("SyncPage", "%n visit(s)", "", n), n),
    "stop of a round": lambda n: plural(QCoreApplication.translate("SyncPage", "%n stop(s) of a round", "", n), n),
    "response": lambda n: plural(QCoreApplication.translate("SyncPage", "%n response(s)", "", n), n),
    "answer for a whole round": lambda n: plural(
        QCoreApplication.translate("SyncPage", "%n answer(s) for a whole round", "", n), n),
    "note": lambda n: plural(QCoreApplication.translate("SyncPage", "%n note(s)", "", n), n),
    "peer visit": lambda n: plural(QCoreApplication.translate("SyncPage", "%n peer visit(s)", "", n), n),
    "visitor of a peer visit": lambda n: plural(
        QCoreApplication.translate("SyncPage", "%n visitor(s) of a peer visit", "", n), n),
}

#: A kind of record as a heading ("Room: Room 12").
_KIND_TITLES = {
    "school": QT_TRANSLATE_NOOP("SyncPage", "School"),
    "person": QT_TRANSLATE_NOOP("SyncPage", "Person"),
    "room": QT_TRANSLATE_NOOP("SyncPage", "Room"),
    "PLC team": QT_TRANSLATE_NOOP("SyncPage", "PLC team"),
    "member of a PLC team": QT_TRANSLATE_NOOP("SyncPage", "Member of a PLC team"),
    "profile key": QT_TRANSLATE_NOOP("SyncPage", "Profile key"),
    "merge": QT_TRANSLATE_NOOP("SyncPage", "Merge"),
    "route": QT_TRANSLATE_NOOP("SyncPage", "Route"),
    "round": QT_TRANSLATE_NOOP("SyncPage", "Round"),
    "visit": QT_TRANSLATE_NOOP("SyncPage", "Visit"),
    "stop of a round": QT_TRANSLATE_NOOP("SyncPage", "Stop of a round"),
    "response": QT_TRANSLATE_NOOP("SyncPage", "Response"),
    "answer for a whole round": QT_TRANSLATE_NOOP("SyncPage", "Answer for a whole round"),
    "note": QT_TRANSLATE_NOOP("SyncPage", "Note"),
    "peer visit": QT_TRANSLATE_NOOP("SyncPage", "Peer visit"),
    "visitor of a peer visit": QT_TRANSLATE_NOOP("SyncPage", "Visitor of a peer visit"),
}

#: An import report's result.
_OUTCOMES = {
    "imported": QT_TRANSLATE_NOOP("SyncPage", "imported"),
    "refused": QT_TRANSLATE_NOOP("SyncPage", "refused"),
    "skipped": QT_TRANSLATE_NOOP("SyncPage", "skipped"),
}


def counted(outcome: str, n: int) -> str:
    """``n`` records an import ``inserted``, ``updated``, ... in words."""
    said = _BROUGHT.get(outcome)
    return said(n) if said else f"{n} {outcome}"


def records(kind: str, n: int) -> str:
    """``n`` records of ``kind`` ("3 rooms")."""
    said = _RECORDS.get(kind)
    return said(n) if said else f"{n} {kind}{'s' if n != 1 else ''}"


def kind_title(kind: str) -> str:
    """A kind of record as a heading ("Room")."""
    return QCoreApplication.translate(CONTEXT, _KIND_TITLES[kind]) if kind in _KIND_TITLES else kind.capitalize()


def outcome_word(outcome: str) -> str:
    """An import report's result ("imported")."""
    return QCoreApplication.translate(CONTEXT, _OUTCOMES[outcome]) if outcome in _OUTCOMES else outcome
