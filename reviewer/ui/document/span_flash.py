"""A short, non-blocking double pulse drawn over a revealed text span.

The document view owns one :class:`SpanFlash`; ``start`` runs a
``QVariantAnimation`` (about a second, two pulses) that repaints the view's
viewport each frame, and the view's ``paintEvent`` calls :meth:`SpanFlash.paint`
with the span's rectangles after the text is drawn, so the flash shows even over
the selection.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEasingCurve, QObject, QRectF, QVariantAnimation, Slot
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

logger = logging.getLogger(__name__)

FLASH_MS = 900


class SpanFlash(QObject):
    """The pulse's state: which span, how strong now."""

    def __init__(self, target: Callable[[], QWidget], parent: QObject) -> None:
        """Create an idle flash that repaints ``target()`` while it runs.

        ``target`` is asked for the widget only when the flash runs or paints:
        the first conversion of a view's viewport to Python makes PySide6 6.12
        build every QtWidgets class (~15 ms), which a window start need not pay.
        """
        super().__init__(parent)
        self._target = target
        self.span: tuple[int, int] | None = None
        self.level = 0.0
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(FLASH_MS)
        self._animation.setStartValue(0.0)
        self._animation.setKeyValueAt(0.25, 1.0)
        self._animation.setKeyValueAt(0.5, 0.35)
        self._animation.setKeyValueAt(0.75, 1.0)
        self._animation.setEndValue(0.0)
        self._animation.setEasingCurve(QEasingCurve.Type.Linear)
        self._animation.valueChanged.connect(self._on_step)
        self._animation.finished.connect(self.stop)

    def start(self, start: int, end: int) -> None:
        """Flash the text span [start, end) (restarts a running flash)."""
        self._animation.stop()
        self.span = (start, end)
        self._animation.start()

    @Slot()
    def stop(self) -> None:
        """End the flash now."""
        self._animation.stop()
        was_active = self.span is not None
        self.span = None
        self.level = 0.0
        if was_active:
            self._target().update()

    def is_active(self) -> bool:
        """Tell whether a span is flashing."""
        return self.span is not None

    @Slot(object)
    def _on_step(self, value: object) -> None:
        self.level = float(value) if isinstance(value, int | float) else 0.0
        self._target().update()

    def paint(self, rects: Iterable[QRectF], color: QColor) -> None:
        """Draw the pulse's current frame over ``rects`` on the target widget."""
        if self.span is None or self.level <= 0.0:
            return
        painter = QPainter(self._target())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(color)
        pen.setWidthF(2.0)
        painter.setPen(pen)
        fill = QColor(color)
        fill.setAlphaF(0.45 * self.level)
        painter.setBrush(fill)
        painter.setOpacity(self.level)
        for rect in rects:
            painter.drawRoundedRect(rect.adjusted(-3, -2, 3, 2), 4, 4)
        painter.end()
