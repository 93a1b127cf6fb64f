"""Devices for the sync tests: each a data folder with its own database and device id.

A test makes two or three devices, records things on each, and carries bundles
between them through files or a shared folder, as a district would.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from role_helpers import first_admin

from walkthrough.core.model import Role
from walkthrough.paths import FORMS_DIR
from walkthrough.storage import Repository
from walkthrough.storage.sync_tables import TABLES
from walkthrough.sync.exporter import export_bundle
from walkthrough.sync.folder import FolderRound, sync_folder
from walkthrough.sync.importer import ImportReport, import_files

BLAST = "blast-empowered-learning"
REPORTS = ("sync_reports", "sqlite_sequence")  # where a refusal itself is recorded


@dataclass
class Device:
    name: str
    folder: Path
    repo: Repository
    exports: int = 0
    made: list[Path] = field(default_factory=list)

    def export(self, out: Path | None = None, *, since_last: bool = False) -> Path:
        self.exports += 1
        path = out or self.folder.parent / f"{self.name}-{self.exports:03d}.zip"
        export_bundle(self.repo, path, since_last=since_last)
        self.made.append(path)
        return path

    def take(self, *paths: Path) -> ImportReport:
        return import_files(self.repo, list(paths))

    def folder_round(self, shared: Path) -> FolderRound:
        return sync_folder(self.repo, shared)


def make_device(root: Path, name: str) -> Device:
    folder = root / name
    folder.mkdir(parents=True)
    repo = Repository.open(folder / "walkthrough.sqlite3")
    repo.set_setting("device_name", name)
    reports = repo.install_framework_files([FORMS_DIR])
    assert all(not r.problems for r in reports)
    return Device(name, folder, repo)


def devices(root: Path, *names: str) -> Iterator[Device]:
    for name in names:
        yield make_device(root, name)


def state(repo: Repository) -> dict[str, list[tuple[object, ...]]]:
    """Every synced record's id and synced values: what must be equal on converged devices."""
    found: dict[str, list[tuple[object, ...]]] = {}
    for spec in TABLES.values():
        columns = ["id", *spec.main_fields]
        rows = repo.db.execute(f"SELECT {', '.join(columns)} FROM {spec.table} ORDER BY id").fetchall()
        found[spec.table] = [tuple(r) for r in rows]
    return found


def everything(repo: Repository, *, but: tuple[str, ...] = ()) -> str:
    """A digest of every row of every table, sync bookkeeping included (for "nothing changed");
    ``but`` leaves tables out (the import reports, which record the refusal itself)."""
    digest = hashlib.sha256()
    tables = [r[0] for r in repo.db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for table in tables:
        if table in but:
            continue
        for row in repo.db.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall():
            digest.update(repr((table, row)).encode())
    return digest.hexdigest()


def database_bytes(device: Device) -> bytes:
    """The database file and its write-ahead log, as a reader of the disk would see them."""
    device.repo.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = b""
    for path in sorted(device.folder.glob("walkthrough.sqlite3*")):
        data += path.read_bytes()
    return data


def admin_of(device: Device) -> str:
    """The directory's administrator on this device (made on the first device; the others get it by sync)."""
    return first_admin(device.repo).id


def school_with_room(device: Device, school: str = "Maple Hollow Elementary") -> tuple[str, str, str]:
    repo = device.repo
    by = admin_of(device)
    s = repo.add_school(school, by=by)
    teacher = repo.add_person("Ben Ito", Role.TEACHER, s.id, by=by)
    room = repo.add_room(s.id, "Room 12", teacher_id=teacher.id, grade_band="3-5", by=by)
    return s.id, room.id, teacher.id


def blast_visit(device: Device, school_id: str, room_id: str, teacher_id: str | None = None) -> str:
    repo = device.repo
    by = admin_of(device)
    framework = repo.framework(BLAST)
    visit = repo.start_observation("blast", framework, school_id, room_id=room_id, teacher_id=teacher_id,
                                   observer_id=by, by=by)
    presence = [lf for lf in framework.look_fors if lf.response.value == "presence"]
    repo.set_response(visit.id, presence[0].key, "observed", by=by)
    repo.add_note(visit.id, "evidence", "Students explained their strategy to a partner.", by=by)
    return visit.id


def row_count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
