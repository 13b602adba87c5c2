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


Extractor = Callable[["Document"], "Extraction"]
"""What turns a document into the machine's proposal (the live extractor by default;
the UI tests pass a recorded one, so a rule change cannot break a widget test)."""


def live_extractor() -> Extractor:
    """The extractor of ``reviewer.core.extraction``, imported when first asked for."""
    from reviewer.core.extraction import extract

    return extract


def model_extractor(model: LoadedModel | None) -> Extractor:
    """The live extractor deciding with ``model`` (None: the built-in model).

    Its extractions' ``extractor_version`` names the model (``1.5.0+model-3f2a9c``).
    """
    if model is None:
        return live_extractor()
    from reviewer.core.extraction import extract

    def extract_with(document: Document) -> Extraction:
        extraction = extract(document, model.model)
        return replace(extraction, extractor_version=model.extractor_version)

    return extract_with


def open_and_extract(
    path: str | Path,
    options: LoadOptions | None = None,
    on_partial: Callable[[LoadedFiling], None] | None = None,
    extractor: Extractor | None = None,
    model: LoadedModel | None = None,
) -> LoadedFiling:
    """Load ``path`` and run the extractor on it.

    Args:
        path: the file.
        options: limits, progress and cancellation for the load.
        on_partial: called (on this thread) with the first pages of a long
            PDF, extracted, while the rest is still loading; a failure to
            extract them is logged and skipped.
        extractor: what proposes the rows (default: the live extractor).
        model: a trained decision model for the live extractor instead of the
            built-in one.

    Raises:
        LoadError: the file could not be loaded (a subclass names why).
    """
    # Imported here: the extractor's patterns take a while to compile, and the
    # window must start without them.
    extract = extractor or model_extractor(model)
    options = options or LoadOptions()
    if on_partial is not None:
        options = replace(options, partial=extracting(on_partial, extract))
    document = load_document(path, options)
    return LoadedFiling(document, extract(document))


def extracting(
    on_partial: Callable[[LoadedFiling], None],
    extractor: Extractor | None = None,
) -> Callable[[Document], None]:
    """A ``LoadOptions.partial`` callback that extracts the first pages first.

    A failure to extract them is logged and the preview skipped.
    """
    extract = extractor or live_extractor()

    def partial(document: Document) -> None:
        try:
            preview = LoadedFiling(document, extract(document))
        except Exception:  # noqa: BLE001 - a preview is optional
            logger.exception("extracting the first pages failed")
            return
        on_partial(preview)

    return partial
