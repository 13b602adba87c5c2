"""The PDF page view: rendering, navigation, boxes, following the text."""

from __future__ import annotations

import math
from array import array
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF, QPoint, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageSize, QPainter, QPdfWriter
from pytestqt.qtbot import QtBot

from reviewer.core.document import Box, Document, DocumentFormat, PageLayout
from reviewer.ui.pdf.page_canvas import PageCanvas
from reviewer.ui.pdf.page_view import PageView

PAGES = [
    "Page one: Jane Roe joins the board of Acme Corp.",
    "Page two: John Doe resigns for personal reasons.",
    "Page three: the board now has seven members.",
]


def _write_pdf(path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)  # one device unit per PDF point
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(14)
    painter.setFont(font)
    for i, line in enumerate(PAGES):
        if i:
            writer.newPage()
        painter.drawText(72, 100 + 50 * i, line)
    painter.end()


@pytest.fixture
def pdf_document(tmp_path: Path) -> Document:
    path = tmp_path / "three-pages.pdf"
    _write_pdf(path)
    text = "\n".join(PAGES)
    starts, offset = [], 0
    for line in PAGES:
        starts.append(offset)
        offset += len(line) + 1
    layout = PageLayout(
        page_sizes=((595.0, 842.0),) * len(PAGES),
        page_starts=tuple(starts),
        boxes=array("d", [math.nan] * (4 * len(text))),
    )
    return Document(text, str(path), "0" * 64, DocumentFormat.PDF, layout=layout)


@pytest.fixture
def view(qtbot: QtBot, pdf_document: Document) -> PageView:
    widget = PageView()
    qtbot.addWidget(widget)
    widget.resize(420, 600)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.page_rendered, timeout=5000):
        widget.set_document(pdf_document)
    return widget


def _dark_pixels(image: QImage) -> int:
    small = image.scaled(120, 170)
    return sum(
        1
        for y in range(small.height())
        for x in range(small.width())
        if small.pixelColor(x, y).lightness() < 128
    )


def test_renders_the_first_page_with_its_text(view: PageView) -> None:
    assert view.current_page() == 1
    assert view.page_count() == 3
    assert view.has_image()
    image = view.page_image()
    assert image.width() > 300
    assert _dark_pixels(image) > 5  # the drawn line of text
    blank = QImage(image.size(), QImage.Format.Format_ARGB32)
    blank.fill(Qt.GlobalColor.white)
    assert _dark_pixels(blank) == 0


def test_show_boxes_goes_to_the_page_and_draws_them(
    view: PageView, qtbot: QtBot
) -> None:
    box = Box(page=2, x0=300.0, top=400.0, x1=500.0, bottom=460.0)
    with qtbot.waitSignal(view.page_rendered, timeout=5000) as rendered:
        view.show_boxes([box, Box(3, 10, 10, 20, 20)], QColor("#0000ff"))
    assert rendered.args == [2]
    assert view.current_page() == 2
    image = view.page_image()
    rect = view.box_rect(box)
    inside = image.pixelColor(rect.center().toPoint())
    outline = image.pixelColor(int(rect.left()) - 3, int(rect.center().y()))
    outside = image.pixelColor(int(rect.left()) - 30, int(rect.center().y()))
    assert outline.blue() > outline.red() + 60  # a blue outline around the words
    assert inside.red() > 240  # the words inside are not washed over
    assert outside.red() > 240  # plain paper
    assert outside.blue() > 240
    assert view.boxes()[0] == box
    # A box's place scales with the width: 300 pt of 595 is about half way.
    assert abs(rect.x() / image.width() - 300 / 595) < 0.02


def test_navigation_buttons_and_keys(view: PageView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.page_changed) as changed:
        view.next_page()
    assert changed.args == [2]
    view.go_to_page(99)
    assert view.current_page() == 3
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.current_page() == 2
    view.previous_page()
    view.previous_page()
    assert view.current_page() == 1


def test_show_offset_follows_the_text(
    view: PageView, pdf_document: Document, qtbot: QtBot
) -> None:
    third = pdf_document.text.index("Page three")
    with qtbot.waitSignal(view.page_changed) as changed:
        view.show_offset(third + 5)
    assert changed.args == [3]
    with qtbot.assertNotEmitted(view.page_changed):
        view.show_offset(third + 1)
    qtbot.waitUntil(view.has_image, timeout=5000)


def test_rendered_pages_are_cached(view: PageView, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: view.cached_pages() == [1, 2], timeout=5000)
    shown: list[int] = []
    view.page_rendered.connect(shown.append)
    # Renders arrive through the event loop; a cached page is shown at once.
    view.next_page()
    assert shown == [2]
    view.previous_page()
    assert shown == [2, 1]
    view.go_to_page(3)
    assert shown == [2, 1]
    qtbot.waitUntil(lambda: shown == [2, 1, 3], timeout=5000)


def test_text_documents_show_a_message(qtbot: QtBot) -> None:
    view = PageView()
    qtbot.addWidget(view)
    view.set_document(Document("plain", "a.txt", "0" * 64, DocumentFormat.TEXT))
    assert view.page_count() == 0
    assert view.current_page() == 0
    view.show_offset(3)
    view.show_boxes([Box(1, 0, 0, 5, 5)])
    assert view.current_page() == 0


def test_unreadable_pdf_is_reported_not_raised(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a pdf")
    view = PageView()
    qtbot.addWidget(view)
    view.set_document(Document("x", str(broken), "0" * 64, DocumentFormat.PDF))
    assert view.page_count() == 0


def test_page_follows_the_text_view(
    view: PageView, pdf_document: Document, qtbot: QtBot
) -> None:
    from reviewer.ui.document.document_view import DocumentView

    text_view = DocumentView()
    qtbot.addWidget(text_view)
    text_view.resize(400, 200)
    text_view.show()
    qtbot.waitExposed(text_view)
    text_view.set_document(pdf_document)
    text_view.offset_shown.connect(view.show_offset)
    third = pdf_document.text.index("seven members")
    with qtbot.waitSignal(view.page_changed) as changed:
        text_view.reveal_span(third, third + len("seven members"))
    assert changed.args == [3]
    second = pdf_document.text.index("John Doe")
    with qtbot.waitSignal(view.page_changed) as changed:
        text_view.reveal_span(second, second + 8)
    assert changed.args == [2]


def test_zoom_scales_the_page_and_its_boxes(view: PageView, qtbot: QtBot) -> None:
    box = Box(page=1, x0=100.0, top=100.0, x1=200.0, bottom=120.0)
    view.show_boxes([box])
    fitted = view.box_rect(box)
    fitted_width = view.page_image().width()
    view.setFocus()
    with qtbot.waitSignal(view.page_rendered, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == 1.25
    assert abs(view.box_rect(box).width() - 1.25 * fitted.width()) < 1
    assert view.page_image().width() == round(fitted_width * 1.25)
    for _ in range(10):
        view.zoom_in()
    assert view.zoom() == 4.0
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == 1.0
    assert view.page_image().width() == fitted_width


def test_clicking_a_printed_word_reveals_it_in_the_text(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from reviewer.ui.document.document_view import DocumentView

    path = tmp_path / "one.pdf"
    _write_pdf(path)
    text = "\n".join(PAGES)
    word = "Jane"
    at = text.index(word)
    values = [math.nan] * (4 * len(text))
    for i in range(len(word)):  # give "Jane" boxes where a click will land
        values[4 * (at + i) : 4 * (at + i) + 4] = [200 + 10 * i, 300, 210 + 10 * i, 314]
    starts = [0, len(PAGES[0]) + 1, len(PAGES[0]) + len(PAGES[1]) + 2]
    layout = PageLayout(((595.0, 842.0),) * 3, tuple(starts), array("d", values))
    document = Document(text, str(path), "0" * 64, DocumentFormat.PDF, layout=layout)
    pages, words = PageView(), DocumentView()
    for widget in (pages, words):
        qtbot.addWidget(widget)
        widget.resize(420, 600)
        widget.show()
    words.set_document(document)
    pages.offset_activated.connect(words.reveal_offset)
    with qtbot.waitSignal(pages.page_rendered, timeout=5000):
        pages.set_document(document)
    canvas_box = pages.box_rect(Box(1, 215, 300, 225, 314))  # the "a" of "Jane"
    canvas = pages.findChild(PageCanvas)
    assert canvas is not None
    with qtbot.waitSignal(pages.offset_activated) as clicked:
        qtbot.mouseClick(
            canvas, Qt.MouseButton.LeftButton, pos=canvas_box.center().toPoint()
        )
    assert clicked.args == [at + 1]
    assert words.selected_span() == (at, at + len(word))
    with qtbot.assertNotEmitted(pages.offset_activated):
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_the_same_pdf_again_keeps_its_rendered_pages(
    view: PageView, pdf_document: Document, qtbot: QtBot
) -> None:
    # A long PDF is shown twice: its first pages as a preview, then the whole
    # filing. The second document (same file, a longer text) must not reload the
    # PDF, drop the rendered pages and blank the page while it renders again.
    qtbot.waitUntil(lambda: len(view.cached_pages()) >= 2, timeout=5000)
    whole = Document(
        pdf_document.text + "\nMore text.",
        pdf_document.source_path,
        pdf_document.sha256,
        DocumentFormat.PDF,
        layout=pdf_document.layout,
    )
    view.set_document(whole)
    assert view.current_page() == 1
    assert view.has_image(), "the page went blank while the same PDF reloaded"
    assert view.cached_pages() == [1, 2]


def test_another_pdf_is_loaded_afresh(
    view: PageView, pdf_document: Document, tmp_path: Path, qtbot: QtBot
) -> None:
    qtbot.waitUntil(lambda: len(view.cached_pages()) >= 2, timeout=5000)
    other_path = tmp_path / "other.pdf"
    _write_pdf(other_path)
    other = Document(
        pdf_document.text,
        str(other_path),
        "1" * 64,
        DocumentFormat.PDF,
        layout=pdf_document.layout,
    )
    with qtbot.waitSignal(view.page_rendered, timeout=5000):
        view.set_document(other)
    assert view.page_count() == 3
    assert view.cached_pages()[0] == 1
