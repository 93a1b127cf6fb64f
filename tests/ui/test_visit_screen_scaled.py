"""The visit screen at 150 % display scaling (Windows tablets' default), in English and Spanish (issue 10).

Each case runs in a subprocess with ``QT_SCALE_FACTOR=1.5`` on an offscreen screen of 1920x1200
(1280x800 logical pixels) or 1920x1080 (1280x720): the window fits the screen, no sideways scroll
bar, no text cut off (hint text included), every target at least 48 logical pixels high, and the
same for every look-for's options laid over its row and for an open evidence note.

Run as a script it prints what it found as JSON; with ``WALKTHROUGH_SHOTS=folder`` it also saves
the screen as ``visit-<language>-<width>x<height>@<scale>.png`` (device pixels), to look at.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENS = [(1920, 1200), (1920, 1080)]


def offscreen_screen(folder: Path, screen: tuple[int, int]) -> str:
    """The offscreen platform with one screen of ``screen`` device pixels (it ignores ``size=``)."""
    config = folder / f"screen-{screen[0]}x{screen[1]}.json"
    config.write_text(json.dumps({"screens": [{"name": "tablet", "x": 0, "y": 0, "width": screen[0],
                                               "height": screen[1], "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def run_scaled(tmp_path: Path, language: str, screen: tuple[int, int], scale: str = "1.5") -> dict[str, object]:
    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM=offscreen_screen(tmp_path, screen),
               PYTHONPATH=os.pathsep.join([str(ROOT / "tests"), str(ROOT)]),
               WALKTHROUGH_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, str(Path(__file__)), str(tmp_path / "w.sqlite3"), language], env=env,
                          capture_output=True, text=True, timeout=180, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    found: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_visit_screen_at_150_percent_fits_with_nothing_cut_and_finger_sized_targets(
        tmp_path: Path, language: str, screen: tuple[int, int]) -> None:
    found = run_scaled(tmp_path, language, screen)
    logical = [round(screen[0] / 1.5), round(screen[1] / 1.5)]
    assert found["ratio"] == 1.5, "the window is not drawn at 150 %"
    assert found["screen"] == logical
    window = found["window"]
    assert isinstance(window, list) and window[0] <= logical[0] and window[1] <= logical[1]
    assert found["problems"] == [], "cut off, outside the window, a sideways scroll or a target under 48 px"
    assert found["small"] == [], "targets under 48 logical px"
    assert found["panels"] == {}, "a look-for's options, laid over its row, cut off or too small"
    assert isinstance(found["opened"], int) and found["opened"] >= 5  # the blast framework's choices and counts
    assert found["note"] == []


def _check(language: str, shots: Path | None) -> dict[str, object]:
    from clipping import TOUCH_PX, clipping_problems
    from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QWidget
    from round_helpers import small_school

    from walkthrough.paths import FORMS_DIR
    from walkthrough.storage import Repository
    from walkthrough.ui import framework_text, i18n
    from walkthrough.ui.mainwindow import MainWindow
    from walkthrough.ui.style import apply_style

    app = QApplication(sys.argv[:1])
    apply_style(app)
    if language != "en":
        i18n.install(app, language)
        framework_text.set_language(language)
    store = Repository.open(Path(sys.argv[1]))
    store.install_framework_files([FORMS_DIR])
    school = small_school(store, 5)
    screen = app.primaryScreen().availableGeometry()
    main = MainWindow(store)
    main.resize(screen.width(), screen.height())
    main.show()
    app.processEvents()
    walk = store.start_round(school.school.id, store.framework("blast-empowered-learning"), by=school.observer.id)
    main.show_page("walkthroughs")
    main.walkthroughs_page._round_started(walk.id)
    main.resize(screen.width(), screen.height())
    for _ in range(3):
        app.processEvents()
    view = main.walkthroughs_page.visit

    def small() -> list[str]:
        return [f"{type(w).__name__} '{w.accessibleName()}' {w.height()} px" for w in view.findChildren(QWidget)
                if isinstance(w, QAbstractButton | QComboBox | QLineEdit) and w.isVisibleTo(main)
                and w.height() < TOUCH_PX and not type(w).__name__.startswith("QScrollBar")]

    found: dict[str, object] = {
        "ratio": main.devicePixelRatio(), "screen": [screen.width(), screen.height()],
        "window": [main.width(), main.height()], "problems": clipping_problems(main, placeholders=True),
        "small": small(), "scroll": view.checklist_scroll.verticalScrollBar().maximum()}
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    name = f"{language}-{round(screen.width() * float(scale))}x{round(screen.height() * float(scale))}@{scale}"
    if shots is not None:
        main.grab().save(str(shots / f"visit-{name}.png"))
    panels: dict[str, list[str]] = {}
    opened = 0
    for key in view.order:
        row = view.rows[key]
        if not row.isVisibleTo(main) or not row.open_options():
            continue
        opened += 1
        app.processEvents()
        if shots is not None and opened == 1:
            main.grab().save(str(shots / f"visit-{name}-options.png"))
        problems = clipping_problems(main, placeholders=True) + small()
        if problems:
            panels[key] = problems
        assert row.panel is not None
        row.panel.close_panel()
    found["panels"], found["opened"] = panels, opened
    noted = next(view.rows[k] for k in view.order if view.rows[k].note is not None)
    noted.open_note()
    app.processEvents()
    found["note"] = clipping_problems(main, placeholders=True) + small()
    noted.close_note()
    main.close()
    return found


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "tests"))
    folder = Path(os.environ["WALKTHROUGH_SHOTS"]) if os.environ.get("WALKTHROUGH_SHOTS") else None
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    print(json.dumps(_check(sys.argv[2] if len(sys.argv) > 2 else "en", folder)))
