"""PySide6's import hook asks of every module whether it uses PySide6: the app answers it from the
file's bytes (``ui/pyside_imports``), with the answer PySide's own ``inspect.getsource`` test gives."""

from __future__ import annotations

import inspect
import sys
from types import ModuleType

import walkthrough.ui  # noqa: F401  (installs the check)
from walkthrough.ui.pyside_imports import uses_pyside


def pyside_answer(module: ModuleType) -> bool:
    """PySide 6.11's ``shibokensupport.feature._mod_uses_pyside``, as it reads."""
    try:
        source = inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False
    return "PySide6" in source


def test_the_quick_check_answers_as_pyside_does_for_every_loaded_module() -> None:
    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    assert len(modules) > 200
    differ = [m.__name__ for m in modules if uses_pyside(m) != pyside_answer(m)]
    assert differ == []
    assert uses_pyside(sys.modules["walkthrough.ui.pyside_imports"])
    assert not uses_pyside(sys.modules["json"])


def test_pysides_import_hook_uses_the_quick_check_once_the_ui_is_imported() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is uses_pyside  # type: ignore[attr-defined]
