"""The Sync page's words for kinds of records and import outcomes, counted and translated.

The keys are the store's (``storage/sync_tables.py`` kinds, ``storage/sync_records.py`` outcomes);
a key not listed here is shown as it is. Counts use ``self.tr`` (pyside6-lupdate marks a count
as a plural only there), so the words live in one QObject made once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from walkthrough.ui.widgets.plural import plural


class SyncWords(QObject):
    """Counts and headings in the interface's language at the time of the call."""

    def brought(self) -> dict[str, Callable[[int], str]]:
        return {
            "inserted": lambda n: self.tr("%n new", "", n),
            "updated": lambda n: self.tr("%n updated", "", n),
            "unchanged": lambda n: self.tr("%n unchanged", "", n),
            "merged": lambda n: self.tr("%n merged", "", n),
            "conflicts": lambda n: plural(self.tr("%n conflict(s)", "", n), n),
            "held": lambda n: self.tr("%n held", "", n),
        }

    def records(self) -> dict[str, Callable[[int], str]]:
        return {
            "school": lambda n: plural(self.tr("%n school(s)", "", n), n),
            "person": lambda n: plural(self.tr("%n person(s)", "", n), n),
            "room": lambda n: plural(self.tr("%n room(s)", "", n), n),
            "PLC team": lambda n: plural(self.tr("%n PLC team(s)", "", n), n),
            "member of a PLC team": lambda n: plural(self.tr("%n PLC team member(s)", "", n), n),
            "profile key": lambda n: plural(self.tr("%n profile key(s)", "", n), n),
            "merge": lambda n: plural(self.tr("%n merge(s)", "", n), n),
            "route": lambda n: plural(self.tr("%n route(s)", "", n), n),
            "round": lambda n: plural(self.tr("%n round(s)", "", n), n),
            "visit": lambda n: plural(self.tr("%n visit(s)", "", n), n),
            "stop of a round": lambda n: plural(self.tr("%n stop(s) of a round", "", n), n),
            "response": lambda n: plural(self.tr("%n response(s)", "", n), n),
            "answer for a whole round": lambda n: plural(self.tr("%n answer(s) for a whole round", "", n), n),
            "note": lambda n: plural(self.tr("%n note(s)", "", n), n),
            "peer visit": lambda n: plural(self.tr("%n peer visit(s)", "", n), n),
            "visitor of a peer visit": lambda n: plural(self.tr("%n visitor(s) of a peer visit", "", n), n),
        }

    def kind_titles(self) -> dict[str, str]:
        return {
            "school": self.tr("School"), "person": self.tr("Person"), "room": self.tr("Room"),
            "PLC team": self.tr("PLC team"), "member of a PLC team": self.tr("Member of a PLC team"),
            "profile key": self.tr("Profile key"), "merge": self.tr("Merge"), "route": self.tr("Route"),
            "round": self.tr("Round"), "visit": self.tr("Visit"), "stop of a round": self.tr("Stop of a round"),
            "response": self.tr("Response"), "answer for a whole round": self.tr("Answer for a whole round"),
            "note": self.tr("Note"), "peer visit": self.tr("Peer visit"),
            "visitor of a peer visit": self.tr("Visitor of a peer visit"),
        }

    def outcomes(self) -> dict[str, str]:
        return {"imported": self.tr("imported"), "refused": self.tr("refused"), "skipped": self.tr("skipped")}


_words: SyncWords | None = None


def _the_words() -> SyncWords:
    global _words
    if _words is None:
        _words = SyncWords()
    return _words


def counted(outcome: str, n: int) -> str:
    """``n`` records an import ``inserted``, ``updated``, ... in words."""
    said = _the_words().brought().get(outcome)
    return said(n) if said else f"{n} {outcome}"


def records(kind: str, n: int) -> str:
    """``n`` records of ``kind`` ("3 rooms")."""
    said = _the_words().records().get(kind)
    return said(n) if said else f"{n} {kind}{'s' if n != 1 else ''}"


def kind_title(kind: str) -> str:
    """A kind of record as a heading ("Room")."""
    return _the_words().kind_titles().get(kind) or kind.capitalize()


def outcome_word(outcome: str) -> str:
    """An import report's result ("imported")."""
    return _the_words().outcomes().get(outcome, outcome)
