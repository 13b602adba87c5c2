"""The PDF page beside the text, with evidence boxes drawn on it (interface stub)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QWidget

from reviewer.core.document import Box, Document


class PageView(QLabel):
    """Shows one PDF page at a time and draws boxes on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create an empty page view."""
        super().__init__(parent)
        self._boxes: tuple[Box, ...] = ()

    def set_document(self, document: Document | None) -> None:
        """Open a PDF document's pages (or clear the view)."""
        self.setText(document.source_path if document else "")

    def show_boxes(self, boxes: Sequence[Box]) -> None:
        """Go to the first box's page and draw every box on its page."""
        self._boxes = tuple(boxes)

    def boxes(self) -> tuple[Box, ...]:
        """The boxes currently drawn."""
        return self._boxes
