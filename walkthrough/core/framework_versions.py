"""Framework versions and drafts: numbering, and what a draft is.

A framework is a *draft* until it is published. A published version is
frozen: it may already be on other devices and old visits point to it.
Editing a published framework makes a new draft version (the next number);
publishing the draft adds that version beside the old ones.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass

from walkthrough.core.model import Record


def version_key(version: str) -> tuple[tuple[int, str], ...]:
    """Sort key: "1.10" after "1.9"."""
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in re.split(r"[.\-]", version))


def next_version(version: str, taken: Iterable[str] = ()) -> str:
    """The version after ``version`` ("1.0" → "1.1") that is not ``taken``."""
    used = set(taken)
    parts = version.split(".")
    candidate = version
    while candidate in used or candidate == version:
        if parts[-1].isdigit():
            parts[-1] = str(int(parts[-1]) + 1)
        else:
            parts.append("1")
        candidate = ".".join(parts)
    return candidate


@dataclass(frozen=True)
class FrameworkDraft(Record):
    """A framework being written or edited in the app: the text of its file, perhaps not valid yet."""

    framework_id: str = ""
    version: str = ""
    based_on: str | None = None  # the published version it was edited from (None: a new framework)
    source_text: str = ""
    created_by: str | None = None
    created_at: str = ""

    def document(self) -> dict[str, object]:
        """The draft's data (what the editor edits); an empty document if the text cannot be read."""
        try:
            return tomllib.loads(self.source_text)
        except tomllib.TOMLDecodeError:
            return {}


@dataclass(frozen=True)
class VersionInfo:
    """One published version, for the version history."""

    framework_id: str
    version: str
    title: str
    sha256: str
    published_at: str | None
    published_by: str | None  # a person id (None: installed from a file or built in)
    based_on: str | None
    source_name: str
    used_by: int  # visits recorded with it
