"""The shape of a framework: response types, look-fors, sections, and the
errors that name what is wrong with a framework file."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

# \Z, not $: "$" would let a trailing newline through ("key\n").
KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*\Z")
VERSION_PATTERN = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.\-]*\Z")


class ResponseType(StrEnum):
    PRESENCE = "presence"
    FREQUENCY = "frequency"
    RATING = "rating"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    TALLY = "tally"
    SNAPSHOT = "snapshot"
    TEXT = "text"


class Mode(StrEnum):
    BLAST = "blast"
    PEER = "peer"


class TeacherLink(StrEnum):
    """Whether a blast visit is tied to the room's teacher."""

    OPTIONAL = "optional"  # the observer chooses per round
    NAMED = "named"  # always tied to the room's teacher
    ANONYMOUS = "anonymous"  # never tied to a teacher


DEFAULT_FREQUENCY_KEYS = ("none", "few", "some", "most", "all")
DEFAULT_FREQUENCY_LABELS = ("None", "Few", "Some", "Most", "All students")
PRESENCE_KEYS = ("observed", "not_observed")


@dataclass(frozen=True)
class Option:
    key: str
    label: str


@dataclass(frozen=True)
class RatingLevel:
    label: str
    anchor: str = ""


@dataclass(frozen=True)
class LookFor:
    key: str
    prompt: str
    response: ResponseType
    section_key: str
    description: str = ""
    tags: tuple[str, ...] = ()
    allow_na: bool = False
    evidence_note: bool = False
    options: tuple[Option, ...] = ()
    levels: tuple[RatingLevel, ...] = ()
    minutes: tuple[int, ...] = ()

    @property
    def choices(self) -> tuple[Option, ...]:
        """The values a tap can set, in order, for the one-of kinds."""
        if self.response is ResponseType.PRESENCE:
            return (Option("observed", "Observed"), Option("not_observed", "Not observed"))
        if self.response is ResponseType.RATING:
            return tuple(Option(str(i + 1), lvl.label) for i, lvl in enumerate(self.levels))
        return self.options


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    description: str
    look_fors: tuple[LookFor, ...]


@dataclass(frozen=True)
class Framework:
    id: str
    version: str
    title: str
    description: str
    modes: tuple[Mode, ...]
    target_minutes: float | None
    teacher: TeacherLink
    sections: tuple[Section, ...]
    sha256: str
    canonical: str = field(repr=False)
    source_name: str = ""

    @cached_property
    def look_fors(self) -> tuple[LookFor, ...]:
        return tuple(lf for s in self.sections for lf in s.look_fors)

    @cached_property
    def _by_key(self) -> dict[str, LookFor]:
        return {lf.key: lf for lf in self.look_fors}

    def look_for(self, key: str) -> LookFor:
        """The look-for with ``key`` (KeyError if none): every tap asks this."""
        return self._by_key[key]

    def allows(self, mode: Mode | str) -> bool:
        return Mode(mode) in self.modes


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a framework file."""

    file: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.message}" if self.where else f"{self.file}: {self.message}"


class FrameworkError(Exception):
    """A framework file that cannot be used; ``problems`` says why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
