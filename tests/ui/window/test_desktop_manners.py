"""Desktop manners: titles, shortcuts, mnemonics, what the window remembers."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


def test_desktop_manners(qtbot, window, dialogs) -> None:
    from reviewer import __version__

    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert {"File", "Edit", "View", "Help"} <= set(titles)
    actions = window.ui_actions
    standard = QKeySequence.StandardKey
    for action, key in (
        (actions.open_files, standard.Open),
        (actions.undo, standard.Undo),
        (actions.redo, standard.Redo),
        (actions.export, standard.Save),
        (actions.quit, standard.Quit),
        (actions.zoom_in, standard.ZoomIn),
        (actions.zoom_out, standard.ZoomOut),
        (actions.shortcuts, standard.HelpContents),
    ):
        bindings = QKeySequence.keyBindings(key)
        assert all(b in action.shortcuts() for b in bindings), action.text()
    assert QKeySequence("Ctrl+Shift+Z") in actions.redo.shortcuts()
    assert (
        actions.recent_menu.menuAction()
        in window.menuBar().actions()[0].menu().actions()
    )
    assert window.acceptDrops()
    actions.about.trigger()
    assert __version__ in dialogs.infos[-1][1]
