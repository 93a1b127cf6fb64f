"""The app's settings on this device, with ``QSettings`` in the platform's usual place:
the per-user config folder (``platformdirs.user_config_dir``: ``~/.config/Walkthrough`` on
Linux, ``%LOCALAPPDATA%\\Walkthrough`` on Windows, ``~/Library/Application Support`` on macOS),
as ``settings.ini``. An INI file rather than the Windows registry so that the folder the app's
other per-user files live in (and the tests' redirected one) holds them too.

Two settings are also read before Qt loads, by the headless commands too, so they
live in the config folder as one-line files (``walkthrough.paths``): the data
folder (``data-folder.txt``, takes effect at the next start) and the backup folder
(``backup-folder.txt``). The sync folder belongs to the database (every page that
shows it reads ``repo.sync_folder()``), so the Sync page and Settings share it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from walkthrough.paths import config_dir

if TYPE_CHECKING:  # the first page (the setup's welcome) is shown before the framework types load
    from walkthrough.core.framework_types import Mode

LANGUAGES = {"en": "English", "es": "Español"}
LANGUAGE = "language"
SET_UP = "first_run/done"


def _default_framework_key(mode: Mode) -> str:
    return f"frameworks/default_{mode.value}"


class AppSettings:
    """A thin, typed view of the app's QSettings."""

    def __init__(self) -> None:
        self.store = QSettings(str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)

    def _text(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return value if isinstance(value, str) else default

    def _set(self, key: str, value: str | None) -> None:
        if value:
            self.store.setValue(key, value)
        else:
            self.store.remove(key)
        self.store.sync()

    @property
    def language(self) -> str:
        language = self._text(LANGUAGE)
        return language if language in LANGUAGES else ""

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self._set(LANGUAGE, language)

    def default_framework(self, mode: Mode) -> str:
        return self._text(_default_framework_key(mode))

    def set_default_framework(self, mode: Mode, framework_id: str | None) -> None:
        self._set(_default_framework_key(mode), framework_id)

    def location(self) -> str:
        return self.store.fileName()
