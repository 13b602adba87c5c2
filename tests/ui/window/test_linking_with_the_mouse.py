"""Rows and highlights select each other with the mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from reviewer.core.entities import EntityLabel
from tests.ui.helpers import open_and_wait

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


def test_rows_and_highlights_select_each_other_with_the_mouse(
    qtbot, window, seed
) -> None:
    session = open_and_wait(qtbot, window, seed)
    model = session.model
    assert model.rowCount() >= 1
    table = window.roster_view
    row_rect = table.visualRect(table.model().index(0, 0))
    window.document_view.setTextCursor(QTextCursor(window.document_view.document()))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row_rect.center())
    span = model.row_at(0).span()
    assert span is not None
    assert window.document_view.evidence_span() == span

    view = window.document_view
    reason = next(
        e
        for e in view.entities()
        if e.label is EntityLabel.REASON and span[0] <= e.start < span[1]
    )
    qtbot.waitUntil(lambda: not view.is_flashing(), timeout=3000)
    rect = view.span_rects(reason.start, reason.end)[0]
    assert view.viewport().rect().contains(rect.center().toPoint())
    click = QPoint(int(rect.left()) + 3, int(rect.center().y()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=click)
    assert table.current_source_row() == 0
    assert table.current_column_name() == "reason"
