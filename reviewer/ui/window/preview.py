"""A read-only preview of a long PDF's first pages while the rest loads.

The full document then replaces the preview (its text is longer, its offsets
differ), so an edit made on the preview would be lost: the preview's undo stack
refuses every edit instead. Every edit of a review goes through its stack, so
this blocks the table, the filing form and the text's corrections alike.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack

from reviewer.core.records import ReviewState
from reviewer.models.review_model import ReviewModel
from reviewer.ui.window.session import FilingSession

if TYPE_CHECKING:
    from reviewer.io.pipeline import LoadedFiling

logger = logging.getLogger(__name__)

PREVIEW_REFUSAL = (
    "The filing is still loading; edits are possible once the whole filing is in."
)


class PreviewStack(QUndoStack):
    """An undo stack that refuses every edit, saying why through the model."""

    def __init__(self) -> None:
        """An empty stack; set :attr:`model` to have refusals reported."""
        super().__init__()
        self.model: ReviewModel | None = None

    def push(self, cmd: QUndoCommand) -> None:
        """Drop the command without running it."""
        logger.debug("edit refused while the filing loads: %s", cmd.text())
        if self.model is not None:
            self.model.edit_rejected.emit(PREVIEW_REFUSAL)


def make_preview(path: str, loaded: LoadedFiling) -> FilingSession:
    """A session showing ``loaded`` (the first pages) that refuses edits."""
    stack = PreviewStack()
    model = ReviewModel(stack)
    stack.model = model
    model.set_proposal(loaded.extraction.rows, loaded.extraction.filing)
    model.reset_state(ReviewState.from_extraction(loaded.extraction))
    document, extraction = loaded.document, loaded.extraction
    return FilingSession(path, document, extraction, model, stack, preview=True)


def preview_note(loaded: LoadedFiling) -> str:
    """The read-only hint shown with a preview: "Loading page N of M…"."""
    meta = loaded.document.metadata
    shown, total = meta.get("pages_loaded", "1"), meta.get("page_count", "?")
    following = int(shown) + 1 if shown.isdigit() else 2
    first = "page" if shown == "1" else f"{shown} pages"
    return (
        f"Loading page {following} of {total}… (showing the first {first}; "
        "edits are possible once the whole filing is in)"
    )
