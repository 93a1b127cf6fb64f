"""The visits behind a figure: the list, and each visit opened from it (read-only, or for
editing by the people who may: the observer, an administrator)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from walkthrough.storage import Repository
from walkthrough.ui.access import me
from walkthrough.ui.widgets.controls import plain_label, touch_button
from walkthrough.ui.widgets.visit_list import VisitList


def open_visit_in(stack: QStackedWidget, repo: Repository, visit_id: str, back: QWidget) -> QWidget:
    """Show one visit in ``stack`` (blast: the visit review screen; peer: its notes, read-only)."""
    observation = repo.observation(visit_id)
    if observation.kind.value == "blast":
        from walkthrough.ui.widgets.visit_view import VisitView

        review = VisitView(repo)
        review.open_visit(visit_id)
        review.closed.connect(lambda: _back(stack, review, back))
        view: QWidget = review
    else:
        from walkthrough.ui.widgets.peer_document import PeerDocument

        document = PeerDocument(repo, visit_id, me(repo))
        document.done.connect(lambda: _back(stack, document, back))
        view = document
    stack.addWidget(view)
    stack.setCurrentWidget(view)
    return view


def _back(stack: QStackedWidget, view: QWidget, back: QWidget) -> None:
    stack.setCurrentWidget(back)
    stack.removeWidget(view)
    view.deleteLater()


class VisitsBehind(QDialog):
    def __init__(self, repo: Repository, title: str, visit_ids: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.setWindowTitle(self.tr("Visits behind the figure"))
        self.resize(1000, 640)
        self.stack = QStackedWidget()
        self.home = QWidget()
        column = QVBoxLayout(self.home)
        heading = plain_label(title)
        heading.setWordWrap(True)
        heading.setProperty("heading", True)
        column.addWidget(heading)
        rows = repo.visit_rows(visit_ids, me(repo))
        count = QLabel(self.tr("{n} visit{n2}").format(n=len(rows), n2='s' if len(rows) != 1 else ''))
        count.setAccessibleName(self.tr("How many visits"))
        column.addWidget(count)
        self.list = VisitList(self.tr("Visits behind the figure"))
        self.list.show_rows(rows)
        self.list.opened.connect(self.open_visit)
        column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.open_button = touch_button(self.tr("Open visit"), self.tr("Open the chosen visit"), primary=True)
        self.open_button.clicked.connect(lambda: self.open_visit(self.list.chosen() or ""))
        self.open_button.setEnabled(bool(rows))
        close = touch_button(self.tr("Close"), self.tr("Close the list"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        column.addLayout(buttons)
        self.stack.addWidget(self.home)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)

    def open_visit(self, visit_id: str) -> None:
        if visit_id:
            open_visit_in(self.stack, self.repo, visit_id, self.home)
