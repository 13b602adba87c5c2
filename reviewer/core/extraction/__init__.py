"""The extraction engine: entities with spans, then roster rows and filing fields.

Rules are about the language of board announcements in general (who resigned,
who joined, effective when, which board), never about one particular document.
Modules: :mod:`.sentences`, :mod:`.names`, :mod:`.dates`, :mod:`.roles`,
:mod:`.changes`, :mod:`.seats`, :mod:`.clauses`, :mod:`.effective`, :mod:`.roster`,
:mod:`.lists`, :mod:`.details`, :mod:`.filing`, :mod:`.announce`, :mod:`.output`,
:mod:`.scope`;
:mod:`.engine` runs them in order.
"""

from __future__ import annotations

from reviewer.core.document import Document
from reviewer.core.extraction.engine import run
from reviewer.core.records import Extraction

EXTRACTOR_VERSION = "1.4.0"


def extract(document: Document) -> Extraction:
    """Propose entities, roster rows and filing fields for one document."""
    filing, rows, entities = run(document)
    return Extraction(
        filing=filing,
        rows=rows,
        entities=entities,
        extractor_version=EXTRACTOR_VERSION,
    )
