"""Keep ``True`` alive despite a reference-counting bug in PySide6 6.12.0.

On CPython before 3.12 (where ``True`` is not immortal), every Python-side
``SignalInstance.emit()`` in PySide6 6.12.0 returns ``True`` without taking a
reference to it, so each emit drops one reference. After enough emits the
interpreter aborts with "bool_dealloc: deallocating True or False". The guard
detects the bug with one test emit and, when present, raises the reference
count of ``True`` by a large stock and tops it up on a timer. The count is
raised in place (not by holding a list of references) because a list would be
freed at interpreter shutdown, handing the deficit back and aborting the exit.
PySide6 6.11.3 does not have the bug.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, QTimer, Signal

logger = logging.getLogger(__name__)

STOCK = 1_000_000


class _Probe(QObject):
    ping = Signal()


def emit_leaks() -> bool:
    """Whether a Python-side emit drops a reference to ``True`` here."""
    if sys.version_info >= (3, 12):
        return False  # True is immortal: nothing to protect
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) < before - 4


def top_up() -> None:
    """Add references to ``True`` whenever the stock runs low."""
    if sys.getrefcount(True) < STOCK // 2:
        # CPython < 3.12 object header: ob_refcnt is the first Py_ssize_t.
        ctypes.c_ssize_t.from_address(id(True)).value += STOCK


def install(parent: QObject | None = None) -> QTimer | None:
    """Start guarding if this PySide6 needs it; return the top-up timer."""
    if not emit_leaks():
        return None
    logger.info("PySide6 emit() leaks references to True; guarding them")
    top_up()
    timer = QTimer(parent)
    timer.setInterval(5000)
    timer.timeout.connect(top_up)
    timer.start()
    return timer
