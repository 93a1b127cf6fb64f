"""The core's messages (store faults, permission refusals, PIN locks) reach the screen in the
interface's language through ui/core_text, with their values filled in; English reads as before."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from walkthrough.core.model import Role
from walkthrough.storage import Repository
from walkthrough.storage.base import DatabaseBusy, StoreError
from walkthrough.ui import core_text, i18n


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "es")
    yield
    i18n.install(qapp, "en")


def _refusal(repo: Repository) -> StoreError:
    admin = repo.add_person("Pat Rivera", Role.ADMINISTRATOR, by=None)
    teacher = repo.add_person("Ana Diallo", Role.TEACHER, by=admin.id)
    with pytest.raises(StoreError) as refused:
        repo.add_school("Cedar Park Elementary", by=teacher.id)
    return refused.value


def test_a_locked_database_is_said_in_spanish(spanish: None) -> None:
    assert core_text.text(DatabaseBusy()) == "la base de datos está ocupada (otro programa está escribiendo en ella)"


def test_a_permission_refusal_is_said_in_spanish_with_its_name_and_role(repo: Repository, spanish: None) -> None:
    shown = core_text.text(_refusal(repo))
    assert "Ana Diallo" in shown and "solo los administradores pueden" in shown, shown
    assert "only" not in shown


def test_in_english_the_messages_read_as_the_core_writes_them(repo: Repository) -> None:
    refusal = _refusal(repo)
    assert core_text.text(refusal) == str(refusal)
    assert core_text.text(DatabaseBusy()) == "the database is busy (another program is writing to it)"
