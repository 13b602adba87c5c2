"""The recent files menu."""

from __future__ import annotations

import pytest

from tests.ui.helpers import open_and_wait

# On screen and active: these tests press keys, drag, or read pixels.
pytestmark = pytest.mark.usefixtures("window_on_screen")


def test_a_recent_file_that_is_gone_says_so_and_leaves_the_list(
    qtbot, window, filings, settings, dialogs
) -> None:
    open_and_wait(qtbot, window, filings[0])
    window.open_paths([str(filings[1])])
    qtbot.waitUntil(lambda: window.navigator.current().path == str(filings[1]))
    gone = str(filings[0].resolve())
    filings[0].unlink()
    menu = window.ui_actions.recent_menu
    entry = next(a for a in menu.actions() if a.data() == gone)
    entry.trigger()
    title, message = dialogs.errors[-1]
    assert "Cannot find" in title
    assert gone in message
    assert gone not in settings.recent_files()
    assert gone not in [a.data() for a in menu.actions()]
    assert window.navigator.current().path == str(filings[1])  # review kept
    clear = next(a for a in menu.actions() if a.text() == "Clear Recent Files")
    clear.trigger()
    assert settings.recent_files() == []
    assert not menu.isEnabled()
