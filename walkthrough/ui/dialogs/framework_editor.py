"""The framework editor: a draft's sections and look-fors as a tree (drag and drop, or Alt+↑/↓ to move),
a form for the chosen part, the problems ``walkthrough forms check`` would list (live, in its words),
Publish, and a preview exactly as the visit screen shows it at tablet size.

Every change is saved to the draft at once through the window's queue of edits (a locked database keeps it
waiting, never lost); a published version is never changed here: the store made this draft for editing it.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.framework_document import document_toml
from walkthrough.core.frameworks import FrameworkError, Problem, parse_framework
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.storage.pending_edits import PendingEdit
from walkthrough.ui import core_text
from walkthrough.ui.dialogs.framework_outline import (
    Doc,
    OutlineTree,
    all_sections,
    fill_outline,
    holder_of,
    kind_of,
    look_for_line,
    sections_from_outline,
    unused_key,
)
from walkthrough.ui.pending import pending_writes
from walkthrough.ui.widgets.framework_forms import FrameworkForm, LookForForm, SectionForm


class FrameworkEditor(QDialog):
    def __init__(self, repo: Repository, draft_id: str, by: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo, self.by = repo, by
        self.draft = repo.framework_draft(draft_id)
        self.document: Doc = self.draft.document()
        self.base_keys: set[str] = set()
        if self.draft.based_on:
            base = repo.framework(self.draft.framework_id, self.draft.based_on)
            self.base_keys = {lf.key for lf in base.look_fors}
        self.pending = pending_writes(repo)
        self.problems_found: list[Problem] = []
        self.setWindowTitle(QCoreApplication.translate("FrameworkEditor", "Framework editor — {title}").format(
                title=self.document.get("title", "")))
        self.resize(1200, 760)
        outer = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Draft status"))
        outer.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_column = QVBoxLayout(left)
        self.tree = OutlineTree(self)
        self.tree.currentItemChanged.connect(self._chosen)
        left_column.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.add_section_button = QPushButton(QCoreApplication.translate("FrameworkEditor", "+ Section"))
        self.add_section_button.clicked.connect(self.add_section)
        self.add_look_for_button = QPushButton(QCoreApplication.translate("FrameworkEditor", "+ Look-for"))
        self.add_look_for_button.clicked.connect(self.add_look_for)
        self.remove_button = QPushButton(QCoreApplication.translate("FrameworkEditor", "Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        for button in (self.add_section_button, self.add_look_for_button, self.remove_button):
            button.setMinimumHeight(44)
            buttons.addWidget(button)
        left_column.addLayout(buttons)
        splitter.addWidget(left)
        self.forms = QStackedWidget()
        self.framework_form, self.section_form, self.look_for_form = FrameworkForm(), SectionForm(), LookForForm()
        for form in (self.framework_form, self.section_form, self.look_for_form):
            form.edited.connect(self.edited)
            self.forms.addWidget(form)
        self.look_for_form.key_changed.connect(self._key_renamed)
        forms_scroll = QScrollArea()  # the look-for form is taller than a 768 or 800 px tablet: it scrolls
        forms_scroll.setWidgetResizable(True)
        forms_scroll.setFrameShape(QFrame.Shape.NoFrame)
        forms_scroll.setWidget(self.forms)
        splitter.addWidget(forms_scroll)
        splitter.setSizes([380, 820])
        outer.addWidget(splitter, 1)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems, as forms check says them"))
        self.problems.setMaximumHeight(130)
        outer.addWidget(self.problems)
        actions = QHBoxLayout()
        self.preview_button = QPushButton(QCoreApplication.translate("FrameworkEditor", "Preview at tablet size…"))
        self.preview_button.clicked.connect(self.preview)
        self.publish_button = QPushButton(QCoreApplication.translate("FrameworkEditor", "Publish"))
        self.publish_button.setProperty("primary", True)
        self.publish_button.clicked.connect(self.publish)
        self.close_button = QPushButton(QCoreApplication.translate("FrameworkEditor", "Close (the draft is kept)"))
        self.close_button.clicked.connect(self.accept)
        for button in (self.preview_button, self.publish_button, self.close_button):
            button.setMinimumHeight(48)
        actions.addStretch(1)
        actions.addWidget(self.preview_button)
        actions.addWidget(self.publish_button)
        actions.addWidget(self.close_button)
        outer.addLayout(actions)
        self.preview_dialog: QDialog | None = None
        self.rebuild()
        self.check()

    # The outline ---------------------------------------------------------------------------
    def rebuild(self, select: object = None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen = fill_outline(self.tree, self.document, select)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._chosen(chosen, None)

    def _kind(self, item: QTreeWidgetItem | None) -> tuple[str, Doc]:
        return kind_of(item, self.document)

    def outline_changed(self) -> None:
        """Read the order back from the tree after a drag: look-fors stay in sections, sections in sections."""
        top = self.tree.topLevelItem(0)
        if top is None or self.tree.topLevelItemCount() != 1:
            self.rebuild()
            return

        chosen = self._kind(self.tree.currentItem())[1]
        made = sections_from_outline(top, self.document)
        if made is None:
            self.say(QCoreApplication.translate("FrameworkEditor",
                    "A look-for goes inside a section: the move was undone."))
        else:
            self.document["sections"] = made
            self.save()
        self.rebuild(select=chosen)

    def move_current(self, delta: int) -> None:
        """Alt+↑ / Alt+↓: the chosen look-for or section one place up or down among its neighbours."""
        _kind, doc = self._kind(self.tree.currentItem())
        holder = self._holder(doc)
        if holder is None:
            return
        index = holder.index(doc)
        target = index + delta
        if 0 <= target < len(holder):
            holder[index], holder[target] = holder[target], holder[index]
            self.save()
            self.rebuild(select=doc)

    def _holder(self, doc: Doc) -> list[Doc] | None:
        return holder_of(self.document, doc)

    def _section_for_new(self) -> Doc | None:
        kind, doc = self._kind(self.tree.currentItem())
        if kind == "section":
            return doc
        if kind == "look_for":
            for section in self._all_sections():
                if any(lf is doc for lf in section.get("look_fors", [])):
                    return section
        sections = self.document.get("sections", [])
        return sections[-1] if sections else None

    def _all_sections(self) -> list[Doc]:
        return all_sections(self.document)

    def _unused_key(self, stem: str) -> str:
        return unused_key(self.document, stem)

    def add_section(self) -> None:
        section: Doc = {"key": self._unused_key("section"), "title": QCoreApplication.translate("FrameworkEditor",
                "New section"), "look_fors": [
            {"key": self._unused_key("look-for"), "prompt": QCoreApplication.translate("FrameworkEditor",
                    "Something you can see or hear"),
             "response": "presence"}]}
        self.document.setdefault("sections", []).append(section)
        self.save()
        self.rebuild(select=section)

    def add_look_for(self) -> None:
        section = self._section_for_new()
        if section is None:
            self.add_section()
            return
        look_for: Doc = {"key": self._unused_key("look-for"), "prompt": QCoreApplication.translate("FrameworkEditor",
                "Something you can see or hear"),
                         "response": "presence"}
        section.setdefault("look_fors", []).append(look_for)
        self.save()
        self.rebuild(select=look_for)

    def remove_current(self) -> None:
        kind, doc = self._kind(self.tree.currentItem())
        holder = self._holder(doc)
        if kind == "framework" or holder is None:
            return
        if kind == "look_for" and doc.get("key") in self.base_keys:
            self.say(QCoreApplication.translate("FrameworkEditor",
                    "This look-for is in the published version: retire it instead (tick Retired), so earlier "
                         "visits keep it."))
            return
        holder.remove(doc)
        self.save()
        self.rebuild()

    # Editing -------------------------------------------------------------------------------
    def _chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        kind, doc = self._kind(item)
        forms: dict[str, FrameworkForm | SectionForm | LookForForm] = {
            "framework": self.framework_form, "section": self.section_form, "look_for": self.look_for_form}
        form = forms[kind]
        form.load(doc)
        self.forms.setCurrentWidget(form)

    def _key_renamed(self, old: str, new: str) -> None:
        """A look-for of the published version renamed: its old key is recorded, so it stays the same look-for."""
        doc = self.look_for_form.doc
        former = [k for k in doc.get("former_keys", []) if k != new]
        if old in self.base_keys and old not in former:
            former.append(old)
        if former:
            doc["former_keys"] = former
        else:
            doc.pop("former_keys", None)

    def edited(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            kind, doc = self._kind(item)
            if kind == "look_for":
                item.setText(0, look_for_line(doc))
            elif kind == "section":
                item.setText(0, f"▸ {doc.get('title') or doc.get('key') or '?'}")
            else:
                item.setText(0, str(doc.get("title") or QCoreApplication.translate("FrameworkEditor", "(untitled)")))
        self.save()

    def save(self) -> None:
        """Keep the draft as it is now (committed at once, or kept waiting if the database is busy)."""
        edit = PendingEdit(f"framework_draft/{self.draft.id}", "save_framework_draft",
                           (self.draft.id, copy.deepcopy(self.document)), {"by": self.by}, "Framework draft")
        self.pending.submit(edit)
        waiting = self.pending.is_waiting(edit.key)
        self.status.setText(QCoreApplication.translate("FrameworkEditor",
                "Not saved yet: ") + self.pending.fault if waiting else
                            QCoreApplication.translate("FrameworkEditor",
                                    "Draft saved. It is not offered for visits until you publish it."))
        self.check()

    def check(self) -> list[Problem]:
        """The same problems ``walkthrough forms check`` lists, live."""
        name = f"{self.document.get('id') or 'draft'}.toml"
        try:
            framework = parse_framework(document_toml(self.document), name)
            found = list(framework.warnings)
        except FrameworkError as exc:
            found = list(exc.problems)
        self.problems_found = found
        self.problems.clear()
        for problem in found:
            self.problems.addItem(core_text.text(problem))
        errors = [p for p in found if not p.warning]
        if not found:
            self.problems.addItem(QCoreApplication.translate("FrameworkEditor",
                    "No problems: forms check accepts this framework."))
        self.publish_button.setEnabled(not errors)
        self.preview_button.setEnabled(not errors)
        return found

    def say(self, text: str) -> None:
        self.status.setText(text)

    def publish(self) -> None:
        if not self.pending.flush():
            self.say(QCoreApplication.translate("FrameworkEditor",
                    "Not published yet: the draft is waiting for the database. Try again in a moment."))
            return
        try:
            framework = self.repo.publish_framework_draft(self.draft.id, by=self.by)
        except StoreError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("FrameworkEditor", "Not published"),
                                core_text.text(exc))
            return
        self.published = framework
        self.say(QCoreApplication.translate("FrameworkEditor", "Published: {title}, version {version}.").format(
                title=framework.title, version=framework.version))
        self.accept()

    def preview(self) -> None:
        from walkthrough.ui.dialogs.framework_preview import preview_dialog

        self.preview_dialog = preview_dialog(self.document, self)
        self.preview_dialog.show()
