"""A module in place at once, its code run at its first use: for what a library imports and the app
never uses (see ``storage.sqlite_lib``). Only for such modules: ``importlib.util.LazyLoader``'s first
load is not guarded against two threads using the module at once on older Pythons."""

from __future__ import annotations

import importlib.util
import sys


def load_lazily(name: str) -> None:
    """Put module ``name`` in place so that an import of it succeeds at once and its code runs
    at the first use of one of its names (``importlib.util.LazyLoader``). Nothing is done for a
    module already imported or not installed."""
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
