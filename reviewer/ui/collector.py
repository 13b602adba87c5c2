"""Python's cyclic garbage collector, run on the GUI thread only.

Qt objects must be deleted on the thread that owns them. CPython runs its cyclic
collector on whichever thread happens to allocate when a generation's threshold
is crossed: on a worker loading and extracting a filing (or warming the
extractor up), it may free a dropped window, model or widget there, and the
process crashes. :func:`install` turns the automatic collection off and
collects from a timer on the GUI thread instead, with the same thresholds (the
recipe PyQtGraph and others use for the same reason).
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

logger = logging.getLogger(__name__)

INTERVAL_MS = 250
"""How often the GUI thread checks whether a generation is due."""

_installed: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    """Collects garbage on the GUI thread when a generation is due."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Turn the automatic collector off and check every :data:`INTERVAL_MS`."""
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    @Slot()
    def collect_if_due(self) -> int:
        """Collect the oldest generation past its threshold; the objects freed."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                return gc.collect(generation)
        return 0


def install() -> GuiThreadCollector | None:
    """Collect on the GUI thread from now on (once per process; needs the app).

    Returns the collector, or None when there is no QCoreApplication yet.
    """
    global _installed
    app = QCoreApplication.instance()
    if _installed is None and app is not None:
        _installed = GuiThreadCollector(app)
    return _installed
