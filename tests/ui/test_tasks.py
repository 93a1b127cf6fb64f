"""Long work runs off the UI thread and reports back on it, in order."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from walkthrough.ui.tasks import TaskManager


def test_work_runs_on_another_thread_and_reports_on_the_ui_thread(qtbot: QtBot) -> None:
    tasks = TaskManager()
    ui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["work"] = threading.get_ident()
        return 42

    results: list[int] = []

    def done(value: int) -> None:
        seen["done"] = threading.get_ident()
        results.append(value)

    tasks.run(work, done)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert seen["work"] != ui_thread
    assert seen["done"] == ui_thread


def test_tasks_run_one_at_a_time_in_order(qtbot: QtBot) -> None:
    tasks = TaskManager()
    order: list[int] = []
    for n in range(5):
        tasks.run(lambda n=n: n, order.append)
    qtbot.waitUntil(lambda: len(order) == 5, timeout=5000)
    assert order == [0, 1, 2, 3, 4]


def test_a_failure_is_reported_not_raised(qtbot: QtBot) -> None:
    tasks = TaskManager()
    failures: list[Exception] = []

    def work() -> None:
        raise ValueError("bad roster row 3")

    tasks.run(work, on_failed=failures.append)
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=5000)
    assert str(failures[0]) == "bad roster row 3"
