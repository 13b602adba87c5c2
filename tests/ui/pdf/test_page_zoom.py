"""The PDF page: fitted, zoomed with keys and wheel, the evidence box in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from reviewer.ui.pdf.page_canvas import PageCanvas
from reviewer.ui.window.main_window import MainWindow
from tests.ui.helpers import CTRL, open_and_wait

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


# -- the PDF page is readable: fitted, zoomed, the box in view, not in the way
def _box_on_screen(window: MainWindow) -> bool:
    page = window.page_view
    rect = page.box_rect(page.boxes()[0])
    canvas = page.findChild(PageCanvas)
    viewport = canvas.parentWidget()
    corner = canvas.mapTo(viewport, rect.center().toPoint())
    return viewport.rect().contains(corner)


def test_pdf_page_is_fitted_zoomed_with_keys_and_wheel_and_remembered(
    qtbot, window, context, corpus
) -> None:
    window.resize(1280, 800)
    open_and_wait(qtbot, window, corpus / "raw" / "gh-005.pdf")
    page = window.page_view
    qtbot.waitUntil(page.has_image, timeout=10000)
    canvas = page.findChild(PageCanvas)
    viewport = canvas.parentWidget()
    # Fitted: the printed width (paper margins aside) fills the pane's width.
    layout = window.navigator.current().document.layout
    left, right = layout.printed_span(page.current_page())
    left, right = max(0.0, left - 12), min(canvas.page_size.width(), right + 12)
    printed = (right - left) * canvas.width() / canvas.page_size.width()
    assert abs(printed - viewport.width()) <= 2
    bar = page.findChild(QScrollArea).horizontalScrollBar()
    assert abs(bar.value() - left * canvas.width() / canvas.page_size.width()) <= 2
    scale = canvas.width() / canvas.page_size.width()
    assert scale >= 0.75  # ten-point print is at least 7.5 px high at 1280x800
    assert page.boxes()
    assert _box_on_screen(window)
    page.setFocus()
    qtbot.waitUntil(page.hasFocus)
    qtbot.keyClick(page, Qt.Key.Key_Equal, CTRL)
    assert page.zoom() == 1.25
    assert canvas.width() > viewport.width()
    assert _box_on_screen(window)  # the evidence box stays in view
    qtbot.keyClick(page, Qt.Key.Key_Minus, CTRL)
    assert page.zoom() == 1.0
    qtbot.keyClick(page, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(page, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(page, Qt.Key.Key_0, CTRL)  # fit the width again
    assert page.zoom() == 1.0
    # Ctrl+wheel zooms around the pointer: the point under it stays put.
    at = QPoint(viewport.width() // 3, viewport.height() // 2)
    on_page = canvas.mapFrom(viewport, at)
    fraction = (on_page.x() / canvas.width(), on_page.y() / canvas.width())
    wheel = QWheelEvent(
        QPointF(viewport.mapTo(page, at)),
        QPointF(viewport.mapToGlobal(at)),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        CTRL,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(page, wheel)
    assert page.zoom() == 1.25
    after = canvas.mapFrom(viewport, at)
    assert abs(after.x() / canvas.width() - fraction[0]) < 0.02
    assert abs(after.y() / canvas.width() - fraction[1]) < 0.02
    assert context.settings.page_zoom() == 1.25  # remembered
    window.close()
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    open_and_wait(qtbot, again, corpus / "raw" / "gh-005.pdf")
    assert again.page_view.zoom() == 1.25


def test_the_evidence_box_leaves_the_printed_line_as_printed(
    qtbot, window, corpus
) -> None:
    window.resize(1280, 800)
    open_and_wait(qtbot, window, corpus / "raw" / "gh-005.pdf")
    page = window.page_view
    qtbot.waitUntil(page.has_image, timeout=10000)
    box = page.box_rect(page.boxes()[0])
    canvas = page.findChild(PageCanvas)
    with_box = canvas.grab().toImage()
    drawn, canvas.boxes = canvas.boxes, []
    without = canvas.grab().toImage()
    canvas.boxes = drawn
    inner = box.toRect()
    changed = sum(
        with_box.pixel(x, y) != without.pixel(x, y)
        for x in range(inner.left() + 1, inner.right())
        for y in range(inner.top() + 1, inner.bottom())
    )
    assert changed == 0  # the words inside the box are untouched
    outline = QPoint(inner.left() - 3, inner.center().y())
    assert with_box.pixel(outline) != without.pixel(outline)  # but it is marked
