"""The installable app: build the Linux bundle with PyInstaller, then start the built program.

Built once for this module from ``packaging/walkthrough.spec`` into a temporary folder. The
built program runs offscreen and under Xvfb on temporary data folders: it passes its
self-test (the main window opens, a tap reaches the database) and its ``setup-es`` self-test
(a new school set up in Spanish from the shipped roster template, then a round recorded),
opens a real window, and quits cleanly. The build time, the bundle's size and the start times go to
``tests/artifacts/bundle.json``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from xvfb_app import ARTIFACTS, log_events, need, screenshot, wait_for_event, xvfb

from walkthrough import __version__
from walkthrough.paths import database_path
from walkthrough.storage import Repository

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "walkthrough.spec"
FIGURES: dict[str, object] = {}


@dataclass(frozen=True)
class Bundle:
    folder: Path
    program: Path
    build_seconds: float

    @property
    def internal(self) -> Path:
        return self.folder / "_internal"


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def record(**figures: object) -> None:
    FIGURES.update(figures)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "bundle.json").write_text(json.dumps(FIGURES, indent=2) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    need("objdump")  # PyInstaller reads the libraries' dependencies with binutils
    work = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(work / "pyinstaller-cache")}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
        capture_output=True, text=True, timeout=1200, cwd=ROOT, env=env,
    )
    seconds = time.perf_counter() - started
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-6000:]
    folder = work / "dist" / "walkthrough"
    built = Bundle(folder, folder / "walkthrough", seconds)
    record(build_seconds=round(seconds, 1), bundle_bytes=folder_bytes(folder),
           bundle_files=sum(1 for p in folder.rglob("*") if p.is_file()))
    return built


def frozen_env(**extra: str) -> dict[str, str]:
    """The environment of a user's session: none of the test's Qt or Python settings."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH", "VIRTUAL_ENV")}
    env.update(extra)
    return env


def test_the_bundle_holds_the_frameworks_the_resources_and_no_unused_qt(bundle: Bundle) -> None:
    assert bundle.program.is_file() and os.access(bundle.program, os.X_OK)
    internal = bundle.internal
    assert len(list((internal / "forms").glob("*.toml"))) == 5
    for language in ("en", "es"):
        assert (internal / "resources" / "guide" / language / "01-welcome.md").is_file()
    assert (internal / "resources" / "icons" / "walkthrough-256.png").is_file()
    assert (internal / "resources" / "style.qss").is_file()
    names = {p.name for p in internal.rglob("*")}
    # QtNetwork is used: a second start asks the running copy (QLocalServer) to come forward.
    assert "libQt6Network.so.6" in names
    for unused in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libqgtk3.so", "libqeglfs.so"):
        assert unused not in names, unused
    assert not any(n.startswith(("QtQml.", "QtQuick.")) for n in names)
    assert {"libqxcb.so", "libqoffscreen.so", "libqwayland.so"} <= names
    # Qt's own translations: English and Spanish only.
    translations = {p.name for p in (internal / "PySide6" / "Qt" / "translations").glob("*.qm")}
    assert "qtbase_es.qm" in translations and not any(t.endswith("_de.qm") for t in translations)


def test_the_built_program_answers_on_the_command_line(bundle: Bundle, tmp_path: Path) -> None:
    version = subprocess.run([str(bundle.program), "--version"], capture_output=True, text=True, timeout=60,
                             env=frozen_env())
    assert version.returncode == 0 and version.stdout.strip() == f"walkthrough {__version__}"
    checked = subprocess.run([str(bundle.program), "forms", "check", str(bundle.internal / "forms")],
                             capture_output=True, text=True, timeout=60, env=frozen_env())
    assert checked.returncode == 0 and checked.stdout.count(": ok") == 5, checked.stderr
    # No display and no offscreen platform: the plain message, no traceback.
    headless = subprocess.run([str(bundle.program), "--data-dir", str(tmp_path / "data")],
                              capture_output=True, text=True, timeout=60, env=frozen_env())
    assert headless.returncode == 2 and "no display found" in headless.stderr
    assert "Traceback" not in headless.stderr


def run_self_test(bundle: Bundle, data: Path, env: dict[str, str]) -> dict[str, object]:
    started = time.perf_counter()
    done = subprocess.run([str(bundle.program), "--data-dir", str(data), "self-test"],
                          capture_output=True, text=True, timeout=180, env=env)
    wall = time.perf_counter() - started
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall_seconds"] = round(wall, 3)
    assert result["passed"] is True and result["frozen"] is True
    assert str(result["resources"]).startswith(str(bundle.internal))
    # The tap, read from the database the built program left, by this process.
    repo = Repository.open(database_path(data))
    try:
        stored = repo.response(str(result["observation"]), str(result["look_for"]))
        assert stored.value == "observed" and not stored.deleted
    finally:
        repo.close()
    return result


def test_the_built_program_passes_its_self_test_offscreen(bundle: Bundle, tmp_path: Path) -> None:
    result = run_self_test(bundle, tmp_path / "data", frozen_env(QT_QPA_PLATFORM="offscreen"))
    assert result["platform"] == "offscreen"
    record(offscreen_self_test=result)


def test_the_built_program_opens_a_real_window_records_a_tap_and_quits_under_xvfb(
    bundle: Bundle, tmp_path: Path
) -> None:
    need("xdotool", "import")
    with xvfb() as display:
        env = frozen_env(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        tapped = run_self_test(bundle, tmp_path / "self-test", env)
        assert tapped["platform"] == "xcb"
        # Then as a user starts it: a window named Walkthrough, Ctrl+Q, exit 0.
        data = tmp_path / "data"
        started = time.perf_counter()
        proc = subprocess.Popen([str(bundle.program), "--data-dir", str(data)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            ready = wait_for_event(data, "window_ready", proc, timeout=60)
            seen_ready = time.perf_counter() - started
            shown = next(e for e in log_events(data) if e.get("event") == "window_shown")
            window_id = ""
            deadline = time.monotonic() + 15
            while not window_id and time.monotonic() < deadline:
                found = subprocess.run(["xdotool", "search", "--name", "^Walkthrough$"], capture_output=True,
                                       text=True, env={"DISPLAY": display})
                window_id = found.stdout.split()[0] if found.stdout.split() else ""
                time.sleep(0.1)
            assert window_id, "no window named Walkthrough on the screen"
            time.sleep(0.5)
            assert screenshot(display, "bundle-main-window").stat().st_size > 10_000
            subprocess.run(["xdotool", "windowfocus", "--sync", window_id], env={"DISPLAY": display},
                           check=True, timeout=10)
            subprocess.run(["xdotool", "key", "ctrl+q"], env={"DISPLAY": display}, check=True, timeout=10)
            assert proc.wait(timeout=30) == 0
            _, err = proc.communicate()
            assert "Traceback" not in err, err
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    record(xvfb_self_test=tapped, xvfb_start={
        "window_shown_seconds": shown["seconds"], "window_ready_seconds": ready["seconds"],
        "process_start_to_ready_seen_seconds": round(seen_ready, 3),
    })


SPANISH_SCHOOL = "Escuela Primaria Las Palmas"
TEMPLATE_ROOMS = {"Aula 1", "Aula 2", "Aula 3"}  # what the self-test writes into the shipped template


def run_setup_in_spanish(bundle: Bundle, data: Path, env: dict[str, str]) -> dict[str, object]:
    """``self-test setup-es`` by the built program, then its school, rooms and round read back here."""
    started = time.perf_counter()
    done = subprocess.run([str(bundle.program), "--data-dir", str(data), "self-test", "setup-es"],
                          capture_output=True, text=True, timeout=240, env=env)
    wall = time.perf_counter() - started
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall_seconds"] = round(wall, 3)
    assert result["passed"] is True and result["frozen"] is True and result["scenario"] == "setup-es"
    assert {"Configurar mi escuela", "Importar y continuar", "Terminar ronda"} <= set(result["spanish_words"])  # type: ignore[arg-type]
    repo = Repository.open(database_path(data))
    try:
        schools = repo.schools()
        assert [s.name for s in schools] == [SPANISH_SCHOOL]
        assert {r.name for r in repo.rooms(schools[0].id)} == TEMPLATE_ROOMS
        assert str(repo.round(str(result["round"])).status) == "finished"
        responses = repo.responses(str(result["observation"]))
        observed = sorted(k for k, r in responses.items() if r.value == "observed" and not r.deleted)
        assert observed == sorted(result["marked"]) and len(observed) == 3  # type: ignore[arg-type]
    finally:
        repo.close()
    return result


def test_the_built_program_sets_up_a_school_in_spanish_from_the_shipped_template_and_records_a_round_offscreen(
    bundle: Bundle, tmp_path: Path
) -> None:
    result = run_setup_in_spanish(bundle, tmp_path / "data", frozen_env(QT_QPA_PLATFORM="offscreen"))
    assert result["platform"] == "offscreen"
    record(offscreen_setup_es=result)


def test_the_built_program_sets_up_a_school_in_spanish_and_records_a_round_under_xvfb(
    bundle: Bundle, tmp_path: Path
) -> None:
    with xvfb() as display:
        result = run_setup_in_spanish(bundle, tmp_path / "data", frozen_env(DISPLAY=display, QT_QPA_PLATFORM="xcb"))
    assert result["platform"] == "xcb"
    record(xvfb_setup_es=result)
