"""Keep a window on its screen: sizes and places remembered on a bigger one clipped.

A window restored from a session on a 1280×800 screen would hang off a
1024×700 one, its status bar and right-hand panes out of reach. Qt's own
restore check does not run for the default size and not on every platform.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMargins, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

logger = logging.getLogger(__name__)


def clipped(frame: QRect, available: QRect) -> QRect:
    """``frame`` shrunk to ``available`` if bigger, then moved inside it.

    Args:
        frame: the window's frame (title bar and borders included).
        available: the screen's available geometry (without panels).
    """
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    left = min(max(frame.left(), available.left()), available.right() + 1 - width)
    top = min(max(frame.top(), available.top()), available.bottom() + 1 - height)
    return QRect(left, top, width, height)


def fit_to_screen(window: QWidget) -> None:
    """Shrink and move ``window`` so that its frame lies on its screen."""
    if window.isMaximized() or window.isFullScreen():
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    inner, outer = window.geometry(), window.frameGeometry()
    if not window.isVisible() or outer.size() == inner.size():
        outer = inner  # no frame yet: before show, the frame is not known
    margins = QMargins(
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    )
    if available.contains(outer):
        return
    target = clipped(outer, available)
    logger.info("window clipped to the screen: %s", target)
    window.resize(target.marginsRemoved(margins).size())
    window.move(target.topLeft())  # a window's position is its frame's
