"""Training data out: reviewed documents as span-annotated JSON lines.

One line per document, in the form spaCy's and Prodigy's span tools read::

    {"text": "...", "spans": [{"start": 0, "end": 7, "label": "DATELINE"}, ...],
     "meta": {"doc_id": "...", "source_file": "...", "reviewed_by": "...", ...}}

Offsets are character offsets into ``text``, the text the app shows, end
exclusive. Spans are sorted by (start, end, label); exact duplicates are dropped,
overlapping spans are kept (``doc.spans`` accepts them; for ``doc.ents`` filter
with ``spacy.util.filter_spans``). A span whose offsets fall outside the text or
whose recorded text no longer matches it is left out and reported.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from reviewer.core.document import Document
from reviewer.core.entities import Entity
from reviewer.core.schema import ReviewStatus
from reviewer.io.dataset.safewrite import atomic_write
from reviewer.io.errors import LoadError
from reviewer.io.workspace import AutosaveEntry, Workspace

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrainingItem:
    """One document's text with its reviewed entities.

    Attributes:
        text: the document text the offsets point into.
        entities: the reviewed entities.
        meta: facts about the document and its review, copied into ``meta``.
    """

    text: str
    entities: Sequence[Entity]
    meta: Mapping[str, str]


def spans_of(text: str, entities: Iterable[Entity]) -> tuple[list[dict[str, Any]], int]:
    """Return the valid spans of ``entities`` in ``text`` and how many were dropped."""
    seen: set[tuple[int, int, str]] = set()
    dropped = 0
    for entity in entities:
        key = (entity.start, entity.end, entity.label.value)
        inside = 0 <= entity.start < entity.end <= len(text)
        if not inside or (
            entity.text and text[entity.start : entity.end] != entity.text
        ):
            dropped += 1
            continue
        seen.add(key)
    spans = [{"start": s, "end": e, "label": label} for s, e, label in sorted(seen)]
    return spans, dropped


def export_spans_jsonl(
    path: str | os.PathLike[str], items: Iterable[TrainingItem]
) -> int:
    """Write one JSON line per item to ``path`` (atomically); return the count.

    Raises:
        DatasetError: the file cannot be written (a subclass names why).
    """
    lines: list[str] = []
    for item in items:
        spans, dropped = spans_of(item.text, item.entities)
        if dropped:
            logger.warning(
                "%s: left out %d span(s) that do not match the text",
                item.meta.get("doc_id", "?"),
                dropped,
            )
        record = {"text": item.text, "spans": spans, "meta": dict(item.meta)}
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")

    def write(handle: IO[str]) -> None:
        handle.writelines(lines)

    atomic_write(Path(path), write, newline="\n")
    return len(lines)


DocumentLoader = Callable[[str], Document]


def _default_loader(path: str) -> Document:
    from reviewer.io.loaders import load_document

    return load_document(path)


def _source_candidates(entry: AutosaveEntry, workspace: Workspace) -> list[str]:
    found = [entry.source_path] if entry.source_path else []
    if workspace.dataset_path is not None and entry.source_file:
        found.append(str(workspace.dataset_path.parent / entry.source_file))
    return found


def item_for(
    entry: AutosaveEntry, workspace: Workspace, load: DocumentLoader
) -> TrainingItem:
    """Reload an autosaved review's document and pair it with the review.

    Raises:
        ValueError: the source is gone, unreadable or changed since the review.
    """
    problems = []
    for candidate in _source_candidates(entry, workspace):
        try:
            document = load(candidate)
        except LoadError as exc:
            problems.append(str(exc))
            continue
        if entry.source_sha256 and document.sha256 != entry.source_sha256:
            problems.append(f"{candidate}: the file changed since it was reviewed")
            continue
        state = entry.state
        meta = {
            "doc_id": entry.doc_id,
            "source_file": entry.source_file,
            "source_sha256": document.sha256,
            "review_status": state.status,
            "reviewed_by": state.reviewed_by,
            "reviewed_at": state.reviewed_at,
            "extractor_version": entry.proposal.extractor_version,
        }
        return TrainingItem(document.text, state.entities, meta)
    reason = "; ".join(problems) or "no source path was recorded"
    raise ValueError(f"{entry.doc_id}: cannot reopen the reviewed document ({reason})")


def items_from_workspace(
    workspace: Workspace,
    *,
    include_in_progress: bool = False,
    load: DocumentLoader | None = None,
) -> tuple[list[TrainingItem], list[str]]:
    """Collect the reviewed documents of a workspace as training items.

    Args:
        workspace: the autosave sidecars to read.
        include_in_progress: also take reviews not yet marked reviewed.
        load: how to open a source file (default: the app's loaders).

    Returns:
        The items, and one plain-words problem per document that was skipped.
    """
    loader = load or _default_loader
    items: list[TrainingItem] = []
    problems: list[str] = []
    for entry in workspace.entries():
        if entry.state.status != ReviewStatus.REVIEWED and not include_in_progress:
            continue
        try:
            items.append(item_for(entry, workspace, loader))
        except ValueError as exc:
            problems.append(str(exc))
    return items, problems
