"""One open filing: its document, the machine's proposal, the model, the undo stack.

Where reviews are kept (:class:`~reviewer.io.review_store.ReviewStore`) is in
``reviewer.io``, without Qt.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

from reviewer.core.document import Document
from reviewer.core.records import Extraction, ReviewState

if TYPE_CHECKING:
    from reviewer.models.review_model import ReviewModel

logger = logging.getLogger(__name__)


@dataclass
class FilingSession:
    """A filing opened for review."""

    path: str
    document: Document
    extraction: Extraction
    model: ReviewModel
    stack: QUndoStack
    base: str | None = None
    """Fingerprint of the dataset's rows of this filing when the review began
    (None: unknown, a save then does not check for someone else's save)."""
    preview: bool = False
    """A read-only preview of a long PDF's first pages: never saved or autosaved."""

    @classmethod
    def create(
        cls,
        path: str,
        document: Document,
        extraction: Extraction,
        state: ReviewState | None = None,
    ) -> FilingSession:
        """Start a session from a saved state or from the machine's proposal."""
        from reviewer.models.review_model import ReviewModel  # not needed at start

        stack = QUndoStack()
        model = ReviewModel(stack)
        model.set_proposal(extraction.rows, extraction.filing)
        model.reset_state(state or ReviewState.from_extraction(extraction))
        return cls(path, document, extraction, model, stack)

    @property
    def doc_id(self) -> str:
        """The dataset key of the filing."""
        return self.document.doc_id

    def is_dirty(self) -> bool:
        """Whether there are edits not yet saved into the dataset."""
        return not self.stack.isClean()
