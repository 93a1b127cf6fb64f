"""Edits the screen holds that the database has not taken yet.

Typed text is committed after a short pause, and a tap at once; while the
database is locked by another program or the disk is full, the edit waits
and is tried again. So that a kill, a crash or a power cut while it waits
loses nothing, every waiting edit is written ahead to a small journal file
next to the database (``walkthrough.pending-edits.json``), and the next
start commits what it finds there.

An edit is one record's one field set to a value (the last value typed
wins), so committing it twice does no harm: a kill between the commit and
the journal's update replays an edit that is already in the database.

The journal is plain JSON, rewritten whole through a temporary file and a
rename, so it is never half written; it disappears when nothing waits.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from walkthrough.storage.base import StoreError

if TYPE_CHECKING:
    from walkthrough.storage.repository import Repository

FORMAT = 1
SUFFIX = ".pending-edits.json"

#: The repository actions an edit may name. Each sets fields of one record to
#: given values, so replaying it is harmless; nothing else can be replayed.
ACTIONS = frozenset({
    "set_peer_focus",
    "set_peer_debrief",
    "update_peer_plan",
    "update_room",
    "update_person",
    "update_route",
    "record_response",
    "set_response_note",
    "record_round_response",
    "save_look_for_note",
    "save_framework_draft",
})


class JournalDamaged(Exception):
    """The journal file could not be read; the message names it and says where it was kept."""


@dataclass(frozen=True)
class PendingEdit:
    """One record's one field, as the screen shows it, not yet in the database.

    ``key`` names the field (``"peer_visit/<id>/reflection"``): a later edit
    of the same key replaces an earlier one. ``action`` is the repository
    method that commits it (``""`` for a draft that is only kept, such as a
    peer note not yet added). ``label`` is the field in the user's words and
    ``text`` what the field shows, so the screen can show it again.
    """

    key: str
    action: str
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    label: str = ""
    text: str | None = None

    @property
    def is_draft(self) -> bool:
        return not self.action

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "action": self.action, "args": list(self.args), "kwargs": dict(self.kwargs),
                "label": self.label, "text": self.text}

    @classmethod
    def from_json(cls, data: object) -> PendingEdit:
        if not isinstance(data, dict):
            raise ValueError("an edit is not a JSON object")
        key, action, args, kwargs = data.get("key"), data.get("action"), data.get("args", []), data.get("kwargs", {})
        label, text = data.get("label", ""), data.get("text")
        if not isinstance(key, str) or not key:
            raise ValueError("an edit has no key")
        if not isinstance(action, str) or (action and action not in ACTIONS):
            raise ValueError(f"edit {key!r} names an unknown action {action!r}")
        if not isinstance(args, list) or not isinstance(kwargs, dict) or not all(isinstance(k, str) for k in kwargs):
            raise ValueError(f"edit {key!r} has malformed arguments")
        if not isinstance(label, str) or not (text is None or isinstance(text, str)):
            raise ValueError(f"edit {key!r} has a malformed label or text")
        return cls(key, action, tuple(args), kwargs, label, text)


def apply_edit(repo: Repository, edit: PendingEdit) -> object:
    """Commit ``edit`` through its repository action; returns the action's result.

    Raises what the action raises: :class:`StoreUnavailable` when the
    database cannot take it yet, another :class:`StoreError` when it is
    refused.
    """
    if edit.action not in ACTIONS:
        raise StoreError(f"'{edit.action}' is not an edit that can be saved later")
    try:
        return getattr(repo, edit.action)(*edit.args, **edit.kwargs)
    except TypeError as exc:  # e.g. an edit kept without the profile that made it (``by``)
        raise StoreError(f"the change to {edit.label or edit.key} could not be saved: {exc}") from None


class EditJournal:
    """The file of waiting edits next to a database (``None``: kept in memory only)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    @classmethod
    def for_database(cls, database_file: str) -> EditJournal:
        if not database_file:
            return cls(None)
        db = Path(database_file)
        return cls(db.with_name(db.stem + SUFFIX))

    def read(self) -> list[PendingEdit]:
        """The waiting edits, in the order they were made ([] when there is no file).

        A file that cannot be read is moved aside (never deleted) and
        :class:`JournalDamaged` says where it went.
        """
        if self.path is None or not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_bytes().decode("utf-8-sig"))
            if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("edits"), list):
                raise ValueError(f"it is not a format-{FORMAT} journal of edits")
            return [PendingEdit.from_json(item) for item in data["edits"]]
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            aside = self.path.with_name(f"{self.path.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
            try:
                self.path.replace(aside)
                kept = f"it was kept as {aside.name}"
            except OSError:
                kept = "it was left where it is"
            raise JournalDamaged(f"the file of edits not yet saved, {self.path}, could not be read ({exc}); {kept}") \
                from None

    def write(self, edits: Sequence[PendingEdit], *, durable: bool = False) -> None:
        """Replace the journal with ``edits`` (removing it when there are none).

        ``durable`` also flushes it to the disk (fsync), so a power cut keeps
        it; without, it survives the process being killed. Raises ``OSError``
        (a full disk, a read-only folder): the caller says what that means.
        """
        if self.path is None:
            return
        if not edits:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            return
        body = json.dumps({"format": FORMAT, "edits": [e.to_json() for e in edits]}, ensure_ascii=False, indent=1)
        temporary = self.path.with_name(self.path.name + ".tmp")
        try:
            with open(temporary, "w", encoding="utf-8") as out:
                out.write(body)
                out.flush()
                if durable:
                    os.fsync(out.fileno())
            temporary.replace(self.path)
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise
        if durable:
            _sync_folder(self.path.parent)


def _sync_folder(folder: Path) -> None:
    """Flush the folder entry of a renamed file (POSIX; Windows has no such call)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
