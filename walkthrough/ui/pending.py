"""Every edit kept until the database takes it: the window's queue of edits.

A tap or a pause in typing *submits* an edit: it is committed at once when
the database is free, as before. When another program holds the database
or the disk is full, the repository raises ``StoreUnavailable`` within a
short lock wait (:data:`UI_LOCK_WAIT_MS`, so the window never freezes); the
edit then *waits*, its field says "not saved yet", and it is tried again
every :data:`RETRY_MS` until the database takes it. Edits wait in the order
they were made, and a later edit of the same field replaces the waiting one.

Every waiting edit, and the text of a field being typed, is written ahead
to the journal next to the database (``storage.pending_edits``), so a kill
loses none of it: the next start commits what the journal holds
(:meth:`PendingWrites.replay`).

Nothing is shown as saved before the commit returns: a field learns that
its text is saved from :attr:`PendingWrites.saved`, emitted after the
repository action returned.
"""

from __future__ import annotations

import logging
import weakref
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError, StoreUnavailable
from walkthrough.storage.pending_edits import EditJournal, JournalDamaged, PendingEdit, apply_edit
from walkthrough.ui import core_text

log = logging.getLogger("walkthrough.ui.pending")

#: How long an action from the window waits for another program's write lock
#: before the edit is kept waiting instead (the window is frozen meanwhile).
UI_LOCK_WAIT_MS = 25
#: How often waiting edits are tried again.
RETRY_MS = 400


class Outcome(Enum):
    SAVED = "saved"
    WAITING = "waiting"
    REFUSED = "refused"


class PendingWrites(QObject):
    """The edits of one repository that the database has not taken yet."""

    saved = Signal(object, object)  # the PendingEdit, the repository action's result: committed
    waiting = Signal(object, str)  # the PendingEdit, why the database did not take it (for the user)
    refused = Signal(object, str)  # the PendingEdit, what the store said: it will never be taken

    def __init__(self, repo: Repository, journal: EditJournal | None = None) -> None:
        super().__init__()
        self._repo = weakref.ref(repo)
        self.journal = journal if journal is not None else EditJournal.for_database(repo.database_file)
        repo.set_lock_wait(UI_LOCK_WAIT_MS)
        self._edits: dict[str, PendingEdit] = {}  # in the order they were made
        self.fault = ""  # why the database last refused to take an edit for now
        self.journal_problem = ""  # why the journal could not be written ("" when it is)
        self.load_problem = ""  # why the journal found at start could not be read
        self._trying = False
        self._logged_fault = ""  # the fault already in the log (not once per retry)
        self._announced: dict[str, tuple[PendingEdit, str]] = {}  # what `waiting` last said of each field
        self._written: tuple[PendingEdit, ...] | None = None  # the journal's content as last written
        self._written_durable = False
        try:
            for edit in self.journal.read():
                self._edits[edit.key] = edit
        except JournalDamaged as exc:
            self.load_problem = str(exc)
            log.warning("edits not yet saved could not be read: %s", exc)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self.retry)

    @property
    def repo(self) -> Repository:
        repo = self._repo()
        if repo is None:
            raise RuntimeError("the repository of these edits is gone")
        return repo

    # What the screen asks ---------------------------------------------------
    def edit(self, key: str) -> PendingEdit | None:
        """The edit of ``key`` not yet in the database (or its kept draft)."""
        return self._edits.get(key)

    def is_waiting(self, key: str) -> bool:
        edit = self._edits.get(key)
        return edit is not None and not edit.is_draft

    def waiting_edits(self, prefix: str = "") -> list[PendingEdit]:
        return [e for k, e in self._edits.items() if not e.is_draft and k.startswith(prefix)]

    def count(self) -> int:
        return len(self.waiting_edits())

    # Edits ------------------------------------------------------------------
    def keep(self, edit: PendingEdit) -> None:
        """Hold ``edit`` (text being typed, or a draft) and write it ahead, without trying it yet."""
        self._edits[edit.key] = edit
        self._write_journal(durable=False)

    def forget(self, key: str) -> None:
        """Drop a draft, or an edit that is no longer wanted."""
        if self._edits.pop(key, None) is not None:
            self._write_journal(durable=False)

    def submit(self, edit: PendingEdit) -> Outcome:
        """Commit ``edit`` now, after the edits waiting before it; keep it waiting if the database cannot take it.

        While earlier edits wait for a retry, the new one joins them without
        another attempt (it could only wait out the same lock again): a burst
        of taps against a locked database costs one lock wait, not one each.
        """
        self._edits[edit.key] = edit
        if self._timer.isActive() and self.fault:
            self._write_journal(durable=False)  # the next retry, within RETRY_MS, flushes it to the disk
            self._announce([edit])
            return Outcome.WAITING
        return self._attempt().get(edit.key, Outcome.WAITING)

    def flush(self) -> bool:
        """Try every waiting edit now; True when none is left waiting."""
        self._attempt()
        return self.count() == 0

    def retry(self) -> None:
        self._attempt()

    def replay(self) -> tuple[int, int]:
        """At start: commit the edits the journal kept from last time; (saved, still waiting)."""
        found = self.count()
        self._attempt()
        left = self.count()
        if found:
            log.info("edits kept from last time", extra={"event": {
                "event": "pending_edits_replayed", "found": found, "saved": found - left, "waiting": left}})
        return found - left, left

    # Committing -------------------------------------------------------------
    def _attempt(self) -> dict[str, Outcome]:
        outcomes: dict[str, Outcome] = {}
        if self._trying:  # a slot of ours submitted: the running pass takes it
            return outcomes
        repo = self._repo()
        if repo is None or repo.is_closed:  # the database was let go: what waits stays in the journal for next start
            self._timer.stop()
            self._write_journal(durable=True)
            return {key: Outcome.WAITING for key in self._edits}
        self._trying = True
        waiting: list[PendingEdit] = []
        try:
            while True:
                todo = [e for k, e in self._edits.items() if not e.is_draft and k not in outcomes]
                if not todo:
                    break
                edit = todo[0]
                try:
                    result = apply_edit(self.repo, edit)
                except StoreUnavailable as exc:
                    self.fault = core_text.text(exc)  # shown in the interface's language; logged in English
                    waiting = todo
                    if self._logged_fault != str(exc):
                        self._logged_fault = str(exc)
                        log.info("edits wait for the database", extra={"event": {
                            "event": "edits_waiting", "count": len(todo), "why": str(exc)}})
                    break
                except StoreError as exc:
                    outcomes[edit.key] = Outcome.REFUSED
                    self._drop(edit)
                    log.info("edit refused", extra={"event": {
                        "event": "edit_refused", "key": edit.key, "action": edit.action, "why": str(exc)}})
                    self.refused.emit(edit, core_text.text(exc))
                except Exception:  # a fault of ours: never silent, never a traceback on screen
                    outcomes[edit.key] = Outcome.REFUSED
                    self._drop(edit)
                    log.exception("edit failed", extra={"event": {
                        "event": "edit_failed", "key": edit.key, "action": edit.action}})
                    self.refused.emit(edit, QCoreApplication.translate(
                        "PendingWrites", "an unexpected error (the details are in the log in the data folder)"))
                else:
                    outcomes[edit.key] = Outcome.SAVED
                    self._logged_fault = ""
                    self._drop(edit)
                    self.saved.emit(edit, result)
        finally:
            self._trying = False
        for edit in waiting:
            outcomes[edit.key] = Outcome.WAITING
        if not waiting:
            self.fault = ""
        self._write_journal(durable=bool(waiting))
        if self.count():
            self._timer.start()
        for key in [k for k in self._announced if k not in self._edits]:
            del self._announced[key]
        self._announce(waiting)
        return outcomes

    def _announce(self, waiting: list[PendingEdit]) -> None:
        for edit in waiting:  # said once per edit and fault, not at every retry
            if self._announced.get(edit.key) != (edit, self.fault):
                self._announced[edit.key] = (edit, self.fault)
                self.waiting.emit(edit, self.fault)

    def _drop(self, edit: PendingEdit) -> None:
        if self._edits.get(edit.key) is edit:  # a newer edit of the same field stays
            del self._edits[edit.key]

    def _write_journal(self, *, durable: bool) -> None:
        """Write the journal if it changed (or must now reach the disk): a retry
        against a lock that changes nothing costs no write and no fsync."""
        edits = tuple(self._edits.values())
        if edits == self._written and (self._written_durable or not durable):
            return
        try:
            self.journal.write(list(edits), durable=durable)
        except OSError as exc:
            if not self.journal_problem:
                log.warning("edits not yet saved could not be written ahead to %s: %s", self.journal.path, exc)
            self.journal_problem = (f"it could not be kept on the disk either ({exc.strerror or exc}): keep the app "
                                    "open until there is room")
        else:
            self.journal_problem = ""
            self._written, self._written_durable = edits, durable


_queues: weakref.WeakKeyDictionary[Repository, PendingWrites] = weakref.WeakKeyDictionary()


def pending_writes(repo: Repository) -> PendingWrites:
    """The window's queue of edits for ``repo`` (one per repository, made on first use)."""
    queue = _queues.get(repo)
    if queue is None:
        queue = PendingWrites(repo)
        _queues[repo] = queue
    return queue
