"""Where Walkthrough keeps its data, logs and built-in files.

The data folder is the per-user data folder (platformdirs) unless
``--data-dir DIR`` or the ``WALKTHROUGH_DATA_DIR`` variable says otherwise.

The built-in files (``forms/``, ``resources/``) sit beside the package in a
source checkout, and in the bundle's own folder (``sys._MEIPASS``) in an app
built with PyInstaller (see ``packaging/walkthrough.spec``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Walkthrough"
DATA_DIR_VARIABLE = "WALKTHROUGH_DATA_DIR"
DATABASE_NAME = "walkthrough.sqlite3"


def bundle_dir() -> Path:
    """The folder that holds ``forms/`` and ``resources/``: the PyInstaller
    bundle's folder when frozen, else the source checkout."""
    frozen = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    return Path(frozen).resolve() if frozen else Path(__file__).resolve().parent.parent


def is_frozen() -> bool:
    """True in an app built with PyInstaller."""
    return bool(getattr(sys, "frozen", False))


PROJECT_DIR = bundle_dir()
FORMS_DIR = PROJECT_DIR / "forms"
RESOURCES_DIR = PROJECT_DIR / "resources"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: ``override``, else the variable, else the platform's."""
    chosen = override or os.environ.get(DATA_DIR_VARIABLE)
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return path.expanduser().resolve()


def database_path(folder: Path) -> Path:
    return folder / DATABASE_NAME


def log_dir(folder: Path) -> Path:
    return folder / "logs"
