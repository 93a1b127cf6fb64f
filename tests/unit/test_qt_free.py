"""The core imports without Qt: every module below the UI layer."""

from __future__ import annotations

import importlib
import os
import pkgutil

import pytest

import walkthrough

CORE_PACKAGES = ("core", "storage", "sync", "reports", "demo")
CORE_MODULES = ("walkthrough.cli", "walkthrough.paths", "walkthrough.log")


def core_module_names() -> list[str]:
    names = list(CORE_MODULES)
    for package in CORE_PACKAGES:
        pkg = importlib.import_module(f"walkthrough.{package}")
        names.append(pkg.__name__)
        names += [m.name for m in pkgutil.walk_packages(pkg.__path__, prefix=f"{pkg.__name__}.")]
    return names


@pytest.mark.parametrize("name", core_module_names())
def test_core_module_imports(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__name__ == name


def test_the_package_lists_its_layers() -> None:
    found = {m.name for m in pkgutil.iter_modules(walkthrough.__path__)}
    assert set(CORE_PACKAGES) | {"ui"} <= found


@pytest.mark.skipif(os.environ.get("WALKTHROUGH_BLOCK_QT") != "1", reason="only in the Qt-blocked core run")
def test_qt_is_really_unimportable_in_the_core_run() -> None:
    with pytest.raises(ImportError, match="blocked"):
        importlib.import_module("PySide6.QtCore")
