"""The framework editor's outline: the draft's sections and look-fors as a tree, and the document
read back from the tree after a drag; where a part sits in the document, and a key no part uses yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from walkthrough.ui.widgets.response_names import response_name

if TYPE_CHECKING:
    from walkthrough.ui.dialogs.framework_editor import FrameworkEditor

Doc = dict[str, Any]
KIND = Qt.ItemDataRole.UserRole + 1


def look_for_line(doc: Doc) -> str:
    """A look-for's line in the outline: its prompt and response type (and whether it is retired)."""
    prompt, rtype = doc.get("prompt") or doc.get("key") or "?", response_name(doc.get("response", ""))
    if doc.get("retired"):
        return QCoreApplication.translate("FrameworkEditor", "{prompt}  ·  {response}  (retired)").format(
            prompt=prompt, response=rtype)
    return QCoreApplication.translate("FrameworkEditor", "{prompt}  ·  {response}").format(prompt=prompt,
                                                                                          response=rtype)


class OutlineTree(QTreeWidget):
    """Sections and look-fors; a drop that would put a look-for outside a section is undone."""

    def __init__(self, editor: FrameworkEditor) -> None:
        super().__init__()
        self.editor = editor
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Sections and look-fors"))
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def dropEvent(self, event: Any) -> None:
        super().dropEvent(event)
        self.editor.outline_changed()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt+↑ / Alt+↓ move the chosen look-for or section (the keyboard's drag and drop)."""
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.editor.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


def kind_of(item: QTreeWidgetItem | None, document: Doc) -> tuple[str, Doc]:
    """What an outline item is ("framework", "section", "look_for") and its part of the document."""
    if item is None or item.data(0, KIND) is None:
        return "framework", document
    kind, doc = item.data(0, KIND)
    return kind, doc


def fill_outline(tree: QTreeWidget, document: Doc, select: object = None) -> QTreeWidgetItem | None:
    """Put the document's sections and look-fors in ``tree``; the item of ``select`` (else the top)."""
    top = QTreeWidgetItem([str(document.get("title") or QCoreApplication.translate("FrameworkEditor",
            "(untitled)"))])
    top.setData(0, KIND, ("framework", document))
    top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
    tree.addTopLevelItem(top)
    chosen: QTreeWidgetItem | None = top

    def section_item(parent: QTreeWidgetItem, section: Doc) -> None:
        nonlocal chosen
        item = QTreeWidgetItem([f"▸ {section.get('title') or section.get('key') or '?'}"])
        item.setData(0, KIND, ("section", section))
        parent.addChild(item)
        if section is select:
            chosen = item
        for lf in section.get("look_fors", []):
            child = QTreeWidgetItem([look_for_line(lf)])
            child.setData(0, KIND, ("look_for", lf))
            child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            item.addChild(child)
            if lf is select:
                chosen = child
        for inner in section.get("sections", []):
            section_item(item, inner)

    for section in document.get("sections", []):
        section_item(top, section)
    return chosen


def sections_from_outline(top: QTreeWidgetItem, document: Doc) -> list[Doc] | None:
    """The sections in the tree's order under ``top``, or None when a look-for is outside a section."""

    def section_doc(item: QTreeWidgetItem) -> Doc | None:
        kind, doc = kind_of(item, document)
        if kind != "section":
            return None
        look_fors: list[Doc] = []
        inner: list[Doc] = []
        for j in range(item.childCount()):
            child = item.child(j)
            assert child is not None
            child_kind, child_doc = kind_of(child, document)
            if child_kind == "look_for":
                if child.childCount():
                    return None
                look_fors.append(child_doc)
            else:
                made_inner = section_doc(child)
                if made_inner is None:
                    return None
                inner.append(made_inner)
        doc["look_fors"] = look_fors
        if inner:
            doc["sections"] = inner
        else:
            doc.pop("sections", None)
        return doc

    found: list[Doc] = []
    for i in range(top.childCount()):
        child = top.child(i)
        made_section = section_doc(child) if child is not None else None
        if made_section is None:
            return None
        found.append(made_section)
    return found


def holder_of(document: Doc, doc: Doc) -> list[Doc] | None:
    """The list that holds a section or look-for ``doc`` (its neighbours and itself)."""
    def search(sections: list[Doc]) -> list[Doc] | None:
        if any(s is doc for s in sections):
            return sections
        for s in sections:
            if any(lf is doc for lf in s.get("look_fors", [])):
                return s["look_fors"]  # type: ignore[no-any-return]
            found = search(s.get("sections", []))
            if found is not None:
                return found
        return None

    return search(document.get("sections", []))


def all_sections(document: Doc) -> list[Doc]:
    """Every section of the document, inner sections after their section."""
    found: list[Doc] = []

    def walk(sections: list[Doc]) -> None:
        for s in sections:
            found.append(s)
            walk(s.get("sections", []))

    walk(document.get("sections", []))
    return found


def unused_key(document: Doc, stem: str) -> str:
    """``stem-1``, ``stem-2``...: the first no section or look-for of the document uses."""
    sections = all_sections(document)
    used = {lf.get("key") for s in sections for lf in s.get("look_fors", [])} | {s.get("key") for s in sections}
    n = 1
    while f"{stem}-{n}" in used:
        n += 1
    return f"{stem}-{n}"
