"""Open a filing in the real window, wait for extraction, save a screenshot, quit.

Usage (from the checkout; without arguments it shoots the bundled sample into
``docs/screenshot-text.png``)::

    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb PYTHONPATH=. \
        python scripts/screenshot.py resources/samples/seed-21vianet.txt \
        docs/screenshot-text.png
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from reviewer.paths import sample_filing
from reviewer.ui import icons
from reviewer.ui.context import AppContext
from reviewer.ui.main_window import MainWindow
from reviewer.ui.settings import Settings

logger = logging.getLogger(__name__)


def main(argv: list[str]) -> int:
    """Open the files in ``argv[:-1]`` and save ``argv[-1]`` as a PNG.

    Without arguments: the bundled sample into ``docs/screenshot-text.png``.
    """
    if len(argv) < 2:
        argv = [str(sample_filing()), "docs/screenshot-text.png"]
    *files, target = argv
    app = QApplication(sys.argv[:1])
    app.setDesktopFileName(icons.APP_ID)
    icons.install()
    scratch = Path(tempfile.mkdtemp(prefix="reviewer-shot-"))
    store = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    settings = Settings(store)
    settings.set_dataset_path(str(scratch / "dataset.csv"))
    settings.set_reviewer_name("Screenshot")
    window = MainWindow(AppContext(settings=settings))
    window.resize(1280, 800)
    window.show()
    window.open_paths(files)

    def shoot() -> None:
        if window.navigator.current() is None and window.navigator.is_loading():
            QTimer.singleShot(100, shoot)
            return
        QTimer.singleShot(300, grab)

    def grab() -> None:
        window.grab().save(target)
        logger.warning("saved %s", target)
        app.quit()

    QTimer.singleShot(200, shoot)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
