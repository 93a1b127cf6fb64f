"""The district's evaluative-language lists as the UI uses them: read lazily, warmed off the UI thread.

Reading the lists (~1,000 phrases) and compiling their patterns would cost
the start of the app a good part of a second, so nothing here runs at start:
the first note field asks for the lists when it first needs them, and
:func:`warm_up_soon` reads and compiles them on a background thread a moment
after the first note field is built, so that the first keystroke finds them
ready. A field that needs them before the warm-up is done waits for it
instead of reading them twice.

Problems in the lists (a bad line, an unreadable file) never switch the nudge
off: the line is left out, and :func:`problems` lists it for the Frameworks page.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from walkthrough.core.nudge import ListProblem, PhraseList

log = logging.getLogger("walkthrough.ui.nudge")
WARM_UP_DELAY_MS = 1500
WARM_UP_BREATH_S = 0.0005  # after every few patterns (~1 ms of work)

# The folder the lists are read from (None: the app's forms/ folder); tests point it elsewhere.
forms_dir: Path | None = None
_lock = threading.Lock()
_lists: PhraseList | None = None
_warm_up_started = False


class _Notifier(QObject):
    reloaded = Signal()


notifier = _Notifier()


def _read() -> PhraseList:
    lists = PhraseList.default(forms_dir)
    for problem in lists.problems:
        log.warning("evaluative-language list line left out: %s", problem)
    return lists


def current() -> PhraseList:
    """The lists, read now if no one has read them yet (waits for a warm-up under way)."""
    global _lists
    lists = _lists
    if lists is not None:
        return lists
    with _lock:
        if _lists is None:
            _lists = _read()
        return _lists


def is_loaded() -> bool:
    return _lists is not None


def forget() -> None:
    """Drop the lists read so far (the next field reads them again); for tests."""
    global _lists, _warm_up_started
    with _lock:
        _lists = None
    _warm_up_started = False


def problems() -> tuple[ListProblem, ...]:
    return current().problems


def reload() -> PhraseList:
    """Read the lists again (after district staff edited them); every note field uses the new ones."""
    global _lists
    fresh = _read()
    with _lock:
        _lists = fresh
    notifier.reloaded.emit()
    _start_warm_up()
    return fresh


def _let_the_ui_thread_run() -> None:
    """Gives up the interpreter's lock for a moment. Without it, the UI thread waits up to
    Python's switch interval (5 ms) each time it enters Python while the warm-up runs, and
    a keystroke enters Python dozens of times: the window once stalled ~100 ms."""
    time.sleep(WARM_UP_BREATH_S)


def _warm() -> None:
    try:
        current().warm_up(compile_patterns=True, between=_let_the_ui_thread_run)
    except Exception:  # never let a warm-up failure reach anyone; the fields read the lists themselves
        log.exception("warming up the evaluative-language lists failed")


def _start_warm_up() -> None:
    threading.Thread(target=_warm, name="nudge-warm-up", daemon=True).start()


def warm_up_soon(delay_ms: int = WARM_UP_DELAY_MS, start: Callable[[], None] = _start_warm_up) -> None:
    """Once per run: read and compile the lists on a background thread after ``delay_ms``."""
    global _warm_up_started
    if _warm_up_started:
        return
    _warm_up_started = True
    QTimer.singleShot(delay_ms, start)
