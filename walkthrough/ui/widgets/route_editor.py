"""Editing a saved route: a school's rooms in walking order.

Every change (add, remove, move, rename) is committed as it is made; there
is no Save button. A rename is saved after a pause in typing (written ahead
at once) or on leaving the field; the line under the editor says plainly
what the database has not taken yet, or why a change was not made.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from walkthrough.core.permissions import Action
from walkthrough.core.rounds import Route, moved
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.storage.pending_edits import PendingEdit
from walkthrough.ui import core_text
from walkthrough.ui.access import can, me
from walkthrough.ui.pending import pending_writes
from walkthrough.ui.widgets.autosave import SaveStatus, line_autosave
from walkthrough.ui.widgets.controls import touch_button


def route_name_edit(route_id: str, by: str | None) -> Callable[[str], PendingEdit]:
    return lambda text: PendingEdit(f"route/{route_id}/name", "update_route", (route_id,), {"name": text, "by": by},
                                    "Route name", text)


class RouteEditor(QWidget):
    changed = Signal(str)  # the route id (empty when deleted)

    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.route: Route | None = None
        self.school_id = ""
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Route name"))
        self.name.setMinimumHeight(48)
        self.status = SaveStatus(self.tr("The route: saved or not"))
        self.name_saver = line_autosave(self.name, pending_writes(repo), self.status, "Route name")
        self.name_saver.saved.connect(self._renamed)
        self.rooms = QListWidget()
        self.rooms.setAccessibleName(self.tr("Rooms on the route, in walking order"))
        self.rooms.setMinimumHeight(200)
        self.up = touch_button(self.tr("↑ Earlier"), self.tr("Move the room earlier"))
        self.down = touch_button(self.tr("↓ Later"), self.tr("Move the room later"))
        self.remove = touch_button(self.tr("Remove"), self.tr("Remove the room from the route"))
        self.add_choice = QComboBox()
        self.add_choice.setAccessibleName(self.tr("Room to add"))
        self.add = touch_button(self.tr("Add room"), self.tr("Add the room to the end of the route"))
        self.delete = touch_button(self.tr("Delete route"), self.tr("Delete this route"))
        self.delete.setProperty("danger", True)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.remove.clicked.connect(self._remove)
        self.add.clicked.connect(self._add)
        self.delete.clicked.connect(self._delete)
        grid.addWidget(QLabel(self.tr("Route name")), 0, 0)
        grid.addWidget(self.name, 0, 1, 1, 2)
        grid.addWidget(self.delete, 0, 3)
        grid.addWidget(self.rooms, 1, 0, 4, 3)
        grid.addWidget(self.up, 1, 3)
        grid.addWidget(self.down, 2, 3)
        grid.addWidget(self.remove, 3, 3)
        grid.addWidget(self.add_choice, 5, 0, 1, 3)
        grid.addWidget(self.add, 5, 3)
        grid.addWidget(self.status, 6, 0, 1, 4)

    def edit(self, school_id: str, route: Route | None) -> None:
        self.school_id = school_id
        self.route = route
        self._show()

    def new_route(self, school_id: str) -> Route:
        count = len(self.repo.routes(school_id))
        name = self.tr("Route {number}").format(number=count + 1)
        route = self.repo.add_route(school_id, name, [r.id for r in self.repo.rooms(school_id)],
                                    by=me(self.repo))
        self.edit(school_id, route)
        self.changed.emit(route.id)
        return route

    def _show(self) -> None:
        enabled = self.route is not None and can(self.repo, Action.EDIT_ROUTE)
        for widget in (self.name, self.rooms, self.up, self.down, self.remove, self.add_choice, self.add, self.delete):
            widget.setEnabled(enabled)
        self.rooms.clear()
        self.add_choice.clear()
        if self.route is None:
            self.name_saver.unbind()
            return
        self.name_saver.bind(f"route/{self.route.id}/name", self.route.name,
                             route_name_edit(self.route.id, me(self.repo)))
        names = {r.id: r.name for r in self.repo.rooms(self.school_id)}
        for room_id in self.route.room_ids:
            if room_id in names:
                item = QListWidgetItem(names[room_id])
                item.setData(Qt.ItemDataRole.UserRole, room_id)
                item.setSizeHint(item.sizeHint().expandedTo(self.rooms.sizeHint().boundedTo(item.sizeHint())))
                self.rooms.addItem(item)
        for room_id, name in names.items():
            if room_id not in self.route.room_ids:
                self.add_choice.addItem(name, room_id)

    def _ids(self) -> list[str]:
        return [str(self.rooms.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.rooms.count())]

    def _save(self, ids: list[str], select: int) -> None:
        if self.route is None:
            return
        try:
            self.route = self.repo.update_route(self.route.id, room_ids=ids, by=me(self.repo))
        except StoreError as exc:
            self.status.refused("Rooms", self.tr("{why}; the route is as shown").format(why=core_text.text(exc)))
            return
        self.status.drop("Rooms")
        self._show()
        if 0 <= select < self.rooms.count():
            self.rooms.setCurrentRow(select)
        self.changed.emit(self.route.id)

    def _move(self, delta: int) -> None:
        row = self.rooms.currentRow()
        if row >= 0:
            self._save(moved(self._ids(), row, delta), max(0, min(self.rooms.count() - 1, row + delta)))

    def _remove(self) -> None:
        row = self.rooms.currentRow()
        if row >= 0:
            ids = self._ids()
            del ids[row]
            self._save(ids, min(row, len(ids) - 1))

    def _add(self) -> None:
        room_id = self.add_choice.currentData()
        if room_id:
            ids = [*self._ids(), str(room_id)]
            self._save(ids, len(ids) - 1)

    def flush(self) -> None:
        """Commit what is typed in the route's name."""
        self.name_saver.commit()

    def _renamed(self, route: object) -> None:
        if isinstance(route, Route) and self.route is not None and route.id == self.route.id:
            self.route = route
            self.changed.emit(route.id)

    def _delete(self) -> None:
        if self.route is not None:
            try:
                self.repo.delete_route(self.route.id, by=me(self.repo))
            except StoreError as exc:
                self.status.refused("Route", self.tr("{why}; it was not deleted").format(why=core_text.text(exc)))
                return
            self.route = None
            self._show()
            self.changed.emit("")
