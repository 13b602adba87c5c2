"""The queue dock: company, rows and state; sorting and filtering by state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.ui.helpers import CTRL, focus, open_and_wait

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


# -- the queue shows company, rows and state; sorts and filters by state
def test_queue_shows_company_rows_and_state_and_filters_by_state(
    qtbot, window, filings, five
) -> None:
    first = open_and_wait(qtbot, window, *filings, five)
    dock = window.queue_dock
    view = dock.list_view
    queue = window.queue
    row = queue.row_of(first.path)
    company = first.extraction.filing.company
    assert company
    shown = dock.proxy.index(dock.proxy.mapFromSource(queue.index(row, 0)).row(), 0)
    assert company in shown.data()
    assert dock.proxy.index(shown.row(), 1).data() == str(len(first.extraction.rows))
    assert dock.proxy.index(shown.row(), 2).data() == "new"
    assert Path(first.path).name in shown.data(Qt.ItemDataRole.ToolTipRole)
    # Accept the first: it is reviewed, the next one opens.
    focus(qtbot, window.roster_view)
    with qtbot.waitSignal(window.saver.saved, timeout=10000):
        qtbot.keyClick(window.roster_view, Qt.Key.Key_Return, CTRL)
    assert str(queue.entry(row).status) == "reviewed"
    # Filter by state with the box above the list, as a user would.
    combo = dock.state_filter
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("reviewed"))
    assert dock.shown_rows() == [row]
    combo.setCurrentIndex(combo.findData("new"))
    assert row not in dock.shown_rows()
    assert len(dock.shown_rows()) == queue.rowCount() - 1
    combo.setCurrentIndex(0)
    # Sort by state with a click on the header.
    header = view.header()
    x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    states = [str(queue.entry(r).status) for r in dock.shown_rows()]
    assert states == sorted(states, key=["new", "in progress", "reviewed"].index)
    # A click on a listed filing opens that filing.
    last = dock.proxy.mapFromSource(queue.index(queue.row_of(str(five)), 0))
    rect = view.visualRect(last)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.navigator.current().path == str(five))
