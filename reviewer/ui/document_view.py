"""The document's text with entity highlights (interface; the full view lands next).

Signals:
    entity_activated(int): the user clicked inside entity N (index into the
        sequence given to ``set_entities``).
    add_entity_requested(int, int, str): add an entity [start, end) with a label.
    remove_entity_requested(int): remove entity N (a false highlight).
    fill_cell_requested(int, int): put text [start, end) into the current cell.
    new_row_requested(int, int): start a roster row for the person at [start, end).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from reviewer.core.document import Document
from reviewer.core.entities import Entity


class DocumentView(QPlainTextEdit):
    """Read-only document text with entity highlights."""

    entity_activated = Signal(int)
    add_entity_requested = Signal(int, int, str)
    remove_entity_requested = Signal(int)
    fill_cell_requested = Signal(int, int)
    new_row_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create an empty, read-only view."""
        super().__init__(parent)
        self.setReadOnly(True)
        self._entities: tuple[Entity, ...] = ()

    def set_document(self, document: Document | None) -> None:
        """Show a document's text (or nothing)."""
        self.setPlainText(document.text if document else "")

    def set_entities(self, entities: Sequence[Entity]) -> None:
        """Highlight these entities, replacing earlier highlights."""
        self._entities = tuple(entities)

    def entities(self) -> tuple[Entity, ...]:
        """The entities currently highlighted."""
        return self._entities

    def selected_span(self) -> tuple[int, int] | None:
        """Return the selected text's [start, end), or None without a selection."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return cursor.selectionStart(), cursor.selectionEnd()

    @Slot(int, int)
    def reveal_span(self, start: int, end: int) -> None:
        """Scroll to, select and flash the text [start, end)."""
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
