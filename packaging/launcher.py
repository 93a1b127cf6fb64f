"""The built app's entry point (PyInstaller runs this file as ``__main__``).

A windowed build on Windows has no console: ``sys.stdout`` and ``sys.stderr``
are None there, and anything printed (``--help``, a plain error message)
would raise instead. They go to the null device; the log in the log folder
still gets everything.
"""

from __future__ import annotations

import os
import sys

from walkthrough.cli import main

for name in ("stdout", "stderr"):
    if getattr(sys, name) is None:
        setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - open for the process's life

raise SystemExit(main())
