"""Zoom and fit of the PDF page view: the page's print fitted to the pane's width.

Zoom 1 fits the printed width (the paper's margins aside) to the pane. Ctrl+wheel
zooms around the mouse pointer; Ctrl+plus/minus around the middle of the view,
then the evidence box is brought back into view; Ctrl+0 fits again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QSize, QSizeF, SignalInstance
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QScrollArea

from reviewer.core.document import Box, Document

if TYPE_CHECKING:
    from reviewer.ui.pdf.page_canvas import PageCanvas

PRINT_MARGIN = 12.0  # points of paper kept beside the print when fitting
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
SIZES_AT_LOAD = 100
"""Pages whose size is read as soon as a PDF is loaded (the rest when shown)."""


class PageZoom:
    """The page view's zoom, fit and keep-the-box-in-view (a mixin of PageView)."""

    _zoom: float
    _page: int
    _document: Document | None
    _boxes: tuple[Box, ...]
    _pdf: QPdfDocument
    _scroll: QScrollArea
    _canvas: PageCanvas
    zoom_changed: SignalInstance
    _sizes: dict[int, QSizeF]
    _spans: dict[int, tuple[float, float] | None]

    def _refresh(self) -> None:
        raise NotImplementedError

    def _forget_sizes(self) -> None:
        """A new PDF: read its page sizes now, before any page is rendered.

        QtPdf's renderer threads hold PDFium's lock while they render a page;
        asking for a page's size during a render waits for it (tens of ms on
        the GUI thread), so sizes are read once, while no render runs.
        """
        self._sizes = {}
        self._spans = {}
        for index in range(min(self._pdf.pageCount(), SIZES_AT_LOAD)):
            self._sizes[index] = self._pdf.pagePointSize(index)

    def _point_size(self, page: int) -> QSizeF:
        """The size in points of a 1-based page (read once)."""
        size = self._sizes.get(page - 1)
        if size is None:
            size = self._sizes[page - 1] = self._pdf.pagePointSize(page - 1)
        return size

    def _keep_box_in_view(self) -> None:
        """Scroll so that the first evidence box on this page is on screen."""
        if not self._boxes or self._page != self._boxes[0].page:
            return
        rect = self._canvas.box_rect(self._boxes[0])
        viewport = self._scroll.viewport()
        x_margin = max(20, min(int(rect.width()) // 2, viewport.width() // 2 - 10))
        self._scroll.ensureVisible(
            int(rect.center().x()), int(rect.center().y()), x_margin, 60
        )

    def _printed(self) -> tuple[float, float] | None:
        """The printed part of the page's width, in points, with a small margin."""
        layout = self._document.layout if self._document else None
        if self._page not in self._spans:
            self._spans[self._page] = (
                layout.printed_span(self._page) if layout is not None else None
            )
        span = self._spans[self._page]
        width = self._point_size(self._page).width()
        if span is None or width <= 0:
            return None
        left, right = (
            max(0.0, span[0] - PRINT_MARGIN),
            min(width, span[1] + PRINT_MARGIN),
        )
        return (left, right) if right - left > width / 4 else None

    def _target_size(self) -> QSize:
        """Zoom 1 fits the printed width (not the paper's margins) to the pane."""
        if not self._page:
            return QSize()
        points = self._point_size(self._page)
        printed = self._printed()
        paper = max(points.width(), 1.0)
        fill = paper / (printed[1] - printed[0]) if printed else 1.0
        width = max(50, round(self._scroll.viewport().width() * self._zoom * fill))
        height = round(width * points.height() / paper)
        return QSize(width, height)

    def _align_print(self) -> None:
        """Scroll to the printed area's left edge (after a fit or a new page)."""
        printed = self._printed()
        if printed is None or self._zoom != 1.0:
            return
        scale = self._canvas.width() / max(self._point_size(self._page).width(), 1.0)
        self._scroll.horizontalScrollBar().setValue(round(printed[0] * scale))

    def zoom(self) -> float:
        """The zoom factor; 1.0 fits the page to the view's width."""
        return self._zoom

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``factor`` times the fitted width (clamped to 0.5-4).

        The page point under ``anchor`` (viewport pixels) stays where it is;
        without one, the evidence box stays in view (else the view's middle).
        """
        factor = max(ZOOM_STEPS[0], min(factor, ZOOM_STEPS[-1]))
        if factor == self._zoom:
            return
        viewport = self._scroll.viewport()
        h_bar = self._scroll.horizontalScrollBar()
        v_bar = self._scroll.verticalScrollBar()
        pointer = anchor is not None
        if anchor is None:
            anchor = QPointF(viewport.width() / 2, viewport.height() / 2)
        old_width = max(1, self._canvas.width())
        page_x = (h_bar.value() + anchor.x()) / old_width
        page_y = (v_bar.value() + anchor.y()) / old_width
        self._zoom = factor
        self._refresh()
        new_width = self._canvas.width()
        h_bar.setValue(round(page_x * new_width - anchor.x()))
        v_bar.setValue(round(page_y * new_width - anchor.y()))
        if not pointer:
            self._keep_box_in_view()

    def _step(self, direction: int) -> float:
        if direction > 0:
            return next((z for z in ZOOM_STEPS if z > self._zoom), self._zoom)
        smaller = [z for z in ZOOM_STEPS if z < self._zoom]
        return smaller[-1] if smaller else self._zoom

    def _user_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        before = self._zoom
        self.set_zoom(factor, anchor)
        if self._zoom != before:
            self.zoom_changed.emit(self._zoom)

    def zoom_in(self) -> None:
        """Zoom to the next larger step."""
        self._user_zoom(self._step(+1))

    def zoom_out(self) -> None:
        """Zoom to the next smaller step."""
        self._user_zoom(self._step(-1))
