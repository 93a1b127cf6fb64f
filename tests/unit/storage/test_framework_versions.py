"""A framework version is frozen once an observation uses it."""

from __future__ import annotations

from pathlib import Path

import pytest
from role_helpers import first_admin

from walkthrough.core.frameworks import FrameworkError, load_framework
from walkthrough.paths import FORMS_DIR
from walkthrough.storage import Repository
from walkthrough.storage.framework_store import InstallResult


def _copy(tmp_path: Path, text: str, name: str = "fw.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_install_is_idempotent(fresh_repo: Repository) -> None:
    first = fresh_repo.install_framework_files([FORMS_DIR])
    again = fresh_repo.install_framework_files([FORMS_DIR])
    assert {r.result for r in first} == {InstallResult.INSTALLED}
    assert {r.result for r in again} == {InstallResult.UNCHANGED}
    assert len(fresh_repo.frameworks()) == len(first) == 5


def test_changed_unused_version_is_updated(fresh_repo: Repository, tmp_path: Path) -> None:
    source = (FORMS_DIR / "blast-empowered-learning.toml").read_text(encoding="utf-8")
    fresh_repo.install_framework_files([_copy(tmp_path, source)])
    same_meaning = source.replace('response = "presence"', 'response = "presence"\nallow_na = true', 1)
    [report] = fresh_repo.install_framework_files([_copy(tmp_path, same_meaning)])
    assert report.result is InstallResult.UNCHANGED  # presence always allows N/A: nothing changed
    prompt = fresh_repo.framework("blast-empowered-learning").look_fors[0].prompt
    changed = source.replace(prompt, prompt + " (reworded)")
    [report] = fresh_repo.install_framework_files([_copy(tmp_path, changed)])
    assert report.result is InstallResult.UPDATED
    assert fresh_repo.framework("blast-empowered-learning").look_fors[0].prompt == prompt + " (reworded)"


def test_changed_used_version_is_refused_and_asks_for_a_new_version(fresh_repo: Repository, tmp_path: Path) -> None:
    source = (FORMS_DIR / "blast-empowered-learning.toml").read_text(encoding="utf-8")
    path = _copy(tmp_path, source)
    fresh_repo.install_framework_files([path])
    framework = fresh_repo.framework("blast-empowered-learning")
    admin = first_admin(fresh_repo).id
    school = fresh_repo.add_school("S", by=admin)
    fresh_repo.start_observation("blast", framework, school.id, observer_id=admin, by=admin)
    first_prompt = framework.look_fors[0].prompt
    changed_path = _copy(tmp_path, source.replace(first_prompt, first_prompt + " (changed)"), "changed.toml")
    [report] = fresh_repo.install_framework_files([changed_path])
    assert report.result is None
    message = str(report.problems[0])
    assert "changed.toml" in message and "frozen" in message and 'version = "1.1"' in message
    assert fresh_repo.framework("blast-empowered-learning").look_fors[0].prompt == first_prompt
    with pytest.raises(FrameworkError, match="new version number"):
        fresh_repo.install_framework(load_framework(changed_path), changed_path.read_text())


def test_a_new_version_installs_beside_the_old_which_stays_readable(fresh_repo: Repository, tmp_path: Path) -> None:
    source = (FORMS_DIR / "blast-empowered-learning.toml").read_text(encoding="utf-8")
    fresh_repo.install_framework_files([_copy(tmp_path, source)])
    old = fresh_repo.framework("blast-empowered-learning")
    admin = first_admin(fresh_repo).id
    school = fresh_repo.add_school("S", by=admin)
    obs = fresh_repo.start_observation("blast", old, school.id, observer_id=admin, by=admin)
    newer = source.replace('version = "1.0"', 'version = "1.10"').replace(old.look_fors[0].prompt, "A new prompt")
    fresh_repo.install_framework_files([_copy(tmp_path, newer, "newer.toml")])
    assert fresh_repo.framework_versions("blast-empowered-learning") == ["1.0", "1.10"]
    assert fresh_repo.framework("blast-empowered-learning").version == "1.10"
    assert (
        fresh_repo.observation_framework(fresh_repo.observation(obs.id)).look_fors[0].prompt == old.look_fors[0].prompt
    )


def test_a_framework_reloads_from_the_database_alone(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    repo = Repository.open(path)
    repo.install_framework_files([FORMS_DIR])
    expected = repo.framework("nctm-math-teaching-practices")
    repo.close()
    again = Repository.open(path)
    assert again.framework("nctm-math-teaching-practices").sha256 == expected.sha256
