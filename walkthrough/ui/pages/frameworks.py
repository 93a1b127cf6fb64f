"""Frameworks: the installed look-for frameworks, and one framework in full."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.frameworks import Framework, Mode
from walkthrough.core.permissions import Action
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.storage.framework_store import InstallResult
from walkthrough.ui import core_text
from walkthrough.ui.access import can, me, role_note, say_role
from walkthrough.ui.core_text import text
from walkthrough.ui.framework_text import shown
from walkthrough.ui.models.frameworks import FrameworkListModel, FrameworkTreeModel, describe_response
from walkthrough.ui.widgets.controls import plain_label
from walkthrough.ui.widgets.framework_actions import FrameworkActions
from walkthrough.ui.widgets.nudge_lists_panel import NudgeListsPanel
from walkthrough.ui.widgets.plural import plural


def _heading(text: str) -> QLabel:
    label = plain_label(text)
    label.setProperty("heading", True)
    return label


class WrappedRows(QStyledItemDelegate):
    """Rows as tall as their words wrapped at their column's width: Qt (with the style sheet's
    ``min-height``) measures one line, so a prompt of three lines showed two and "…"."""

    def __init__(self, view: QTreeView | QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        words = index.data()
        if not isinstance(words, str) or not words:
            return hint
        view = self.view
        if isinstance(view, QListView):
            width = view.viewport().width() - 2 * view.spacing() - 16  # the item's padding
        else:
            width = view.columnWidth(index.column()) - 16
            if index.column() == 0:
                depth, parent = 1 if view.rootIsDecorated() else 0, index.parent()
                while parent.isValid():
                    depth, parent = depth + 1, parent.parent()
                width -= depth * view.indentation()
        box = option.fontMetrics.boundingRect(QRect(0, 0, max(1, width), 100_000),
                                              int(Qt.TextFlag.TextWordWrap), words)
        return QSize(hint.width(), max(hint.height(), box.height() + 12))


def _message(parent: QWidget, title: str, text: str, *, warning: bool) -> QMessageBox:
    """A message box (open, not blocking) that shows framework text as typed, never as markup."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class FrameworksPage(QWidget):
    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.last_message: QMessageBox | None = None
        self.list_model = FrameworkListModel()
        self.tree_model = FrameworkTreeModel()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        top = QHBoxLayout()
        top.addWidget(_heading(self.tr("Frameworks")))
        top.addStretch(1)
        self.import_note = role_note(self.tr("Who imports frameworks"))
        top.addWidget(self.import_note)
        self.import_button = QPushButton(self.tr("Import a framework file…"))
        self.import_button.setAccessibleName(self.tr("Import a framework file"))
        self.import_button.clicked.connect(self._choose_file)
        top.addWidget(self.import_button)
        outer.addLayout(top)
        self.framework_actions = FrameworkActions(repo, lambda: self.current, self._after_edit)  # new, edit...
        outer.addWidget(self.framework_actions)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list_view = QListView()
        self.list_view.setAccessibleName(self.tr("Installed frameworks"))
        self.list_view.setModel(self.list_model)
        self.list_view.setSpacing(4)
        self.list_view.setWordWrap(True)
        self.list_view.setUniformItemSizes(False)
        self.list_view.setItemDelegate(WrappedRows(self.list_view))
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap the titles when the pane changes
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.selectionModel().selectionChanged.connect(self._selected)
        splitter.addWidget(self.list_view)

        detail = QWidget()
        d = QVBoxLayout(detail)
        d.setContentsMargins(12, 0, 0, 0)
        self.title = _heading("")
        self.title.setWordWrap(True)
        self.meta = plain_label()
        self.meta.setProperty("subtle", True)
        self.meta.setWordWrap(True)
        version_row = QHBoxLayout()
        version_row.addWidget(QLabel(self.tr("Version")))
        self.versions = QComboBox()
        self.versions.setAccessibleName(self.tr("Framework version"))
        self.versions.currentTextChanged.connect(self._version_chosen)
        version_row.addWidget(self.versions)
        version_row.addStretch(1)
        self.description = plain_label()
        self.description.setWordWrap(True)
        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Sections and look-fors"))
        self.tree.setModel(self.tree_model)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(WrappedRows(self.tree))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)  # a look-for's words wrap, never cut with "…"
        self.tree.header().sectionResized.connect(lambda *_: self.tree.scheduleDelayedItemsLayout())
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(1, 260)
        self.tree.setColumnWidth(2, 200)
        self.tree.selectionModel().currentChanged.connect(self._look_for_chosen)
        self.indicators = QTextBrowser()
        self.indicators.setAccessibleName(self.tr("Observable indicators of the chosen look-for"))
        self.indicators.setMaximumHeight(130)
        self.indicators.setPlaceholderText(self.tr("Choose a look-for to read its observable indicators."))
        for widget in (self.title, self.meta):
            d.addWidget(widget)
        d.addLayout(version_row)
        d.addWidget(self.description)
        look_fors = QSplitter(Qt.Orientation.Vertical)  # on a 768 px screen the tree keeps most of the height
        look_fors.setChildrenCollapsible(False)
        look_fors.addWidget(self.tree)
        look_fors.addWidget(self.indicators)
        look_fors.setStretchFactor(0, 2)
        look_fors.setStretchFactor(1, 1)
        d.addWidget(look_fors, 1)
        splitter.addWidget(detail)
        splitter.setSizes([300, 900])
        outer.addWidget(splitter, 1)
        self.nudge_lists = NudgeListsPanel()  # the wording-nudge lists: what is in use, what was left out
        outer.addWidget(self.nudge_lists)
        self.refresh()

    @property
    def current(self) -> Framework | None:
        rows = self.list_view.selectionModel().selectedRows()
        return self.list_model.framework(rows[0].row()) if rows else None

    def refresh(self) -> None:
        imports = can(self.repo, Action.EDIT_FRAMEWORK)
        self.import_button.setVisible(imports)
        say_role(self.import_note, "" if imports else self.tr("Frameworks are imported by administrators and coaches."))
        chosen = self.current.id if self.current else None
        frameworks = self.repo.frameworks()
        self.list_model.set_frameworks(frameworks)
        row = next((i for i, f in enumerate(frameworks) if f.id == chosen), 0)
        if frameworks:
            self.list_view.setCurrentIndex(self.list_model.index(row))

    def _after_edit(self, framework_id: str) -> None:
        self.refresh()
        self.select(framework_id)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The look-for keeps the widest column at any window width; response and tags share the rest.
        room = self.tree.viewport().width()
        self.tree.setColumnWidth(1, max(160, room * 32 // 100))
        self.tree.setColumnWidth(2, max(120, room * 20 // 100))

    def showEvent(self, event: object) -> None:  # the profile may have changed since
        self.framework_actions.update_enabled()
        super().showEvent(event)  # type: ignore[arg-type]

    def select(self, framework_id: str) -> None:
        for row in range(self.list_model.rowCount()):
            if self.list_model.framework(row).id == framework_id:
                self.list_view.setCurrentIndex(self.list_model.index(row))
                return

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        framework = self.current
        if framework is None:
            return
        self.versions.blockSignals(True)
        self.versions.clear()
        self.versions.addItems(self.repo.framework_versions(framework.id))
        self.versions.setCurrentText(framework.version)
        self.versions.blockSignals(False)
        self._show(framework)

    def _version_chosen(self, version: str) -> None:
        framework = self.current
        if framework is not None and version:
            self._show(self.repo.framework(framework.id, version))

    def _show(self, framework: Framework) -> None:
        framework = shown(framework)
        self.title.setText(framework.title)
        names = {Mode.BLAST: self.tr("blast walkthroughs"), Mode.PEER: self.tr("peer visits")}
        modes = self.tr(" and ").join(names[m] for m in framework.modes)
        parts = [self.tr("For {modes}").format(modes=modes)]
        if framework.target_minutes:
            parts.append(self.tr("about {minutes} minutes a visit").format(minutes=f"{framework.target_minutes:g}"))
        count = len(framework.look_fors)
        parts.append(plural(self.tr("%n look-for(s)", "", count), count))
        used = self.repo.observations_using(framework.id, framework.version)
        # In the users' words: what "frozen" means, and no file id (it is in the tooltip for whoever needs it).
        if used:
            parts.append(plural(self.tr("Used in %n visit(s), so this version stays as it is (editing makes a new "
                                        "version)", "", used), used))
        self.meta.setText(" · ".join(parts))
        self.meta.setToolTip(self.tr("File id: {id}, version {version}").format(id=framework.id,
                                                                               version=framework.version))
        self.description.setText(framework.description)
        self.tree_model.set_framework(framework)
        self.tree.expandAll()
        self.indicators.clear()

    def _look_for_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        look_for = self.tree_model.look_for_at(current)
        if look_for is None:
            self.indicators.clear()
            return
        # Framework text is escaped: a prompt with "<b>" in it shows those characters, not bold.
        parts = [f"<b>{html.escape(look_for.prompt)}</b>", f"<i>{html.escape(describe_response(look_for))}</i>"]
        if look_for.description:
            parts.append(html.escape(look_for.description))
        if look_for.allow_na and look_for.evidence_note:
            parts.append(self.tr("This look-for may be marked not applicable and takes a short evidence note."))
        elif look_for.allow_na:
            parts.append(self.tr("This look-for may be marked not applicable."))
        elif look_for.evidence_note:
            parts.append(self.tr("This look-for takes a short evidence note."))
        self.indicators.setHtml("<br>".join(parts))

    def _result(self, result: InstallResult | None) -> str:
        """What installing the file did, in the interface's language."""
        words = {InstallResult.INSTALLED: self.tr("installed"), InstallResult.UNCHANGED: self.tr("unchanged"),
                 InstallResult.UPDATED: self.tr("updated"),
                 InstallResult.KEPT_IMPORTED: self.tr("kept the imported version")}
        return words[result] if result is not None else ""

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a framework file"), "",
                                              self.tr("Framework files (*.toml)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """Install one framework file; say plainly what happened."""
        try:
            reports = self.repo.import_framework_files([path], by=me(self.repo))
        except StoreError as exc:
            self.last_message = _message(self, self.tr("Framework not imported"), f"{text(exc)}.", warning=True)
            return False
        problems = [core_text.text(p) for r in reports for p in r.problems]
        if problems:
            self.last_message = _message(self, self.tr("Framework not imported"), "\n".join(problems), warning=True)
            return False
        self.refresh()
        for report in reports:
            if report.framework is not None:
                self.select(report.framework.id)
                self.last_message = _message(
                    self,
                    self.tr("Framework imported"),
                    self.tr("{title}, version {version}: {result}.").format(
                        title=shown(report.framework).title, version=report.framework.version,
                        result=self._result(report.result)),
                    warning=False,
                )
        return True
