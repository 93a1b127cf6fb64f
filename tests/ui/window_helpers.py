"""The main window and the visit screen as the UI tests open them, and a demo district signed in as its
administrator."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from demo_helpers import copy_of
from pytestqt.qtbot import QtBot
from round_helpers import small_school

from walkthrough.core.frameworks import Framework
from walkthrough.core.model import Role
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.widgets.visit_view import VisitView


def shown_window(repo: Repository, qtbot: QtBot, size: tuple[int, int]) -> MainWindow:
    """The main window on ``repo`` at ``size``, shown and exposed."""
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


@contextmanager
def as_administrator(demo: Path, folder: Path) -> Iterator[Repository]:
    """A copy of the demo district signed in as an administrator without a PIN (who sees every part)."""
    with copy_of(demo, folder) as repo:
        admin = next(p for p in repo.people(role=Role.ADMINISTRATOR) if not repo.has_pin(p.id))
        repo.switch_profile(admin.id)
        yield repo


def open_visit(qtbot: QtBot, repo: Repository, framework: Framework) -> VisitView:
    """The visit screen on a new round of ``framework`` in a small school, shown at a tablet's size."""
    school = small_school(repo, 3)
    round_ = repo.start_round(school.school.id, framework, by=school.observer.id)
    view = VisitView(repo)
    qtbot.addWidget(view)
    view.resize(1070, 760)
    view.open_round(round_.id)
    view.show()
    return view
