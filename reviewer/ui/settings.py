"""One typed facade over QSettings: the only module that names setting keys."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

logger = logging.getLogger(__name__)

MAX_RECENT = 10


class Settings:
    """The app's remembered choices: reviewer, dataset, team, recent files, window."""

    def __init__(self, store: QSettings | None = None) -> None:
        """Wrap ``store`` (default: the app's QSettings, names set in app.main)."""
        self._store = store if store is not None else QSettings()

    def reviewer_name(self) -> str:
        """The reviewer's name written into ``reviewed_by``."""
        return str(self._store.value("review/reviewer_name", "", type=str))

    def set_reviewer_name(self, name: str) -> None:
        """Remember the reviewer's name."""
        self._store.setValue("review/reviewer_name", name)

    def dataset_path(self) -> str:
        """The dataset CSV reviews are saved into ("" until chosen)."""
        return str(self._store.value("review/dataset_path", "", type=str))

    def set_dataset_path(self, path: str) -> None:
        """Remember the dataset CSV."""
        self._store.setValue("review/dataset_path", path)

    def team_workspace(self) -> str:
        """The team workspace last connected to ("" for none), without a password.

        A password never goes here: libpq reads it from ``~/.pgpass`` or the
        ``PG*`` variables.
        """
        return str(self._store.value("team/workspace", "", type=str))

    def set_team_workspace(self, dsn: str) -> None:
        """Remember the team workspace (the caller strips any password)."""
        self._store.setValue("team/workspace", dsn)

    def team_reviewer(self) -> str:
        """The name this reviewer uses in the team workspace ("" until chosen)."""
        return str(self._store.value("team/reviewer", "", type=str))

    def set_team_reviewer(self, name: str) -> None:
        """Remember the name used in the team workspace."""
        self._store.setValue("team/reviewer", name)

    def extraction_model(self) -> str:
        """The decision model file the extractor uses ("" for the built-in one)."""
        return str(self._store.value("extraction/model_path", "", type=str))

    def set_extraction_model(self, path: str) -> None:
        """Remember the decision model file ("" for the built-in one)."""
        self._store.setValue("extraction/model_path", path)

    def last_directory(self) -> str:
        """The folder the last Open dialog was in."""
        return str(self._store.value("paths/last_directory", "", type=str))

    def set_last_directory(self, path: str) -> None:
        """Remember the folder of the last opened file."""
        self._store.setValue("paths/last_directory", path)

    def recent_files(self) -> list[str]:
        """Recently opened files and folders, newest first."""
        value = self._store.value("paths/recent_files", [], type=list)
        return [str(v) for v in value] if isinstance(value, list) else []

    def add_recent_file(self, path: str) -> None:
        """Put ``path`` first in the recent list."""
        recent = [path, *(p for p in self.recent_files() if p != path)]
        self._store.setValue("paths/recent_files", recent[:MAX_RECENT])

    def remove_recent_file(self, path: str) -> None:
        """Drop ``path`` from the recent list (it no longer exists)."""
        recent = [p for p in self.recent_files() if p != path]
        self._store.setValue("paths/recent_files", recent)

    def clear_recent_files(self) -> None:
        """Forget the recent list."""
        self._store.setValue("paths/recent_files", [])

    def zoom(self) -> int:
        """Extra point size of the document text (may be negative)."""
        value = self._store.value("view/zoom", 0, type=int)
        return value if isinstance(value, int) else 0

    def set_zoom(self, steps: int) -> None:
        """Remember the document text zoom."""
        self._store.setValue("view/zoom", steps)

    def roster_hidden_columns(self) -> list[str] | None:
        """The roster columns the user hid (None: never chosen, use the default)."""
        if not self._store.contains("view/roster_hidden_columns"):
            return None
        value = self._store.value("view/roster_hidden_columns", [], type=list)
        return [str(v) for v in value] if isinstance(value, list) else None

    def set_roster_hidden_columns(self, names: list[str]) -> None:
        """Remember the roster columns the user hid."""
        self._store.setValue("view/roster_hidden_columns", list(names))

    def page_zoom(self) -> float:
        """The PDF page's zoom (0: fitted to the pane's width)."""
        value = self._store.value("view/page_zoom", 0.0, type=float)
        return float(value) if isinstance(value, (int, float)) else 0.0

    def set_page_zoom(self, zoom: float) -> None:
        """Remember the PDF page's zoom (0: fit to width)."""
        self._store.setValue("view/page_zoom", float(zoom))

    def text_share_with_page(self) -> float:
        """The text's share of the text-and-page width with a PDF (0: default)."""
        value = self._store.value("view/text_share_with_page", 0.0, type=float)
        return float(value) if isinstance(value, (int, float)) else 0.0

    def set_text_share_with_page(self, share: float) -> None:
        """Remember the text's share of the text-and-page width (0 to 1)."""
        self._store.setValue("view/text_share_with_page", float(share))

    def save_geometry(self, window: QMainWindow) -> None:
        """Remember the window's size and place only (not its docks)."""
        self._store.setValue("window/geometry", window.saveGeometry())

    def save_window(self, window: QMainWindow, *splitters: QSplitter) -> None:
        """Remember the window's geometry and docks, and the splitters' sizes."""
        self.save_geometry(window)
        self._store.setValue("window/state", window.saveState())
        for splitter in splitters:
            key = f"window/splitter_{splitter.objectName()}"
            self._store.setValue(key, splitter.saveState())

    def restore_splitters(self, *splitters: QSplitter) -> None:
        """Restore the sizes saved by save_window (by object name)."""
        for splitter in splitters:
            key = f"window/splitter_{splitter.objectName()}"
            state = self._store.value(key, QByteArray(), type=QByteArray)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)

    def restore_window(self, window: QMainWindow) -> bool:
        """Restore geometry and docks; False when nothing was saved."""
        geometry = self._store.value("window/geometry", QByteArray(), type=QByteArray)
        state = self._store.value("window/state", QByteArray(), type=QByteArray)
        if not isinstance(geometry, QByteArray) or geometry.isEmpty():
            return False
        window.restoreGeometry(geometry)
        if isinstance(state, QByteArray) and not state.isEmpty():
            window.restoreState(state)
        return True

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()
