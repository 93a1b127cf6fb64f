"""Table models for blast walkthroughs: today's visits, and a round's summary."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from walkthrough.core.rounds import RoundSummary, StopLine, StopStatus, clock, seconds_between
from walkthrough.storage.round_store import VisitLine

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def local_time(iso: str | None) -> str:
    if not iso:
        return ""
    return datetime.fromisoformat(iso).astimezone().strftime("%H:%M")


class VisitsModel(QAbstractTableModel):
    """Visits for review: time, room, teacher, length, marks, state."""

    HEADERS = (QT_TRANSLATE_NOOP("VisitsModel", "Time"), QT_TRANSLATE_NOOP("VisitsModel", "Room"),
               QT_TRANSLATE_NOOP("VisitsModel", "Teacher"), QT_TRANSLATE_NOOP("VisitsModel", "Length"),
               QT_TRANSLATE_NOOP("VisitsModel", "Marked"), QT_TRANSLATE_NOOP("VisitsModel", "State"))

    def __init__(self, visits: Sequence[VisitLine] = ()) -> None:
        super().__init__()
        self._visits = list(visits)

    def set_visits(self, visits: Sequence[VisitLine]) -> None:
        self.beginResetModel()
        self._visits = list(visits)
        self.endResetModel()

    def visit(self, row: int) -> VisitLine:
        return self._visits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._visits):
            return None
        v = self._visits[index.row()]
        if role == ID_ROLE:
            return v.observation_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                local_time(v.started_at), v.room_name, v.teacher_name or self.tr("Anonymous"),
                clock(seconds_between(v.started_at, v.ended_at)) if v.ended_at else self.tr("in progress"),
                str(v.marked), self.tr("Complete") if v.complete else self.tr("In progress"),
            )[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("VisitsModel", str(self.HEADERS[section]))
        return None


STATUS_WORDS = {StopStatus.VISITED: QT_TRANSLATE_NOOP("RoundSummaryModel", "Visited"),
                StopStatus.SKIPPED: QT_TRANSLATE_NOOP("RoundSummaryModel", "Skipped"),
                StopStatus.PENDING: QT_TRANSLATE_NOOP("RoundSummaryModel", "Not reached"),
                StopStatus.VISITING: QT_TRANSLATE_NOOP("RoundSummaryModel", "In progress")}


class RoundSummaryModel(QAbstractTableModel):
    """A round, room by room in walking order: what happened and the time in each."""

    HEADERS = ("#", QT_TRANSLATE_NOOP("RoundSummaryModel", "Room"), QT_TRANSLATE_NOOP("RoundSummaryModel", "Teacher"),
               QT_TRANSLATE_NOOP("RoundSummaryModel", "Visit"), QT_TRANSLATE_NOOP("RoundSummaryModel", "Time in room"),
               QT_TRANSLATE_NOOP("RoundSummaryModel", "Marked"))

    def __init__(self, summary: RoundSummary | None = None) -> None:
        super().__init__()
        self._lines: list[StopLine] = list(summary.lines) if summary else []

    def set_summary(self, summary: RoundSummary) -> None:
        self.beginResetModel()
        self._lines = list(summary.lines)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            visited = line.status is StopStatus.VISITED
            return (
                str(line.position + 1), line.room_name, line.teacher_name,
                self.tr("Deleted") if line.deleted else QCoreApplication.translate("RoundSummaryModel",
                                                                                   str(STATUS_WORDS[line.status])),
                clock(line.seconds) if visited else "", str(line.marked) if visited else "",
            )[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("RoundSummaryModel", str(self.HEADERS[section]))
        return None
