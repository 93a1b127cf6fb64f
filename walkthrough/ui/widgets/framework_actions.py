"""The Frameworks page's actions: new, duplicate, edit (a draft), export, spreadsheet and XLSForm import
with a preview of every problem, and the version history with what changed between two versions.

Only administrators and coaches see them enabled; the store refuses anyone else anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core import permissions
from walkthrough.core.framework_check_items import slug
from walkthrough.core.framework_diff import diff
from walkthrough.core.frameworks import Framework
from walkthrough.core.permissions import Action
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.ui import core_text
from walkthrough.ui.widgets.flow_layout import FlowLayout


class ImportPreview(QDialog):
    """Every problem of a spreadsheet or an XLSForm, by row and column, before anything is saved."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from walkthrough.core.sheet_import import read_sheet
        from walkthrough.core.xlsform_import import is_xlsform, read_xlsform

        self.setWindowTitle(QCoreApplication.translate("FrameworkActions", "Import — {name}").format(name=path.name))
        self.resize(900, 520)
        outer = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Problems and what could not be carried over"))
        lines: list[str]
        if path.suffix.lower() in (".xlsx", ".xlsm") and is_xlsform(path):
            result = read_xlsform(path)
            self.document, usable = result.document, result.usable
            lines = result.problems + [QCoreApplication.translate("FrameworkActions",
                    "not carried over: ") + x for x in result.not_carried]
        else:
            sheet = read_sheet(path)
            self.document, usable = sheet.document, sheet.usable
            lines = [str(p) for p in sheet.problems]
        count = sum(len(s.get("look_fors", [])) for s in self.document.get("sections", []))
        self.summary = QLabel(
            QCoreApplication.translate("FrameworkActions", "Ready to make a draft: {title}, {count} look-fors.").format(
                title=self.document.get("title", ""), count=count)
            if usable else QCoreApplication.translate("FrameworkActions",
                    "Not imported: fix these in the file, then import it again. Nothing was saved."))
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        for line in lines or [QCoreApplication.translate("FrameworkActions", "No problems.")]:
            self.list.addItem(line)
        outer.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.make = buttons.addButton(QCoreApplication.translate("FrameworkActions", "Make a draft to edit"),
                QDialogButtonBox.ButtonRole.AcceptRole)
        self.make.setEnabled(usable)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)


class VersionHistory(QDialog):
    """Every published version: when, by whom, from which; and what changed between any two."""

    def __init__(self, repo: Repository, framework_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo, self.framework_id = repo, framework_id
        self.setWindowTitle(QCoreApplication.translate("FrameworkActions", "Version history"))
        self.resize(900, 560)
        outer = QVBoxLayout(self)
        self.versions = QListWidget()
        self.versions.setAccessibleName(self.tr("Published versions"))
        names = {p.id: p.name for p in repo.people()}
        history = repo.version_history(framework_id)
        for info in history:
            who = names.get(info.published_by or "", "") or QCoreApplication.translate("FrameworkActions",
                    "installed from a file")
            when = (info.published_at or "")[:10]
            self.versions.addItem(self.tr("{version} · {title} · {who} {when} · used by {used_by} visits").format(
                    version=info.version, title=info.title, who=who, when=when, used_by=info.used_by)
                                  + (self.tr(" · edited from {based_on}").format(
                                          based_on=info.based_on) if info.based_on else ""))
        outer.addWidget(self.versions)
        pick = QHBoxLayout()
        self.older, self.newer = QComboBox(), QComboBox()
        self.older.setAccessibleName(self.tr("Older version"))
        self.newer.setAccessibleName(self.tr("Newer version"))
        self.changes = QListWidget()
        self.changes.setAccessibleName(self.tr("What changed"))
        for combo in (self.older, self.newer):
            combo.addItems([v.version for v in history])
        if len(history) > 1:
            self.older.setCurrentIndex(len(history) - 2)
        self.newer.setCurrentIndex(len(history) - 1)
        for combo in (self.older, self.newer):
            combo.currentTextChanged.connect(self.compare)
        pick.addWidget(QLabel(QCoreApplication.translate("FrameworkActions", "What changed from")))
        pick.addWidget(self.older)
        pick.addWidget(QLabel(QCoreApplication.translate("FrameworkActions", "to")))
        pick.addWidget(self.newer)
        pick.addStretch(1)
        outer.addLayout(pick)
        outer.addWidget(self.changes, 1)
        close = QPushButton(QCoreApplication.translate("FrameworkActions", "Close"))
        close.clicked.connect(self.accept)
        outer.addWidget(close)
        self.compare()

    def compare(self) -> None:
        self.changes.clear()
        a, b = self.older.currentText(), self.newer.currentText()
        if not a or not b:
            return
        found = diff(self.repo.framework(self.framework_id, a), self.repo.framework(self.framework_id, b))
        for change in found or []:
            self.changes.addItem(str(change))
        if not found:
            self.changes.addItem(QCoreApplication.translate("FrameworkActions", "No change."))


class FrameworkActions(QWidget):
    def __init__(self, repo: Repository, current: Callable[[], Framework | None], refresh: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo, self.current, self.refresh = repo, current, refresh
        self.editor: QDialog | None = None
        self.last_dialog: QDialog | None = None
        row = FlowLayout(self)  # a narrow window: the buttons go on to a second line
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("new", QCoreApplication.translate("FrameworkActions", "New framework…"), self.new),
            ("duplicate", QCoreApplication.translate("FrameworkActions", "Duplicate…"), self.duplicate),
            ("edit", QCoreApplication.translate("FrameworkActions", "Edit"), self.edit),
            ("history", QCoreApplication.translate("FrameworkActions", "Version history…"), self.history),
            ("export", QCoreApplication.translate("FrameworkActions", "Export…"), self.export),
            ("sheet", QCoreApplication.translate("FrameworkActions", "Import a spreadsheet or XLSForm…"),
                    self.choose_sheet),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.rstrip("…"))
            button.setMinimumHeight(48)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        self.update_enabled()

    def _by(self) -> str | None:
        person = self.repo.current_profile()
        return person.id if person is not None else None

    def update_enabled(self) -> None:
        allowed = permissions.may(self.repo.current_profile(), Action.EDIT_FRAMEWORK)
        for key in ("new", "duplicate", "edit", "sheet"):
            self.buttons[key].setEnabled(allowed)
            self.buttons[key].setToolTip("" if allowed else QCoreApplication.translate("FrameworkActions",
                    "Administrators and coaches change frameworks."))

    def _refused(self, exc: StoreError) -> None:
        QMessageBox.warning(self, QCoreApplication.translate("FrameworkActions", "Not done"), core_text.text(exc))

    def open_editor(self, draft_id: str) -> QDialog:
        from walkthrough.ui.dialogs.framework_editor import FrameworkEditor

        editor = FrameworkEditor(self.repo, draft_id, self._by(), self)
        editor.finished.connect(lambda _r: self.refresh(editor.draft.framework_id))
        editor.show()
        self.editor = editor
        return editor

    def new(self) -> None:
        title, ok = QInputDialog.getText(self, QCoreApplication.translate("FrameworkActions", "New framework"),
                QCoreApplication.translate("FrameworkActions", "Title of the new framework:"))
        if not ok or not title.strip():
            return
        try:
            draft = self.repo.create_framework(slug(title) or "framework", title.strip(), by=self._by())
        except StoreError as exc:
            self._refused(exc)
            return
        self.open_editor(draft.id)

    def duplicate(self) -> None:
        framework = self.current()
        if framework is None:
            return
        title, ok = QInputDialog.getText(self, QCoreApplication.translate("FrameworkActions", "Duplicate"),
                QCoreApplication.translate("FrameworkActions", "Title of the copy:"),
                                         text=self.tr("{title} (copy)").format(title=framework.title))
        if not ok or not title.strip():
            return
        try:
            draft = self.repo.duplicate_framework(framework.id, slug(title) or f"{framework.id}-copy", title.strip(),
                                                  by=self._by(), version=framework.version)
        except StoreError as exc:
            self._refused(exc)
            return
        self.open_editor(draft.id)

    def edit(self) -> None:
        framework = self.current()
        if framework is None:
            return
        try:
            draft = self.repo.edit_framework(framework.id, by=self._by())
        except StoreError as exc:
            self._refused(exc)
            return
        self.open_editor(draft.id)

    def history(self) -> None:
        framework = self.current()
        if framework is not None:
            self.last_dialog = VersionHistory(self.repo, framework.id, self)
            self.last_dialog.show()

    def export(self) -> None:
        framework = self.current()
        if framework is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("FrameworkActions",
                "Export a framework"), f"{framework.id}.toml",
                QCoreApplication.translate("FrameworkActions", "Framework files (*.toml)"))
        if name:
            self.export_to(Path(name), framework)

    def export_to(self, path: Path, framework: Framework) -> None:
        text = self.repo.framework_source(framework.id, framework.version)
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("FrameworkActions", "Not exported"),
                    f"{path}: {exc.strerror or exc}")

    def choose_sheet(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("FrameworkActions",
                "Import a spreadsheet or XLSForm"), "",
                QCoreApplication.translate("FrameworkActions", "Spreadsheets (*.csv *.xlsx)"))
        if name:
            self.import_sheet(Path(name))

    def import_sheet(self, path: Path) -> ImportPreview:
        preview = ImportPreview(path, self)
        preview.accepted.connect(lambda: self._make_draft(preview))
        preview.show()
        self.last_dialog = preview
        return preview

    def _make_draft(self, preview: ImportPreview) -> None:
        try:
            draft = self.repo.create_framework_from(preview.document, by=self._by())
        except StoreError as exc:
            self._refused(exc)
            return
        self.open_editor(draft.id)
