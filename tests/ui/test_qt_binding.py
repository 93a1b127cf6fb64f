"""The Qt binding keeps Python's reference counts: a signal emitted from
Python must not drop a reference to ``True`` (PySide6 6.12.0 does, and the app
then aborts with "Fatal Python error: bool_dealloc" after a few thousand
emits: a long round, or a minute of edits waiting for a locked database)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    said = Signal(str)


def test_emitting_a_signal_from_python_keeps_every_reference_to_true() -> None:
    emitter = _Emitter()
    heard: list[str] = []
    emitter.said.connect(heard.append)
    before = sys.getrefcount(True)
    for _ in range(200):  # few enough not to kill the test run on a binding with the fault
        emitter.said.emit("x")
    lost = before - sys.getrefcount(True)
    assert len(heard) == 200
    assert lost <= 0, f"{lost} references to True were dropped by 200 emits: this PySide6 crashes the app"
