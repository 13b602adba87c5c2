"""What an analyst sees when a filing opens: evidence in view, values readable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from reviewer.ui.main_window import MainWindow
from tests.ui.helpers import open_and_wait


@pytest.fixture
def window(qtbot, context, dataset: Path) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


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
    assert window.document_view.selected_span() == span
    assert window.document_view.revealed_span() == span
    assert _on_screen(window, span[0])
    assert _on_screen(window, span[1])
    boxes = window.page_view.boxes()
    assert boxes
    assert window.page_view.current_page() == boxes[0].page
    assert session.document.page_of(span[0]) == boxes[0].page
