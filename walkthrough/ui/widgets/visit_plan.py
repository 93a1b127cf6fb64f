"""One planned peer visit, editable in place: every change commits at once.

Whose class, who visits, when and where, which prompts; then the host's own
part: their focus (what they want noticed, in their words), their agreement,
and whether the visit is shared. Only the host can touch the host's part, and
only the host changes who takes part (a visitor may withdraw). A visitor
reads the host's focus once the host has agreed to the visit with them in it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.frameworks import Mode
from walkthrough.core.model import Role, Visibility
from walkthrough.core.peer import PeerVisit
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.storage.pending_edits import PendingEdit
from walkthrough.ui import core_text
from walkthrough.ui.framework_text import shown_title
from walkthrough.ui.pending import pending_writes
from walkthrough.ui.widgets.autosave import SaveStatus
from walkthrough.ui.widgets.peer_style import button, heading
from walkthrough.ui.widgets.visit_plan_host import HostPart
from walkthrough.ui.widgets.wrap_check import WrapCheckBox

WHEN_DELAY_MS = 300
VISITOR_ROLES = (Role.TEACHER, Role.COACH)  # who visits classes (administrators walk rounds)


class PlanEditor(QWidget):
    changed = Signal()  # the plan was committed; lists should re-read
    problem = Signal(str)  # the store refused a change

    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.pending = pending_writes(repo)
        self.visit: PeerVisit | None = None
        self.me: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.title = heading("", 20)
        self.title.setAccessibleName(self.tr("Visit title"))
        outer.addWidget(self.title)
        self.host_part = QVBoxLayout()
        outer.addLayout(self.host_part)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(8)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow pane puts a label above its field
        self.host = QComboBox()
        self.host.setAccessibleName(self.tr("Whose class is visited (the host)"))
        self.host.activated.connect(lambda _i: self._host_chosen())
        form.addRow(self.tr("Whose class"), self.host)
        self.visitors_box = QVBoxLayout()
        self.visitors_box.setSpacing(4)
        self.add_visitor = QComboBox()
        self.add_visitor.setAccessibleName(self.tr("Add a visitor"))
        # Forty names are found by typing a few letters of any part of the name.
        self.add_visitor.setEditable(True)
        self.add_visitor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        finder = self.add_visitor.completer()
        if finder is not None:
            finder.setFilterMode(Qt.MatchFlag.MatchContains)
            finder.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            finder.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        edit = self.add_visitor.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("Type a name to add a visitor…"))
        self.add_visitor.activated.connect(lambda _i: self._visitor_added())
        visitors = QWidget()
        v_layout = QVBoxLayout(visitors)
        v_layout.setContentsMargins(0, 0, 0, 0)
        v_layout.addLayout(self.visitors_box)
        v_layout.addWidget(self.add_visitor)
        form.addRow(self.tr("Visitors"), visitors)
        when = QHBoxLayout()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setAccessibleName(self.tr("Day of the visit"))
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Visit starts at"))
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        self.end.setAccessibleName(self.tr("Visit ends at"))
        self.period = QLineEdit()
        self.period.setPlaceholderText(self.tr("Period, e.g. Period 3"))
        self.period.setAccessibleName(self.tr("Period"))
        # Room for the digits: a squeezed time field showed only its arrows.
        self.day.setMinimumWidth(self.day.fontMetrics().horizontalAdvance("Wed 30 Sep 2026") + 58)
        for field in (self.start, self.end):
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance("00:00") + 58)
        when.addWidget(self.day)
        when.addWidget(self.start)
        when.addWidget(QLabel(self.tr("to")))
        when.addWidget(self.end)
        when.addStretch(1)
        form.addRow(self.tr("When"), when)
        form.addRow(self.tr("Period"), self.period)  # a line of its own: the times keep their width
        self.when_status = SaveStatus(self.tr("When and period: saved or not"))
        form.addRow("", self.when_status)
        self.room = QComboBox()
        self.room.setAccessibleName(self.tr("Room of the visit"))
        self.room.activated.connect(lambda _i: self._commit_plan(room_id=self.room.currentData()))
        form.addRow(self.tr("Room"), self.room)
        self.framework = QComboBox()
        self.framework.setAccessibleName(self.tr("Prompts for the visitors (a peer framework)"))
        self.framework.activated.connect(lambda _i: self._commit_plan(framework_id=self.framework.currentData()))
        form.addRow(self.tr("Prompts"), self.framework)
        outer.addLayout(form)
        for combo in (self.host, self.add_visitor, self.room, self.framework):  # long names never widen the pane
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)

        self.host_words = HostPart(self.host_part, self.pending)
        self.focus_caption, self.focus, self.consent = (self.host_words.focus_caption, self.host_words.focus,
                                                        self.host_words.consent)
        self.privacy, self.share = self.host_words.privacy, self.host_words.share
        self.focus.saved.connect(self._focus_saved)
        self.consent.clicked.connect(self._consent_clicked)
        self.share.clicked.connect(self._share_clicked)
        outer.addStretch(1)

        self._when_timer = QTimer(self)
        self._when_timer.setSingleShot(True)
        self._when_timer.setInterval(WHEN_DELAY_MS)
        self._when_timer.timeout.connect(self.commit_when)
        for signal in (self.day.dateChanged, self.start.timeChanged, self.end.timeChanged, self.period.textChanged):
            signal.connect(self._when_edited)
        self.period.editingFinished.connect(self.commit_when)
        self.pending.saved.connect(self._when_saved)
        self.pending.waiting.connect(self._when_waiting)
        self.pending.refused.connect(self._when_refused)

    # Showing ----------------------------------------------------------------
    def show_visit(self, visit: PeerVisit, me: str | None) -> None:
        if self.visit is not None and self.visit.id != visit.id:
            self.flush()
        self._when_timer.stop()
        self.visit, self.me = visit, me
        is_host = me == visit.host_id
        can_edit = me is not None and (me in visit.participants() or me == visit.created_by)
        name = self._name
        visitors = self.tr(" and ").join(name(v) for v in visit.visitor_ids)
        self.title.setText(self.tr("{visitors} visiting {name}'s class").format(visitors=visitors,
                name=name(visit.host_id)) if visitors else  # "Nobody yet visiting" read badly in Spanish
                self.tr("{name}'s class: no visitor yet").format(name=name(visit.host_id)))
        untouched = not (visit.focus.strip() or visit.reflection.strip() or visit.next_step.strip()
                         or visit.consent_at or any(v.observation_id for v in visit.visitors))
        self._fill_people(visit, is_host and untouched)
        self._fill_visitors(visit, can_edit, is_host)
        for widget in (self.day, self.start, self.end, self.period):
            widget.blockSignals(True)
        waiting = self.pending.edit(self._when_key(visit.id))
        when = dict(waiting.kwargs) if waiting is not None else {}
        self.day.setDate(QDate.fromString(str(when.get("day", visit.day)), "yyyy-MM-dd"))
        self.start.setTime(QTime.fromString(str(when.get("start_time", visit.start_time)), "HH:mm"))
        self.end.setTime(QTime.fromString(str(when.get("end_time", visit.end_time)), "HH:mm"))
        self.period.setText(str(when.get("period", visit.period)))
        self.when_status.drop("When")
        if waiting is not None and self.pending.fault:
            self.when_status.waiting("When", self.pending.fault, self.pending.journal_problem)
        for widget in (self.day, self.start, self.end, self.period):
            widget.blockSignals(False)
            widget.setEnabled(can_edit)
        self._fill_rooms(visit, can_edit)
        started = any(v.observation_id for v in visit.visitors)
        self._fill_frameworks(visit, can_edit and not started)

        self.host_words.show(visit, me, name(visit.host_id), started, name)

    def flush(self) -> None:
        """Commit what is typed but not yet committed (before showing another visit)."""
        self.focus.commit()
        if self._when_timer.isActive():
            self.commit_when()

    def _name(self, person_id: str | None) -> str:
        return self.repo.person(person_id).name if person_id else ""

    def _fill_people(self, visit: PeerVisit, enabled: bool) -> None:
        self.host.clear()
        for person in self.repo.people():
            if person.role is not Role.SUBSTITUTE:
                self.host.addItem(person.name, person.id)
        self.host.setCurrentIndex(self.host.findData(visit.host_id))
        self.host.setEnabled(enabled)
        self.add_visitor.clear()
        self.add_visitor.addItem(self.tr("Add a visitor…"), None)
        for person in self.repo.people():  # colleagues who visit classes: teachers and coaches
            if person.role in VISITOR_ROLES and person.id not in visit.participants():
                self.add_visitor.addItem(person.name, person.id)
        self.add_visitor.setCurrentIndex(0)

    def _fill_visitors(self, visit: PeerVisit, can_edit: bool, is_host: bool) -> None:
        while self.visitors_box.count():
            item = self.visitors_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for visitor in visit.visitors:
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            name = self._name(visitor.visitor_id)
            who = QLabel(name)
            who.setWordWrap(True)
            layout.addWidget(who, 1)
            cover = WrapCheckBox(self.tr("Their class needs a substitute"))
            cover.setAccessibleName(self.tr("{name}'s class needs a substitute").format(name=name))
            cover.setChecked(visitor.cover_needed)
            cover.setEnabled(can_edit)
            cover.clicked.connect(lambda checked, vid=visitor.visitor_id: self._cover_clicked(vid, checked))
            layout.addWidget(cover, 1)
            mine = visitor.visitor_id == self.me
            remove = button(self.tr("Withdraw") if mine else self.tr("Remove"),
                            self.tr("Withdraw from this visit") if mine
                            else self.tr("Remove {name} from the visitors").format(name=name))
            remove.setEnabled((is_host or mine) and not visitor.observation_id)
            remove.setVisible(is_host or mine)
            remove.clicked.connect(lambda _c=False, vid=visitor.visitor_id: self._visitor_removed(vid))
            layout.addWidget(remove)
            self.visitors_box.addWidget(row)
        self.add_visitor.setEnabled(is_host)
        self.add_visitor.setVisible(is_host)

    def _fill_rooms(self, visit: PeerVisit, enabled: bool) -> None:
        self.room.clear()
        self.room.addItem(self.tr("No room"), None)
        for room in self.repo.rooms(visit.school_id):
            teacher = f" ({self._name(room.teacher_id)})" if room.teacher_id else ""
            self.room.addItem(room.name + teacher, room.id)
        self.room.setCurrentIndex(max(0, self.room.findData(visit.room_id)))
        self.room.setEnabled(enabled)

    def _fill_frameworks(self, visit: PeerVisit, enabled: bool) -> None:
        self.framework.clear()
        for framework in self.repo.frameworks(Mode.PEER):
            self.framework.addItem(shown_title(framework.id, framework.title), framework.id)
        self.framework.setCurrentIndex(self.framework.findData(visit.framework_id))
        self.framework.setEnabled(enabled)

    # Committing -------------------------------------------------------------
    def _run(self, action: str, call: Callable[[], PeerVisit]) -> None:
        """Run one repository action; show what the store refused."""
        try:
            visit = call()
        except StoreError as exc:
            self.problem.emit(self.tr("Could not {action}: {exc}.").format(action=action, exc=core_text.text(exc)))
            if self.visit is not None:
                self.show_visit(self.repo.peer_visit(self.visit.id), self.me)
            return
        self.show_visit(visit, self.me)
        self.changed.emit()

    @staticmethod
    def _when_key(visit_id: str) -> str:
        return f"peer_visit/{visit_id}/when"

    def _when_edit(self) -> PendingEdit | None:
        """The day, times and period as shown, as an edit (None when they are what is stored)."""
        visit = self.visit
        if visit is None:
            return None
        day = self.day.date().toString("yyyy-MM-dd")
        start, end = self.start.time().toString("HH:mm"), self.end.time().toString("HH:mm")
        period = self.period.text().strip()
        key = self._when_key(visit.id)
        stored = (day, start, end, period) == (visit.day, visit.start_time, visit.end_time, visit.period)
        if stored and self.pending.edit(key) is None:
            return None
        return PendingEdit(key, "update_peer_plan", (visit.id,),
                           {"by": self.me, "day": day, "start_time": start, "end_time": end, "period": period},
                           "When", self.period.text())

    def _when_edited(self) -> None:
        edit = self._when_edit()
        if edit is not None:
            self.pending.keep(edit)  # written ahead at once; committed after the pause
        self._when_timer.start()

    def commit_when(self) -> None:
        self._when_timer.stop()
        edit = self._when_edit()
        if edit is not None:
            self.pending.submit(edit)

    def _when_saved(self, edit: PendingEdit, visit: object) -> None:
        if self.visit is not None and edit.key == self._when_key(self.visit.id) and isinstance(visit, PeerVisit):
            self.visit = visit
            self.when_status.saved("When")
            self.changed.emit()

    def _when_waiting(self, edit: PendingEdit, why: str) -> None:
        if self.visit is not None and edit.key == self._when_key(self.visit.id):
            self.when_status.waiting("When", why, self.pending.journal_problem)

    def _when_refused(self, edit: PendingEdit, why: str) -> None:
        if self.visit is not None and edit.key == self._when_key(self.visit.id):
            self.when_status.refused("When", why)

    def _commit_plan(self, **changes: str | None) -> None:
        if self.visit is not None:
            visit_id = self.visit.id
            self._run(self.tr("change the visit"), lambda: self.repo.update_peer_plan(visit_id, by=self.me, **changes))

    def _host_chosen(self) -> None:
        if self.visit is not None and self.host.currentData() != self.visit.host_id:
            visit_id, host = self.visit.id, str(self.host.currentData())
            self._run(self.tr("change the host"), lambda: self.repo.change_peer_host(visit_id, host, by=self.me))

    def _visitor_added(self) -> None:
        index = self.add_visitor.findText(self.add_visitor.currentText(), Qt.MatchFlag.MatchFixedString)
        person_id = self.add_visitor.itemData(index) if index >= 0 else None
        if self.visit is not None and person_id:
            visit_id = self.visit.id
            self._run(self.tr("add the visitor"), lambda: self.repo.add_peer_visitor(visit_id, person_id, by=self.me))

    def _visitor_removed(self, person_id: str) -> None:
        if self.visit is not None:
            visit_id = self.visit.id
            self._run(self.tr("remove the visitor"), lambda: self.repo.remove_peer_visitor(visit_id, person_id,
                    by=self.me))

    def _cover_clicked(self, person_id: str, needed: bool) -> None:
        if self.visit is not None:
            visit_id = self.visit.id
            self._run(self.tr("change the cover"), lambda: self.repo.set_cover_needed(visit_id, person_id, needed,
                    by=self.me))

    def _focus_saved(self, visit: object) -> None:
        if isinstance(visit, PeerVisit) and self.visit is not None and visit.id == self.visit.id:
            self.visit = visit  # keep what is typed where it is
            self.changed.emit()

    def _consent_clicked(self, checked: bool) -> None:
        if self.visit is not None:
            visit_id = self.visit.id
            self._run(self.tr("record the agreement"), lambda: self.repo.set_peer_consent(visit_id, checked,
                    by=self.me))

    def _share_clicked(self) -> None:
        if self.visit is not None:
            visit_id, shared = self.visit.id, self.visit.visibility is not Visibility.SHARED
            self._run(self.tr("change the sharing"), lambda: self.repo.share_peer_visit(visit_id, shared, by=self.me))
