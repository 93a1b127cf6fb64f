"""Sync through a shared folder, interrupted exports, and the sync command's report and exit codes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sync_helpers import Device, admin_of, blast_visit, devices, school_with_room, state

from walkthrough.storage import Repository
from walkthrough.sync import bundle as bundle_module
from walkthrough.sync.exporter import export_bundle
from walkthrough.sync.folder import FolderMissing, sync_folder


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Device, Device]:
    a, b = devices(tmp_path, "tablet-a", "tablet-b")
    yield a, b
    a.repo.close()
    b.repo.close()


def test_two_devices_sharing_a_folder_end_with_the_same_records(pair: tuple[Device, Device], tmp_path: Path) -> None:
    a, b = pair
    shared = tmp_path / "OneDrive - District" / "Walkthrough sync"
    shared.mkdir(parents=True)
    school_id, room_id, teacher_id = school_with_room(a)
    first = a.folder_round(shared)
    assert first.exported.written is not None and first.report.files == []
    b.folder_round(shared)
    blast_visit(b, school_id, room_id, teacher_id)
    b.folder_round(shared)
    a.folder_round(shared)
    assert state(a.repo) == state(b.repo)
    assert a.repo.observation_count() == 1


def test_a_folder_round_never_deletes_or_rewrites_another_devices_files(
    pair: tuple[Device, Device], tmp_path: Path
) -> None:
    a, b = pair
    shared = tmp_path / "share"
    shared.mkdir()
    school_with_room(a)
    a.folder_round(shared)
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in shared.iterdir()}
    b.repo.add_school("Cedar Ridge Middle", by=admin_of(b))
    for _ in range(3):
        b.folder_round(shared)
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in shared.iterdir()}
    assert all(after[name] == before[name] for name in before)
    assert len(after) == len(before) + 1  # B wrote one bundle of its own, and none when it had nothing new


def test_a_folder_round_ignores_partial_and_temporary_files(pair: tuple[Device, Device], tmp_path: Path) -> None:
    a, b = pair
    shared = tmp_path / "share"
    shared.mkdir()
    school_with_room(a)
    whole = a.export()
    (shared / f".{whole.name}.partial-1a2b").write_bytes(whole.read_bytes()[:100])
    (shared / "walkthrough-abc.zip.tmp").write_bytes(b"half")
    (shared / "~$walkthrough.zip").write_bytes(b"lock")
    round_ = b.folder_round(shared)
    assert round_.report.files == []


def test_a_cloud_conflicted_copy_is_imported_as_another_bundle(pair: tuple[Device, Device], tmp_path: Path) -> None:
    a, b = pair
    shared = tmp_path / "share"
    shared.mkdir()
    school_with_room(a)
    a.folder_round(shared)
    [mine] = list(shared.iterdir())
    shutil.copy(mine, shared / (mine.stem + "-DESKTOP-4J2K.zip"))  # as OneDrive names a conflicted copy
    report = b.folder_round(shared).report
    outcomes = sorted(f.outcome for f in report.files)
    assert outcomes == ["imported", "skipped"]
    assert not report.refused and len(b.repo.schools()) == 1


def test_a_folder_that_is_not_there_says_so(pair: tuple[Device, Device], tmp_path: Path) -> None:
    a, _ = pair
    with pytest.raises(FolderMissing, match="is not there"):
        sync_folder(a.repo, tmp_path / "unplugged-usb")


def test_an_interrupted_export_leaves_no_bundle_and_loses_nothing(
    pair: tuple[Device, Device], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = pair
    school_with_room(a)
    out = tmp_path / "out"
    real = zipfile.ZipFile.writestr
    calls = {"n": 0}

    def power_cut(self: zipfile.ZipFile, name: object, data: object, *args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        real(self, name, data, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "writestr", power_cut)
    with pytest.raises(OSError):
        export_bundle(a.repo, out / "bundle.zip", since_last=True)
    monkeypatch.undo()
    assert list(out.iterdir()) == []  # no bundle, not even half of one under a bundle's name
    retry = out / "bundle.zip"
    export_bundle(a.repo, retry, since_last=True)  # nothing was marked as sent: the retry carries all
    b.take(retry)
    assert state(a.repo) == state(b.repo)


def test_a_killed_export_leaves_only_a_partial_file_that_sync_ignores(
    pair: tuple[Device, Device], tmp_path: Path
) -> None:
    """The process dies between writing and renaming: what is left has a partial name."""
    a, b = pair
    school_with_room(a)
    share = tmp_path / "share"
    share.mkdir()
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from walkthrough.storage import Repository\n"
        "import walkthrough.sync.bundle as b\n"
        "real = os.replace\n"
        "os.replace = lambda *a: os._exit(9)\n"
        "from walkthrough.sync.exporter import export_to_folder\n"
        f"export_to_folder(Repository.open({str(a.folder / 'walkthrough.sqlite3')!r}), Path({str(share)!r}))\n"
    )
    a.repo.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 9, result.stderr
    left = list(share.iterdir())
    assert len(left) == 1 and bundle_module.PARTIAL in left[0].name
    assert b.folder_round(share).report.files == []
    a.folder_round(share)  # the next round writes the whole bundle
    b.folder_round(share)
    assert state(a.repo) == state(b.repo)


# The command line ---------------------------------------------------------------------------

def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "walkthrough", "--data-dir", str(data), "sync", *args],
                          capture_output=True, text=True, timeout=120, env={**os.environ})


def test_sync_export_and_import_on_the_command_line(pair: tuple[Device, Device], tmp_path: Path) -> None:
    a, b = pair
    school_with_room(a)
    a.repo.close()
    b.repo.close()
    out = tmp_path / "a.zip"
    exported = _cli(a.folder, "export", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    assert out.exists() and "records" in exported.stdout
    imported = _cli(b.folder, "import", str(out))
    assert imported.returncode == 0, imported.stderr
    assert "a.zip: imported from tablet-a: 4 inserted, 0 updated" in imported.stdout
    assert "1 imported, 0 skipped, 0 refused" in imported.stdout
    again = _cli(b.folder, "import", str(out))
    assert again.returncode == 0 and "a.zip: skipped (already imported)" in again.stdout
    a.repo, b.repo = _reopen(a), _reopen(b)


def _reopen(device: Device) -> Repository:
    return Repository.open(device.folder / "walkthrough.sqlite3")


def test_sync_import_exits_2_and_says_why_when_a_bundle_is_refused(pair: tuple[Device, Device],
                                                                    tmp_path: Path) -> None:
    a, b = pair
    school_with_room(a)
    good = a.export()
    bad = tmp_path / "broken.zip"
    bad.write_bytes(good.read_bytes()[:200])
    b.repo.close()
    result = _cli(b.folder, "import", str(good), str(bad))
    assert result.returncode == 2
    assert "refused: broken.zip: is not a complete bundle (damaged, or still being copied)" in result.stderr
    assert "Traceback" not in result.stderr
    assert "1 imported, 0 skipped, 1 refused" in result.stdout
    b.repo = _reopen(b)


def test_sync_folder_on_the_command_line(pair: tuple[Device, Device], tmp_path: Path) -> None:
    a, b = pair
    share = tmp_path / "share"
    share.mkdir()
    school_with_room(a)
    a.repo.close()
    b.repo.close()
    first = _cli(a.folder, "folder", str(share))
    assert first.returncode == 0 and first.stdout.startswith("wrote walkthrough-")
    second = _cli(b.folder, "folder", str(share))
    assert second.returncode == 0 and "imported from tablet-a" in second.stdout
    missing = _cli(b.folder, "folder", str(tmp_path / "nowhere"))
    assert missing.returncode == 1 and "is not there" in missing.stderr and "Traceback" not in missing.stderr
    a.repo, b.repo = _reopen(a), _reopen(b)


def test_a_bundle_that_arrives_after_a_quiet_round_is_taken_in(pair: tuple[Device, Device], tmp_path: Path) -> None:
    a, b = pair
    share = tmp_path / "share"
    share.mkdir()
    assert b.folder_round(share).report.files == []  # nothing there: a quiet round
    school_with_room(a)
    a.folder_round(share)
    assert [f.outcome for f in b.folder_round(share).report.files] == ["imported"]


def test_a_bundle_refused_while_it_was_still_being_copied_is_read_again(
    pair: tuple[Device, Device], tmp_path: Path
) -> None:
    a, b = pair
    share = tmp_path / "share"
    share.mkdir()
    school_with_room(a)
    whole = a.export().read_bytes()
    arriving = share / "walkthrough-a1b2c3d4-000001.zip"
    arriving.write_bytes(whole[: len(whole) // 3])  # the cloud client has copied a third of it
    assert [f.outcome for f in b.folder_round(share).report.files] == ["refused"]
    arriving.write_bytes(whole)  # ...and now all of it, under the same name
    assert [f.outcome for f in b.folder_round(share).report.files] == ["imported"]
    assert len(b.repo.schools()) == 1
