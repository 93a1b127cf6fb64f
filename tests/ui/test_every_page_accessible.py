"""Every control on every page has an accessible name and a finger-sized height."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from walkthrough.core.model import Role
from walkthrough.storage import Repository
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.style import apply_style

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)


@pytest.fixture
def app_style(qapp: QApplication) -> Iterator[None]:
    """The app's style sheet, as ``walkthrough`` applies it at start."""
    apply_style(qapp)
    yield
    qapp.setStyleSheet("")


@pytest.mark.usefixtures("app_style")
def test_every_visible_control_on_every_page_is_named_and_touch_sized(repo: Repository, qtbot: QtBot) -> None:
    admin = repo.add_person("Pat Rivera", Role.ADMINISTRATOR, by=None)
    school = repo.add_school("Cedar Park Elementary", by=admin.id)
    teacher = repo.add_person("Ana Diallo", Role.TEACHER, school.id, by=admin.id)
    repo.add_room(school.id, "Room 3", teacher_id=teacher.id, by=admin.id)
    repo.switch_profile(admin.id)
    window = MainWindow(repo)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    problems: list[str] = []
    for key in window.page_keys():
        page = window.show_page(key)
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, CONTROLS) or not widget.isVisible():
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
                continue  # the edit inside a combo box or spin box: the box carries the name
            name = widget.accessibleName()
            if not name:
                problems.append(f"{key}: unnamed {type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
            elif widget.height() < 44:
                problems.append(f"{key}: {name!r} is only {widget.height()} px high")
    assert not problems, problems
