"""PySide6 6.12.0 on Python 3.11 drops a reference to None per void call."""

from __future__ import annotations

import sys

from reviewer.pyside_guard import immortalize_none


def test_none_survives_many_void_qt_calls(qapp: object) -> None:
    from PySide6.QtWidgets import QWidget

    immortalize_none()
    immortalize_none()  # idempotent
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(20_000):  # more than None's natural reference count
        widget.update()
    assert sys.getrefcount(None) > 10_000
    if sys.version_info < (3, 12):
        assert before > 1 << 39
