"""Small documents, proposals and reviews for the dataset and autosave tests."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from reviewer.core.document import Document, DocumentFormat
from reviewer.core.entities import Entity, EntityLabel, Origin
from reviewer.core.records import Extraction, FilingFields, ReviewState, RosterRow
from reviewer.io.loaders import load_document

TEXT = (
    "BEIJING, December 14, 2020 — Acme Holdings, Inc. (Nasdaq: ACME) today announced "
    "that Mr. Tao Zou resigned as a director for personal reasons, with immediate "
    "effect.\nThe board appointed Ms. Jane Roe as an independent director.\n"
)


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def make_document(
    tmp: Path | None = None, text: str = TEXT, name: str = "filing.txt"
) -> Document:
    """A text document; written to ``tmp/name`` when a folder is given."""
    data = text.encode("utf-8")
    source = str(tmp / name) if tmp is not None else name
    if tmp is not None:
        (tmp / name).write_bytes(data)
        # What the app shows: the loader's text, so offsets agree with a reload.
        return load_document(tmp / name)
    return Document(
        text=text,
        source_path=source,
        sha256=hashlib.sha256(data).hexdigest(),
        format=DocumentFormat.TEXT,
    )


def make_extraction(document: Document) -> Extraction:
    """The machine's proposal: two rows with evidence spans and entities."""
    text = document.text
    s1, e1 = _span(text, "Mr. Tao Zou resigned")
    s2, e2 = _span(text, "The board appointed Ms. Jane Roe as an independent director.")
    rows = (
        RosterRow(
            row_id="m1",
            person="Tao Zou",
            change_type="resigned",
            role="director",
            effective_date="2020-12-14",
            effective_text="with immediate effect",
            reason="personal reasons",
            evidence_start=str(s1),
            evidence_end=str(e1),
        ),
        RosterRow(
            row_id="m2",
            person="Jane Roe",
            change_type="appointed",
            role="independent director",
            independent="true",
            evidence_start=str(s2),
            evidence_end=str(e2),
        ),
    )
    entities = []
    for label, needle in (
        (EntityLabel.DATELINE, "BEIJING"),
        (EntityLabel.COMPANY, "Acme Holdings, Inc."),
        (EntityLabel.PERSON, "Tao Zou"),
        (EntityLabel.PERSON, "Jane Roe"),
    ):
        start, end = _span(text, needle)
        entities.append(Entity(start, end, label, needle, 0.9))
    return Extraction(
        filing=FilingFields(
            company="Acme Holdings, Inc.",
            ticker="ACME",
            exchange="Nasdaq",
            announcement_date="2020-12-14",
            dateline_city="BEIJING",
        ),
        rows=rows,
        entities=tuple(sorted(entities, key=lambda e: e.start)),
        extractor_version="test-1",
    )


def make_review(extraction: Extraction, reviewer: str = "ana") -> ReviewState:
    """A reviewed state: one row edited, one added, an entity added."""
    state = ReviewState.from_extraction(extraction)
    edited = replace(state.rows[0], role="chairman", reason="")
    added = RosterRow(row_id="u1", person="Li Wei", change_type="appointed")
    extra = Entity(0, 7, EntityLabel.DATELINE, "BEIJING", 1.0, Origin.USER)
    return replace(
        state,
        rows=(edited, state.rows[1], added),
        entities=(*state.entities, extra),
        status="reviewed",
        reviewed_by=reviewer,
        reviewed_at="2026-11-26T10:00:00Z",
    )
