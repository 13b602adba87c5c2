"""The review's status as shown: changed since accepted, the end of the queue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.ui.helpers import CTRL, focus

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


# -- "changed since accepted" ---------------------------------------------------
def test_an_edit_after_accept_shows_changed_since_accepted(
    qtbot, window, session
) -> None:
    model = session.model
    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        qtbot.keyClick(window.roster_view, Qt.Key.Key_Return, CTRL)
    assert "Reviewed" in window.pane.review_label.text()
    assert window.status.counts.text() == "1 of 1 reviewed"
    table = window.roster_view
    table.select_cell(0, model.column_of("reason"))
    focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "health")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.row_at(0).reason == "health")
    assert "Changed since accepted" in window.pane.review_label.text()
    entry = window.queue.entry(window.queue.row_of(session.path))
    assert str(entry.status) == "changed since accepted"
    assert window.status.counts.text() == "0 of 1 reviewed"
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)  # undo the edit: as accepted again
    assert "✔ Reviewed" in window.pane.review_label.text()
    assert window.status.counts.text() == "1 of 1 reviewed"


# -- the end of the queue is not overwritten by the save --------------------------
def test_accept_on_the_last_filing_says_both_saved_and_last(
    qtbot, window, session
) -> None:
    focus(qtbot, window.roster_view)
    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        qtbot.keyClick(window.roster_view, Qt.Key.Key_Return, CTRL)
    message = window.status.currentMessage()
    assert "Saved into" in message
    assert "That was the last filing in the queue." in message
