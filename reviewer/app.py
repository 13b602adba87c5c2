"""Start the desktop application."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(files: Sequence[str] = ()) -> int:
    """Open the main window on ``files``; return the exit code."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Board Change Reviewer")
    window.show()
    return app.exec()
