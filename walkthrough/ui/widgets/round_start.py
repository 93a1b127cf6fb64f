"""Starting a round: who is walking, the school, the framework, the route."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.frameworks import Framework, FrameworkError, Mode, TeacherLink
from walkthrough.core.model import Role
from walkthrough.core.permissions import Action
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.ui import core_text
from walkthrough.ui.access import can, role_note, say_role
from walkthrough.ui.framework_text import shown_title
from walkthrough.ui.widgets.controls import plain_label
from walkthrough.ui.widgets.role_names import role_name
from walkthrough.ui.widgets.route_editor import RouteEditor
from walkthrough.ui.widgets.segmented import Segmented

log = logging.getLogger("walkthrough.ui.rounds")
ALL_ROOMS = ""


def _combo(accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    combo.setMinimumHeight(48)
    return combo


class RoundStartPanel(QWidget):
    round_started = Signal(str)

    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.choices: list[tuple[str, str]] = []  # (framework id, title): parsed only when chosen
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.title = title = QLabel(self.tr("Start a round"))
        title.setProperty("heading", True)
        outer.addWidget(title)
        self.role_line = role_note(self.tr("Who walks blast rounds"))
        outer.addWidget(self.role_line)
        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(10)
        self.observer = _combo(self.tr("Who is walking"))
        self.pin = QLineEdit()
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMinimumHeight(48)
        self.observer_row = QWidget()
        who = QHBoxLayout(self.observer_row)
        who.setContentsMargins(0, 0, 0, 0)
        who.addWidget(self.observer, 1)
        who.addWidget(self.pin)
        self.observer.currentIndexChanged.connect(self._observer_chosen)
        self.school = _combo(self.tr("School"))
        self.school.currentIndexChanged.connect(self._school_chosen)
        self.framework = _combo(self.tr("Framework"))
        self.framework.currentIndexChanged.connect(self._framework_chosen)
        self.route = _combo(self.tr("Route"))
        self.route.currentIndexChanged.connect(self._route_chosen)
        route_row = QHBoxLayout()
        route_row.addWidget(self.route, 1)
        self.new_route = QPushButton(self.tr("New route"))
        self.new_route.setAccessibleName(self.tr("Make a new route"))
        self.new_route.setMinimumHeight(48)
        self.new_route.clicked.connect(self._new_route)
        route_row.addWidget(self.new_route)
        # The route's rooms are edited on demand, so "Start round" stays in view.
        self.edit_route = QPushButton(self.tr("Edit route"))
        self.edit_route.setAccessibleName(self.tr("Show or hide the chosen route's rooms to reorder them"))
        self.edit_route.setCheckable(True)
        self.edit_route.setMinimumHeight(48)
        self.edit_route.toggled.connect(lambda _on: self._show_editor())
        route_row.addWidget(self.edit_route)
        self.teacher = Segmented([("named", self.tr("Tie visits to the room's teacher"), "choice"),
                                  ("anonymous", self.tr("Anonymous visits"), "choice")], self.tr("Teacher"))
        self.teacher.chosen.connect(self._teacher_chosen)
        self._teacher_key = "named"
        self.teacher_note = QLabel()
        self.teacher_note.setProperty("subtle", True)
        self.observer_label = QLabel(self.tr("Who is walking"))
        form.addRow(self.observer_label, self.observer_row)
        form.addRow(self.tr("School"), self.school)
        form.addRow(self.tr("Framework"), self.framework)
        form.addRow(self.tr("Route"), route_row)
        form.addRow(self.tr("Teacher"), self.teacher)
        form.addRow("", self.teacher_note)
        outer.addWidget(self.form_box)
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        outer.addWidget(self.message)
        self.start = QPushButton(self.tr("Start round  →"))
        self.start.setAccessibleName(self.tr("Start round"))
        self.start.setProperty("primary", True)
        self.start.setMinimumHeight(56)
        self.start.clicked.connect(self.start_round)
        outer.addWidget(self.start)
        self.routes = RouteEditor(repo)
        self.routes.changed.connect(self._route_edited)
        outer.addWidget(self.routes)
        outer.addStretch(1)

    def refresh(self) -> None:
        profile = self.repo.current_profile()
        walks = profile is None or can(self.repo, Action.START_ROUND)
        say_role(self.role_line, "" if walks else
                 self.tr("Blast rounds are walked by administrators and coaches, who also review today's visits. Your "
                 "visits with colleagues are under Peer visits."))
        self.form_box.setVisible(walks)
        self.title.setText(self.tr("Start a round") if walks else self.tr("Blast walkthroughs"))
        self.observer.blockSignals(True)
        self.observer.clear()
        if profile is None:
            for role in (Role.ADMINISTRATOR, Role.COACH):
                for person in self.repo.people(role=role):
                    said = role_name(role, in_sentence=True)
                    self.observer.addItem(self.tr("{name} ({value})").format(name=person.name, value=said), person.id)
        self.observer.blockSignals(False)
        self.observer_row.setVisible(profile is None)
        self.observer_label.setText(self.tr("Who is walking") if profile is None else "")
        self.observer_label.setVisible(profile is None)
        self._observer_chosen()
        chosen_school = self.school.currentData()
        self.school.blockSignals(True)
        self.school.clear()
        for school in self.repo.schools():
            self.school.addItem(school.name, school.id)
        index = self.school.findData(chosen_school) if chosen_school else -1
        if index < 0 and profile is not None and profile.school_id:
            index = self.school.findData(profile.school_id)
        self.school.setCurrentIndex(max(index, 0))
        self.school.blockSignals(False)
        self.choices = sorted(((fid, shown_title(fid, title)) for fid, title in self.repo.framework_titles(Mode.BLAST)),
                              key=lambda pair: pair[1].lower())
        self.framework.blockSignals(True)
        chosen_framework = self.framework.currentData()
        if chosen_framework is None:  # Settings: the default framework for walkthroughs
            from walkthrough.ui.settings import AppSettings

            chosen_framework = AppSettings().default_framework(Mode.BLAST) or None
        self.framework.clear()
        for framework_id, title in self.choices:
            self.framework.addItem(shown_title(framework_id, title), framework_id)
        self.framework.setCurrentIndex(max(0, self.framework.findData(chosen_framework)))
        self.framework.blockSignals(False)
        self._school_chosen()
        self._framework_chosen()

    def _observer_chosen(self) -> None:
        person_id = self.observer.currentData()
        self.pin.setVisible(bool(person_id) and self.repo.has_pin(str(person_id)))

    def _school_chosen(self) -> None:
        school_id = self.school.currentData()
        self.route.blockSignals(True)
        self.route.clear()
        self.route.addItem(self.tr("All rooms, by name"), ALL_ROOMS)
        if school_id:
            for route in self.repo.routes(school_id):
                self.route.addItem(self.tr("{name} ({n} rooms)").format(name=route.name, n=len(route.room_ids)),
                        route.id)
            last = self.repo.last_route(school_id)
            if last is not None:
                self.route.setCurrentIndex(max(0, self.route.findData(last.id)))
        self.route.blockSignals(False)
        self._route_chosen()
        rooms = bool(school_id) and bool(self.repo.rooms(str(school_id)))
        profile = self.repo.current_profile()
        walks = profile is None or can(self.repo, Action.START_ROUND)
        self.start.setEnabled(rooms and bool(self.choices) and walks)
        self.start.setVisible(walks)
        self.new_route.setEnabled(profile is not None and can(self.repo, Action.EDIT_ROUTE))
        self.new_route.setToolTip("" if self.new_route.isEnabled() else
                self.tr("Routes are saved by administrators and "
                                  "coaches, once signed in."))
        if not school_id:
            self.message.setText(self.tr("No school yet: add your school, its rooms and teachers in School directory."))
        elif not rooms:
            self.message.setText(self.tr("This school has no rooms yet: add them in School directory."))
        elif self.repo.current_profile() is None and self.observer.count() == 0:
            self.message.setText(self.tr("Nobody can walk yet: add an administrator or coach in School directory."))
        else:
            self.message.clear()

    def _route_chosen(self) -> None:
        route_id = self.route.currentData()
        school_id = self.school.currentData()
        self._show_editor()
        self.routes.edit(str(school_id or ""), self.repo.route(route_id) if route_id else None)

    def _new_route(self) -> None:
        school_id = self.school.currentData()
        if school_id:
            self.edit_route.setChecked(True)
            self.routes.new_route(str(school_id))

    def _route_edited(self, route_id: str) -> None:
        school_id = self.school.currentData()
        if not school_id:
            return
        self.route.blockSignals(True)
        self.route.clear()
        self.route.addItem(self.tr("All rooms, by name"), ALL_ROOMS)
        for route in self.repo.routes(school_id):
            self.route.addItem(self.tr("{name} ({n} rooms)").format(name=route.name, n=len(route.room_ids)), route.id)
        self.route.setCurrentIndex(max(0, self.route.findData(route_id)))
        self.route.blockSignals(False)
        self._show_editor()

    def _show_editor(self) -> None:
        chosen = bool(self.route.currentData()) and self.form_box.isVisibleTo(self)
        self.edit_route.setVisible(chosen)
        self.routes.setVisible(chosen and self.edit_route.isChecked())

    def _framework_chosen(self) -> None:
        framework = self.chosen_framework()
        link = framework.teacher if framework else TeacherLink.OPTIONAL
        self.teacher.setEnabled(link is TeacherLink.OPTIONAL)
        if link is not TeacherLink.OPTIONAL:
            self.teacher.display(link.value)
        else:
            self.teacher.display(self._teacher_key)
        self.teacher_note.setText({
            TeacherLink.NAMED: self.tr("This framework always ties a visit to the room's teacher."),
            TeacherLink.ANONYMOUS: self.tr("This framework never ties a visit to a teacher."),
            TeacherLink.OPTIONAL: self.tr("Your choice for this round."),
        }[link])

    def _teacher_chosen(self, key: str | None) -> None:
        if key:
            self._teacher_key = key
            self.teacher.display(key)

    def chosen_framework(self) -> Framework | None:
        index = self.framework.currentIndex()
        if not 0 <= index < len(self.choices):
            return None
        try:
            return self.repo.framework(self.choices[index][0])
        except FrameworkError as exc:  # stored by another version of the app and no longer readable
            self.message.setText(self.tr("This framework cannot be read by this version of the app: {exc}").format(
                    exc=core_text.text(exc)))
            return None

    def start_round(self) -> None:
        framework = self.chosen_framework()
        school_id = self.school.currentData()
        if framework is None or not school_id:
            self.message.setText(self.tr("Choose a school and a framework first."))
            return
        profile = self.repo.current_profile()
        try:
            if profile is None:
                person_id = self.observer.currentData()
                if not person_id:
                    self.message.setText(self.tr("Choose who is walking first (an administrator or coach)."))
                    return
                profile = self.repo.switch_profile(str(person_id), self.pin.text() or None)
            route_id = self.route.currentData() or None
            started = self.repo.start_round(
                str(school_id), framework, by=profile.id if profile else None, route_id=route_id,
                with_teacher=self._teacher_key == "named",
            )
        except StoreError as exc:
            self.message.setText(core_text.text(exc))
            return
        self.message.clear()
        self.pin.clear()
        log.info("round started", extra={"event": {"event": "round_started", "round_id": started.id}})
        self.round_started.emit(started.id)

    def focus_start(self) -> None:
        self.start.setFocus(Qt.FocusReason.OtherFocusReason)
