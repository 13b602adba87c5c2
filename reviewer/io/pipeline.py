"""Open a file and extract its proposal: the one call the GUI and the CLI share."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.io.loaders import LoadOptions, load_document

if TYPE_CHECKING:
    from reviewer.core.document import Document
    from reviewer.core.modelfile import LoadedModel
    from reviewer.core.records import Extraction

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadedFiling:
    """A loaded document with the machine's proposal for it."""

    document: Document
    extraction: Extraction

    @property
    def is_partial(self) -> bool:
        """Whether this is a preview of the first pages (more are loading)."""
        return "pages_loaded" in self.document.metadata


def open_and_extract(
    path: str | Path,
    options: LoadOptions | None = None,
    on_partial: Callable[[LoadedFiling], None] | None = None,
    model: LoadedModel | None = None,
) -> LoadedFiling:
    """Load ``path`` and run the extractor on it.

    Args:
        path: the file.
        options: limits, progress and cancellation for the load.
        on_partial: called (on this thread) with the first pages of a long
            PDF, extracted, while the rest is still loading; a failure to
            extract them is logged and skipped.
        model: a trained decision model instead of the built-in one; the
            extraction's ``extractor_version`` names it (``1.5.0+model-3f2a9c``).

    Raises:
        LoadError: the file could not be loaded (a subclass names why).
    """
    # The extractor is imported inside extract_with: its patterns take a while
    # to compile, and the window must start without them.
    options = options or LoadOptions()
    if on_partial is not None:
        options = replace(options, partial=extracting(on_partial, model))
    document = load_document(path, options)
    return LoadedFiling(document, extract_with(document, model))


def extract_with(document: Document, model: LoadedModel | None) -> Extraction:
    """The extraction by ``model`` (None: the built-in model), named by it."""
    from reviewer.core.extraction import extract

    if model is None:
        return extract(document)
    extraction = extract(document, model.model)
    return replace(extraction, extractor_version=model.extractor_version)


def extracting(
    on_partial: Callable[[LoadedFiling], None],
    model: LoadedModel | None = None,
) -> Callable[[Document], None]:
    """A ``LoadOptions.partial`` callback that extracts the first pages first.

    A failure to extract them is logged and the preview skipped.
    """

    def partial(document: Document) -> None:
        try:
            preview = LoadedFiling(document, extract_with(document, model))
        except Exception:  # noqa: BLE001 - a preview is optional
            logger.exception("extracting the first pages failed")
            return
        on_partial(preview)

    return partial
