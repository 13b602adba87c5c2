"""Background work: tickets, stale results, progress and cancel."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThreadPool

from reviewer.ui.tasks import Task, TaskRunner


def test_task_reports_result(qtbot) -> None:
    task = Task(7, lambda: 42)
    with qtbot.waitSignal(task.signals.succeeded, timeout=2000) as blocker:
        QThreadPool.globalInstance().start(task)
    assert blocker.args == [7, 42]


def test_task_reports_the_exception(qtbot) -> None:
    def boom() -> object:
        raise ValueError("bad file")

    task = Task(3, boom)
    with qtbot.waitSignal(task.signals.failed, timeout=2000) as blocker:
        QThreadPool.globalInstance().start(task)
    assert blocker.args[0] == 3
    assert str(blocker.args[1]) == "bad file"


def test_runner_drops_stale_results_and_reports_progress(qtbot) -> None:
    runner = TaskRunner()
    release = threading.Event()
    results: list[object] = []
    progress: list[tuple[int, int]] = []
    runner.finished.connect(lambda channel, result: results.append(result))
    runner.progressed.connect(lambda channel, d, t: progress.append((d, t)))

    def slow(cancel: threading.Event, report) -> object:
        release.wait(5)
        return "old"

    def fast(cancel: threading.Event, report) -> object:
        report(1, 2)
        report(2, 2)
        return "new"

    runner.start("open", slow)
    assert runner.is_busy("open")
    runner.start("open", fast)
    qtbot.waitUntil(lambda: results == ["new"], timeout=3000)
    release.set()
    runner.wait(3000)
    qtbot.wait(50)
    assert results == ["new"]  # the first request's late answer was dropped
    assert progress == [(1, 2), (2, 2)]
    assert not runner.is_busy("open")


def test_cancel_sets_the_event_and_drops_the_result(qtbot) -> None:
    runner = TaskRunner()
    seen: list[object] = []
    cancelled = threading.Event()
    runner.finished.connect(lambda channel, result: seen.append(result))

    def work(cancel: threading.Event, report) -> object:
        while not cancel.is_set():
            time.sleep(0.01)
        cancelled.set()
        return "late"

    runner.start("open", work)
    with qtbot.waitSignal(runner.stopped, timeout=2000):
        runner.cancel("open")
    assert cancelled.wait(2)
    runner.wait(2000)
    qtbot.wait(50)
    assert seen == []
