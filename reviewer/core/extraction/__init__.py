"""The extraction engine: entities with spans, then roster rows and filing fields.

Rules are about the language of board announcements in general (who resigned,
who joined, effective when, which board), never about one particular document.
Modules: :mod:`.sentences`, :mod:`.names`, :mod:`.dates`, :mod:`.roles`,
:mod:`.changes`, :mod:`.seats`, :mod:`.clauses`, :mod:`.effective`, :mod:`.roster`,
:mod:`.lists`, :mod:`.details`, :mod:`.filing`, :mod:`.announce`, :mod:`.output`,
:mod:`.scope`, :mod:`.layers` (the text's span layers, read once), :mod:`.vetoes` and
:mod:`.seat_rules` (named vetoes and seat strategies), :mod:`.dating` (document-wide
date passes);
:mod:`.engine` runs them as named stages.
"""

from __future__ import annotations

from reviewer.core.document import Document
from reviewer.core.extraction.decision import Model
from reviewer.core.extraction.engine import run
from reviewer.core.records import Extraction

EXTRACTOR_VERSION = "1.8.0"


def extract(
    document: Document, model: Model | None = None, rules_only: bool = False
) -> Extraction:
    """Propose entities, roster rows and filing fields for one document.

    ``model``: the decision model (default: the shipped one); ``rules_only``:
    the hand-ordered rule path alone, without the decision layer.
    """
    filing, rows, entities = run(document, model, rules_only)
    return Extraction(
        filing=filing,
        rows=rows,
        entities=entities,
        extractor_version=EXTRACTOR_VERSION,
    )
