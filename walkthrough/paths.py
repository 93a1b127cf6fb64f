"""Where Walkthrough keeps its data, logs and built-in files.

The data folder is the per-user data folder (platformdirs) unless
``--data-dir DIR`` or the ``WALKTHROUGH_DATA_DIR`` variable says otherwise.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Walkthrough"
DATA_DIR_VARIABLE = "WALKTHROUGH_DATA_DIR"
DATABASE_NAME = "walkthrough.sqlite3"

PROJECT_DIR = Path(__file__).resolve().parent.parent
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
