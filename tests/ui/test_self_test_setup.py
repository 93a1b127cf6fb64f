"""The ``setup-es`` self-test in this process (the fast check of what the built bundle runs in
``tests/e2e/test_bundle.py``): on a new data folder the app's own start shows the setup, the
scenario switches it to Spanish, sets up a school from the shipped ``plantilla-personal.xlsx``
through the real widgets and records a round; the database holds all of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from walkthrough.core.model import Role
from walkthrough.paths import database_path
from walkthrough.storage import Repository
from walkthrough.ui import self_test as self_test_module
from walkthrough.ui.pages.walkthroughs import WalkthroughsPage
from walkthrough.ui.self_test import self_test
from walkthrough.ui.settings import AppSettings


@pytest.fixture(autouse=True)
def _qt_messages_stay_with_pytest_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(self_test_module, "qInstallMessageHandler", lambda _handler: None)


# The offscreen platform has no window stacking nor keyboard grab (a list's popup asks for both).
OFFSCREEN = ("This plugin does not support raise", "This plugin does not support grabbing the keyboard")


@pytest.mark.qt_log_ignore(*OFFSCREEN)
def test_setup_es_sets_up_a_school_in_spanish_from_the_shipped_template_and_records_a_round(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    result = self_test(data, timeout=30, scenario="setup-es")
    assert result["passed"] is True, result
    assert result["room"] == "Aula 1" and result["shown"].endswith("Observado")
    assert result["summary"].startswith("1 aula visitada · 2 sin visitar")
    assert AppSettings().language == "es"  # chosen on the welcome, through its list
    repo = Repository.open(database_path(data))
    try:
        (school,) = repo.schools()
        assert school.name == "Escuela Primaria Las Palmas"
        rooms = {r.name: (r.grade_band, r.subject) for r in repo.rooms(school.id)}
        assert rooms == {"Aula 1": ("K-2", "Lectura"), "Aula 2": ("3-5", "Matemáticas"),
                         "Aula 3": ("3-5", "Ciencias")}
        assert sorted(p.name for p in repo.people(Role.TEACHER, school.id)) == ["Ana Díaz", "Bruno Pérez",
                                                                              "Carmen Núñez"]
        observation = repo.observation(result["observation"])
        assert observation.round_id == result["round"] and str(repo.round(result["round"]).status) == "finished"
        observed = {k for k, r in repo.responses(observation.id).items() if r.value == "observed"}
        assert observed == set(result["marked"]) and len(observed) == 3
    finally:
        repo.close()


@pytest.mark.qt_log_ignore(*OFFSCREEN)
def test_setup_es_fails_naming_the_english_it_found_in_the_spanish_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WalkthroughsPage, "describe", lambda _self, summary: summary.describe())
    result = self_test(tmp_path / "data", timeout=30, scenario="setup-es")
    assert result["passed"] is False
    assert "does not read Spanish: '1 aula visitada · 2 sin visitar' not shown, '1 room visited' is" in \
        result["failed"]
