"""Issue 18, "the analyst's day, smoothed": each item driven with real widgets.

Clicks, drags, keys and mnemonics on the real window; datasets read back with
pandas.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from reviewer.ui.document.document_view import DocumentView
from reviewer.ui.window.main_window import MainWindow
from tests.ui.helpers import open_and_wait

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

FIVE_TEXT = (
    "ACME HOLDINGS, INC.\n\n"
    "Item 5.02 Departure of Directors.\n\n"
    "On May 3, 2024, the Board elected Alexander E. Aikens, III, Lisa M. Mooney "
    "and Dr. Ann Lee as directors of the Company, effective immediately. "
    "Ms. Mooney will serve on the Audit Committee.\n"
)


@pytest.fixture
def window(qtbot, window: MainWindow) -> MainWindow:
    """The shared window, on screen and active: these tests press keys."""
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


@pytest.fixture
def five(tmp_path: Path) -> Path:
    path = tmp_path / "acme-8k.txt"
    path.write_text(FIVE_TEXT, encoding="utf-8")
    return path


def _point(view: DocumentView, offset: int) -> QPoint:
    """The viewport point in the middle of the character at ``offset``."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(offset)
    rect = view.cursorRect(cursor)
    return QPoint(rect.left() + 2, rect.center().y())


def _drag(qtbot, view: DocumentView, start: int, end: int) -> None:
    """Select [start, end) with the mouse: press, move, release."""
    a, b = _point(view, start), _point(view, end)
    b.setX(b.x() - 3)  # just before the character at ``end``
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(viewport, QPoint((a.x() + b.x()) // 2, a.y()))
    qtbot.mouseMove(viewport, b)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _save_and_read(qtbot, window: MainWindow, dataset: Path):
    import pandas as pd

    with qtbot.waitSignal(window.navigator.saved, timeout=10000):
        window.ui_actions.export.trigger()
    return pd.read_csv(dataset, dtype=str, keep_default_na=False)


# -- 1. rows added by hand rest on one whole sentence ---------------------------------
def test_new_row_for_a_name_with_a_middle_initial_takes_the_whole_sentence(
    qtbot, window, five, dataset
) -> None:
    session = open_and_wait(qtbot, window, five)
    view = window.document_view
    text = session.document.text
    start = text.index("Lisa M. Mooney")
    _drag(qtbot, view, start, start + len("Lisa M. Mooney"))
    assert view.textCursor().selectedText() == "Lisa M. Mooney"
    _focus(qtbot, view)
    rows_before = session.model.rowCount()
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL | SHIFT)
    assert session.model.rowCount() == rows_before + 1
    added = next(r for r in session.model.rows() if r.row_id.startswith("u"))
    sentence_start = text.index("On May 3")
    sentence_end = text.index("immediately.") + len("immediately.")
    assert added.person == "Lisa M. Mooney"
    assert added.evidence == text[sentence_start:sentence_end]
    assert (added.evidence_start, added.evidence_end) == (
        str(sentence_start),
        str(sentence_end),
    )
    # 11: the dataset says the person set the name and the evidence, nothing else.
    frame = _save_and_read(qtbot, window, dataset)
    written = frame.iloc[-1]  # the row added last
    assert written["person"] == "Lisa M. Mooney"
    assert written["evidence"] == text[sentence_start:sentence_end]
    span = int(written["evidence_start"]), int(written["evidence_end"])
    assert text[span[0] : span[1]] == written["evidence"]
    assert "disagreement" not in written["edited_fields"].split("; ")
    assert "person" in written["edited_fields"].split("; ")


# -- 2. evidence is a highlight, not the selection ------------------------------------
def test_a_drag_inside_the_evidence_selects_words_for_the_cell(
    qtbot, window, session
) -> None:
    view = window.document_view
    table = window.roster_view
    model = session.model
    table.select_cell(0, model.column_of("reason"))
    evidence = model.row_at(0).span()
    assert view.evidence_span() == evidence
    assert view.selected_span() is None  # the evidence is washed, not selected
    text = view.source_text()
    start = text.index("personal reasons")
    _drag(qtbot, view, start, start + len("personal reasons"))
    assert view.textCursor().selectedText() == "personal reasons"
    assert view.evidence_span() == evidence  # still washed under the selection
    model.edit_cell(0, "reason", "")
    _focus(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL | SHIFT)
    assert model.row_at(0).reason == "personal reasons"


def test_fill_shortcut_without_a_selection_says_so(qtbot, window, session) -> None:
    view = window.document_view
    model = session.model
    window.roster_view.select_cell(0, model.column_of("reason"))
    before = model.row_at(0).reason
    _focus(qtbot, view)
    assert view.selected_span() is None
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL | SHIFT)
    assert model.row_at(0).reason == before  # not the 600-character sentence
    assert "Nothing selected" in window.status.currentMessage()
