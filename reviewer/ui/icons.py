"""Every icon the app uses: the only module that names icon files."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QDir
from PySide6.QtGui import QIcon

from reviewer.paths import resources_dir

APP_ID = "org.boardchange.Reviewer"


def install() -> None:
    """Register the ``icons:`` search path; call once after the QApplication."""
    QDir.addSearchPath("icons", str(resources_dir() / "icons"))


@cache
def _icon(theme_name: str, fallback_svg: str) -> QIcon:
    return QIcon.fromTheme(theme_name, QIcon(f"icons:{fallback_svg}"))


def app_icon() -> QIcon:
    """The application's own icon."""
    return QIcon(f"icons:{APP_ID}.svg")


def open_document() -> QIcon:
    """File > Open."""
    return _icon("document-open", "open.svg")


def open_folder() -> QIcon:
    """File > Open Folder."""
    return _icon("folder-open", "folder.svg")


def export() -> QIcon:
    """File > Export / save into the dataset."""
    return _icon("document-save", "save.svg")


def accept_next() -> QIcon:
    """Accept the filing and go to the next."""
    return _icon("go-next", "accept-next.svg")


def next_filing() -> QIcon:
    """Next filing in the queue."""
    return _icon("go-down", "next.svg")


def previous_filing() -> QIcon:
    """Previous filing in the queue."""
    return _icon("go-up", "previous.svg")


def add_row() -> QIcon:
    """Add a roster row."""
    return _icon("list-add", "add.svg")


def delete_row() -> QIcon:
    """Delete roster rows."""
    return _icon("list-remove", "remove.svg")


def duplicate_row() -> QIcon:
    """Duplicate a roster row."""
    return _icon("edit-copy", "copy.svg")


def undo() -> QIcon:
    """Edit > Undo."""
    return _icon("edit-undo", "undo.svg")


def redo() -> QIcon:
    """Edit > Redo."""
    return _icon("edit-redo", "redo.svg")


def reviewed() -> QIcon:
    """A filing marked reviewed."""
    return _icon("emblem-ok", "reviewed.svg")
