"""Qt item models over core frameworks: a list of frameworks, and one
framework's sections and look-fors as a tree."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from walkthrough.core.frameworks import Framework, LookFor, ResponseType

Index = QModelIndex | QPersistentModelIndex

RESPONSE_NAMES = {
    ResponseType.PRESENCE: "Presence (observed / not observed / N/A)",
    ResponseType.FREQUENCY: "Frequency (none … all students)",
    ResponseType.RATING: "Rating",
    ResponseType.CHOICE: "Choice (one of)",
    ResponseType.MULTI_CHOICE: "Multiple choice (any of)",
    ResponseType.TALLY: "Tally (counter)",
    ResponseType.SNAPSHOT: "Snapshot",
    ResponseType.TEXT: "Text (evidence notes)",
}

FRAMEWORK_ROLE = Qt.ItemDataRole.UserRole + 1


def describe_response(look_for: LookFor) -> str:
    """The response type in words, with its levels or options."""
    name = RESPONSE_NAMES[look_for.response]
    if look_for.response is ResponseType.RATING:
        return f"Rating: {' / '.join(lv.label for lv in look_for.levels)}"
    if look_for.response in (ResponseType.CHOICE, ResponseType.MULTI_CHOICE, ResponseType.FREQUENCY):
        return f"{name.split(' (')[0]}: {' / '.join(o.label for o in look_for.options)}"
    if look_for.response is ResponseType.SNAPSHOT:
        at = ", ".join(str(m) for m in look_for.minutes)
        what = " / ".join(o.label for o in look_for.options) if look_for.options else "a count"
        return f"Snapshot at minute {at}: {what}"
    return name


class FrameworkListModel(QAbstractListModel):
    def __init__(self, frameworks: Sequence[Framework] = ()) -> None:
        super().__init__()
        self._frameworks = list(frameworks)

    def set_frameworks(self, frameworks: Sequence[Framework]) -> None:
        self.beginResetModel()
        self._frameworks = list(frameworks)
        self.endResetModel()

    def framework(self, row: int) -> Framework:
        return self._frameworks[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._frameworks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._frameworks):
            return None
        fw = self._frameworks[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            modes = " and ".join(m.value for m in fw.modes)
            return f"{fw.title}\nversion {fw.version} · {modes} · {len(fw.look_fors)} look-fors"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{fw.title} — version {fw.version} — {', '.join(m.value for m in fw.modes)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{fw.title}, version {fw.version}"
        if role == FRAMEWORK_ROLE:
            return fw.id
        return None


class FrameworkTreeModel(QAbstractItemModel):
    """Sections at the top level, their look-fors beneath."""

    HEADERS = ("Look-for", "Response", "Tags")

    def __init__(self, framework: Framework | None = None) -> None:
        super().__init__()
        self._framework = framework

    def set_framework(self, framework: Framework | None) -> None:
        self.beginResetModel()
        self._framework = framework
        self.endResetModel()

    def look_for_at(self, index: Index) -> LookFor | None:
        if not index.isValid() or self._framework is None:
            return None
        parent = index.internalId()
        if parent == 0:
            return None
        return self._framework.sections[parent - 1].look_fors[index.row()]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if self._framework is None or not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        # internalId holds the 1-based section number for look-for rows.
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        section = index.internalId()
        if section == 0:
            return QModelIndex()
        return self.createIndex(section - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if self._framework is None:
            return 0
        if not parent.isValid():
            return len(self._framework.sections)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._framework.sections[parent.row()].look_fors)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._framework is None:
            return None
        if index.internalId() == 0:
            section = self._framework.sections[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return section.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return section.description or None
            return None
        look_for = self.look_for_at(index)
        assert look_for is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return look_for.prompt
            if index.column() == 1:
                return describe_response(look_for)
            return ", ".join(look_for.tags)
        if role == Qt.ItemDataRole.ToolTipRole:
            return look_for.description or look_for.prompt
        return None
