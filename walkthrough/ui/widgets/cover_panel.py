"""Substitute cover for one planned visit: who covers each visitor's class."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from walkthrough.core.peer import PeerVisit
from walkthrough.core.permissions import Action
from walkthrough.core.schedule import Booking, BookingRole
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.ui import core_text
from walkthrough.ui.access import can, me, why_not
from walkthrough.ui.widgets.day_text import short_day


class CoverPanel(QWidget):
    changed = Signal()
    problem = Signal(str)

    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.visit: PeerVisit | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.combos: dict[str, QComboBox] = {}
        self.show_visit(None, [])

    def _clear(self) -> None:
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.combos = {}

    def show_visit(self, visit: PeerVisit | None, week: Sequence[Booking]) -> None:
        """Show the cover of ``visit``; ``week`` is every booking of its week (to say who is busy)."""
        self._clear()
        self.visit = visit
        title = QLabel()
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: 600; font-size: 16px;")
        title.setAccessibleName(self.tr("The selected visit"))
        self.layout_.addWidget(title)
        if visit is None:
            title.setText(self.tr("Choose a visit in the week to arrange cover for the visitors' classes."))
            return
        name = self._name
        visitors = self.tr(" and ").join(name(v) for v in visit.visitor_ids) or self.tr("No visitor yet")
        title.setText(self.tr("{short_day}, {start_time}–{end_time}: {visitors} visiting {name}'s class").format(
                short_day=short_day(visit.day), start_time=visit.start_time, end_time=visit.end_time, visitors=visitors,
                name=name(visit.host_id)))
        arranges = can(self.repo, Action.ASSIGN_COVER)
        if not arranges:
            note = QLabel(why_not(Action.ASSIGN_COVER).replace("may assign", "assign"))
            note.setWordWrap(True)
            note.setAccessibleName(self.tr("Who assigns substitutes"))
            note.setProperty("subtle", True)
            self.layout_.addWidget(note)
        for visitor in visit.visitors:
            who = name(visitor.visitor_id)
            room = self.repo.teacher_room(visitor.visitor_id)
            where = f" ({room.name})" if room is not None else ""
            label = QLabel(self.tr("{who}'s class{where}").format(who=who, where=where) if visitor.cover_needed else
                    self.tr("{who}: no cover needed").format(who=who))
            label.setWordWrap(True)
            self.layout_.addWidget(label)
            if not visitor.cover_needed:
                continue
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Substitute for {who}'s class").format(who=who))
            combo.addItem(self.tr("No substitute yet"), None)
            for sub in self.repo.substitutes():
                busy = any(b.person_id == sub.id and b.day == visit.date and b.start < visit.end
                           and visit.start < b.end and not (b.visit_id == visit.id and b.role is BookingRole.SUBSTITUTE
                                                            and b.covering_for == visitor.visitor_id)
                           for b in week)
                combo.addItem(sub.name + (self.tr(" (busy then)") if busy else ""), sub.id)
            combo.setCurrentIndex(max(0, combo.findData(visitor.substitute_id)))
            combo.setEnabled(arranges)
            combo.activated.connect(lambda _i, vid=visitor.visitor_id, c=combo: self._assign(vid, c.currentData()))
            self.combos[visitor.visitor_id] = combo
            self.layout_.addWidget(combo)

    def _name(self, person_id: str) -> str:
        return self.repo.person(person_id).name

    def _assign(self, visitor_id: str, substitute_id: object) -> None:
        if self.visit is None:
            return
        try:
            self.repo.assign_substitute(self.visit.id, visitor_id, str(substitute_id) if substitute_id else None,
                                        by=me(self.repo))
        except StoreError as exc:
            self.problem.emit(self.tr("Not assigned: {why}.").format(why=core_text.text(exc)))
        self.changed.emit()
