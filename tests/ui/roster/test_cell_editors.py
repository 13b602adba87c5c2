"""The roster's cell editors: completers that Tab accepts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.ui.helpers import focus

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


# -- completers: Tab takes the suggestion on top -----------------------------------
def test_tab_in_the_role_cell_takes_the_highlighted_suggestion(
    qtbot, window, session
) -> None:
    table = window.roster_view
    model = session.model
    table.select_cell(1, model.column_of("role"))
    focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "dir")
    popup = editor.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: model.row_at(1).role != "")
    assert model.row_at(1).role == "director"
