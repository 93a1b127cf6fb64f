"""Importing framework files as a user action: administrators and coaches only.

The built-in frameworks are installed at every start by the app itself
(:meth:`~walkthrough.storage.framework_store.FrameworkStore.install_framework_files`);
a file a person picks on the Frameworks page comes in here, with ``by``.
"""

from __future__ import annotations

from pathlib import Path

from walkthrough.core.permissions import Action
from walkthrough.storage.access import AccessStore
from walkthrough.storage.framework_store import FrameworkStore, InstallReport


class FrameworkImportStore(FrameworkStore, AccessStore):
    def import_framework_files(self, paths: list[Path], *, by: str | None) -> list[InstallReport]:
        self._require(Action.EDIT_FRAMEWORK, by)
        return self.install_framework_files(paths)
