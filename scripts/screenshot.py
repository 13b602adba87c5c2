"""Open a filing in the real window, wait for extraction, save a screenshot, quit.

Set ``REVIEWER_DARK=1`` to shoot under Fusion with a dark palette, and
``REVIEWER_SIZE=1024x700`` for another window size (default 1280x800; run Xvfb
with a screen of that size, so the window fits it as on a real screen). With
``REVIEWER_WORKSPACE=DSN`` (and ``REVIEWER_NAME``, default ``ann``) the window
connects to that team workspace, claims the next free filing and shoots it
with the team queue (no files are given then).

Usage (from the checkout; without arguments it shoots the bundled sample into
``docs/screenshot-text.png``)::

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb PYTHONPATH=. \
        python scripts/screenshot.py resources/samples/seed-21vianet.txt \
        docs/screenshot-text.png
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from reviewer.paths import sample_filing
from reviewer.pyside_guard import immortalize_singletons
from reviewer.ui import icons
from reviewer.ui.context import AppContext
from reviewer.ui.settings import Settings
from reviewer.ui.window.main_window import MainWindow

logger = logging.getLogger(__name__)


def dark_palette(app: QApplication) -> None:
    """Fusion with a dark palette, as a dark desktop theme gives."""
    app.setStyle("Fusion")
    palette = QPalette()
    role = QPalette.ColorRole
    for name, color in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#262626"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#353535"),
        (role.ButtonText, "#e6e6e6"),
        (role.Highlight, "#3d7dca"),
        (role.HighlightedText, "#ffffff"),
        (role.ToolTipBase, "#353535"),
        (role.ToolTipText, "#e6e6e6"),
        (role.PlaceholderText, "#8a8a8a"),
        (role.Mid, "#555555"),
        (role.Midlight, "#444444"),
        (role.Dark, "#1a1a1a"),
        (role.Light, "#505050"),
    ):
        palette.setColor(name, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for name in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(disabled, name, QColor("#7a7a7a"))
    app.setPalette(palette)


def main(argv: list[str]) -> int:
    """Open the files in ``argv[:-1]`` and save ``argv[-1]`` as a PNG.

    Without arguments: the bundled sample into ``docs/screenshot-text.png``.
    """
    workspace = os.environ.get("REVIEWER_WORKSPACE")
    if len(argv) < 2 and workspace is None:
        argv = [str(sample_filing()), "docs/screenshot-text.png"]
    *files, target = argv
    immortalize_singletons()  # PySide6 6.12.0 on Python 3.11 (see reviewer/app.py)
    app = QApplication(sys.argv[:1])
    app.setDesktopFileName(icons.APP_ID)
    icons.install()
    scratch = Path(tempfile.mkdtemp(prefix="reviewer-shot-"))
    store = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    settings = Settings(store)
    settings.set_dataset_path(str(scratch / "dataset.csv"))
    settings.set_reviewer_name("Screenshot")
    if os.environ.get("REVIEWER_DARK"):
        dark_palette(app)
    window = MainWindow(AppContext(settings=settings))
    width, height = (
        int(n) for n in os.environ.get("REVIEWER_SIZE", "1280x800").split("x")
    )
    window.resize(width, height)
    window.show()
    if workspace is not None:
        window.connect_team(
            workspace, os.environ.get("REVIEWER_NAME", "ann"), cache=scratch / "team"
        )
        window.team.connected.connect(window.team.open_next)
    else:
        window.open_paths(files)

    def settled() -> bool:
        """The filing is shown, its evidence flash is over, its page is drawn."""
        if workspace is not None and window.navigator.current() is None:
            return False  # connecting, claiming
        if window.navigator.current() is None:
            return not window.navigator.is_loading()
        page = window.page_view
        drawn = not page.isVisible() or page.has_image()
        return drawn and not window.document_view.is_flashing()

    def shoot() -> None:
        if not settled():
            QTimer.singleShot(100, shoot)
            return
        QTimer.singleShot(200, grab)

    def grab() -> None:
        window.grab().save(target)
        logger.warning("saved %s", target)
        app.quit()

    QTimer.singleShot(200, shoot)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
