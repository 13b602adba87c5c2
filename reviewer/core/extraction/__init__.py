"""The extraction engine: entities with spans, then roster rows and filing fields."""

from __future__ import annotations

from reviewer.core.document import Document
from reviewer.core.records import Extraction, FilingFields

EXTRACTOR_VERSION = "0.0.0"


def extract(document: Document) -> Extraction:
    """Propose entities, roster rows and filing fields for one document."""
    return Extraction(
        filing=FilingFields(
            form_type=document.metadata.get("form_type", ""),
            cik=document.metadata.get("cik", ""),
            accession_number=document.metadata.get("accession_number", ""),
        ),
        rows=(),
        entities=(),
        extractor_version=EXTRACTOR_VERSION,
    )
