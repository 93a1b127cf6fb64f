"""Writing frameworks in the app: drafts, publishing, versions, imports.

Every method here is a user action of an administrator or a coach
(:attr:`Action.EDIT_FRAMEWORK`): it takes ``by``, the acting profile, and
the store refuses anyone else. A framework is a draft until published; a
published version is never changed (it may be on other devices, and visits
point to it): editing it makes a new draft version. Drafts are kept as the
text of their framework file, saved as they are typed (they may not be
valid yet); publishing checks them as ``walkthrough forms check`` does.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from walkthrough.core.framework_versions import FrameworkDraft, VersionInfo, next_version, version_key
from walkthrough.core.frameworks import Framework, FrameworkError, Problem, parse_framework
from walkthrough.core.i18n import QT_TRANSLATE_NOOP, message
from walkthrough.core.model import Person, now_iso
from walkthrough.core.permissions import Action
from walkthrough.storage.access import AccessStore, NotAllowed
from walkthrough.storage.base import NotFound, StoreError

if TYPE_CHECKING:  # tomlkit (framework files as text) loads when a framework is first edited
    from walkthrough.core.framework_document import Document
from walkthrough.storage.framework_store import FrameworkStore, InstallReport, InstallResult

DRAFT_COMMENT = "Made with Walkthrough's framework editor. See forms/README.md for the format."


FrameworkNotAllowed = NotAllowed  # the acting profile may not change frameworks (the store's one refusal)


class PublishRefused(StoreError):
    """A draft that cannot be published yet: ``problems`` say why (as ``forms check`` would)."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        super().__init__("the draft has problems: " + "; ".join(
            f"{p.where}: {p.message}" if p.where else p.message for p in problems if not p.warning))


def _draft(row: dict[str, Any]) -> FrameworkDraft:
    return FrameworkDraft(
        id=row["id"], revision=row["revision"], updated_at=row["updated_at"], deleted=bool(row["deleted"]),
        framework_id=row["framework_id"], version=row["version"], based_on=row["based_on"],
        source_text=row["source_text"], created_by=row["created_by"], created_at=row["created_at"],
    )


class FrameworkEditStore(FrameworkStore, AccessStore):
    # Who ----------------------------------------------------------------------------------
    def _framework_editor(self, by: str | None) -> Person:
        return self._require(Action.EDIT_FRAMEWORK, by)

    # Drafts -------------------------------------------------------------------------------
    def framework_drafts(self) -> list[FrameworkDraft]:
        rows = self._rows("SELECT * FROM framework_drafts WHERE deleted = 0 ORDER BY framework_id")
        return [_draft(r) for r in rows]

    def framework_draft(self, draft_id: str) -> FrameworkDraft:
        return _draft(self._row("framework_drafts", draft_id))

    def draft_of(self, framework_id: str) -> FrameworkDraft | None:
        rows = self._rows("SELECT * FROM framework_drafts WHERE framework_id = ? AND deleted = 0", [framework_id])
        return _draft(rows[0]) if rows else None

    def _insert_draft(self, document: Document, based_on: str | None, by: str) -> FrameworkDraft:
        from walkthrough.core.framework_document import document_toml

        fid = str(document.get("id", ""))
        if self.draft_of(fid) is not None:
            raise StoreError(f"framework '{fid}' already has a draft: open it to go on editing")
        with self.transaction():
            row = self._insert("framework_drafts", {
                "framework_id": fid, "version": str(document.get("version", "")), "based_on": based_on,
                "source_text": document_toml(document, comment=DRAFT_COMMENT), "created_by": by,
                "created_at": now_iso(),
            })
        return _draft(row)

    def create_framework(self, framework_id: str, title: str, *, by: str | None,
                         modes: tuple[str, ...] = ("blast",)) -> FrameworkDraft:
        """A new framework, as a draft with one section and one look-for to start from."""
        actor = self._framework_editor(by)
        self._check_new_id(framework_id)
        document: Document = {
            "id": framework_id, "version": "1.0", "title": title, "modes": list(modes),
            "sections": [{"key": "section-1", "title": "Section 1", "look_fors": [
                {"key": "look-for-1", "prompt": "Something you can see or hear", "response": "presence"}]}],
        }
        return self._insert_draft(document, None, actor.id)

    def create_framework_from(self, document: Document, *, by: str | None) -> FrameworkDraft:
        """A draft from an imported document (a spreadsheet, an XLSForm, a framework file to edit)."""
        actor = self._framework_editor(by)
        fid = str(document.get("id", ""))
        self._check_new_id(fid)
        return self._insert_draft(dict(document), None, actor.id)

    def _check_new_id(self, framework_id: str) -> None:
        if not framework_id:
            raise StoreError("give the framework an id")
        if self.framework_versions(framework_id) or self.draft_of(framework_id) is not None:
            raise StoreError(f"a framework with the id '{framework_id}' already exists: choose another id, or edit it")

    def edit_framework(self, framework_id: str, *, by: str | None) -> FrameworkDraft:
        """The draft to edit a framework in: its open draft, or a new draft version of the newest published one."""
        actor = self._framework_editor(by)
        existing = self.draft_of(framework_id)
        if existing is not None:
            return existing
        versions = self.framework_versions(framework_id)
        if not versions:
            raise NotFound(f"no framework '{framework_id}' is installed")
        newest = self.framework(framework_id, versions[-1])
        from walkthrough.core.framework_document import framework_document

        document = framework_document(newest)
        document["version"] = next_version(newest.version, versions)
        return self._insert_draft(document, newest.version, actor.id)

    def duplicate_framework(self, framework_id: str, new_id: str, title: str, *, by: str | None,
                            version: str | None = None) -> FrameworkDraft:
        """A new framework (a draft, version 1.0) with the look-fors of another."""
        actor = self._framework_editor(by)
        self._check_new_id(new_id)
        source = self.framework(framework_id, version)
        from walkthrough.core.framework_document import framework_document

        document = framework_document(source)
        document.update({"id": new_id, "version": "1.0", "title": title})
        return self._insert_draft(document, None, actor.id)

    def save_framework_draft(self, draft_id: str, document: Document, *, by: str | None) -> FrameworkDraft:
        """Keep the draft as it is now (saved as it is typed; replaying it is harmless)."""
        self._framework_editor(by)
        draft = self.framework_draft(draft_id)
        if draft.deleted:
            raise StoreError("this draft was published or discarded")
        fid = str(document.get("id", ""))
        if fid != draft.framework_id and draft.based_on is not None:
            raise StoreError("the id of a published framework never changes: results are filed under it")
        if fid != draft.framework_id and (self.framework_versions(fid) or self.draft_of(fid) is not None):
            raise StoreError(f"a framework with the id '{fid}' already exists: choose another id")
        from walkthrough.core.framework_document import document_toml

        text = document_toml(document, comment=DRAFT_COMMENT)
        if text == draft.source_text:
            return draft
        with self.transaction():
            self._update("framework_drafts", draft_id, {"source_text": text, "framework_id": fid,
                                                        "version": str(document.get("version", ""))})
        return self.framework_draft(draft_id)

    def save_framework_draft_text(self, draft_id: str, text: str, *, by: str | None) -> FrameworkDraft:
        """Keep a draft given as the text of a framework file (it must at least be TOML)."""
        try:
            document = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise StoreError(f"not valid TOML: {exc}") from None
        return self.save_framework_draft(draft_id, document, by=by)

    def discard_framework_draft(self, draft_id: str, *, by: str | None) -> None:
        self._framework_editor(by)
        with self.transaction():
            self._tombstone("framework_drafts", draft_id)

    def check_draft(self, draft: FrameworkDraft) -> tuple[Framework | None, list[Problem]]:
        """The draft as a framework (None if it has errors) and every problem, as ``forms check`` says them."""
        name = f"{draft.framework_id or 'new framework'} (draft)"
        try:
            framework = parse_framework(draft.source_text, name)
        except FrameworkError as exc:
            return None, list(exc.problems)
        problems = list(framework.warnings)
        taken = self.framework_versions(draft.framework_id)
        if draft.version in taken:
            words = message(QT_TRANSLATE_NOOP(
                "core", "version '{version}' is already published: a published version never changes, so give this "
                "draft a new version number (for example \"{next}\")"),
                version=draft.version, next=next_version(draft.version, taken))
            problems.append(Problem(name, "", str(words), field="version", words=words))
            return None, problems
        return framework, problems

    def publish_framework_draft(self, draft_id: str, *, by: str | None) -> Framework:
        """Publish a draft: its version is then frozen and offered for new visits; the draft is gone."""
        actor = self._framework_editor(by)
        draft = self.framework_draft(draft_id)
        if draft.deleted:
            raise StoreError("this draft was published or discarded")
        framework, problems = self.check_draft(draft)
        if framework is None:
            raise PublishRefused(tuple(problems))
        framework = replace(framework, source_name=f"published in the app: {framework.id} {framework.version}")
        with self.transaction():
            self.install_framework(framework, draft.source_text)
            self.db.execute("UPDATE frameworks SET published_at = ?, published_by = ?, based_on = ? "
                            "WHERE framework_id = ? AND version = ?",
                            [now_iso(), actor.id, draft.based_on, framework.id, framework.version])
            self._tombstone("framework_drafts", draft_id)
        return self.framework(framework.id, framework.version)

    def retire_look_for(self, framework_id: str, look_for_key: str, *, by: str | None,
                        retired: bool = True) -> FrameworkDraft:
        """Retire a look-for in the framework's draft (made if needed): kept for history, hidden from new visits
        once the draft is published."""
        draft = self.edit_framework(framework_id, by=by)
        document = draft.document()
        found = False
        for section in _walk_sections(document.get("sections", [])):
            for lf in section.get("look_fors", []):
                if isinstance(lf, dict) and lf.get("key") == look_for_key:
                    found = True
                    if retired:
                        lf["retired"] = True
                    else:
                        lf.pop("retired", None)
        if not found:
            raise NotFound(f"framework '{framework_id}' has no look-for '{look_for_key}'")
        return self.save_framework_draft(draft.id, document, by=by)

    # Versions -----------------------------------------------------------------------------
    def version_history(self, framework_id: str) -> list[VersionInfo]:
        rows = self._rows("SELECT framework_id, version, title, sha256, published_at, published_by, based_on,"
                          " source_name FROM frameworks WHERE framework_id = ?", [framework_id])
        infos = [VersionInfo(r["framework_id"], r["version"], r["title"], r["sha256"], r["published_at"],
                             r["published_by"], r["based_on"], r["source_name"],
                             self.observations_using(framework_id, r["version"])) for r in rows]
        return sorted(infos, key=lambda v: version_key(v.version))

    def framework_source(self, framework_id: str, version: str | None = None) -> str:
        """The text of a published version's file, as stored (what export writes)."""
        chosen = version or (self.framework_versions(framework_id) or [""])[-1]
        row = self.db.execute("SELECT source_text FROM frameworks WHERE framework_id = ? AND version = ?",
                              [framework_id, chosen]).fetchone()
        if row is None:
            raise NotFound(f"no framework '{framework_id}'" + (f" version '{version}'" if version else "")
                           + " is installed")
        return str(row[0])

    # Imports ------------------------------------------------------------------------------
    def import_framework_files(self, paths: list[Path], *, by: str | None) -> list[InstallReport]:
        """A framework file a person chose: installed (published) as the Frameworks page's import does."""
        self._framework_editor(by)
        return self.install_framework_files(paths)


def _walk_sections(sections: object) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for section in sections if isinstance(sections, list) else []:
        if isinstance(section, dict):
            found.append(section)
            found.extend(_walk_sections(section.get("sections", [])))
    return found


__all__ = ["FrameworkEditStore", "FrameworkNotAllowed", "InstallResult", "PublishRefused"]
