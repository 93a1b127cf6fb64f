"""Every report and export, as the command line and the app's Reports page make them: one call
each, which checks who may (through the store) and writes the file whole or not at all.

:class:`Choice` is what a person chose (schools, dates, ...) turned into the figures engine's
:class:`~walkthrough.reports.filters.VisitFilter`.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, MessageError, message
from walkthrough.reports.filters import VisitFilter
from walkthrough.reports.words import ENGLISH, Words
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError

Progress = Callable[[int], None]


class OutputRefused(MessageError):
    """The acting profile may not make this, or the file cannot be written; one line for the user (a
    translatable message; ``str()`` is the English)."""


def _not_written(path: Path, exc: OSError) -> Message:
    return message(QT_TRANSLATE_NOOP("core", "{path}: cannot be written ({why})"), path=str(path),
                   why=exc.strerror or str(exc))


@dataclass(frozen=True)
class Choice:
    schools: tuple[str, ...] = ()
    first: date | None = None
    last: date | None = None
    framework_id: str | None = None
    grade_bands: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    observers: tuple[str, ...] = ()
    team_id: str | None = None

    def visit_filter(self) -> VisitFilter:
        return VisitFilter(school_ids=self.schools, date_from=self.first, date_to=self.last,
                           framework_id=self.framework_id, grade_bands=self.grade_bands, subjects=self.subjects,
                           observer_ids=self.observers, team_id=self.team_id)


def _whole(path: Path, write: Callable[[Path], int]) -> int:
    """Write through a temporary file beside ``path``, renamed over it only once complete."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputRefused(_not_written(path, exc)) from None
    os.close(handle)
    try:
        pages = write(Path(temp))
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise OutputRefused(_not_written(path, exc)) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return pages


def _pages(n: int, w: Words = ENGLISH) -> str:
    return w.translate("core", "1 page") if n == 1 else w.translate("core", "{n} pages").format(n=w.number(n))


def visit_feedback(repo: Repository, observation_id: str, viewer_id: str | None, path: Path,
                   progress: Progress | None = None, words: Words = ENGLISH) -> str:
    from walkthrough.reports.visit_pdf import VisitDocumentRefused, visit_feedback_pdf

    try:
        return _pages(_whole(path, lambda p: visit_feedback_pdf(repo, observation_id, viewer_id, p,
                                                                 progress=progress, words=words)), words)
    except VisitDocumentRefused as exc:
        raise OutputRefused(exc.message) from None


def building_summary(repo: Repository, choice: Choice, viewer_id: str | None, path: Path,
                     progress: Progress | None = None, words: Words = ENGLISH) -> str:
    from walkthrough.reports.building_pdf import building_summary_pdf

    if len(choice.schools) != 1:
        raise OutputRefused(message(QT_TRANSLATE_NOOP("core", "a building summary is of one school")))
    try:
        return _pages(_whole(path, lambda p: building_summary_pdf(repo, choice.visit_filter(), viewer_id, p,
                                                                   progress=progress, words=words)), words)
    except StoreError as exc:
        raise OutputRefused(exc.message) from None


def compilation(repo: Repository, choice: Choice, viewer_id: str | None, path: Path,
                progress: Progress | None = None, words: Words = ENGLISH) -> str:
    from walkthrough.reports.compilation_pdf import compilation_pdf

    try:
        return _pages(_whole(path, lambda p: compilation_pdf(repo, choice.visit_filter(), viewer_id, p,
                                                              progress=progress, words=words)), words)
    except StoreError as exc:
        raise OutputRefused(exc.message) from None


def csv_export(repo: Repository, choice: Choice, viewer_id: str | None, path: Path,
               progress: Callable[[int, int], None] | None = None, words: Words = ENGLISH) -> str:
    from walkthrough.reports.csv_export import export_csv

    try:
        return str(export_csv(repo, choice.visit_filter(), viewer_id, path, progress=progress, words=words))
    except StoreError as exc:
        raise OutputRefused(exc.message) from None
    except OSError as exc:
        raise OutputRefused(_not_written(path, exc)) from None
