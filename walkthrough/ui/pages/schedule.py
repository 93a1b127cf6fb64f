"""The visit schedule: a week of planned peer visits, which visitors' classes
need a substitute, the substitutes' week, warnings for anyone booked twice at
once, and the week as an iCalendar (.ics) file.

The schedule shows logistics only (who, when, where, cover): a visit's focus
and notes never appear here, whoever is using the app.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core import privacy, schedule
from walkthrough.core.peer import PeerVisit
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.ui import core_text
from walkthrough.ui.widgets.cover_panel import CoverPanel
from walkthrough.ui.widgets.flow_layout import FlowLayout
from walkthrough.ui.widgets.peer_style import STYLE, button, heading, notice, say

DAYS = (QT_TRANSLATE_NOOP("SchedulePage", "Monday"), QT_TRANSLATE_NOOP("SchedulePage", "Tuesday"),
        QT_TRANSLATE_NOOP("SchedulePage", "Wednesday"), QT_TRANSLATE_NOOP("SchedulePage", "Thursday"),
        QT_TRANSLATE_NOOP("SchedulePage", "Friday"))


def _day_name(index: int) -> str:
    return QCoreApplication.translate("SchedulePage", str(DAYS[index]))


def _short(day: date, pattern: str) -> str:
    """A day in the interface's language, e.g. pattern "ddd d MMM" → "lun 3 dic"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


class SchedulePage(QWidget):
    def __init__(self, repo: Repository, *, today: date | None = None) -> None:
        super().__init__()
        self.repo = repo
        self.fixed_today = today  # a test's day; None: the real day, read at each refresh
        self.monday, _ = schedule.week_of(self.today())
        self.visits: list[PeerVisit] = []
        self.selected: str | None = None
        self.setStyleSheet(STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.addWidget(heading(self.tr("Visit schedule and substitute cover")))
        nav = FlowLayout()  # a narrow window: the export button goes on to a second line
        self.previous_button = button(self.tr("◀ Previous"), self.tr("Show the previous week"))
        self.previous_button.clicked.connect(lambda: self.show_week(self.monday - timedelta(days=7)))
        self.this_week_button = button(self.tr("This week"), self.tr("Show this week"))
        self.this_week_button.clicked.connect(lambda: self.show_week(schedule.week_of(self.today())[0]))
        self.next_button = button(self.tr("Next ▶"), self.tr("Show the next week"))
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + timedelta(days=7)))
        self.week_label = QLabel()
        self.week_label.setStyleSheet("font-size: 17px; font-weight: 600; padding: 0 12px;")
        self.week_label.setAccessibleName(self.tr("The week shown"))
        self.export_button = button(self.tr("Export the week for calendars (.ics)…"),
                                    self.tr("Export this week as a calendar file"))
        self.export_button.clicked.connect(self._choose_export_file)
        for widget in (self.previous_button, self.this_week_button, self.next_button, self.week_label):
            nav.addWidget(widget)
        nav.addWidget(self.export_button)
        outer.addLayout(nav)
        info = QLabel(self.tr("Who visits whom and when, so that cover can be arranged. A visit's focus and notes "
                              "are never shown here; the calendar file carries a focus only when the host has "
                              "shared it."))
        info.setWordWrap(True)
        info.setProperty("subtle", True)
        outer.addWidget(info)
        self.message = notice(self.tr("What happened"))
        outer.addWidget(self.message)

        week_row = QHBoxLayout()
        self.day_lists: list[QListWidget] = []
        self.day_labels: list[QLabel] = []
        for index in range(len(DAYS)):
            name = _day_name(index)
            column = QVBoxLayout()
            label = QLabel(name)
            label.setStyleSheet("font-weight: 600;")
            day_list = QListWidget()
            day_list.setAccessibleName(self.tr("Visits on {day}").format(day=name))
            day_list.setWordWrap(True)
            day_list.setTextElideMode(Qt.TextElideMode.ElideNone)
            day_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            day_list.setResizeMode(QListWidget.ResizeMode.Adjust)
            day_list.setStyleSheet("QListWidget::item { padding: 6px; border-bottom: 1px solid #e3e7eb; }"
                                   " QListWidget::item:selected { background: #dbe8fb; color: #1d2733;"
                                   " border-left: 4px solid #1f6feb; }")
            day_list.itemClicked.connect(self._clicked)
            column.addWidget(label)
            column.addWidget(day_list, 1)
            self.day_labels.append(label)
            self.day_lists.append(day_list)
            week_row.addLayout(column, 1)
        outer.addLayout(week_row, 3)
        panes = QHBoxLayout()
        self.cover = CoverPanel(repo)
        self.cover.changed.connect(self.refresh)
        self.cover.problem.connect(lambda text: say(self.message, text, "error"))
        panes.addWidget(self._pane(self.cover, self.tr("Cover for the selected visit")), 1)
        checks = QWidget()
        checks_layout = QVBoxLayout(checks)
        checks_layout.setContentsMargins(0, 0, 0, 0)
        self.warnings = self._side_label(self.tr("People booked twice at once"), checks_layout, self.tr("Booked twice"))
        self.uncovered = self._side_label(self.tr("Classes that still need a substitute"), checks_layout,
                                          self.tr("Needs a substitute"))
        checks_layout.addStretch(1)
        panes.addWidget(self._pane(checks, self.tr("Warnings")), 1)
        subs = QWidget()
        subs_layout = QVBoxLayout(subs)
        subs_layout.setContentsMargins(0, 0, 0, 0)
        self.subs = self._side_label(self.tr("Substitutes this week"), subs_layout, self.tr("Substitutes this week"))
        subs_layout.addStretch(1)
        panes.addWidget(self._pane(subs, self.tr("Substitutes")), 1)
        outer.addLayout(panes, 2)
        self.show_week(self.monday)

    def today(self) -> date:
        return self.fixed_today or date.today()

    def _pane(self, inner: QWidget, accessible: str) -> QScrollArea:
        inner.setObjectName("pane")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setAccessibleName(accessible)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setStyleSheet("QScrollArea { background: #ffffff; border: 1px solid #d5dbe1; border-radius: 6px; }"
                             " QWidget#pane { background: #ffffff; }")
        inner.setContentsMargins(10, 6, 10, 6)
        return scroll

    def _side_label(self, title: str, layout: QVBoxLayout, accessible: str) -> QLabel:
        caption = QLabel(title)
        caption.setWordWrap(True)  # a narrow pane: the title wraps, never a sideways scroll
        caption.setStyleSheet("font-weight: 600; padding-top: 4px;")
        layout.addWidget(caption)
        label = QLabel()
        label.setWordWrap(True)
        label.setAccessibleName(accessible)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
        return label

    # Showing ----------------------------------------------------------------
    def show_week(self, monday: date) -> None:
        self.monday = monday
        self.week_label.setText(self.tr("Week of {day}").format(day=_short(monday, "ddd d MMM yyyy")))
        today = self.today()
        for i, label in enumerate(self.day_labels):
            day = monday + timedelta(days=i)
            is_today = day == today  # today marked in words and colour, not colour alone
            name = self.tr("Today") if is_today else _day_name(i)
            label.setText(f"{name} {_short(day, 'd MMM')}")
            label.setWordWrap(True)
            label.setStyleSheet("font-weight: 600;" + (" color: #ffffff; background: #1f6feb; padding: 2px 6px;"
                                                       " border-radius: 4px;" if is_today else ""))
        self.refresh()

    def refresh(self) -> None:
        person = self.repo.current_profile()
        me = person.id if person is not None else None
        until = self.monday + timedelta(days=7)
        candidates = self.repo.peer_visits(since=self.monday.isoformat(), until=until.isoformat())
        self.visits = [v for v in candidates if privacy.plan_visible_on_screen(v, privacy.PlanPart.LOGISTICS, me)]
        week = schedule.bookings(self.visits)
        conflicts = schedule.double_bookings(week)
        clashing = {c.first.visit_id for c in conflicts} | {c.second.visit_id for c in conflicts}
        for day_list in self.day_lists:
            day_list.clear()
        for visit in self.visits:
            index = visit.date.weekday()
            if index >= len(self.day_lists):
                continue
            item = QListWidgetItem(self._describe(visit, visit.id in clashing))
            item.setData(Qt.ItemDataRole.UserRole, visit.id)
            self.day_lists[index].addItem(item)
            if visit.id == self.selected:
                item.setSelected(True)
        chosen = next((v for v in self.visits if v.id == self.selected), None)
        self.cover.show_visit(chosen, week)
        self.warnings.setText("\n".join(self._conflict_line(c) for c in conflicts)
                              or self.tr("Nobody is booked twice."))
        missing = schedule.uncovered(self.visits)
        self.uncovered.setText("\n".join(
            self.tr("{day} {time}: {person}'s class").format(
                day=_short(u.visit.date, "ddd d MMM"), time=u.visit.start_time,
                person=self._name(u.visitor.visitor_id))
            for u in missing) or self.tr("Every class that needs cover has a substitute."))
        self.subs.setText(self._substitutes_week(week))

    def _school_name(self, school_id: str) -> str:
        try:
            return self.repo.school(school_id).name
        except StoreError:
            return self.tr("another school")

    def _describe(self, visit: PeerVisit, clash: bool) -> str:
        visitors = ", ".join(self._name(v) for v in visit.visitor_ids) or self.tr("no visitor yet")
        room = f" · {self.repo.room(visit.room_id).name}" if visit.room_id else ""
        schools = {v.school_id for v in self.visits}
        if len(schools) > 1 and visit.school_id:  # two schools this week: each visit says which
            room += f" · {self._school_name(visit.school_id)}"
        period = f" · {visit.period}" if visit.period else ""
        lines = [f"{visit.start_time}–{visit.end_time}{period}", f"{visitors} → {self._name(visit.host_id)}{room}"]
        needing = [v for v in visit.visitors if v.cover_needed]
        if any(not v.substitute_id for v in needing):
            lines.append(self.tr("⚠ Needs a substitute"))
        elif needing:
            lines.append(self.tr("Cover: {people}").format(people=", ".join(self._name(v.substitute_id or "")
                                                                           for v in needing)))
        if not visit.consented:
            lines.append(self.tr("Not agreed by the host yet"))
        if clash:
            lines.append(self.tr("⚠ Someone is booked twice"))
        return "\n".join(lines)

    def _conflict_line(self, conflict: schedule.Conflict) -> str:
        a, b = conflict.first, conflict.second
        return self.tr("⚠ {person} is booked twice on {day}: {first} ({first_role}) and {second} "
                       "({second_role})").format(
            person=self._name(conflict.person_id), day=_short(a.day, "ddd d MMM"),
            first=f"{a.start:%H:%M}–{a.end:%H:%M}", first_role=self._role(a.role),
            second=f"{b.start:%H:%M}–{b.end:%H:%M}", second_role=self._role(b.role))

    def _role(self, role: schedule.BookingRole) -> str:
        words = {"host": self.tr("host"), "visitor": self.tr("visitor"), "substitute": self.tr("substitute")}
        return words.get(role.value, role.value)

    def _substitutes_week(self, week: list[schedule.Booking]) -> str:
        lines = []
        for sub in self.repo.substitutes():
            mine = [b for b in week if b.person_id == sub.id and b.role is schedule.BookingRole.SUBSTITUTE]
            if not mine:
                lines.append(self.tr("{person}: free all week").format(person=sub.name))
                continue
            jobs = "; ".join(self.tr("{day} {time} {person}'s class").format(
                day=_short(b.day, "ddd"), time=f"{b.start:%H:%M}", person=self._name(b.covering_for or ""))
                for b in mine)
            lines.append(f"{sub.name}: {jobs}")
        return "\n".join(lines) or self.tr("No substitutes in the directory.")

    def _name(self, person_id: str) -> str:
        return self.repo.person(person_id).name if person_id else ""

    def _clicked(self, item: QListWidgetItem) -> None:
        self.select(str(item.data(Qt.ItemDataRole.UserRole)))

    def select(self, visit_id: str) -> None:
        self.selected = visit_id
        for day_list in self.day_lists:
            for row in range(day_list.count()):
                item = day_list.item(row)
                if item is not None:
                    item.setSelected(item.data(Qt.ItemDataRole.UserRole) == visit_id)
        chosen = next((v for v in self.visits if v.id == visit_id), None)
        self.cover.show_visit(chosen, schedule.bookings(self.visits))

    # Export -----------------------------------------------------------------
    def _choose_export_file(self) -> None:
        suggested = Path.home() / f"peer-visits-week-{self.monday.isoformat()}.ics"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the week as a calendar file"), str(suggested),
                                              self.tr("Calendar files (*.ics)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> bool:
        person = self.repo.current_profile()
        from walkthrough.reports.schedule_ics import schedule_ics  # icalendar loads only when used

        data = schedule_ics(self.repo, since=self.monday.isoformat(),
                            until=(self.monday + timedelta(days=7)).isoformat(),
                            viewer_id=person.id if person is not None else None)
        try:
            path.write_bytes(data)
        except OSError as exc:
            say(self.message, self.tr("Not exported: {why}.").format(why=core_text.text(exc)), "error")
            return False
        say(self.message, self.tr("Exported to {path}: calendar programs can import it.").format(path=path))
        return True
