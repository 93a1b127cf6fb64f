"""Logging: JSON lines in the platform's log folder (``paths.log_dir``), warnings on stderr.

Nothing is written anywhere else by default. A log left in the data folder's
``logs`` by an older version is moved into the log folder at the next start
(:func:`move_old_logs`).

End-to-end tests read the JSON log of the real process, so every line is one
JSON object with at least ``time``, ``level``, ``logger`` and ``message``.

The log is an output like any other (``tests/unit/core/test_privacy_outputs.py``
proves it): it records what happened (ids, keys, counts, timings), never what
a person wrote. No note, reflection, focus or text response goes in it; an
event field named in :data:`PRIVATE_FIELDS` is dropped here as a last guard.
Tracebacks go to the file only: stderr gets one plain line per warning.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sys
from pathlib import Path

from walkthrough.paths import log_dir, old_log_dir

LOG_FILE = "walkthrough.log"
# Event fields that would carry what a person wrote: never written to the log.
PRIVATE_FIELDS = frozenset({"note", "notes", "text", "reflection", "focus", "next_step", "quote", "prompt_answer"})


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        extra = getattr(record, "event", None)
        if isinstance(extra, dict):
            entry.update({k: v for k, v in extra.items() if k not in PRIVATE_FIELDS})
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class PlainFormatter(logging.Formatter):
    """One line per message for stderr: never a traceback (those go to the file)."""

    def format(self, record: logging.LogRecord) -> str:
        return "walkthrough: " + record.getMessage()


class QuietFileHandler(logging.FileHandler):
    """A log file that never prints Python's "--- Logging error ---" traceback
    (a full disk or a removed folder must not put one on stderr); a line that
    cannot be written is dropped.

    Rotated as ``logging.handlers.RotatingFileHandler`` does it: a line that would take the
    file to ``maxBytes`` first moves it to ``.1`` (``.1`` to ``.2``..., the oldest of
    ``backupCount`` dropped). Made here: importing ``logging.handlers`` (sockets, pickle, queues)
    took 0.01 s of every start, before the first page."""

    def __init__(self, path: Path, *, maxBytes: int, backupCount: int) -> None:  # as RotatingFileHandler names them
        super().__init__(path, encoding="utf-8")
        self.maxBytes = maxBytes
        self.backupCount = backupCount
        self.failed = False

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_fill(record):
                self._rotate()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def _would_fill(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        written = self.stream.tell()
        if self.maxBytes <= 0 or self.backupCount <= 0 or not written:  # as RotatingFileHandler: never
            return False
        return written + len(self.format(record).encode("utf-8")) + 1 >= self.maxBytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]  # FileHandler reopens it at the next line
        for number in range(self.backupCount - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        os.replace(self.baseFilename, f"{self.baseFilename}.1")

    def handleError(self, record: logging.LogRecord) -> None:
        self.failed = True


def move_old_logs(folder: Path, target: Path) -> int:
    """Move the logs an older version wrote into ``folder``/logs to ``target``; return how many.

    A file already in ``target`` under the same name is kept and the old one left where it is."""
    old = old_log_dir(folder)
    moved = 0
    try:
        files = sorted(old.glob(LOG_FILE + "*"))
    except OSError:
        return 0
    for file in files:
        destination = target / file.name
        if destination.exists():
            continue
        try:
            target.mkdir(parents=True, exist_ok=True)
            shutil.move(str(file), destination)
            moved += 1
        except OSError:
            continue
    with contextlib.suppress(OSError):
        old.rmdir()  # only when empty
    return moved


def setup_logging(folder: Path, *, verbose: bool = False) -> Path | None:
    """Send the logs of data folder ``folder`` to the log folder's walkthrough.log; return that
    path, or None when the file cannot be written (then warnings go to stderr only)."""
    root = logging.getLogger("walkthrough")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    path = log_dir(folder) / LOG_FILE
    file_handler: QuietFileHandler | None = None
    moved = move_old_logs(folder, path.parent)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = QuietFileHandler(path, maxBytes=2_000_000, backupCount=3)
    except OSError:
        pass
    else:
        file_handler.setFormatter(JsonFormatter())
        root.addHandler(file_handler)
    stderr_handler = logging.StreamHandler(sys.stderr)
    stderr_handler.setLevel(logging.DEBUG if verbose else logging.WARNING)
    stderr_handler.setFormatter(PlainFormatter())
    root.addHandler(stderr_handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.propagate = False
    if moved:
        root.info("older logs moved from the data folder", extra={"event": {"event": "logs_moved", "files": moved}})
    return path if file_handler is not None else None


def current_log_file() -> Path | None:
    """The file the log is written to now (None when there is none)."""
    for handler in logging.getLogger("walkthrough").handlers:
        if isinstance(handler, QuietFileHandler):
            return Path(handler.baseFilename)
    return None
