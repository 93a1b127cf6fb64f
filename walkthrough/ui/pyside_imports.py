"""A cheaper answer to PySide6's question "does this module use PySide6?", asked at every import.

PySide6 replaces ``__import__`` to support ``from __feature__ import snake_case``; after every
module imported from then on, its ``shibokensupport.feature._mod_uses_pyside`` reads the
module's whole source through ``inspect.getsource`` (linecache: decoded, split in lines) to
look for the word "PySide6". The app imports ~270 modules after PySide6, so that was 0.02-0.04 s
of every start. :func:`check_sources_quickly` puts in its place a check that gives the same
answer from the file's bytes: "PySide6" in the ``.py`` file, False when there is none (as
``getsource`` fails then). If a PySide6 release moves that function, nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType


def uses_pyside(module: ModuleType) -> bool:
    """Whether the module's source file mentions PySide6 (PySide's own test, on bytes)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def check_sources_quickly() -> bool:
    """Use :func:`uses_pyside` in PySide's import hook; False if PySide6 has no such hook."""
    import PySide6.QtCore  # noqa: F401  (loads shibokensupport)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
