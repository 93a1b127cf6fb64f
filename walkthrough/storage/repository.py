"""The repository: every action the app can take on its data.

The UI, the CLI, reports and sync call these methods; none of them writes
SQL. Each method that changes data is one user action in one transaction,
committed (and, with ``synchronous=FULL``, on disk) when it returns.
"""

from __future__ import annotations

from pathlib import Path

from walkthrough.storage.backup_store import BackupStore
from walkthrough.storage.bulk import BulkStore
from walkthrough.storage.conflict_store import ConflictStore
from walkthrough.storage.db import connect_reader, open_database
from walkthrough.storage.directory import DirectoryStore
from walkthrough.storage.export_store import ExportStore
from walkthrough.storage.framework_edit_store import FrameworkEditStore
from walkthrough.storage.instrument_store import InstrumentStore
from walkthrough.storage.observation_store import ObservationStore
from walkthrough.storage.peer_host_store import PeerHostStore
from walkthrough.storage.peer_record_store import PeerRecordStore
from walkthrough.storage.profile_store import ProfileStore
from walkthrough.storage.report_store import ReportStore
from walkthrough.storage.roster_store import RosterStore
from walkthrough.storage.round_store import RoundStore
from walkthrough.storage.team_store import TeamStore


class Repository(
    ConflictStore, RoundStore, PeerHostStore, PeerRecordStore, BulkStore, InstrumentStore, FrameworkEditStore,
    ObservationStore, ProfileStore, BackupStore, RosterStore, DirectoryStore, TeamStore,
    ReportStore, ExportStore,
):
    @classmethod
    def open(cls, path: Path | str, *, background_checkpoints: bool = False, quick_check: bool = True) -> Repository:
        return cls(open_database(path, background_checkpoints=background_checkpoints, quick_check=quick_check))

    @classmethod
    def open_for_sync(cls, path: Path | str) -> Repository:
        """The sync's own connection beside the window's (on a thread of its own), on a database
        the window has opened and checked already: like the window's, it leaves copying the WAL
        back to the app's background checkpoint, so no commit of a long import (nor a tap's)
        stops to do it."""
        return cls(open_database(path, background_checkpoints=True, quick_check=False))

    @classmethod
    def open_reader(cls, path: Path | str) -> Repository:
        """A read-only repository on a connection of its own, for work off the UI thread."""
        from walkthrough.storage.sqlite_lib import sqlite_utils

        return cls(sqlite_utils.Database(connect_reader(path)))
