"""Logging: JSON lines in the data folder's log, warnings on stderr.

End-to-end tests read the JSON log of the real process, so every line is one
JSON object with at least ``time``, ``level``, ``logger`` and ``message``.

The log is an output like any other (``tests/unit/core/test_privacy_outputs.py``
proves it): it records what happened (ids, keys, counts, timings), never what
a person wrote. No note, reflection, focus or text response goes in it; an
event field named in :data:`PRIVATE_FIELDS` is dropped here as a last guard.
Tracebacks go to the file only: stderr gets one plain line per warning.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import sys
from pathlib import Path

from walkthrough.paths import log_dir

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


class QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A log file that never prints Python's "--- Logging error ---" traceback
    (a full disk or a removed folder must not put one on stderr); a line that
    cannot be written is dropped."""

    def handleError(self, record: logging.LogRecord) -> None:
        self.failed = True


def setup_logging(folder: Path, *, verbose: bool = False) -> Path | None:
    """Send logs to ``folder``/logs/walkthrough.log; return that path, or
    None when the file cannot be written (then warnings go to stderr only)."""
    root = logging.getLogger("walkthrough")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    path = log_dir(folder) / LOG_FILE
    file_handler: QuietFileHandler | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = QuietFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
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
    return path if file_handler is not None else None


def current_log_file() -> Path | None:
    """The file the log is written to now (None when there is none)."""
    for handler in logging.getLogger("walkthrough").handlers:
        if isinstance(handler, QuietFileHandler):
            return Path(handler.baseFilename)
    return None
