"""One open filing (document, proposal, model, undo stack) and where reviews are kept.

:class:`ReviewStore` is the only place the GUI touches the dataset and the
autosave workspace, so the window does not care how they are written.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, cast

from PySide6.QtGui import QUndoStack

from reviewer.core.document import Document
from reviewer.core.records import Extraction, ReviewState
from reviewer.models.review_model import ReviewModel

logger = logging.getLogger(__name__)

SaveReview = Callable[[Path, Document, Extraction, ReviewState], None]


class _Workspace(Protocol):
    def save(
        self, document: Document, extraction: Extraction, state: ReviewState
    ) -> None: ...
    def load(self, doc_id: str) -> ReviewState | None: ...
    def discard(self, doc_id: str) -> None: ...


@dataclass
class FilingSession:
    """A filing opened for review."""

    path: str
    document: Document
    extraction: Extraction
    model: ReviewModel
    stack: QUndoStack

    @classmethod
    def create(
        cls,
        path: str,
        document: Document,
        extraction: Extraction,
        state: ReviewState | None = None,
    ) -> FilingSession:
        """Start a session from a saved state or from the machine's proposal."""
        stack = QUndoStack()
        model = ReviewModel(stack)
        model.reset_state(state or ReviewState.from_extraction(extraction))
        return cls(path, document, extraction, model, stack)

    @property
    def doc_id(self) -> str:
        """The dataset key of the filing."""
        return self.document.doc_id

    def is_dirty(self) -> bool:
        """Whether there are edits not yet saved into the dataset."""
        return not self.stack.isClean()


class ReviewStore:
    """Saves reviews into the dataset CSV and autosaves work in progress."""

    def __init__(self, dataset_path: Path) -> None:
        """Save into ``dataset_path``; autosaves live beside it."""
        self.dataset_path = dataset_path
        self._workspace = _open_workspace(dataset_path)
        self._memory: dict[str, ReviewState] = {}

    def save(
        self, document: Document, extraction: Extraction, state: ReviewState
    ) -> None:
        """Write the filing's rows into the dataset (replacing earlier ones).

        Raises:
            OSError: the dataset could not be written (message in plain words).
            ValueError: the dataset on disk is not one this app writes.
        """
        dataset = importlib.import_module("reviewer.io.dataset")
        # The dataset helper's save_review; the fallback until it is merged.
        save_review = cast(
            "SaveReview", getattr(dataset, "save_review", _save_review_fallback)
        )
        save_review(self.dataset_path, document, extraction, state)

    def autosave(
        self, document: Document, extraction: Extraction, state: ReviewState
    ) -> None:
        """Keep work in progress so a crash loses nothing."""
        self._memory[document.doc_id] = state
        if self._workspace is not None:
            try:
                self._workspace.save(document, extraction, state)
            except Exception:  # noqa: BLE001 - autosave must never stop the review
                logger.warning("autosave failed for %s", document.doc_id, exc_info=True)

    def load(self, doc_id: str) -> ReviewState | None:
        """The autosaved state of a filing, if any."""
        if doc_id in self._memory:
            return self._memory[doc_id]
        if self._workspace is not None:
            try:
                state: ReviewState | None = self._workspace.load(doc_id)
            except Exception:  # noqa: BLE001 - a bad autosave falls back to extraction
                logger.warning("cannot read autosave of %s", doc_id, exc_info=True)
                return None
            return state
        return None

    def discard(self, doc_id: str) -> None:
        """Forget the autosaved state of a filing."""
        self._memory.pop(doc_id, None)
        if self._workspace is not None:
            try:
                self._workspace.discard(doc_id)
            except Exception:  # noqa: BLE001
                logger.warning("cannot discard autosave of %s", doc_id, exc_info=True)


def _open_workspace(dataset_path: Path) -> _Workspace | None:
    try:
        module = importlib.import_module("reviewer.io.workspace")
    except ImportError:  # the dataset helper's workspace is not merged yet
        return None
    try:
        return cast("_Workspace", module.Workspace(dataset_path))
    except Exception:  # noqa: BLE001 - the review goes on without autosave
        logger.warning("no autosave workspace for %s", dataset_path, exc_info=True)
        return None


def _save_review_fallback(
    dataset_path: Path, document: Document, extraction: Extraction, state: ReviewState
) -> None:
    from reviewer.core.provenance import build_records
    from reviewer.io.dataset import save_records

    source = document.source_path
    with contextlib.suppress(ValueError):  # keep the path as opened when outside
        source = str(Path(source).resolve().relative_to(dataset_path.resolve().parent))
    save_records(dataset_path, build_records(document, extraction, state, source))
