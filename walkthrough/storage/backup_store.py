"""Backups as user actions: list them, make one, restore one (administrators).

Restoring replaces everything in the database with the backup's content,
so it is :data:`~walkthrough.core.permissions.Action.RESTORE_BACKUP`: once
anyone is in the directory, only an administrator may (a new install with
nobody in it yet may restore its data). The current state is backed up
first, then the backup is copied into the open database with SQLite's
backup API (the connection stays valid), and migrated if it is older.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from walkthrough.core.permissions import Action
from walkthrough.storage.backup import Backup, Reason, backups, check_backup, make_backup
from walkthrough.storage.base import StoreBase
from walkthrough.storage.directory import DirectoryStore
from walkthrough.storage.health import read_only_connection, sqlite_problem
from walkthrough.storage.migrations import apply_migrations

log = logging.getLogger("walkthrough.storage.backup")


class BackupStore(DirectoryStore, StoreBase):
    @property
    def data_folder(self) -> Path | None:
        return Path(self.database_file).parent if self.database_file else None

    def backups(self) -> list[Backup]:
        """This data folder's backups, newest first."""
        folder = self.data_folder
        return backups(folder) if folder else []

    def back_up(self, reason: str = Reason.BY_HAND) -> Backup:
        """Make a backup of the database now (any profile may)."""
        if not self.database_file:
            raise ValueError("an in-memory database has no backups")
        backup = make_backup(Path(self.database_file), reason)
        log.info("backup made", extra={"event": {"event": "backup_made", "path": str(backup.path),
                                                 "reason": reason}})
        return backup

    def may_restore(self, by: str | None) -> bool:
        return not self._anyone_in_directory() or self.may(by, Action.RESTORE_BACKUP)

    def restore_backup(self, backup: Backup, *, by: str | None) -> Backup:
        """Replace the database's content with ``backup``; returns the backup of the state before."""
        if self._anyone_in_directory():
            self._require(Action.RESTORE_BACKUP, by)
        problem = check_backup(backup)
        if problem is not None:
            raise problem
        before = self.back_up(Reason.BEFORE_RESTORE)
        try:
            source = read_only_connection(backup.path)
            try:
                source.backup(self.db.conn)
            finally:
                source.close()
            apply_migrations(self.db)
        except sqlite3.Error as exc:
            raise sqlite_problem(exc, Path(self.database_file)) from None
        for cache in ("_framework_cache",):
            if hasattr(self, cache):
                delattr(self, cache)
        self._after_restore()
        log.info("backup restored", extra={"event": {"event": "backup_restored", "path": str(backup.path),
                                                     "before": str(before.path)}})
        return before

    def _anyone_in_directory(self) -> bool:
        return bool(self.db.execute("SELECT 1 FROM people WHERE deleted = 0 LIMIT 1").fetchone())

