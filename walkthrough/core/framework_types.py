"""The shape of a framework: response types, look-fors, sections, scores, and
the problems that name what is wrong with a framework file."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any

from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, message

# \Z, not $: "$" would let a trailing newline through ("key\n").
KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*\Z")
VERSION_PATTERN = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.\-]*\Z")
PLAIN_VERSION = re.compile(r"^[0-9]+(\.[0-9]+)*\Z")
# A response to a look-for of a repeated section is stored under "key#segment" (segments count from 1).
SEGMENT_MARK = "#"


class ResponseType(StrEnum):
    PRESENCE = "presence"
    FREQUENCY = "frequency"
    RATING = "rating"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    TALLY = "tally"
    SNAPSHOT = "snapshot"
    TEXT = "text"
    NUMBER = "number"


class Mode(StrEnum):
    BLAST = "blast"
    PEER = "peer"


class TeacherLink(StrEnum):
    """Whether a blast visit is tied to the room's teacher."""

    OPTIONAL = "optional"  # the observer chooses per round
    NAMED = "named"  # always tied to the room's teacher
    ANONYMOUS = "anonymous"  # never tied to a teacher


class Scope(StrEnum):
    """Whom a section's answers belong to."""

    VISIT = "visit"  # each room (each visit) answers it
    ROUND = "round"  # answered once for the whole round of rooms


class SnapshotPick(StrEnum):
    """What the observer records at each snapshot minute when there are options."""

    ONE = "one"  # one option
    SEVERAL = "several"  # any number of options
    COUNT = "count"  # how many students for each option


class ScoreMethod(StrEnum):
    TOTAL = "total"  # the sum of the answers' values
    MEAN = "mean"  # their average
    COUNT_MET = "count_met"  # how many of the look-fors are met


DEFAULT_FREQUENCY_KEYS = ("none", "few", "some", "most", "all")
DEFAULT_FREQUENCY_LABELS = ("None", "Few", "Some", "Most", "All students")
PRESENCE_KEYS = ("observed", "not_observed")
# Parts of a paired look-for may use these response types.
PART_TYPES = (ResponseType.PRESENCE, ResponseType.FREQUENCY, ResponseType.RATING, ResponseType.CHOICE,
              ResponseType.NUMBER)
SEVERAL_NOTES = "several"


@dataclass(frozen=True)
class Option:
    key: str
    label: str
    anchor: str = ""
    value: float | None = None


@dataclass(frozen=True)
class RatingLevel:
    label: str
    anchor: str = ""
    value: float | None = None


class ConditionTest(StrEnum):
    IS = "is"
    IS_NOT = "is_not"
    INCLUDES = "includes"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    ANSWERED = "answered"


@dataclass(frozen=True)
class Condition:
    """Show an item only when an earlier look-for's answer passes ``test``."""

    look_for: str
    test: ConditionTest
    values: tuple[str | float | bool, ...] = ()
    part: str = ""  # for a paired look-for: which part's answer


@dataclass(frozen=True)
class Part:
    """One of the answers of a paired look-for ("what the teacher does")."""

    key: str
    label: str
    prompt: str = ""


@dataclass(frozen=True)
class Repeat:
    """A section answered several times in one visit (segments)."""

    label: str = "Segment"
    count: int | None = None  # a fixed number of segments; None: the observer adds them, up to ``most``
    most: int = 12
    minutes: int | None = None  # how long a segment is meant to take


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
    # Added for real instruments (issue 12); every default keeps older files' meaning.
    several_notes: bool = False  # evidence_note = "several": any number of notes, each may point at others too
    show_if: tuple[Condition, ...] = ()
    default: object = None
    parts: tuple[Part, ...] = ()
    every: int | None = None  # snapshot: every N minutes (``minutes`` then holds them up to the end)
    until: int | None = None
    pick: SnapshotPick = SnapshotPick.ONE
    students_present: str = ""  # snapshot counts add up to this number look-for
    minimum: float | None = None
    maximum: float | None = None
    decimals: int = 0
    unit: str = ""
    retired: bool = False
    former_keys: tuple[str, ...] = ()

    @property
    def choices(self) -> tuple[Option, ...]:
        """The values a tap can set, in order, for the one-of kinds."""
        if self.response is ResponseType.PRESENCE:
            return (Option("observed", "Observed"), Option("not_observed", "Not observed"))
        if self.response is ResponseType.RATING:
            return tuple(Option(str(i + 1), lvl.label, lvl.anchor, lvl.value) for i, lvl in enumerate(self.levels))
        return self.options

    @property
    def takes_notes(self) -> bool:
        return self.evidence_note or self.several_notes

    @property
    def is_paired(self) -> bool:
        return bool(self.parts)


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    description: str
    look_fors: tuple[LookFor, ...]
    sections: tuple[Section, ...] = ()
    optional: bool = False
    show_if: tuple[Condition, ...] = ()
    scope: Scope = Scope.VISIT
    repeat: Repeat | None = None

    def walk(self, depth: int = 0) -> Iterator[tuple[Section, int]]:
        """This section and every section inside it, with its depth (0 for a top-level one)."""
        yield self, depth
        for inner in self.sections:
            yield from inner.walk(depth + 1)

    @property
    def all_look_fors(self) -> tuple[LookFor, ...]:
        """Its look-fors and those of every section inside it, in order."""
        return tuple(lf for s, _ in self.walk() for lf in s.look_fors)


@dataclass(frozen=True)
class Band:
    """A threshold of a score: "Proficient at 3 or more"."""

    at_least: float
    label: str


@dataclass(frozen=True)
class Score:
    key: str
    title: str
    method: ScoreMethod
    look_fors: tuple[str, ...]  # the look-for keys it is made of
    section: str = ""  # the section it was given by, if any
    met_at: float | None = None  # count_met: a value at least this counts as met (presence: observed)
    bands: tuple[Band, ...] = ()
    description: str = ""


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
    scores: tuple[Score, ...] = ()
    warnings: tuple[Problem, ...] = field(default=(), compare=False, repr=False)
    #: Text to show in other languages (language -> table, see ``framework_translations``): display
    #: only, so it is not in the canonical text and never changes the hash.
    translations: Mapping[str, Mapping[str, Any]] = field(default_factory=dict, compare=False, repr=False)

    def walk(self) -> Iterator[tuple[Section, int]]:
        """Every section, nested ones included, in order, with its depth."""
        for section in self.sections:
            yield from section.walk()

    @cached_property
    def look_fors(self) -> tuple[LookFor, ...]:
        """Every look-for, in order, nested and retired ones included."""
        return tuple(lf for s, _ in self.walk() for lf in s.look_fors)

    @cached_property
    def active_look_fors(self) -> tuple[LookFor, ...]:
        """The look-fors a new visit offers (retired ones are kept for history only)."""
        return tuple(lf for lf in self.look_fors if not lf.retired)

    @cached_property
    def _by_key(self) -> dict[str, LookFor]:
        return {lf.key: lf for lf in self.look_fors}

    @cached_property
    def _top_of(self) -> dict[str, Section]:
        return {lf.key: top for top in self.sections for lf in top.all_look_fors}

    @cached_property
    def _section_of(self) -> dict[str, Section]:
        return {lf.key: s for s, _ in self.walk() for lf in s.look_fors}

    def look_for(self, key: str) -> LookFor:
        """The look-for with ``key`` (KeyError if none): every tap asks this.

        ``key`` may name a segment of a repeated section ("engaged#2")."""
        base, segment = split_response_key(key)
        look_for = self._by_key[base]
        if segment is not None:
            repeat = self._top_of[base].repeat
            if repeat is None or segment < 1 or segment > (repeat.count or repeat.most):
                raise KeyError(key)
        return look_for

    def stores_under(self, key: str) -> bool:
        """Whether a response may be stored under ``key``: a repeated look-for's
        only with its segment ("engaged#2"), any other look-for's only without."""
        try:
            self.look_for(key)
        except KeyError:
            return False
        return (split_response_key(key)[1] is None) == (self.top_section(key).repeat is None)

    def top_section(self, key: str) -> Section:
        """The top-level section a look-for is in (its scope and repeat are that section's)."""
        return self._top_of[split_response_key(key)[0]]

    def section_of(self, key: str) -> Section:
        """The innermost section a look-for is in."""
        return self._section_of[split_response_key(key)[0]]

    def sections_around(self, key: str) -> tuple[Section, ...]:
        """The sections a look-for is inside, outermost first."""
        base = split_response_key(key)[0]

        def path(section: Section) -> tuple[Section, ...] | None:
            if any(lf.key == base for lf in section.look_fors):
                return (section,)
            for inner in section.sections:
                found = path(inner)
                if found is not None:
                    return (section, *found)
            return None

        for top in self.sections:
            found = path(top)
            if found is not None:
                return found
        raise KeyError(key)

    def allows(self, mode: Mode | str) -> bool:
        return Mode(mode) in self.modes

    def score(self, key: str) -> Score:
        for score in self.scores:
            if score.key == key:
                return score
        raise KeyError(key)


def split_response_key(key: str) -> tuple[str, int | None]:
    """("engaged", 2) for "engaged#2"; ("engaged", None) for "engaged"."""
    base, mark, segment = key.partition(SEGMENT_MARK)
    if not mark:
        return key, None
    if not segment.isdigit():
        raise KeyError(key)
    return base, int(segment)


def response_key(look_for_key: str, segment: int | None = None) -> str:
    """The key a response is stored under: the look-for's, with the segment for a repeated section."""
    return look_for_key if segment is None else f"{look_for_key}{SEGMENT_MARK}{segment}"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a framework file.

    ``section`` and ``look_for`` name where (a key, or "#2" by position),
    ``field`` the key of the file concerned ("options"): what a spreadsheet
    import needs to name the row and the column. A ``warning`` does not stop
    the file from being used.
    """

    file: str
    where: str
    message: str
    warning: bool = False
    section: str = ""
    look_for: str = ""
    field: str = ""
    words: Message | None = dataclasses.field(default=None, compare=False)  # ``message``, translatable (when it is)
    where_words: Message | None = dataclasses.field(default=None, compare=False)  # ``where``, translatable

    def __str__(self) -> str:
        head = f"{self.file}: warning" if self.warning else self.file
        return f"{head}: {self.where}: {self.message}" if self.where else f"{head}: {self.message}"

    def as_message(self) -> Message:
        """:func:`str` of the problem, translatable (its parts that are marked for translation)."""
        what = self.words if self.words is not None else self.message
        where = self.where_words if self.where_words is not None else self.where
        if self.warning and self.where:
            return message(QT_TRANSLATE_NOOP("core", "{file}: warning: {where}: {problem}"),
                           file=self.file, where=where, problem=what)
        if self.warning:
            return message(QT_TRANSLATE_NOOP("core", "{file}: warning: {problem}"), file=self.file, problem=what)
        if self.where:
            return message(QT_TRANSLATE_NOOP("core", "{file}: {where}: {problem}"),
                           file=self.file, where=where, problem=what)
        return message(QT_TRANSLATE_NOOP("core", "{file}: {problem}"), file=self.file, problem=what)


class FrameworkError(Exception):
    """A framework file that cannot be used; ``problems`` says why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
