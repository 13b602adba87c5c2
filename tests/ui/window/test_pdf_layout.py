"""A PDF filing at 1280x800: the split, the legend, the evidence line, the zoom."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea

from reviewer.core.document import Box
from reviewer.ui.settings import Settings
from reviewer.ui.window.main_window import MainWindow
from reviewer.ui.window.review_pane import (
    DETAIL_LINES,
    FORM_WIDTH,
    FORM_WIDTH_WITH_PAGE,
    TEXT_SHARE_WITH_PAGE,
)
from tests.ui.helpers import open_and_wait

# On screen: these tests read sizes of laid-out widgets and drag a handle.
pytestmark = [pytest.mark.usefixtures("window_on_screen"), pytest.mark.corpus]


@pytest.fixture
def extractor() -> object:
    """The live extractor (the corpus PDF has no recorded extraction)."""
    return None


@pytest.fixture
def pdf(corpus: Path) -> Path:
    """A three-page 8-K (Costco): the PDF of the manual's screenshot."""
    return corpus / "raw" / "gh-005.pdf"


def _text_and_page(window: MainWindow) -> tuple[int, int, int]:
    text, page, form = window.pane.splitters()[1].sizes()
    return text, page, form


def _show_pdf(qtbot, window: MainWindow, pdf: Path) -> None:
    window.resize(1280, 800)
    open_and_wait(qtbot, window, pdf)
    page = window.page_view
    qtbot.waitUntil(lambda: page.isVisible() and page.has_image(), timeout=20000)


def test_pdf_at_1280x800_gets_the_default_split_one_legend_row_and_a_fit(
    qtbot, window: MainWindow, pdf: Path
) -> None:
    _show_pdf(qtbot, window, pdf)
    text, page, form = _text_and_page(window)
    assert form <= FORM_WIDTH_WITH_PAGE
    assert abs(text / (text + page) - TEXT_SHARE_WITH_PAGE) < 0.02
    assert text >= 320  # was 270 px: the legend wrapped to five rows
    assert page >= 440

    legend = window.pane.legend
    assert legend.max_rows() == 1
    qtbot.waitUntil(lambda: legend.row_count() == 1)
    chip = legend.chip("PERSON")
    assert chip is not None
    assert legend.height() <= chip.sizeHint().height() + 6

    # The evidence line under the roster holds four whole lines.
    detail = window.pane.evidence_detail
    lines = detail.viewport().height() / detail.fontMetrics().lineSpacing()
    assert lines >= DETAIL_LINES

    # The page is fitted to its pane: zoom 1, its printed width fills the view.
    view = window.page_view
    assert view.zoom() == 1.0
    session = window.navigator.current()
    assert session is not None
    assert session.document.layout is not None
    number = view.current_page()
    span = session.document.layout.printed_span(number)
    assert span is not None
    printed = view.box_rect(Box(number, span[0], 0, span[1], 1)).width()
    viewport = view.findChild(QScrollArea).viewport().width()
    assert viewport - 40 <= printed <= viewport


def test_the_text_and_page_split_is_remembered(
    qtbot, window: MainWindow, pdf: Path, settings: Settings, context
) -> None:
    _show_pdf(qtbot, window, pdf)
    top = window.pane.splitters()[1]
    handle = top.handle(1)  # between the text and the page
    text_before = top.sizes()[0]
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=QPoint(2, 20))
    qtbot.mouseMove(handle, QPoint(102, 20))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=QPoint(102, 20))
    qtbot.waitUntil(lambda: top.sizes()[0] > text_before + 50)
    text, page, _ = _text_and_page(window)
    share = settings.text_share_with_page()
    assert abs(share - text / (text + page)) < 0.01
    assert share > TEXT_SHARE_WITH_PAGE + 0.04

    window.close()
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.pane.text_share() == pytest.approx(share)
    # (The offscreen test screens restore the queue dock oddly wide: size it.)
    again.resizeDocks([again.queue_dock], [200], Qt.Orientation.Horizontal)
    _show_pdf(qtbot, again, pdf)
    qtbot.waitUntil(lambda: again.pane.width() > 900)
    text, page, _ = _text_and_page(again)
    assert abs(text / (text + page) - share) < 0.02


def test_a_text_filing_after_a_pdf_gets_its_form_and_legend_back(
    qtbot, window: MainWindow, pdf: Path, samples_dir: Path
) -> None:
    _show_pdf(qtbot, window, pdf)
    window.open_paths([str(samples_dir / "seed-21vianet.txt")])
    qtbot.waitUntil(lambda: not window.page_view.isVisible(), timeout=20000)
    text, page, form = _text_and_page(window)
    assert page == 0
    assert form == FORM_WIDTH
    assert window.pane.legend.max_rows() == 2
