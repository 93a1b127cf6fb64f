"""Logging: JSON lines in the data folder's log, warnings on stderr.

End-to-end tests read the JSON log of the real process, so every line is one
JSON object with at least ``time``, ``level``, ``logger`` and ``message``.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import sys
from pathlib import Path

from walkthrough.paths import log_dir

LOG_FILE = "walkthrough.log"


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
            entry.update(extra)
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(folder: Path, *, verbose: bool = False) -> Path:
    """Send logs to ``folder``/logs/walkthrough.log; return that path."""
    logs = log_dir(folder)
    logs.mkdir(parents=True, exist_ok=True)
    path = logs / LOG_FILE
    root = logging.getLogger("walkthrough")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    file_handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    file_handler.setFormatter(JsonFormatter())
    root.addHandler(file_handler)
    stderr_handler = logging.StreamHandler(sys.stderr)
    stderr_handler.setLevel(logging.DEBUG if verbose else logging.WARNING)
    stderr_handler.setFormatter(logging.Formatter("walkthrough: %(message)s"))
    root.addHandler(stderr_handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.propagate = False
    return path
