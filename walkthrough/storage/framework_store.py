"""Installed frameworks, every version of each, frozen once used."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from walkthrough.core.frameworks import (
    Framework,
    FrameworkError,
    Mode,
    Problem,
    framework_files,
    load_framework,
    parse_framework,
)
from walkthrough.core.model import now_iso
from walkthrough.storage.base import NotFound, StoreBase


class InstallResult(StrEnum):
    INSTALLED = "installed"
    UNCHANGED = "unchanged"
    UPDATED = "updated"  # same version, changed, but no observation used it yet


@dataclass(frozen=True)
class InstallReport:
    path: Path
    result: InstallResult | None
    framework: Framework | None
    problems: tuple[Problem, ...] = ()


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in re.split(r"[.\-]", version))


class FrameworkStore(StoreBase):
    _framework_cache: dict[tuple[str, str], Framework]

    def _cache(self) -> dict[tuple[str, str], Framework]:
        if not hasattr(self, "_framework_cache"):
            self._framework_cache = {}
        return self._framework_cache

    def install_framework(self, framework: Framework, source_text: str) -> InstallResult:
        """Install a validated framework version.

        The same (id, version) with different content is refused once an
        observation uses it: the file must get a new version number.
        """
        unchanged = self.db.execute(  # read first: an unchanged file never waits for the write lock
            "SELECT 1 FROM frameworks WHERE framework_id = ? AND version = ? AND sha256 = ?",
            [framework.id, framework.version, framework.sha256],
        ).fetchone()
        if unchanged is not None:
            return InstallResult.UNCHANGED
        with self.transaction():
            row = self.db.execute(
                "SELECT sha256 FROM frameworks WHERE framework_id = ? AND version = ?",
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
                return InstallResult.UNCHANGED
            else:
                used = self.observations_using(framework.id, framework.version)
                if used:
                    raise FrameworkError(
                        [
                            Problem(
                                framework.source_name,
                                "",
                                f"framework '{framework.id}' version '{framework.version}' has changed, but "
                                f"{used} observation{'s' if used != 1 else ''} already use{'s' if used == 1 else ''} "
                                "that version, which is now frozen: give the changed file a new version number "
                                f'(for example version = "{_next_version(framework.version)}")',
                            )
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
        """
        reports: list[InstallReport] = []
        for path in framework_files(paths):
            try:
                framework = load_framework(path)
                result = self.install_framework(framework, path.read_text(encoding="utf-8"))
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
            "SELECT source_text, source_name FROM frameworks WHERE framework_id = ? AND version = ?",
            [framework_id, version],
        ).fetchone()
        if row is None:
            raise NotFound(f"no framework '{framework_id}' version '{version}' is installed")
        framework = parse_framework(row[0], row[1])
        self._cache()[(framework_id, version)] = framework
        return framework

    def framework_versions(self, framework_id: str) -> list[str]:
        rows = self.db.execute("SELECT version FROM frameworks WHERE framework_id = ?", [framework_id]).fetchall()
        return sorted((r[0] for r in rows), key=_version_key)

    def frameworks(self, mode: Mode | None = None) -> list[Framework]:
        """The newest version of each installed framework, by title."""
        ids = [r[0] for r in self.db.execute("SELECT DISTINCT framework_id FROM frameworks").fetchall()]
        found = [self.framework(fid) for fid in ids]
        if mode is not None:
            found = [f for f in found if f.allows(mode)]
        return sorted(found, key=lambda f: f.title.lower())


def _next_version(version: str) -> str:
    parts = version.split(".")
    if parts[-1].isdigit():
        parts[-1] = str(int(parts[-1]) + 1)
        return ".".join(parts)
    return version + ".1"
