"""Installed frameworks, every version of each, frozen once used."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from walkthrough.core.framework_versions import next_version, version_key
from walkthrough.core.frameworks import (
    Framework,
    FrameworkError,
    Mode,
    Problem,
    framework_files,
    load_framework_text,
    parse_framework,
)
from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, message
from walkthrough.core.model import now_iso
from walkthrough.core.text_files import normalise_text
from walkthrough.paths import FORMS_DIR
from walkthrough.storage.base import NotFound, StoreBase

log = logging.getLogger("walkthrough.storage.frameworks")


class InstallResult(StrEnum):
    INSTALLED = "installed"
    UNCHANGED = "unchanged"
    UPDATED = "updated"  # same version, changed, but no observation used it yet
    KEPT_IMPORTED = "kept the imported version"  # a built-in clashed with an imported file; the import stays


def is_builtin_source(source_name: str) -> bool:
    """Whether a framework was installed from the app's own forms folder.

    Built-in files are installed at every start; an imported file is one a
    person chose. A built-in never replaces an imported file."""
    path = Path(source_name)
    try:
        if path.resolve().parent == FORMS_DIR.resolve():
            return True
    except OSError:
        pass
    # Stored by this app from another install folder (the app was moved or updated).
    return path.parent.name == FORMS_DIR.name and (FORMS_DIR / path.name).is_file()


@dataclass(frozen=True)
class InstallReport:
    path: Path
    result: InstallResult | None
    framework: Framework | None
    problems: tuple[Problem, ...] = ()


def _problem(framework: Framework, words: Message) -> Problem:
    """A problem with the whole file (nothing to point at in it), its words translatable."""
    return Problem(framework.source_name, "", str(words), words=words)


class FrameworkClash(FrameworkError):
    """A built-in framework file whose id and version an imported file already holds."""


class FrameworkStore(StoreBase):
    _framework_cache: dict[tuple[str, str], Framework]

    def _cache(self) -> dict[tuple[str, str], Framework]:
        if not hasattr(self, "_framework_cache"):
            self._framework_cache = {}
        return self._framework_cache

    def forget_parsed_frameworks(self) -> None:
        """Read the frameworks again from the database (another connection installed some)."""
        self._cache().clear()

    def install_framework(self, framework: Framework, source_text: str) -> InstallResult:
        """Install a validated framework version (its text is stored normalised).

        The same (id, version) with different content is refused once an
        observation uses it: the file must get a new version number. A
        built-in file never replaces an imported one with the same id and
        version (the import is kept and the clash reported, see
        :class:`FrameworkClash`), and an imported file may not change a
        built-in version: it needs a version number of its own.
        """
        source_text = normalise_text(source_text)
        builtin = is_builtin_source(framework.source_name)
        unchanged = self.db.execute(  # read first: an unchanged file never waits for the write lock
            "SELECT source_name FROM frameworks WHERE framework_id = ? AND version = ? AND sha256 = ?"
            " AND source_text = ?",
            [framework.id, framework.version, framework.sha256, source_text],
        ).fetchone()
        if unchanged is not None and is_builtin_source(unchanged[0]) == builtin:
            return InstallResult.UNCHANGED
        with self.transaction():
            row = self.db.execute(
                "SELECT sha256, source_text, source_name, left_device FROM frameworks"
                " WHERE framework_id = ? AND version = ?",
                [framework.id, framework.version],
            ).fetchone()
            values = [
                framework.sha256,
                framework.title,
                json.dumps([m.value for m in framework.modes]),
                framework.source_name,
                source_text,
                now_iso(),
                framework.id,
                framework.version,
            ]
            if row is None:
                self.db.execute(
                    "INSERT INTO frameworks (sha256, title, modes, source_name, source_text, installed_at,"
                    " framework_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    values,
                )
                result = InstallResult.INSTALLED
            elif row[0] == framework.sha256:
                if row[1] != source_text and is_builtin_source(row[2]) == builtin:
                    # Same meaning, other bytes (a byte-order mark, CRLF, comments): keep the stored text
                    # normalised, so a text that an older version stored with a BOM is repaired.
                    self.db.execute(
                        "UPDATE frameworks SET source_text = ? WHERE framework_id = ? AND version = ?",
                        [source_text, framework.id, framework.version],
                    )
                return InstallResult.UNCHANGED
            else:
                stored_builtin = is_builtin_source(row[2])
                if builtin and not stored_builtin:
                    raise FrameworkClash(
                        [
                            _problem(framework, message(QT_TRANSLATE_NOOP(
                                "core", "the built-in framework '{id}' version '{version}' differs from the one "
                                "imported from {source}; the imported one is kept. To use the built-in one, import "
                                "your file again with a new version number"),
                                id=framework.id, version=framework.version, source=row[2]))
                        ]
                    )
                if stored_builtin and not builtin:
                    raise FrameworkError(
                        [
                            _problem(framework, message(QT_TRANSLATE_NOOP(
                                "core", "framework '{id}' version '{version}' is a built-in framework, and this "
                                "file changes it: give your file a new version number (for example version = "
                                "\"{next}\") or an id of its own, then import it again"),
                                id=framework.id, version=framework.version, next=_next_version(framework.version)))
                        ]
                    )
                if row[3]:  # exported in a bundle, or came from another device: other copies exist
                    raise FrameworkError([_problem(framework, message(QT_TRANSLATE_NOOP(
                        "core", "framework '{id}' version '{version}' has changed, but that version has left this "
                        "device in a sync bundle, so other devices hold it as it was: give the changed file a new "
                        "version number (for example version = \"{next}\")"),
                        id=framework.id, version=framework.version, next=_next_version(framework.version)))])
                used = self.observations_using(framework.id, framework.version)
                if used:
                    raise FrameworkError(
                        [
                            _problem(framework, message(QT_TRANSLATE_NOOP(
                                "core", "framework '{id}' version '{version}' has changed, but 1 observation "
                                "already uses that version, which is now frozen: give the changed file a new "
                                "version number (for example version = \"{next}\")") if used == 1 else
                                QT_TRANSLATE_NOOP(
                                "core", "framework '{id}' version '{version}' has changed, but {used} observations "
                                "already use that version, which is now frozen: give the changed file a new "
                                "version number (for example version = \"{next}\")"),
                                id=framework.id, version=framework.version, used=used,
                                next=_next_version(framework.version)))
                        ]
                    )
                self.db.execute(
                    "UPDATE frameworks SET sha256 = ?, title = ?, modes = ?, source_name = ?, source_text = ?,"
                    " installed_at = ? WHERE framework_id = ? AND version = ?",
                    values,
                )
                result = InstallResult.UPDATED
        self._cache()[(framework.id, framework.version)] = framework
        return result

    def install_framework_files(self, paths: list[Path]) -> list[InstallReport]:
        """Install every framework file named (folders: every .toml in them).

        A file with problems is reported and skipped; the others install.
        Each file is read once, safely (see ``core.text_files``).
        """
        reports: list[InstallReport] = []
        for path in framework_files(paths):
            try:
                text = load_framework_text(path)
                framework = parse_framework(text, str(path))
                result = self.install_framework(framework, text)
            except FrameworkClash as exc:
                reports.append(InstallReport(path, InstallResult.KEPT_IMPORTED, None, tuple(exc.problems)))
            except FrameworkError as exc:
                reports.append(InstallReport(path, None, None, tuple(exc.problems)))
            else:
                reports.append(InstallReport(path, result, framework))
        return reports

    def observations_using(self, framework_id: str, version: str) -> int:
        row = self.db.execute(
            "SELECT count(*) FROM observations WHERE framework_id = ? AND framework_version = ?",
            [framework_id, version],
        ).fetchone()
        return int(row[0])

    def framework(self, framework_id: str, version: str | None = None) -> Framework:
        """A framework version (the newest when ``version`` is None)."""
        if version is None:
            versions = self.framework_versions(framework_id)
            if not versions:
                raise NotFound(f"no framework '{framework_id}' is installed")
            version = versions[-1]
        cached = self._cache().get((framework_id, version))
        if cached is not None:
            return cached
        row = self.db.execute(
            "SELECT source_text, source_name, sha256 FROM frameworks WHERE framework_id = ? AND version = ?",
            [framework_id, version],
        ).fetchone()
        if row is None:
            raise NotFound(f"no framework '{framework_id}' version '{version}' is installed")
        # A stored version always reads again (checks added since warn instead), and its identity is the
        # hash it was installed with: old visits and other devices know it by that.
        framework = parse_framework(row[0], row[1], lenient=True)
        if framework.sha256 != row[2]:
            framework = replace(framework, sha256=row[2])
        self._cache()[(framework_id, version)] = framework
        return framework

    def framework_versions(self, framework_id: str) -> list[str]:
        rows = self.db.execute("SELECT version FROM frameworks WHERE framework_id = ?", [framework_id]).fetchall()
        return sorted((r[0] for r in rows), key=version_key)

    def framework_titles(self, mode: Mode | None = None) -> list[tuple[str, str]]:
        """(id, title) of the newest version of each installed framework, by title, read from
        its columns without parsing it (a list to choose from; :meth:`framework` parses the one chosen)."""
        newest: dict[str, tuple[str, str, list[str]]] = {}
        for fid, version, title, modes in self.db.execute(
                "SELECT framework_id, version, title, modes FROM frameworks").fetchall():
            if fid not in newest or version_key(version) > version_key(newest[fid][0]):
                try:
                    allowed = [str(m) for m in json.loads(modes)]
                except (ValueError, TypeError):
                    allowed = []
                newest[fid] = (version, title, allowed)
        found = [(fid, title) for fid, (_v, title, allowed) in newest.items()
                 if mode is None or mode.value in allowed]
        return sorted(found, key=lambda pair: pair[1].lower())

    def frameworks(self, mode: Mode | None = None) -> list[Framework]:
        """The newest version of each installed framework, by title.

        A stored version that no longer parses (stored by another version of
        the app) is left out and logged, never a reason for an empty window."""
        ids = [r[0] for r in self.db.execute("SELECT DISTINCT framework_id FROM frameworks").fetchall()]
        found: list[Framework] = []
        for fid in ids:
            try:
                found.append(self.framework(fid))
            except FrameworkError as exc:
                log.warning("stored framework %s cannot be read, so it is not offered: %s", fid, exc)
        if mode is not None:
            found = [f for f in found if f.allows(mode)]
        return sorted(found, key=lambda f: f.title.lower())


def _next_version(version: str) -> str:
    return next_version(version)
