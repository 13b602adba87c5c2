"""The evidence is in view when a filing opens, and stays until the reader scrolls."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from reviewer.ui.window.main_window import MainWindow
from tests.ui.helpers import open_and_wait

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


def _on_screen(window: MainWindow, offset: int) -> bool:
    view = window.document_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(offset)
    return view.viewport().rect().contains(view.cursorRect(cursor))


def test_opening_a_pdf_reveals_the_first_rows_evidence_in_text_and_page(
    qtbot, window, corpus: Path
) -> None:
    session = open_and_wait(qtbot, window, corpus / "raw" / "gh-005.pdf")
    span = session.model.row_at(0).span()
    assert span is not None
    assert span[0] > 1000  # below the 8-K cover
    qtbot.wait(300)  # the window settles its layout; the page sync is debounced
    assert window.document_view.evidence_span() == span
    assert window.document_view.revealed_span() == span
    assert _on_screen(window, span[0])
    assert _on_screen(window, span[1])
    boxes = window.page_view.boxes()
    assert boxes
    assert window.page_view.current_page() == boxes[0].page
    assert session.document.page_of(span[0]) == boxes[0].page


def test_the_revealed_evidence_stays_in_view_until_the_reader_scrolls(
    qtbot, window, corpus: Path
) -> None:
    from PySide6.QtWidgets import QAbstractSlider

    session = open_and_wait(qtbot, window, corpus / "raw" / "gh-005.pdf")
    span = session.model.row_at(0).span()
    assert span is not None
    pane = window.pane
    top, bottom = pane.sizes()
    pane.setSizes([top // 2, bottom + top - top // 2])  # the text gets shorter
    qtbot.waitUntil(lambda: _on_screen(window, span[0]))
    bar = window.document_view.verticalScrollBar()
    bar.triggerAction(QAbstractSlider.SliderAction.SliderToMinimum)  # the reader
    assert bar.value() == 0
    pane.setSizes([top, bottom])
    qtbot.wait(50)
    assert bar.value() == 0  # not pulled back to the evidence
