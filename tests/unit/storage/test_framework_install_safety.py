"""Installing framework files: a byte-order mark never empties the app, an import survives restarts."""

from __future__ import annotations

import codecs
import shutil
from pathlib import Path

from walkthrough.paths import FORMS_DIR
from walkthrough.storage import Repository
from walkthrough.storage.framework_store import InstallResult

BLAST = FORMS_DIR / "blast-empowered-learning.toml"


def test_a_framework_with_a_byte_order_mark_installs_and_every_later_start_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    text = BLAST.read_text(encoding="utf-8").replace('id = "blast-empowered-learning"', 'id = "mine"', 1)
    path.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    database = tmp_path / "db.sqlite3"
    repo = Repository.open(database)
    [report] = repo.install_framework_files([path])
    assert report.result is InstallResult.INSTALLED
    repo.close()
    again = Repository.open(database)  # the next start reads it from the database alone
    assert [f.id for f in again.frameworks()] == ["mine"]
    stored = again.db.execute("SELECT source_text FROM frameworks").fetchone()[0]
    assert not stored.startswith("\ufeff")
    again.close()


def test_a_database_that_stored_a_byte_order_mark_still_opens_and_is_repaired(tmp_path: Path) -> None:
    """What an older version stored: the BOM in source_text. Putting the file back repairs it."""
    repo = Repository.open(tmp_path / "db.sqlite3")
    repo.install_framework_files([BLAST])
    repo.db.execute("UPDATE frameworks SET source_text = ? || source_text", ["\ufeff"])
    repo.close()
    repo = Repository.open(tmp_path / "db.sqlite3")
    assert [f.id for f in repo.frameworks()] == ["blast-empowered-learning"]
    [report] = repo.install_framework_files([BLAST])
    assert report.result is InstallResult.UNCHANGED
    assert not repo.db.execute("SELECT source_text FROM frameworks").fetchone()[0].startswith("\ufeff")
    repo.close()


def _changed_builtin(tmp_path: Path) -> Path:
    text = BLAST.read_text(encoding="utf-8")
    changed = tmp_path / "our-blast.toml"
    changed.write_text(text.replace('title = "', 'title = "Our ', 1), encoding="utf-8")
    return changed


def test_a_changed_built_in_imported_under_its_id_and_version_is_refused_with_a_clash(tmp_path: Path) -> None:
    repo = Repository.open(tmp_path / "db.sqlite3")
    repo.install_framework_files([FORMS_DIR])
    before = repo.framework("blast-empowered-learning").title
    [report] = repo.install_framework_files([_changed_builtin(tmp_path)])
    assert report.result is None
    message = str(report.problems[0])
    assert "our-blast.toml" in message and "built-in" in message and 'version = "1.1"' in message
    assert repo.framework("blast-empowered-learning").title == before
    repo.close()


def test_an_imported_framework_is_never_replaced_by_the_built_in_at_the_next_start(tmp_path: Path) -> None:
    """An import that got in first (or under an older version of the app) stays; the clash is reported."""
    database = tmp_path / "db.sqlite3"
    repo = Repository.open(database)
    [report] = repo.install_framework_files([_changed_builtin(tmp_path)])
    assert report.result is InstallResult.INSTALLED
    ours = repo.framework("blast-empowered-learning").title
    repo.close()
    for _start in range(2):
        repo = Repository.open(database)
        reports = {r.path.name: r for r in repo.install_framework_files([FORMS_DIR])}
        clash = reports["blast-empowered-learning.toml"]
        assert clash.result is InstallResult.KEPT_IMPORTED
        assert "imported one is kept" in str(clash.problems[0])
        repo.close()
    repo = Repository.open(database)
    assert repo.framework("blast-empowered-learning").title == ours
    repo.close()


def test_a_built_in_copy_from_an_older_install_folder_still_counts_as_built_in(tmp_path: Path) -> None:
    """The app moved (reinstalled elsewhere): its old forms/ path is still the built-in's."""
    old_forms = tmp_path / "old-install" / "forms"
    old_forms.mkdir(parents=True)
    shutil.copy(BLAST, old_forms / BLAST.name)
    text = (old_forms / BLAST.name).read_text(encoding="utf-8")
    (old_forms / BLAST.name).write_text(text.replace("title = \"", "title = \"Old ", 1), encoding="utf-8")
    repo = Repository.open(tmp_path / "db.sqlite3")
    repo.install_framework_files([old_forms / BLAST.name])
    [report] = repo.install_framework_files([BLAST])
    assert report.result is InstallResult.UPDATED  # built-in over built-in: the new app's version
    repo.close()
