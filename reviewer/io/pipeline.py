"""Open a file and extract its proposal: the one call the GUI and the CLI share."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reviewer.core.document import Document
from reviewer.core.extraction import extract
from reviewer.core.records import Extraction
from reviewer.io.loaders import LoadOptions, load_document


@dataclass(frozen=True)
class LoadedFiling:
    """A loaded document with the machine's proposal for it."""

    document: Document
    extraction: Extraction


def open_and_extract(
    path: str | Path, options: LoadOptions | None = None
) -> LoadedFiling:
    """Load ``path`` and run the extractor on it.

    Raises:
        LoadError: the file could not be loaded (a subclass names why).
    """
    document = load_document(path, options)
    return LoadedFiling(document, extract(document))
