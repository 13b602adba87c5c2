"""The PDF page beside the text, with evidence boxes drawn on it.

Pages are rendered with QtPdf's ``QPdfPageRenderer`` in its multi-threaded mode,
so the GUI thread never waits for pdfium; only the page on show is rendered, at
the widget's width, and the last few renders are cached (the next page is
prefetched). Boxes are :class:`reviewer.core.document.Box` values in PDF points,
origin top-left, drawn as translucent rectangles.

Zoom is relative to the pane's width (1.0 fits the page to it). Ctrl+wheel zooms
around the mouse pointer; Ctrl+plus/minus zoom around the evidence box when it is
on the page (else the middle of the view); Ctrl+0 fits the width again. After a
zoom the evidence box is kept in view.

Signals:
    page_changed(int): the 1-based page on show changed.
    zoom_changed(float): the user zoomed (to remember it).
    page_rendered(int): the page on show now has its image (for tests and status).
    offset_activated(int): the user clicked a printed character; its text offset
        (connect to ``DocumentView.reveal_offset``).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QWheelEvent,
)
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.document import Box, Document, DocumentFormat
from reviewer.core.highlight import offset_at_point
from reviewer.ui.pdf.page_canvas import BOX_COLOR, PageCanvas
from reviewer.ui.pdf.page_zoom import ZOOM_STEPS, PageZoom

logger = logging.getLogger(__name__)

CACHE_PAGES = 6


class PageView(QWidget, PageZoom):
    """Shows one PDF page at a time, scaled to the width, and draws boxes on it."""

    page_changed = Signal(int)
    page_rendered = Signal(int)
    offset_activated = Signal(int)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create an empty page view."""
        super().__init__(parent)
        self._document: Document | None = None
        self._boxes: tuple[Box, ...] = ()
        self._page = 0
        self._cache: OrderedDict[tuple[int, int], QImage] = OrderedDict()
        self._pending: dict[int, tuple[int, int]] = {}
        self._shown: tuple[int, int] | None = None
        self._pdf = QPdfDocument(self)
        self._sizes = {}
        self._spans = {}
        self._renderer = QPdfPageRenderer(self)
        self._renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self._renderer.setDocument(self._pdf)
        self._renderer.pageRendered.connect(self._on_page_rendered)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(60)
        self._resize_timer.timeout.connect(self._on_resize_timer_timeout)

        self._previous = QToolButton(self)
        self._previous.setArrowType(Qt.ArrowType.LeftArrow)
        self._previous.setToolTip("Previous page (Page Up)")
        self._previous.clicked.connect(self.previous_page)
        self._next = QToolButton(self)
        self._next.setArrowType(Qt.ArrowType.RightArrow)
        self._next.setToolTip("Next page (Page Down)")
        self._next.clicked.connect(self.next_page)
        self._label = QLabel(self)
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self._zoom = 1.0
        self._zoom_out = QToolButton(self)
        self._zoom_out.setText("\u2212")
        self._zoom_out.setToolTip("Zoom out (Ctrl+minus); Ctrl+0 fits the width")
        self._zoom_out.clicked.connect(self.zoom_out)
        self._zoom_in = QToolButton(self)
        self._zoom_in.setText("+")
        self._zoom_in.setToolTip("Zoom in (Ctrl+plus or Ctrl+wheel)")
        self._zoom_in.clicked.connect(self.zoom_in)
        bar.addWidget(self._previous)
        bar.addWidget(self._label, 1)
        bar.addWidget(self._zoom_out)
        bar.addWidget(self._zoom_in)
        bar.addWidget(self._next)

        self._canvas = PageCanvas()
        self._canvas.clicked.connect(self._on_canvas_clicked)
        self._scroll = QScrollArea(self)
        self._scroll.setWidget(self._canvas)
        self._scroll.setWidgetResizable(False)
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self._scroll, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.set_document(None)

    # -- document and pages ----------------------------------------------------

    def set_document(self, document: Document | None) -> None:
        """Open a PDF document's pages (or clear the view).

        The same PDF file again (a long PDF's preview, then the whole of it)
        keeps its pages loaded and rendered.
        """
        same = (
            document is not None
            and self._document is not None
            and self._page > 0
            and document.format == DocumentFormat.PDF
            and document.source_path == self._document.source_path
            and document.sha256 == self._document.sha256
        )
        self._document = document
        self._boxes = ()
        self._shown = None
        self._canvas.boxes = []
        self._spans = {}  # the text's layout (its print) may differ
        if same:
            self._page = 1
            self._refresh()
            self._align_print()
            self.page_changed.emit(self._page)
            return
        self._cache.clear()
        self._pending.clear()
        self._page = 0
        self._pdf.close()
        self._canvas.image = None
        self._canvas.message = ""
        if document is None:
            self._canvas.message = "No document"
        elif document.format != DocumentFormat.PDF:
            self._canvas.message = "Page view is for PDF documents"
        else:
            error = self._pdf.load(document.source_path)
            if error != QPdfDocument.Error.None_ or self._pdf.pageCount() == 0:
                self._canvas.message = "This PDF's pages cannot be shown"
                logger.warning(
                    "QtPdf could not open %s: %s", document.source_path, error
                )
            else:
                self._page = 1
        self._forget_sizes()
        self._refresh()
        self._align_print()
        self.page_changed.emit(self._page)

    def page_count(self) -> int:
        """Number of pages that can be shown (0 without a PDF)."""
        return self._pdf.pageCount() if self._page else 0

    def current_page(self) -> int:
        """The 1-based page on show (0 without a PDF)."""
        return self._page

    @Slot(int)
    def go_to_page(self, page: int) -> None:
        """Show a 1-based page (clamped to the document)."""
        if not self._page:
            return
        page = max(1, min(page, self.page_count()))
        if page != self._page:
            self._page = page
            self._scroll.verticalScrollBar().setValue(0)
            self._refresh()
            self._align_print()
            self.page_changed.emit(page)

    @Slot()
    def next_page(self) -> None:
        """Show the next page."""
        self.go_to_page(self._page + 1)

    @Slot()
    def previous_page(self) -> None:
        """Show the previous page."""
        self.go_to_page(self._page - 1)

    @Slot(int)
    def show_offset(self, offset: int) -> None:
        """Follow the text view: show the page that holds a text offset."""
        if self._document is None or not self._page:
            return
        page = self._document.page_of(offset)
        if page is not None:
            self.go_to_page(page)

    # -- boxes -----------------------------------------------------------------

    def show_boxes(self, boxes: Sequence[Box], color: QColor | None = None) -> None:
        """Go to the first box's page and draw every box on its page.

        Args:
            boxes: rectangles in PDF points (origin top-left); may span pages.
            color: the boxes' colour (default: an evidence orange).
        """
        self._boxes = tuple(boxes)
        self._canvas.color = QColor(color) if color is not None else QColor(BOX_COLOR)
        if self._boxes:
            self.go_to_page(self._boxes[0].page)
        self._refresh()
        self._keep_box_in_view()

    def boxes(self) -> tuple[Box, ...]:
        """The boxes currently drawn."""
        return self._boxes

    def box_rect(self, box: Box) -> QRectF:
        """Where a box is drawn, in page-canvas pixels (for tests and tools)."""
        return self._canvas.box_rect(box)

    def page_image(self) -> QImage:
        """The page as drawn now (image, white background and boxes)."""
        return self._canvas.grab().toImage()

    def has_image(self) -> bool:
        """Tell whether the page on show has its rendered image."""
        return self._canvas.image is not None

    def cached_pages(self) -> list[int]:
        """Pages with a cached render at the current width."""
        width = self._target_size().width()
        return sorted(page + 1 for page, w in self._cache if w == width)

    def offset_at(self, pos: QPointF) -> int | None:
        """Return the text offset printed at a point of the page canvas, or None."""
        layout = self._document.layout if self._document else None
        size = self._canvas.page_size
        if layout is None or not self._page or size.isEmpty():
            return None
        scale = self._canvas.width() / size.width()
        return offset_at_point(layout, self._page, pos.x() / scale, pos.y() / scale)

    @Slot(QPointF)
    def _on_canvas_clicked(self, pos: QPointF) -> None:
        offset = self.offset_at(pos)
        if offset is not None:
            self.offset_activated.emit(offset)

    # -- rendering -------------------------------------------------------------

    def _request(self, page: int, size: QSize) -> None:
        ratio = self.devicePixelRatioF()
        key = (page - 1, size.width())
        if key in self._cache or key in self._pending.values():
            return
        pixels = QSize(round(size.width() * ratio), round(size.height() * ratio))
        request = self._renderer.requestPage(
            page - 1, pixels, QPdfDocumentRenderOptions()
        )
        self._pending[int(request)] = key

    @Slot()
    def _refresh(self) -> None:
        self._label.setText(
            f"Page {self._page} of {self.page_count()}" if self._page else ""
        )
        self._previous.setEnabled(self._page > 1)
        self._next.setEnabled(0 < self._page < self.page_count())
        self._zoom_out.setEnabled(bool(self._page) and self._zoom > ZOOM_STEPS[0])
        self._zoom_in.setEnabled(bool(self._page) and self._zoom < ZOOM_STEPS[-1])
        if not self._page:
            self._canvas.resize(self._scroll.viewport().size())
            self._canvas.update()
            return
        size = self._target_size()
        self._canvas.page_size = self._point_size(self._page)
        self._canvas.resize(size)
        self._canvas.boxes = [b for b in self._boxes if b.page == self._page]
        image = self._cache.get((self._page - 1, size.width()))
        if image is None:
            stale = [img for (p, _), img in self._cache.items() if p == self._page - 1]
            self._canvas.image = stale[-1] if stale else None
            self._request(self._page, size)
        else:
            key = (self._page - 1, size.width())
            self._cache.move_to_end(key)
            self._canvas.image = image
            if self._page < self.page_count():
                self._request(self._page + 1, size)
            if key != self._shown:
                self._shown = key
                self.page_rendered.emit(self._page)
        self._canvas.update()

    @Slot(int, QSize, QImage, QPdfDocumentRenderOptions, int)
    def _on_page_rendered(
        self,
        page: int,
        size: QSize,
        image: QImage,
        options: QPdfDocumentRenderOptions,
        request_id: int,
    ) -> None:
        key = self._pending.pop(int(request_id), None)
        if key is None or not self._page:
            return  # a render for a document since closed
        image.setDevicePixelRatio(self.devicePixelRatioF())
        self._cache[key] = image
        while len(self._cache) > CACHE_PAGES:
            self._cache.popitem(last=False)
        if page == self._page - 1:
            self._refresh()

    @Slot()
    def _on_resize_timer_timeout(self) -> None:
        self._refresh()
        self._align_print()
        self._keep_box_in_view()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        """Re-render at the new width once resizing pauses."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self._page:
            self._canvas.resize(self._target_size())
        self._resize_timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Page Up / Page Down turn the page; Ctrl+plus/minus/0 zoom."""
        key = event.key()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_PageDown:
            self.next_page()
        elif key == Qt.Key.Key_PageUp:
            self.previous_page()
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif ctrl and key == Qt.Key.Key_0:
            self._user_zoom(1.0)
            self._align_print()
            self._keep_box_in_view()
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        """Ctrl+wheel zooms."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            viewport = self._scroll.viewport()
            anchor = viewport.mapFrom(self, event.position().toPoint())
            if event.angleDelta().y() > 0:
                self._user_zoom(self._step(+1), QPointF(anchor))
            elif event.angleDelta().y() < 0:
                self._user_zoom(self._step(-1), QPointF(anchor))
            event.accept()
        else:
            super().wheelEvent(event)
