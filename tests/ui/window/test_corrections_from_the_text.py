"""Corrections made from the text: new rows from a selection, filling a cell."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import CTRL, SHIFT, drag, focus, open_and_wait, save_and_read

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


# -- rows added by hand rest on one whole sentence ------------------------------
def test_new_row_for_a_name_with_a_middle_initial_takes_the_whole_sentence(
    qtbot, window, five, dataset
) -> None:
    session = open_and_wait(qtbot, window, five)
    view = window.document_view
    text = session.document.text
    start = text.index("Lisa M. Mooney")
    drag(qtbot, view, start, start + len("Lisa M. Mooney"))
    assert view.textCursor().selectedText() == "Lisa M. Mooney"
    focus(qtbot, view)
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
    frame = save_and_read(qtbot, window, dataset)
    written = frame.iloc[-1]  # the row added last
    assert written["person"] == "Lisa M. Mooney"
    assert written["evidence"] == text[sentence_start:sentence_end]
    span = int(written["evidence_start"]), int(written["evidence_end"])
    assert text[span[0] : span[1]] == written["evidence"]
    assert "disagreement" not in written["edited_fields"].split("; ")
    assert "person" in written["edited_fields"].split("; ")


# -- evidence is a highlight, not the selection ---------------------------------
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
    drag(qtbot, view, start, start + len("personal reasons"))
    assert view.textCursor().selectedText() == "personal reasons"
    assert view.evidence_span() == evidence  # still washed under the selection
    model.edit_cell(0, "reason", "")
    focus(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL | SHIFT)
    assert model.row_at(0).reason == "personal reasons"


def test_fill_shortcut_without_a_selection_says_so(qtbot, window, session) -> None:
    view = window.document_view
    model = session.model
    window.roster_view.select_cell(0, model.column_of("reason"))
    before = model.row_at(0).reason
    focus(qtbot, view)
    assert view.selected_span() is None
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL | SHIFT)
    assert model.row_at(0).reason == before  # not the 600-character sentence
    assert "Nothing selected" in window.status.currentMessage()
