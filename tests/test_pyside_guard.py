"""PySide6 6.12.0 on Python 3.11 drops references to None and True per call."""

from __future__ import annotations

import sys

from reviewer.pyside_guard import immortalize_singletons


def test_singletons_survive_many_void_calls_and_emits(qapp: object) -> None:
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QWidget

    class Probe(QObject):
        ping = Signal()

    immortalize_singletons()
    immortalize_singletons()  # idempotent
    widget, probe = QWidget(), Probe()
    for _ in range(20_000):  # more than either object's natural reference count
        widget.update()
        probe.ping.emit()
    assert sys.getrefcount(None) > 10_000
    assert sys.getrefcount(True) > 10_000
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > 1 << 39
        assert sys.getrefcount(True) > 1 << 39
