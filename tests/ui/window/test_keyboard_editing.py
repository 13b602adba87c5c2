"""Editing with the keyboard: cells, undo, redo, fill from the text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit

from tests.ui.helpers import CTRL, SHIFT, open_and_wait

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


def test_keyboard_edit_undo_redo_and_fill_from_the_text(qtbot, window, seed) -> None:
    session = open_and_wait(qtbot, window, seed)
    model = session.model
    table = window.roster_view
    table.select_cell(0, model.column_of("reason"))
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    old = model.row_at(0).reason
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "to pursue other interests")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.row_at(0).reason == "to pursue other interests")
    assert window.isWindowModified()

    undone: list[bool] = []
    window.ui_actions.undo.triggered.connect(lambda: undone.append(True))
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: model.row_at(0).reason == old)
    assert undone  # through the Edit › Undo action
    assert not window.isWindowModified()
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: model.row_at(0).reason == "to pursue other interests")
    assert window.isWindowModified()

    text = session.document.text
    start = text.index("King Venture Holdings Limited")
    view = window.document_view
    table.select_cell(0, model.column_of("nominated_by"))
    cursor = view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("King Venture"), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL | SHIFT)
    qtbot.waitUntil(lambda: model.row_at(0).nominated_by == "King Venture")
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(
        lambda: model.row_at(0).nominated_by == "King Venture Holdings Limited"
    )
