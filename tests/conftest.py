"""Fixtures for every test: no test touches the real per-user folders.

Every standard folder is redirected into a temporary one, Qt runs offscreen
(end-to-end tests start their own Xvfb), and a fresh database is at hand.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

if os.environ.get("WALKTHROUGH_BLOCK_QT") == "1":
    # The core test run: make Qt unimportable, so any import of it below the
    # UI layer fails the run (test.sh runs tests/unit this way).
    import importlib.abc
    import sys

    class _BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name: str, path: object = None, target: object = None) -> None:
            if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}:
                raise ImportError(f"{name} is blocked: the core must not import Qt")
            return None

    sys.meta_path.insert(0, _BlockQt())

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A fixed font setup keeps offscreen rendering free of font warnings.
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.fonts.warning=false")

from walkthrough.core.frameworks import Framework
from walkthrough.paths import FORMS_DIR
from walkthrough.storage import Repository


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the data folder and the XDG folders at temporary ones."""
    home = tmp_path_factory.mktemp("home")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    data = home / "data"
    monkeypatch.setenv("WALKTHROUGH_DATA_DIR", str(data))
    return data


@pytest.fixture
def data_dir(isolated_folders: Path) -> Path:
    isolated_folders.mkdir(parents=True, exist_ok=True)
    return isolated_folders


@pytest.fixture
def fresh_repo(tmp_path: Path) -> Iterator[Repository]:
    """An empty, migrated database with no frameworks installed."""
    repo = Repository.open(tmp_path / "fresh.sqlite3")
    yield repo
    repo.close()


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    """A migrated database with the built-in frameworks installed."""
    repo = Repository.open(tmp_path / "walkthrough.sqlite3")
    reports = repo.install_framework_files([FORMS_DIR])
    assert all(not r.problems for r in reports), [str(p) for r in reports for p in r.problems]
    yield repo
    repo.close()


@pytest.fixture
def blast_framework(repo: Repository) -> Framework:
    return repo.framework("blast-empowered-learning")


@pytest.fixture(autouse=True)
def _interface_back_in_english() -> Iterator[None]:
    """A test that switches the language (Settings, first run) leaves the next test in English."""
    yield
    i18n = sys.modules.get("walkthrough.ui.i18n")
    if i18n is not None and i18n._installed:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None:
            i18n.install(app, "en")
    shown = sys.modules.get("walkthrough.ui.framework_text")
    if shown is not None:
        shown.set_language(None)


@pytest.fixture(autouse=True)
def _no_app_wide_finger_scrolling_left() -> Iterator[None]:
    """A window opened through the starter installs finger scrolling on the whole application once its
    first page is painted (as the app does, once per run); the next test starts without it, as its own
    app would, so no test's widgets are watched by what an earlier test left behind."""
    yield
    touch = sys.modules.get("walkthrough.ui.touch")
    if touch is not None:
        touch.uninstall_finger_scrolling()
