"""End to end on the live extractor: accept-and-next over corpus filings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import CTRL, open_and_wait

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


def test_accept_and_next_over_three_corpus_filings(
    qtbot, window, corpus: Path, dataset: Path
) -> None:
    import pandas as pd

    names = ["seed-21vianet.txt", "gh-012.txt", "gh-005.pdf"]
    paths = [corpus / "raw" / name for name in names]
    open_and_wait(qtbot, window, *paths)
    expected: dict[str, int] = {}
    for number, name in enumerate(names):
        qtbot.waitUntil(
            lambda n=name: Path(window.navigator.current().path).name == n,
            timeout=15000,
        )
        session = window.navigator.current()
        assert session is not None
        expected[session.document.doc_id] = session.model.rowCount()
        span = session.model.row_at(0).span()
        assert span is not None
        assert window.document_view.revealed_span() == span  # evidence at once
        if session.document.layout is not None:  # the PDF: boxed on its page
            boxes = window.page_view.boxes()
            assert boxes
            qtbot.wait(150)  # past the text's debounced page sync
            assert window.page_view.current_page() == boxes[0].page
        window.setFocus()
        qtbot.keyClick(window.roster_view, Qt.Key.Key_Return, CTRL)
        if number < len(names) - 1:
            qtbot.waitUntil(
                lambda n=name: Path(window.navigator.current().path).name != n,
                timeout=15000,
            )
    assert all(count > 0 for count in expected.values())
    qtbot.waitUntil(lambda: not window.saver.is_saving(), timeout=15000)
    frame = pd.read_csv(dataset, dtype=str, keep_default_na=False)
    assert set(frame["doc_id"]) == set(expected)
    for doc_id, count in expected.items():
        rows = frame[frame["doc_id"] == doc_id]
        assert len(rows) == count, doc_id
        assert set(rows["review_status"]) == {"reviewed"}, doc_id
        assert set(rows["reviewed_by"]) == {"Test Reviewer"}
    assert not window.isWindowModified()
