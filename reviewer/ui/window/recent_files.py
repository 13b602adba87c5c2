"""File › Open Recent: the menu, and what to say about files that are gone."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from reviewer.ui.dialogs import Dialogs
from reviewer.ui.settings import Settings

logger = logging.getLogger(__name__)

CLEAR_TEXT = "Clear Recent Files"


class RecentFiles(QObject):
    """Keeps the Open Recent menu in step with the settings.

    Signals:
        open_requested(list[str]): the user picked a recent file or folder.
    """

    open_requested = Signal(list)

    def __init__(
        self, menu: QMenu, settings: Settings, dialogs: Dialogs, parent: QObject
    ) -> None:
        """Fill ``menu`` from ``settings``."""
        super().__init__(parent)
        self._menu = menu
        self._settings = settings
        self._dialogs = dialogs
        self.rebuild()

    def remember(self, paths: list[str]) -> None:
        """Put opened paths first in the list."""
        for path in paths:
            self._settings.add_recent_file(str(Path(path).resolve()))
        self.rebuild()

    def drop_missing(self, paths: list[str]) -> list[str]:
        """Say which paths no longer exist (and forget them); return the rest."""
        missing = [p for p in paths if not Path(p).exists()]
        if not missing:
            return paths
        for path in missing:
            self._settings.remove_recent_file(str(Path(path).resolve()))
        self.rebuild()
        names = "\n".join(missing[:5]) + ("\n…" if len(missing) > 5 else "")
        self._dialogs.error(
            "Cannot find the filing" if len(missing) == 1 else "Cannot find filings",
            f"{names}\n\nIt was moved, renamed or deleted (or its drive is not "
            "connected). It is no longer listed under File › Open Recent.",
        )
        return [p for p in paths if p not in missing]

    def rebuild(self) -> None:
        """List the remembered paths, newest first, and a Clear entry."""
        menu = self._menu
        menu.clear()
        for path in self._settings.recent_files():
            action = menu.addAction(path)
            action.setData(path)
            action.triggered.connect(self._on_recent_triggered)
        if not menu.isEmpty():
            menu.addSeparator()
            menu.addAction(CLEAR_TEXT, self._on_clear_triggered)
        menu.setEnabled(not menu.isEmpty())

    @Slot()
    def _on_recent_triggered(self) -> None:
        action = self.sender()
        path = action.data() if isinstance(action, QAction) else None
        if isinstance(path, str):
            self.open_requested.emit([path])

    @Slot()
    def _on_clear_triggered(self) -> None:
        self._settings.clear_recent_files()
        self.rebuild()
