"""The page canvas inside the page view: one rendered page and its boxes."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from reviewer.core.document import Box

BOX_COLOR = QColor("#ff8c00")
BOX_PEN = 2.0
BOX_GAP = 2.0  # pixels between the printed text and the box's outline


class PageCanvas(QWidget):
    """Paints one page image (white behind it) and the boxes on that page.

    A box is an outline drawn just outside the words it marks, never a fill over
    them: the evidence stays as readable as the rest of the page.
    """

    clicked = Signal(QPointF)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create a blank canvas."""
        super().__init__(parent)
        self._press: QPointF | None = None
        self.image: QImage | None = None
        self.page_size = QSizeF()
        self.boxes: list[Box] = []
        self.color = QColor(BOX_COLOR)
        self.message = ""

    def box_rect(self, box: Box) -> QRectF:
        """Return a box's rectangle in canvas pixels."""
        if self.page_size.isEmpty():
            return QRectF()
        scale = self.width() / self.page_size.width()
        return QRectF(
            box.x0 * scale,
            box.top * scale,
            (box.x1 - box.x0) * scale,
            (box.bottom - box.top) * scale,
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """Remember where a click started."""
        self._press = event.position()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        """A left click that did not drag emits ``clicked`` (canvas pixels)."""
        press, self._press = self._press, None
        if (
            event.button() == Qt.MouseButton.LeftButton
            and press is not None
            and (event.position() - press).manhattanLength() <= 4
        ):
            self.clicked.emit(event.position())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        """Paint white paper, the page image, then the boxes."""
        painter = QPainter(self)
        if self.message:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.message,
            )
            return
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(self.rect()), self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.color)
        pen.setWidthF(BOX_PEN)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)  # the printed line stays as printed
        for box in self.boxes:
            gap = BOX_GAP + BOX_PEN / 2
            painter.drawRoundedRect(
                self.box_rect(box).adjusted(-gap, -gap, gap, gap), 2, 2
            )
        painter.end()
