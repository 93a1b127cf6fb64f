"""Sync as store actions: what a bundle carries out, and applying one that came in.

:meth:`SyncStore.sync_payload` reads, in one snapshot, what this device's
next bundle carries: frameworks, records in the clear as
:mod:`walkthrough.core.privacy` allows, and private peer-visit content
sealed to the people in it (:mod:`walkthrough.storage.sync_sealed`).
:meth:`SyncStore.apply_bundle` applies a bundle that came in, whole or
not at all (checked first, then applied in short transactions). The bundle file itself (zip,
manifest, hostile-archive checks) is :mod:`walkthrough.sync`'s business.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from walkthrough.core.i18n import QT_TRANSLATE_NOOP
from walkthrough.core.model import now_iso
from walkthrough.core.permissions import Action
from walkthrough.storage.directory import DirectoryStore
from walkthrough.storage.sync_checks import RecordRefused, refused
from walkthrough.storage.sync_precheck import BundleCheckStore
from walkthrough.storage.sync_records import Applied, Incoming
from walkthrough.storage.sync_tables import MAIN, PRIVATE, TABLES

EXPORT_USN = "sync_export_usn"  # everything up to here went into an exported file
FOLDER_USN = "sync_folder_usn"  # this device's own changes up to here are in the folder
EXPORT_SEQ = "sync_export_seq"
SYNC_FOLDER = "sync_folder"
DEVICE_NAME = "device_name"
LINES_PER_TRANSACTION = 250  # a bundle this big or smaller is applied in one transaction (see apply_bundle)
TRANSACTION_SECONDS = 0.025  # how long a bigger bundle's transaction goes on once a tap waits: it waits no longer
ALONE_TIMES = 20  # times as long while nobody in this process waits (another process cannot say it does)
CLOCK_EVERY = 125  # records between looks at the clock, past a transaction's first LINES_PER_TRANSACTION
BUNDLE_CACHE_KIB = -65536  # the page cache of a bundle's connection while it imports (64 MiB; negative: KiB)


@dataclass(frozen=True)
class Payload:
    """What one bundle carries, read in one snapshot."""

    frameworks: list[dict[str, Any]]
    lines: list[dict[str, Any]]
    sealed: list[dict[str, Any]]
    counts: dict[str, int]
    watermark: int
    seq: int
    framework_keys: list[tuple[str, str]] = field(default_factory=list)
    unsealed: list[str] = field(default_factory=list)  # private content nobody can open yet: kept back


@dataclass(frozen=True)
class Report:
    """One stored import report."""

    at: str
    file_name: str
    bundle_id: str | None
    device_id: str | None
    device_name: str | None
    outcome: str
    counts: dict[str, int]
    message: str


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while the block runs (then as before).

    An import makes a few dicts and tuples for each of many thousand records and
    keeps them until the bundle is in: Python's collector would walk all of them
    again and again (a third of the import's time) to find no garbage."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def let_go(items: list[Any], pause: Callable[[], None]) -> None:
    """Empty a long list a slice at a time, ``pause`` between: freeing a bundle's many thousand
    records at once would keep a tap on another thread waiting for the interpreter lock."""
    while items:
        del items[-2048:]
        pause()


def _in_entry(entry: str, step: Any, *args: Any, **kwargs: Any) -> None:
    try:
        step(*args, **kwargs)
    except RecordRefused as exc:
        exc.entry = entry
        raise


class SyncStore(BundleCheckStore, DirectoryStore):
    # Who this device is ------------------------------------------------------------
    @property
    def device_name(self) -> str:
        import platform

        return self.setting(DEVICE_NAME) or platform.node() or "this device"

    def _after_restore(self) -> None:
        """A restored backup is this device as it was: writes made since then exist on other
        devices (and in its own old bundles). Going on under the same device id would write
        new changes under numbers already used, so the device takes a new id: its own old
        bundles come back in as another device's, and nothing is mistaken for a copy."""
        from walkthrough.core.model import new_id

        with self.transaction():
            old = self.setting("device_id")
            self.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('device_id', ?)", [new_id()])
            self.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('previous_device_id', ?)", [old])
            self.db.execute("DELETE FROM settings WHERE key = 'sync_folder_signature'")
        self.__dict__.pop("_device_id_cache", None)

    def require_sync(self, by: str | None) -> None:
        """Every role may sync; ``None`` is the device itself (the command line)."""
        if by is not None:
            self._require(Action.SYNC, by)

    # Out -------------------------------------------------------------------------------
    def sync_payload(self, *, since: int = 0, own_only: bool = False) -> Payload:
        """Everything changed after change number ``since`` (``own_only``: only what this
        device's own bundle must carry), read in one snapshot."""
        self.db.execute("BEGIN")
        try:
            watermark = int(self.db.execute("SELECT usn FROM sync_counter").fetchone()[0])
            seq = int(self.setting(EXPORT_SEQ) or "0") + 1
            lines, groups = self._changed_lines(since, own_only)
            sealed = self._seal_groups(groups, seq) + self._relayed_parts(since, own_only)
            keys = sorted({(str(ln["v"]["framework_id"]), str(ln["v"]["framework_version"]))
                           for ln in lines if ln["t"] in ("observations", "rounds", "peer_visits")
                           and ln.get("p", MAIN) == MAIN} | self._framework_keys_of_groups(groups))
            frameworks = [self._framework_entry(fid, version) for fid, version in keys]
        finally:
            self.db.execute("COMMIT")
        counts: dict[str, int] = {}
        for line in lines:
            name = line["t"] if line.get("p", MAIN) == MAIN else f"{line['t']}.private"
            counts[name] = counts.get(name, 0) + 1
        counts["sealed"] = len(sealed)
        counts["frameworks"] = len(frameworks)
        return Payload(frameworks, lines, sealed, counts, watermark, seq, keys, list(self._unsealed))

    def mark_exported(self, payload: Payload, *, to_folder: bool) -> None:
        """The bundle is on disk: remember how far it went."""
        with self.transaction():
            key = FOLDER_USN if to_folder else EXPORT_USN
            self.db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET"
                            " value = max(CAST(value AS INTEGER), excluded.value)", [key, payload.watermark])
            self.db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET"
                            " value = excluded.value", [EXPORT_SEQ, payload.seq])
            for fid, version in payload.framework_keys:
                self.db.execute("UPDATE frameworks SET left_device = 1 WHERE framework_id = ? AND version = ?",
                                [fid, version])
            self.db.execute("DELETE FROM sync_reseal")
            # Kept back for want of a key: sealed as soon as one of its people has one.
            self.db.conn.executemany("INSERT OR IGNORE INTO sync_reseal (group_id) VALUES (?)",
                                [(g,) for g in payload.unsealed])

    def _changed_lines(self, since: int, own_only: bool) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        lines: list[dict[str, Any]] = []
        groups = self._group_index()
        touched: set[str] = {r[0] for r in self.db.execute("SELECT group_id FROM sync_reseal").fetchall()}
        for spec in TABLES.values():
            where = "usn > ?" + (" AND outbox = 1" if own_only else "")
            for part in (MAIN, PRIVATE) if spec.private else (MAIN,):
                for line in self._part_lines(spec, part, where, [since], as_stored=True):
                    group = groups.group_of(spec.table, part, line["id"], line["v"])
                    if group is None:
                        lines.append(line)
                    else:
                        touched.add(group)
        return lines, {g: groups.groups[g] for g in touched if g in groups.groups}

    # In ---------------------------------------------------------------------------------
    def apply_bundle(
        self,
        *,
        frameworks: Sequence[dict[str, Any]],
        lines: Iterable[object],
        sealed: Sequence[dict[str, Any]],
        from_folder: bool,
        remember: dict[str, Any] | None = None,
    ) -> Applied:
        """Apply one bundle, whole or not at all; :class:`RecordRefused` says why not.

        Everything that could refuse it is looked for first, reading only
        (:mod:`walkthrough.storage.sync_precheck`). A bundle of up to
        :data:`LINES_PER_TRANSACTION` records is then applied in one transaction. A
        bigger one is applied in several, each of :data:`LINES_PER_TRANSACTION` records
        or more, with a change number of its own: each ends once it has gone on for
        :data:`TRANSACTION_SECONDS` while a user action of this process waits (a tap on
        another connection waits for one of them at most, never for the whole import),
        or for :data:`ALONE_TIMES` as long while nobody does (each commit writes the
        pages it touched again). A last one takes the sealed parts, the records held for a parent
        and the mark that the bundle is in: until it commits, the bundle counts as not
        imported, and importing it again (after a crash, say) finds what is already
        here unchanged and adds the rest.
        """
        with gc_paused():
            return self._apply_bundle(frameworks, lines, sealed, from_folder, remember)

    def _apply_bundle(self, frameworks: Sequence[dict[str, Any]], lines: Iterable[object],
                      sealed: Sequence[dict[str, Any]], from_folder: bool, remember: dict[str, Any] | None,
                      ) -> Applied:
        done = Applied()
        self._reset_sync_caches()
        parsed: list[Incoming] = []
        try:
            return self._apply_parsed(frameworks, lines, sealed, from_folder, remember, parsed, done)
        finally:
            let_go(parsed, self.step_aside)

    def _apply_parsed(self, frameworks: Sequence[dict[str, Any]], lines: Iterable[object],
                      sealed: Sequence[dict[str, Any]], from_folder: bool, remember: dict[str, Any] | None,
                      parsed: list[Incoming], done: Applied) -> Applied:
        import time

        outbox = not from_folder
        for number, line in enumerate(lines):  # before the write lock: taps wait less
            if number % 64 == 0:
                self.step_aside()
            parsed.append(self._parse_line(line))
        durable = int(self.db.execute("PRAGMA synchronous").fetchone()[0])
        # No checkpoint at the bundle's commits: each would copy the log back (and flush it) after
        # one short transaction after another. The app's background checkpoint does it (or this
        # connection's own, once the bundle is in).
        autocheckpoint = int(self.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
        self.db.execute("PRAGMA wal_autocheckpoint = 0")
        # The bundle's rows go into indexes on random ids, one short transaction after another:
        # with SQLite's 2 MB page cache each one reads the index pages back from the file again.
        cache_pages = int(self.db.execute("PRAGMA cache_size").fetchone()[0])
        self.db.execute(f"PRAGMA cache_size = {BUNDLE_CACHE_KIB}")
        try:
            self._check_bundle(frameworks, parsed, sealed)
            step = LINES_PER_TRANSACTION
            self._long_writer = len(parsed) > step  # user actions on other connections go between its transactions
            if self._long_writer:
                # The bundle's own transactions but the last skip the flush to disk: in the write-ahead log
                # the last one's flush carries every one before it, and until then the bundle is not in
                # (a power cut loses some of it, and the next import brings it again). A tap's are flushed.
                self.db.execute("PRAGMA synchronous = NORMAL")
            at = 0
            while True:
                last = at + step >= len(parsed) and not self._long_writer
                with self.transaction():
                    self._import_usn = self._next_usn()  # one change number for each transaction of the bundle
                    self._meaning_checked = True
                    if at == 0:
                        for entry in frameworks:
                            _in_entry("frameworks.jsonl", self._take_framework, entry)
                    started, size = time.perf_counter(), step
                    while at < len(parsed):
                        self._apply_lines(parsed[at:at + size], done, outbox=outbox)
                        at += size
                        spent = time.perf_counter() - started
                        if spent >= TRANSACTION_SECONDS and (spent >= TRANSACTION_SECONDS * ALONE_TIMES
                                                             or self.someone_waits()):
                            break
                        size = min(step, CLOCK_EVERY)
                    if last:
                        for sealed_part in sealed:
                            _in_entry("sealed.jsonl", self._take_sealed, sealed_part, done, outbox=outbox)
                        self._apply_held(done, outbox=outbox)
                        self._derive_peer_visibility()
                        if remember is not None:
                            self.remember_bundle(**remember)
                    self._meaning_checked = False
                if last:
                    break
                if at >= len(parsed):  # the last one, flushed to disk with all before it
                    self.db.execute(f"PRAGMA synchronous = {durable}")
                    self._long_writer = False
                    step = max(1, len(parsed))
        except BaseException:
            self._reset_sync_caches()
            self.__dict__.pop("_framework_cache", None)
            raise
        finally:
            self._import_usn = None
            self._meaning_checked = False
            if self._long_writer:
                self.db.execute(f"PRAGMA synchronous = {durable}")
            self._long_writer = False
            self.db.execute(f"PRAGMA wal_autocheckpoint = {autocheckpoint}")
            self.db.execute(f"PRAGMA cache_size = {cache_pages}")
        return done

    def _take_framework(self, entry: dict[str, Any]) -> None:
        framework, exists = self._check_framework(entry)
        fid, version, sha = framework.id, framework.version, framework.sha256
        text, source = entry["source_text"], entry.get("source_name")
        if not exists:
            self.db.execute(
                "INSERT INTO frameworks (framework_id, version, sha256, title, modes, source_name, source_text,"
                " installed_at, left_device) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
                [fid, version, sha, framework.title, json.dumps([m.value for m in framework.modes]),
                 source if isinstance(source, str) else framework.source_name, text, now_iso()])
            self._cache()[(fid, version)] = framework
        else:
            self.db.execute("UPDATE frameworks SET left_device = 1 WHERE framework_id = ? AND version = ?",
                            [fid, version])

    def _framework_entry(self, framework_id: str, version: str) -> dict[str, Any]:
        row = self.db.execute("SELECT sha256, source_name, source_text FROM frameworks WHERE framework_id = ?"
                              " AND version = ?", [framework_id, version]).fetchone()
        if row is None:
            raise refused(None, QT_TRANSLATE_NOOP(
                "core", "framework '{id}' version '{version}' is used but not installed here"),
                id=framework_id, version=version)
        return {"id": framework_id, "version": version, "sha256": row[0], "source_name": row[1],
                "source_text": row[2]}

    # Bundles seen, reports, devices --------------------------------------------------------
    def bundle_seen(self, bundle_id: str, sha256: str) -> bool:
        return self.db.execute("SELECT 1 FROM sync_bundles WHERE bundle_id = ? AND sha256 = ?",
                               [bundle_id, sha256]).fetchone() is not None

    def file_seen(self, file_name: str, size: int, mtime_ns: int) -> bool:
        return self.db.execute("SELECT 1 FROM sync_bundles WHERE file_name = ? AND size = ? AND mtime_ns = ?",
                               [file_name, size, mtime_ns]).fetchone() is not None

    def files_seen(self) -> set[tuple[str, int, int]]:
        return {(r[0], int(r[1]), int(r[2])) for r in self.db.execute(
            "SELECT file_name, size, mtime_ns FROM sync_bundles").fetchall()}

    def remember_bundle(self, *, bundle_id: str, sha256: str, file_name: str, size: int, mtime_ns: int,
                        device_id: str, device_name: str, app_version: str, exported_at: str) -> None:
        """Inside the import's transaction or on its own: this bundle is in."""
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO sync_bundles (bundle_id, sha256, file_name, size, mtime_ns,"
                            " device_id, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [bundle_id, sha256, file_name, size, mtime_ns, device_id, now_iso()])
            self.db.execute("INSERT INTO sync_devices (device_id, name, app_version, last_bundle_at, seen_at)"
                            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(device_id) DO UPDATE SET name = excluded.name,"
                            " app_version = excluded.app_version, last_bundle_at = excluded.last_bundle_at,"
                            " seen_at = excluded.seen_at",
                            [device_id, device_name, app_version, exported_at, now_iso()])

    def add_sync_report(self, *, file_name: str, outcome: str, counts: dict[str, int] | None = None,
                        message: str = "", bundle_id: str | None = None, device_id: str | None = None,
                        device_name: str | None = None) -> None:
        with self.transaction():
            self.db.execute("INSERT INTO sync_reports (at, file_name, bundle_id, device_id, device_name, outcome,"
                            " counts, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            [now_iso(), file_name, bundle_id, device_id, device_name, outcome,
                             json.dumps(counts or {}), message])

    def sync_reports(self, limit: int = 200) -> list[Report]:
        rows = self._rows("SELECT * FROM sync_reports ORDER BY id DESC LIMIT ?", [limit])
        return [Report(r["at"], r["file_name"], r["bundle_id"], r["device_id"], r["device_name"], r["outcome"],
                       json.loads(r["counts"]), r["message"]) for r in rows]

    def device_names(self) -> dict[str, str]:
        names = {r[0]: r[1] for r in self.db.execute("SELECT device_id, name FROM sync_devices").fetchall()}
        names[self._device] = f"{self.device_name} (this device)"
        return names

    def has_outbox(self) -> bool:
        """Whether this device has anything its next folder bundle must carry (indexed queries)."""
        since = int(self.setting(FOLDER_USN) or "0")
        for table in (*TABLES, "sealed_parts"):
            if self.db.execute(f"SELECT 1 FROM {table} WHERE usn > ? AND outbox = 1 LIMIT 1", [since]).fetchone():
                return True
        return self.db.execute("SELECT 1 FROM sync_reseal LIMIT 1").fetchone() is not None

    def outbox_counts(self) -> dict[str, int]:
        """What this device has changed and not yet put in the folder, by kind of record."""
        since = int(self.setting(FOLDER_USN) or "0")
        found: dict[str, int] = {}
        for spec in TABLES.values():
            n = int(self.db.execute(f"SELECT count(*) FROM {spec.table} WHERE usn > ? AND outbox = 1",
                                    [since]).fetchone()[0])
            if n:
                found[spec.kind or spec.table] = n
        return found

    def sync_folder(self) -> str | None:
        return self.setting(SYNC_FOLDER)

    def set_sync_folder(self, folder: str | None, *, by: str | None) -> None:
        self.require_sync(by)
        self.set_setting(SYNC_FOLDER, folder)
