"""Where Walkthrough keeps its data, logs and built-in files.

The data folder is the per-user data folder (platformdirs) unless
``--data-dir DIR`` or the ``WALKTHROUGH_DATA_DIR`` variable says otherwise,
or the person chose a new empty folder in the safe-start window (remembered
in the config folder's ``data-folder.txt``, see :func:`remember_data_dir`).

The built-in files (``forms/``, ``resources/``) sit beside the package in a
source checkout, and in the bundle's own folder (``sys._MEIPASS``) in an app
built with PyInstaller (see ``packaging/walkthrough.spec``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path
from typing import Any

import platformdirs

from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, message

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


REMEMBERED_FOLDER_FILE = "data-folder.txt"
# Beyond this a path is refused with a plain message (Windows' classic limit
# is 260; most file systems allow 255 bytes a name).
MAX_PATH_CHARS = 240


class StartProblem(Exception):
    """Something that stops the app from opening its data; for the user.

    ``what`` says what is wrong, ``todo`` what to do, in English (the log, the command line);
    ``what_message`` and ``todo_message`` are the same as messages the window shows in its
    language. ``path`` is the file or folder concerned. ``str()`` is the whole message in one
    paragraph.
    """

    def __init__(self, path: Path, what: str | Message, todo: str | Message) -> None:
        self.path = path
        self.what_message = what if isinstance(what, Message) else Message(what)
        self.todo_message = todo if isinstance(todo, Message) else Message(todo)
        self.what = what = str(self.what_message)
        self.todo = todo = str(self.todo_message)
        super().__init__(f"{path}: {what}. {todo[:1].upper()}{todo[1:]}.")

    @property
    def can_restore(self) -> bool:
        return False


class DataFolderProblem(StartProblem):
    """The data folder cannot be used (missing parent, a file, read-only, ...)."""


SHORTER_PATH = message(QT_TRANSLATE_NOOP("core", "choose a folder with a shorter path"))


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


CONFIG_DIR_VARIABLE = "WALKTHROUGH_CONFIG_DIR"


def config_dir() -> Path:
    """The per-user settings folder: ``$WALKTHROUGH_CONFIG_DIR`` (the self-test's own, so it never
    changes a user's language or remembered folder), else the platform's."""
    override = os.environ.get(CONFIG_DIR_VARIABLE)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir_is_chosen(override: str | os.PathLike[str] | None = None) -> bool:
    """Whether the folder was named (option or variable) rather than defaulted."""
    return override is not None or bool(os.environ.get(DATA_DIR_VARIABLE))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: ``override``, else the variable, else the folder
    remembered from the safe-start window, else the platform's."""
    if override is not None and not str(override).strip():
        raise DataFolderProblem(
            Path("--data-dir"), message(QT_TRANSLATE_NOOP("core", "the folder's name is empty")),
            message(QT_TRANSLATE_NOOP("core", "name a folder, e.g. --data-dir ~/walkthrough-data")),
        )
    chosen = override or os.environ.get(DATA_DIR_VARIABLE) or _remembered()
    path = Path(chosen) if chosen else default_data_dir()
    if len(str(path)) > MAX_PATH_CHARS:
        raise DataFolderProblem(
            Path(str(path)[:60] + "…"),
            message(QT_TRANSLATE_NOOP("core", "the data folder's path is {n} characters long, more than the {most} "
                                              "allowed"), n=len(str(path)), most=MAX_PATH_CHARS),
            SHORTER_PATH,
        )
    return path.expanduser().resolve()


def _remembered() -> str | None:
    try:
        text = (config_dir() / REMEMBERED_FOLDER_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text or None


def remember_data_dir(folder: Path) -> Path:
    """From now on open ``folder`` when no folder is named; returns the file written."""
    target = config_dir() / REMEMBERED_FOLDER_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(str(folder) + "\n", encoding="utf-8")
    return target


def prepare_data_folder(folder: Path) -> None:
    """Make the data folder if needed and prove it can be written to.

    Raises :class:`DataFolderProblem` with a plain message: a file where the
    folder should be, no permission, a read-only disk, a full disk, a name
    too long."""
    if folder.parent == folder:
        raise DataFolderProblem(
            folder,
            message(QT_TRANSLATE_NOOP("core", "this is the top of a disk, not a folder of its own")),
            message(QT_TRANSLATE_NOOP("core", "choose or make a folder inside it (--data-dir)")),
        )
    if folder.exists() and not folder.is_dir():
        raise DataFolderProblem(
            folder,
            message(QT_TRANSLATE_NOOP("core", "this is a file, not a folder, so it cannot hold Walkthrough's data")),
            message(QT_TRANSLATE_NOOP("core", "choose another folder (--data-dir), or start with a new empty data "
                                              "folder")),
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe_write(folder)
    except OSError as exc:
        raise folder_problem(folder, exc) from None


def probe_write(folder: Path) -> None:
    """Write a few bytes into ``folder`` and remove them: raises OSError where it cannot be written."""
    probe = folder / f".write-test-{os.getpid()}"
    fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, b"ok")
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            probe.unlink()


def folder_problem(folder: Path, exc: OSError) -> DataFolderProblem:
    """An OS error on the data folder as a plain problem."""
    code = exc.errno
    if code == errno.ENOSPC:
        return DataFolderProblem(folder, message(QT_TRANSLATE_NOOP("core", "the disk is full")),
                                 message(QT_TRANSLATE_NOOP("core", "free some space on it, then try again")))
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DataFolderProblem(
            folder,
            message(QT_TRANSLATE_NOOP("core", "this folder cannot be written to (no permission, or a read-only "
                                              "disk)")),
            message(QT_TRANSLATE_NOOP("core", "choose a folder you may write to (--data-dir), or start with a new "
                                              "empty data folder")),
        )
    if code == errno.ENAMETOOLONG:
        return DataFolderProblem(folder, message(QT_TRANSLATE_NOOP("core", "the folder's name is too long")),
                                 SHORTER_PATH)
    if code in (errno.ENOTDIR, errno.EEXIST):
        return DataFolderProblem(
            folder, message(QT_TRANSLATE_NOOP("core", "part of this path is a file, not a folder")),
            message(QT_TRANSLATE_NOOP("core", "choose another folder (--data-dir)")),
        )
    return DataFolderProblem(folder, message(QT_TRANSLATE_NOOP("core", "this folder cannot be used ({why})"),
                                             why=exc.strerror or str(exc)),
                             message(QT_TRANSLATE_NOOP("core", "choose another folder")))


def new_data_folder_beside(folder: Path, stamp: str) -> Path:
    """A name for a new empty data folder next to ``folder`` (or in the
    platform's data folder when that is not possible)."""
    for parent in (folder.parent, default_data_dir().parent):
        candidate = parent / f"{folder.name or APP_NAME} (new {stamp})"
        if not candidate.exists():
            return candidate
    return default_data_dir().parent / f"{APP_NAME} (new {stamp} {os.getpid()})"


def database_path(folder: Path) -> Path:
    return folder / DATABASE_NAME


LOG_DIR_VARIABLE = "WALKTHROUGH_LOG_DIR"


def log_dir(folder: Path) -> Path:
    """Where the log of the data folder ``folder`` is written: ``$WALKTHROUGH_LOG_DIR``, else
    the platform's per-user log folder (``platformdirs.user_log_dir``: ``~/.local/state/
    Walkthrough/log`` on Linux, ``%LOCALAPPDATA%\\Walkthrough\\Logs`` on Windows,
    ``~/Library/Logs/Walkthrough`` on macOS). The default data folder logs there; any other
    data folder in a subfolder of its own (its name and a short hash of its path), so two
    copies of the app on two folders never write one file."""
    override = os.environ.get(LOG_DIR_VARIABLE)
    if override:
        return Path(override)
    base = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    try:
        where = folder.resolve()
        if where == default_data_dir().resolve():
            return base
    except OSError:
        where = folder.absolute()
    digest = sha256(str(where).encode("utf-8")).hexdigest()[:10]
    return base / f"{where.name or 'data'}-{digest}"


def sha256(data: bytes = b"") -> Any:
    """SHA-256 from Python's own module when it has it: ``hashlib`` loads OpenSSL (0.003 s of
    every start, for the log folder's name and the schema's cache key); the digest is the same."""
    try:
        from _sha256 import sha256 as made  # type: ignore[import-not-found]  # CPython 3.11
    except ImportError:
        from hashlib import sha256 as made
    return made(data)


def old_log_dir(folder: Path) -> Path:
    """Where older versions wrote the log: the data folder's ``logs`` (see ``log.move_old_logs``)."""
    return folder / "logs"


BACKUP_FOLDER_FILE = "backup-folder.txt"


def backup_dir(folder: Path) -> Path:
    """The data folder's ``backups``, or the folder chosen in Settings (the config
    folder's ``backup-folder.txt``), where backups of this data folder go."""
    try:
        chosen = (config_dir() / BACKUP_FOLDER_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        chosen = ""
    return Path(chosen) if chosen else folder / "backups"


def remember_backup_dir(folder: Path | None) -> Path:
    """Make backups in ``folder`` from now on (``None``: in the data folder again); returns the file written."""
    target = config_dir() / BACKUP_FOLDER_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(f"{folder}\n" if folder is not None else "", encoding="utf-8")
    return target


def set_aside_dir(folder: Path) -> Path:
    """Where a damaged or foreign database file is moved, untouched, when a backup replaces it."""
    return folder / "set-aside"
