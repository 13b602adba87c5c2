"""Garbage is collected on the GUI thread, never on a worker (Qt objects die there)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from reviewer.ui import collector


def test_a_cycle_dropped_while_a_worker_allocates_is_freed_on_the_gui_thread(
    qtbot, qapp
) -> None:
    assert collector.install() is not None
    assert not gc.isenabled()
    freed_on_gui: list[bool] = []

    class Node:
        def __init__(self) -> None:
            self.me = self  # a cycle: only the collector frees it
            self.qobject = QObject()

        def __del__(self) -> None:
            freed_on_gui.append(threading.current_thread() is threading.main_thread())

    Node()
    kept: list[object] = []

    def allocate() -> None:  # like the extractor: many new containers
        kept.extend([] for _ in range(20 * gc.get_threshold()[0]))

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert freed_on_gui == []  # the worker's allocations collected nothing
    qtbot.waitUntil(lambda: freed_on_gui == [True], timeout=5000)


def test_installing_twice_keeps_one_collector(qapp) -> None:
    assert collector.install() is collector.install()
