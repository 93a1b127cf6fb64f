"""The packaging files: one version everywhere, valid Linux entries, a parseable Windows version
resource, an installer script that points at real files, icons of the sizes they claim, and a
Linux install that installs and uninstalls exactly its own files."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import types
from pathlib import Path

import pytest

from walkthrough import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
WINDOWS = PACKAGING / "windows"
ICONS = ROOT / "resources" / "icons"
APP_ID = "org.walkthrough.Walkthrough"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ISS = WINDOWS / "walkthrough.iss"
VERSION_INFO = WINDOWS / "version_info.txt"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def need(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        pytest.skip(f"needs {program} (bash test.sh installs it as root)")
    return found


def numeric_version() -> tuple[int, int, int, int]:
    parts = [int(p) for p in re.findall(r"\d+", __version__)[:4]]
    return tuple(parts + [0] * (4 - len(parts)))  # type: ignore[return-value]


# One version ---------------------------------------------------------------------------

def test_the_windows_version_resource_carries_the_app_version() -> None:
    text = VERSION_INFO.read_text(encoding="utf-8")
    version = numeric_version()
    assert f"filevers={version}" in text and f"prodvers={version}" in text
    assert f"StringStruct('FileVersion', '{__version__}')" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text


def test_the_installer_and_the_appstream_release_carry_the_app_version() -> None:
    assert f'#define AppVersion "{__version__}"' in ISS.read_text(encoding="utf-8")
    releases = re.findall(r'<release version="([^"]+)"', METAINFO.read_text(encoding="utf-8"))
    assert releases and releases[0] == __version__


# Windows --------------------------------------------------------------------------------

def test_the_windows_version_resource_parses_and_serialises(monkeypatch: pytest.MonkeyPatch) -> None:
    """Through PyInstaller's own reader, as the Windows build will use it. Its module imports two
    Windows-only helpers that only writing into an .exe uses; stand-ins let it load here."""
    import PyInstaller.compat

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    from PyInstaller.utils.win32 import versioninfo

    info = versioninfo.load_version_info_from_text_file(str(VERSION_INFO))
    raw = info.toRaw()
    assert isinstance(raw, bytes) and len(raw) > 200
    assert "Walkthrough.exe".encode("utf-16-le") in raw


def test_the_installer_script_points_at_the_bundle_the_spec_builds_and_at_real_files() -> None:
    script = ISS.read_text(encoding="utf-8")
    spec = (PACKAGING / "walkthrough.spec").read_text(encoding="utf-8")
    assert 'NAME = "Walkthrough" if WINDOWS else "walkthrough"' in spec
    assert '#define AppExeName "Walkthrough.exe"' in script
    assert '#define BundleDir "..\\..\\dist\\Walkthrough"' in script
    icon = re.search(r"^SetupIconFile=(.+)$", script, re.M)
    assert icon is not None and (WINDOWS / icon.group(1).replace("\\", "/")).resolve() == ICONS / "walkthrough.ico"
    # Sections Inno Setup knows, each entry with the parameters it needs.
    sections = re.findall(r"^\[(\w+)\]$", script, re.M)
    assert sections == ["Setup", "Languages", "Tasks", "InstallDelete", "Files", "Icons", "Run"]
    app_id = re.search(r"^AppId=\{\{([0-9A-F-]{36})\}$", script, re.M)
    assert app_id is not None, "AppId must be a GUID in {{...} (a literal brace)"
    for line in script.splitlines():
        if line.startswith(("Source:", "Name:", "Filename:", "Type:")):
            assert line.count('"') % 2 == 0, line


# Linux ----------------------------------------------------------------------------------

def test_the_desktop_entry_is_valid() -> None:
    result = subprocess.run([need("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_appstream_metadata_is_valid() -> None:
    result = subprocess.run([need("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "E:" not in result.stdout and "W:" not in result.stdout, result.stdout


def test_the_desktop_entry_and_the_metainfo_name_the_same_app() -> None:
    desktop = DESKTOP.read_text(encoding="utf-8")
    metainfo = METAINFO.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in desktop and "Exec=walkthrough\n" in desktop
    assert f"<id>{APP_ID}</id>" in metainfo
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo
    icon_module = (ROOT / "walkthrough" / "ui" / "icon.py").read_text(encoding="utf-8")
    assert f'DESKTOP_FILE_NAME = "{APP_ID}"' in icon_module


# Icons ----------------------------------------------------------------------------------

def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", head[16:24])
    return width, height


@pytest.mark.parametrize("size", PNG_SIZES)
def test_each_png_icon_has_its_size(size: int) -> None:
    assert png_size(ICONS / f"walkthrough-{size}.png") == (size, size)


def test_the_windows_icon_holds_the_sizes_windows_uses() -> None:
    data = (ICONS / "walkthrough.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {(data[6 + 16 * i] or 256) for i in range(count)}
    assert {16, 24, 32, 48, 256} <= sizes, sizes


def test_the_icon_svgs_are_plain_svg() -> None:
    for name in ("walkthrough.svg", "walkthrough-small.svg"):
        text = (ICONS / name).read_text(encoding="utf-8")
        assert "<svg" in text and "<script" not in text and "xlink:href" not in text and "<image" not in text


# The Linux install script ---------------------------------------------------------------

def fake_bundle(folder: Path) -> Path:
    """A stand-in bundle: the layout install.sh copies, with a program that prints its version."""
    bundle = folder / "walkthrough"
    shutil.copytree(ICONS, bundle / "_internal" / "resources" / "icons")
    program = bundle / "walkthrough"
    program.write_text(f"#!/bin/sh\necho walkthrough {__version__}\n", encoding="utf-8")
    program.chmod(0o755)
    return bundle


def test_the_linux_install_puts_the_app_its_entry_and_icons_in_place_and_removes_only_them(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    records = prefix / "share" / "Walkthrough"  # where the data folder is under ~/.local
    records.mkdir(parents=True)
    (records / "walkthrough.sqlite3").write_bytes(b"records")
    bundle = fake_bundle(tmp_path)
    script = str(LINUX / "install.sh")
    done = subprocess.run(["bash", script, "--prefix", str(prefix), "--bundle", str(bundle)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    command = prefix / "bin" / "walkthrough"
    assert subprocess.run([str(command)], capture_output=True, text=True).stdout.strip() == f"walkthrough {__version__}"
    entry = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={command}\n" in entry.read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(entry)], capture_output=True).returncode == 0
    assert (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in PNG_SIZES:
        assert png_size(prefix / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") \
            == (size, size)
    assert (prefix / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    # Installing again (an upgrade) works and leaves no copy beside it.
    again = subprocess.run(["bash", script, "--prefix", str(prefix), "--bundle", str(bundle)],
                           capture_output=True, text=True, timeout=60)
    assert again.returncode == 0, again.stderr
    assert not (prefix / "lib" / "walkthrough.new").exists()
    gone = subprocess.run(["bash", script, "--uninstall", "--prefix", str(prefix)],
                          capture_output=True, text=True, timeout=60)
    assert gone.returncode == 0, gone.stderr
    assert (records / "walkthrough.sqlite3").read_bytes() == b"records"
    left = sorted(str(p.relative_to(prefix)) for p in prefix.rglob("*") if p.is_file())
    assert left == ["share/Walkthrough/walkthrough.sqlite3"], left


def test_the_linux_install_refuses_a_missing_bundle_plainly(tmp_path: Path) -> None:
    done = subprocess.run(["bash", str(LINUX / "install.sh"), "--prefix", str(tmp_path), "--bundle",
                           str(tmp_path / "nothing")], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "no built bundle" in done.stderr and "pyinstaller" in done.stderr
    assert not any(tmp_path.iterdir())


# Finding forms/ and resources/ -----------------------------------------------------------

def test_built_in_files_are_found_in_a_checkout_and_in_a_frozen_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from walkthrough import paths

    assert paths.bundle_dir() == ROOT and not paths.is_frozen()
    assert (paths.FORMS_DIR / "blast-empowered-learning.toml").is_file()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.bundle_dir() == tmp_path and paths.is_frozen()
