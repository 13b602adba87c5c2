"""Starting the application: no side effects on import; files on the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication


def test_importing_the_app_starts_nothing() -> None:
    code = (
        "import sys, reviewer.app, reviewer.cli\n"
        "assert 'PySide6.QtWidgets' not in sys.modules, 'Qt imported on import'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path.cwd())


def test_start_opens_the_files_given(qtbot, qapp, settings, filings) -> None:
    from reviewer import app

    window = app.start(qapp, [str(filings[0]), str(filings[1])], settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.navigator.current() is not None, timeout=10000)
    assert window.queue.rowCount() == 2
    assert "filing-1.txt" in window.windowTitle()
    assert QApplication.desktopFileName() == "org.boardchange.Reviewer"
    assert QApplication.applicationName() == app.APPLICATION
    assert window.isVisible()
    window._context.runner.wait(5000)
