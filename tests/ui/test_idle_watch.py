"""The idle watch hears input without a Python call on every event of the application:
each call takes the interpreter's lock, and with another thread running Python a
keystroke's few dozen events once added up to a stall of the window."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from walkthrough.ui.idle import MAX_PAUSE_MS, IdleWatch


@pytest.fixture
def watch(qtbot: QtBot) -> Iterator[IdleWatch]:
    made = IdleWatch()
    yield made
    made.set_interval_ms(0)
    made.deleteLater()


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every event the watch is handed."""
    handed: list[int] = []
    heard = IdleWatch.eventFilter

    def counted(self: IdleWatch, watched: QObject, event: QEvent) -> bool:
        handed.append(1)
        return heard(self, watched, event)

    monkeypatch.setattr(IdleWatch, "eventFilter", counted)
    return handed


def _editor(qtbot: QtBot) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.setFocus()
    return editor


def test_steady_typing_hands_the_idle_watch_only_a_few_events(qtbot: QtBot, watch: IdleWatch,
                                                              calls: list[int]) -> None:
    editor = _editor(qtbot)
    watch.set_interval_ms(10 * 60_000)
    for char in "Partners explained their sorting, key by key.":  # ~1.2 s of typing
        qtbot.keyClicks(editor, char)
        qtbot.wait(25)
    # Watching every event, this was over a thousand calls; now: the few events after each pause.
    assert 0 < len(calls) < 40, f"the idle watch was handed {len(calls)} events"


def test_input_in_a_pause_still_keeps_the_tablet_signed_in(qtbot: QtBot, watch: IdleWatch) -> None:
    editor = _editor(qtbot)
    watch.set_interval_ms(400)  # pauses of 100 ms
    idled: list[float] = []
    watch.idle.connect(lambda: idled.append(time.perf_counter()))
    last = time.perf_counter()
    for _ in range(12):  # a key every 60 ms for 0.7 s: some in a pause, some heard
        qtbot.keyClicks(editor, "a")
        last = time.perf_counter()
        qtbot.wait(60)
    qtbot.waitUntil(lambda: bool(idled), timeout=3000)
    assert len(idled) == 1
    waited_ms = (idled[0] - last) * 1000
    # Never sooner than the interval (a coarse timer may fire 5 % early), at most a pause later.
    assert 400 - 25 <= waited_ms <= 400 + 100 + 200, f"signed out {waited_ms:.0f} ms after the last input"


def test_the_watch_listens_again_after_a_pause(qtbot: QtBot, watch: IdleWatch) -> None:
    editor = _editor(qtbot)
    watch.set_interval_ms(10 * 60_000)
    assert watch.listening and watch.pause.interval() == MAX_PAUSE_MS
    qtbot.keyClicks(editor, "a")
    assert not watch.listening
    qtbot.waitUntil(lambda: watch.listening, timeout=MAX_PAUSE_MS + 1000)


def test_an_idle_time_of_zero_stops_listening(qtbot: QtBot, watch: IdleWatch, calls: list[int]) -> None:
    editor = _editor(qtbot)
    watch.set_interval_ms(0)
    qtbot.keyClicks(editor, "abc")
    qtbot.wait(50)
    assert not watch.listening and calls == []
