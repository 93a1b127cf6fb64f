"""Qt item models over core frameworks: a list of frameworks, and one
framework's sections and look-fors as a tree."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from walkthrough.core.frameworks import Framework, LookFor, Mode, ResponseType
from walkthrough.ui.framework_text import shown
from walkthrough.ui.widgets.plural import plural

Index = QModelIndex | QPersistentModelIndex

CONTEXT = "FrameworkModels"

# Each response type in words: its longer name says what a person answers.
RESPONSE_NAMES = {
    ResponseType.PRESENCE: QT_TRANSLATE_NOOP("FrameworkModels", "Presence (observed / not observed / N/A)"),
    ResponseType.FREQUENCY: QT_TRANSLATE_NOOP("FrameworkModels", "Frequency (none … all students)"),
    ResponseType.RATING: QT_TRANSLATE_NOOP("FrameworkModels", "Rating"),
    ResponseType.CHOICE: QT_TRANSLATE_NOOP("FrameworkModels", "Choice (one of)"),
    ResponseType.MULTI_CHOICE: QT_TRANSLATE_NOOP("FrameworkModels", "Multiple choice (any of)"),
    ResponseType.TALLY: QT_TRANSLATE_NOOP("FrameworkModels", "Tally (counter)"),
    ResponseType.SNAPSHOT: QT_TRANSLATE_NOOP("FrameworkModels", "Snapshot"),
    ResponseType.TEXT: QT_TRANSLATE_NOOP("FrameworkModels", "Text (evidence notes)"),
}
SHORT_NAMES = {
    ResponseType.FREQUENCY: QT_TRANSLATE_NOOP("FrameworkModels", "Frequency"),
    ResponseType.CHOICE: QT_TRANSLATE_NOOP("FrameworkModels", "Choice"),
    ResponseType.MULTI_CHOICE: QT_TRANSLATE_NOOP("FrameworkModels", "Multiple choice"),
}
MODE_NAMES = {
    Mode.BLAST: QT_TRANSLATE_NOOP("FrameworkModels", "blast"),
    Mode.PEER: QT_TRANSLATE_NOOP("FrameworkModels", "peer"),
}

FRAMEWORK_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def mode_names(framework: Framework) -> list[str]:
    """The framework's modes, each in one word ("blast", "peer") of the interface's language."""
    return [_tr(str(MODE_NAMES[m])) for m in framework.modes]


def describe_response(look_for: LookFor) -> str:
    """The response type in words, with its levels or options."""
    translate = QCoreApplication.translate
    response = look_for.response
    if response is ResponseType.RATING:
        levels = " / ".join(lv.label for lv in look_for.levels)
        return translate("FrameworkModels", "Rating: {levels}").format(levels=levels)
    if response in SHORT_NAMES:
        options = " / ".join(o.label for o in look_for.options)
        return translate("FrameworkModels", "{kind}: {options}").format(kind=_tr(str(SHORT_NAMES[response])),
                                                                      options=options)
    if response is ResponseType.SNAPSHOT:
        at = ", ".join(str(m) for m in look_for.minutes)
        count = translate("FrameworkModels", "a count")
        what = " / ".join(o.label for o in look_for.options) if look_for.options else count
        return translate("FrameworkModels", "Snapshot at minute {minutes}: {what}").format(minutes=at, what=what)
    return _tr(str(RESPONSE_NAMES[response]))


class FrameworkListModel(QAbstractListModel):
    def __init__(self, frameworks: Sequence[Framework] = ()) -> None:
        super().__init__()
        self._frameworks = list(frameworks)
        self._titles = [shown(f).title for f in self._frameworks]

    def set_frameworks(self, frameworks: Sequence[Framework]) -> None:
        self.beginResetModel()
        self._frameworks = list(frameworks)
        self._titles = [shown(f).title for f in self._frameworks]  # the title in the interface's language
        self.endResetModel()

    def framework(self, row: int) -> Framework:
        return self._frameworks[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._frameworks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._frameworks):
            return None
        fw, title = self._frameworks[index.row()], self._titles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            n = len(fw.look_fors)
            count = plural(self.tr("%n look-for(s)", "", n), n)
            return self.tr("{title}\nversion {version} · {modes} · {count}").format(
                title=title, version=fw.version, modes=self.tr(" and ").join(mode_names(fw)), count=count)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{title} — version {version} — {modes}").format(
                title=title, version=fw.version, modes=", ".join(mode_names(fw)))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{title}, version {version}").format(title=title, version=fw.version)
        if role == FRAMEWORK_ROLE:
            return fw.id
        return None


class FrameworkTreeModel(QAbstractItemModel):
    """Sections at the top level, their look-fors beneath."""

    HEADERS = (QT_TRANSLATE_NOOP("FrameworkModels", "Look-for"), QT_TRANSLATE_NOOP("FrameworkModels", "Response"),
               QT_TRANSLATE_NOOP("FrameworkModels", "Tags"))

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
            return _tr(str(self.HEADERS[section]))
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
