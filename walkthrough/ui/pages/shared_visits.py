"""Shared with coaches: the peer visits whose hosts shared them, grouped by the host's focus,
with the visitors' descriptive notes. For coaches and administrators (who compile them for
PLC teams); a private visit never appears here (``reports/shared.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.model import NoteKind
from walkthrough.core.permissions import Action
from walkthrough.reports.shared import FocusGroup, SharedVisit, shared_with_coaches
from walkthrough.storage import Repository
from walkthrough.ui.access import can, me, role_note, say_role, why_not
from walkthrough.ui.pages.peer_visit_record import kind_label
from walkthrough.ui.widgets.controls import plain_label
from walkthrough.ui.widgets.plural import plural


def _kind_word(kind: NoteKind) -> str:
    words = {NoteKind.NOTICING: QCoreApplication.translate("SharedVisitsPage", "Noticed"),
             NoteKind.WONDERING: QCoreApplication.translate("SharedVisitsPage", "Wondered"),
             NoteKind.EVIDENCE: QCoreApplication.translate("SharedVisitsPage", "Evidence")}
    return words.get(kind) or kind_label(kind)  # a reflection or next step: its name, never its stored value


def visit_text(visit: SharedVisit) -> str:
    hosted = QCoreApplication.translate("SharedVisitsPage", "{day} · {host} hosted {visitors}").format(
        day=visit.day, host=visit.host,
        visitors=", ".join(visit.visitors) or QCoreApplication.translate("SharedVisitsPage", "a visitor"))
    focus = QCoreApplication.translate("SharedVisitsPage", "Focus: {focus}").format(
        focus=visit.focus or QCoreApplication.translate("SharedVisitsPage", "(none written)"))
    lines = [hosted + (f" · {visit.room}" if visit.room else ""), "", focus, ""]
    for note in sorted(visit.notes, key=lambda n: (n.visitor, n.minute if n.minute is not None else -1)):
        minute = QCoreApplication.translate("SharedVisitsPage", "min {minute}: ").format(minute=note.minute) \
            if note.minute is not None else ""
        lines.append(f"{_kind_word(note.kind)} ({note.visitor}) {minute}{note.text}")
    if visit.reflection:
        lines += ["", QCoreApplication.translate("SharedVisitsPage", "The host's reflection: {text}").format(
            text=visit.reflection)]
    if visit.next_step:
        lines += [QCoreApplication.translate("SharedVisitsPage", "Next step: {text}").format(text=visit.next_step)]
    return "\n".join(lines)


class SharedVisitsPage(QWidget):
    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.groups: tuple[FocusGroup, ...] = ()
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 12)
        title = QLabel(self.tr("Shared with coaches"))
        title.setProperty("heading", True)
        column.addWidget(title)
        self.role = role_note(self.tr("What your role cannot do here"))
        column.addWidget(self.role)
        self.summary = plain_label("")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("How many shared visits"))
        column.addWidget(self.summary)
        self.split = QSplitter()
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Shared peer visits by focus"))
        self.tree.setHeaderLabels([self.tr("Focus and visit"), self.tr("Notes")])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # no sideways scroll
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setWordWrap(True)
        self.tree.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("The shared visit's notes"))
        self.split.addWidget(self.tree)
        self.split.addWidget(self.detail)
        self.split.setSizes([520, 480])
        column.addWidget(self.split, 1)

    def refresh(self) -> None:
        allowed = can(self.repo, Action.MAKE_REPORT)
        say_role(self.role, "" if allowed else why_not(Action.MAKE_REPORT)
                 + " " + self.tr("Peer visits belong to their host and visitors; a host may share one with coaches."))
        self.split.setVisible(allowed)
        self.summary.setVisible(allowed)
        self.tree.clear()
        self.detail.clear()
        if not allowed:
            self.groups = ()
            return
        self.groups = shared_with_coaches(self.repo, me(self.repo))
        visits = sum(len(g.visits) for g in self.groups)
        n = len(self.groups)
        in_groups = self.tr("%n focus(es)", "", n).replace("(es)", "" if n == 1 else "es")  # English: "focuses"
        self.summary.setText(self.tr("{visits} in {groups}. Descriptive notes only: peer visits are never scored or "
                                     "counted in blast figures.").format(
            visits=plural(self.tr("%n shared peer visit(s)", "", visits), visits), groups=in_groups))
        for group in self.groups:
            parent = QTreeWidgetItem([f"{group.focus}  ({len(group.visits)})", ""])
            parent.setToolTip(0, group.focus)
            self.tree.addTopLevelItem(parent)
            for visit in group.visits:
                child = QTreeWidgetItem([f"{visit.day} · {visit.host}", str(len(visit.notes))])
                child.setData(0, 256, visit.plan_id)
                parent.addChild(child)
            parent.setExpanded(True)
        if not self.groups:
            self.detail.setPlainText(self.tr("No host has shared a peer visit with coaches yet."))
        else:
            first = self.tree.topLevelItem(0)
            opening = first.child(0) if first is not None else None
            if opening is not None:
                self.tree.setCurrentItem(opening)

    def _show(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        plan_id = item.data(0, 256)
        for group in self.groups:
            for visit in group.visits:
                if visit.plan_id == plan_id:
                    self.detail.setPlainText(visit_text(visit))
                    return
        if item.childCount():
            self.detail.setPlainText(f"{item.text(0)}\n\n" + self.tr("Choose a visit to read its notes."))
