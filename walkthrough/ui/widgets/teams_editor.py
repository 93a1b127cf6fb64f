"""A school's PLC teams in the directory: make, rename and delete a team, and tick its members.

Each tap is committed at once (a member ticked is in the team when the tick shows); a refusal
(a locked database, a name already used, a role that may not) puts the tick back and says why.
Administrators and coaches change teams; everyone else reads them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.model import PlcTeam, Role
from walkthrough.core.permissions import Action
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.ui import core_text
from walkthrough.ui.access import can, me, why_not
from walkthrough.ui.style import TOUCH_TARGET_PX
from walkthrough.ui.widgets.controls import line_edit, touch_button


class TeamsEditor(QWidget):
    changed = Signal()  # a team or its members changed
    message = Signal(str)

    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.school_id: str | None = None
        self._teams: list[PlcTeam] = []
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("PLC teams"))
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        col.addWidget(heading)
        self.note = QLabel()
        self.note.setProperty("subtle", True)
        self.note.setWordWrap(True)
        col.addWidget(self.note)
        row = QHBoxLayout()
        self.team_list = QListWidget()
        self.team_list.setAccessibleName(self.tr("PLC teams of the school"))
        self.team_list.currentRowChanged.connect(lambda _r: self._show_members())
        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("Members of the chosen team"))
        self.members.itemChanged.connect(self._member_ticked)
        row.addWidget(self.team_list, 1)
        row.addWidget(self.members, 1)
        col.addLayout(row, 1)
        actions = QHBoxLayout()
        self.name = line_edit(self.tr("Team name"), self.tr("e.g. Grade 3 team"))
        self.name.returnPressed.connect(self._add)
        self.add_button = touch_button(self.tr("Add team"), self.tr("Add a PLC team with this name"))
        self.add_button.clicked.connect(self._add)
        self.rename_button = touch_button(self.tr("Rename"), self.tr("Rename the chosen team to this name"))
        self.rename_button.clicked.connect(self._rename)
        self.delete_button = touch_button(self.tr("Delete team…"), self.tr("Delete the chosen team"), danger=True)
        self.delete_button.clicked.connect(self._delete)
        self.name.setMinimumHeight(TOUCH_TARGET_PX)
        col.addWidget(self.name)
        for widget in (self.add_button, self.rename_button, self.delete_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        col.addLayout(actions)

    @property
    def editable(self) -> bool:
        return can(self.repo, Action.MANAGE_TEAMS)

    @property
    def chosen(self) -> PlcTeam | None:
        row = self.team_list.currentRow()
        return self._teams[row] if 0 <= row < len(self._teams) else None

    def set_school(self, school_id: str | None) -> None:
        self.school_id = school_id
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        chosen = select or (self.chosen.id if self.chosen else None)
        self._teams = self.repo.teams(self.school_id) if self.school_id else []
        self.team_list.blockSignals(True)
        self.team_list.clear()
        for team in self._teams:
            self.team_list.addItem(self._label(team))
        index = next((i for i, t in enumerate(self._teams) if t.id == chosen), 0 if self._teams else -1)
        self.team_list.setCurrentRow(index)
        self.team_list.blockSignals(False)
        editable = self.editable
        for widget in (self.name, self.add_button, self.rename_button, self.delete_button):
            widget.setVisible(editable)
        self.add_button.setEnabled(self.school_id is not None)
        has_team = self.chosen is not None
        self.rename_button.setEnabled(has_team)
        self.delete_button.setEnabled(has_team)
        if not editable:
            self.note.setText(why_not(Action.MANAGE_TEAMS))
        elif not self._teams:
            self.note.setText(self.tr("A PLC team is a grade-level or course team: name it, then tick its "
                                      "teachers. Reports and the dashboard can be filtered to a team."))
        else:
            self.note.setText(self.tr("Tick the teachers of the chosen team; each tick is saved at once."))
        self._show_members()

    def _label(self, team: PlcTeam) -> str:
        count = len(self.repo.team_members(team.id))
        return self.tr("%1 (%2)").replace("%1", team.name).replace("%2", str(count))

    def _show_members(self) -> None:
        team = self.chosen
        self.members.blockSignals(True)
        self.members.clear()
        if team is not None:
            members = set(self.repo.team_members(team.id))
            for person in self.repo.people(role=Role.TEACHER, school_id=self.school_id):
                item = QListWidgetItem(person.name)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                flags = Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.ItemIsUserCheckable if self.editable
                                                     else Qt.ItemFlag.NoItemFlags)
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if person.id in members else Qt.CheckState.Unchecked)
                self.members.addItem(item)
        self.members.blockSignals(False)

    def _member_ticked(self, item: QListWidgetItem) -> None:
        team = self.chosen
        if team is None:
            return
        person_id = str(item.data(Qt.ItemDataRole.UserRole))
        adding = item.checkState() == Qt.CheckState.Checked
        try:
            if adding:
                self.repo.add_team_member(team.id, person_id, by=me(self.repo))
            else:
                self.repo.remove_team_member(team.id, person_id, by=me(self.repo))
        except StoreError as exc:
            self.members.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked if adding else Qt.CheckState.Checked)
            self.members.blockSignals(False)
            self.message.emit(self.tr("Not saved: %1.").replace("%1", core_text.text(exc)))
            return
        done = self.tr("%1 is in %2.") if adding else self.tr("%1 left %2.")
        self.message.emit(done.replace("%1", item.text()).replace("%2", team.name))
        shown = self.team_list.currentItem()
        if shown is not None:  # the count beside the name; the ticks stay as they are
            shown.setText(self._label(team))
        self.changed.emit()

    def _add(self) -> None:
        if self.school_id is None:
            return
        try:
            team = self.repo.create_team(self.school_id, self.name.text(), by=me(self.repo))
        except StoreError as exc:
            self.message.emit(self.tr("The team was not added: %1.").replace("%1", core_text.text(exc)))
            return
        self.name.clear()
        self.refresh(select=team.id)
        self.message.emit(self.tr("Added the PLC team %1. Tick its teachers.").replace("%1", team.name))
        self.changed.emit()

    def _rename(self) -> None:
        team = self.chosen
        if team is None:
            return
        try:
            renamed = self.repo.rename_team(team.id, self.name.text(), by=me(self.repo))
        except StoreError as exc:
            self.message.emit(self.tr("Not renamed: %1.").replace("%1", core_text.text(exc)))
            return
        self.name.clear()
        self.refresh(select=renamed.id)
        self.message.emit(self.tr("Renamed to %1.").replace("%1", renamed.name))
        self.changed.emit()

    def _delete(self) -> None:
        team = self.chosen
        if team is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete this team?"),
            self.tr("Delete the PLC team %1? Its teachers and their visits stay.").replace("%1", team.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.repo.delete_team(team.id, by=me(self.repo))
        except StoreError as exc:
            self.message.emit(self.tr("Not deleted: %1.").replace("%1", core_text.text(exc)))
            return
        self.refresh()
        self.message.emit(self.tr("Deleted the PLC team %1.").replace("%1", team.name))
        self.changed.emit()
