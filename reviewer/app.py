"""Start the desktop application."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from reviewer.ui.settings import Settings
    from reviewer.ui.window.main_window import MainWindow

logger = logging.getLogger(__name__)

ORGANIZATION = "BoardChange"
APPLICATION = "Reviewer"


def start(
    app: QApplication,
    files: Sequence[str] = (),
    settings: Settings | None = None,
    workspace: str | None = None,
) -> MainWindow:
    """Set up ``app`` and show a main window on ``files`` (files or folders).

    The window's shell is shown at once; ``files`` are opened once its panes
    are built, right after the shell's first paint. With ``workspace`` (a
    libpq connection string), the window then connects to that team workspace.
    """
    from reviewer.pyside_guard import immortalize_singletons

    # PySide6/shiboken6 6.12.0 on CPython 3.11 drops a reference to None/True on
    # every void Qt call and every emit(), until CPython aborts (none_dealloc).
    # Python 3.12+ is unaffected (PEP 683 immortal objects), and so is PySide6
    # 6.11.3; the call is a no-op there and idempotent here. Before any widget.
    immortalize_singletons()
    from reviewer import __version__
    from reviewer.ui import icons
    from reviewer.ui.context import AppContext
    from reviewer.ui.settings import Settings
    from reviewer.ui.window.main_window import MainWindow

    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    icons.install()
    icons.apply_app_identity(app)  # window icon and the .desktop file's name
    context = AppContext(settings=settings or Settings())
    window = MainWindow(context)
    window.show()
    paths = list(files)
    if paths:
        window.when_built(lambda: window.open_paths(paths))
    if workspace is not None:
        window.when_built(lambda: window.connect_team(workspace))
    return window


def main(files: Sequence[str] = (), workspace: str | None = None) -> int:
    """Open the main window on ``files``; return the exit code.

    With ``workspace``, the window connects to that team workspace.

    An unsupported PySide6 or Qt ends here with a message and
    :data:`~reviewer.earlyinit.EXIT_UNSUPPORTED`, before any window is built.
    """
    from reviewer.earlyinit import (
        EXIT_NO_DISPLAY,
        EXIT_UNSUPPORTED,
        display_problem,
        qt_problem,
    )

    problem = qt_problem()
    if problem is not None:
        print(problem, file=sys.stderr)  # noqa: T201 (the user's only message)
        return EXIT_UNSUPPORTED
    problem = display_problem(os.environ, sys.platform)
    if problem is not None:
        print(problem, file=sys.stderr)  # noqa: T201 (the user's only message)
        return EXIT_NO_DISPLAY
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    from reviewer.ui.smoke import install_smoke_exit

    window = start(app, files, workspace=workspace)
    install_smoke_exit(app)
    code = app.exec()
    if window.panes_ready():
        window.saver.wait_for_saves()  # a quit that skipped the close prompt
    del window
    return code
