"""Shared fixtures of the extraction tests.

``fields``: text (and front matter) in, the filing fields out.
``extracted``: a short text in, its roster rows and every candidate out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from reviewer.core.document import Document, DocumentFormat
from reviewer.core.extraction import extract
from reviewer.core.extraction.candidates import Candidate
from reviewer.core.extraction.decision import Model
from reviewer.core.extraction.engine import run
from reviewer.core.records import FilingFields, RosterRow

Fields = Callable[..., FilingFields]


def fields_of(text: str, **front_matter: str) -> FilingFields:
    """Extract ``text`` as a plain-text release; keyword arguments are front matter."""
    document = Document(
        text=text,
        source_path="release.txt",
        sha256="f" * 64,
        format=DocumentFormat.TEXT,
        metadata={f"front_matter.{k}": v for k, v in front_matter.items()},
    )
    return extract(document).filing


@pytest.fixture
def fields() -> Fields:
    return fields_of


DATELINE = "FERNDALE, Nov. 3, 2026 (NEWSWIRE) -- "


@dataclass
class Extracted:
    """What the extractor made of a text: its rows and every candidate."""

    rows: tuple[RosterRow, ...]
    candidates: list[Candidate]

    def row(self, person: str) -> RosterRow:
        """The one row of ``person``."""
        (found,) = [r for r in self.rows if r.person == person]
        return found

    def of(self, person: str, direction: str | None = None) -> list[Candidate]:
        """The candidates of ``person`` (in one direction)."""
        return [
            c
            for c in self.candidates
            if c.event.person.name == person
            and (direction is None or c.event.direction == direction)
        ]


@pytest.fixture
def extracted() -> Callable[..., Extracted]:
    """``extracted(text, model=None, rules_only=False)``: rows and candidates."""

    def extract_text(
        text: str, model: Model | None = None, rules_only: bool = False
    ) -> Extracted:
        document = Document(
            text=text,
            source_path="release.txt",
            sha256="0" * 64,
            format=DocumentFormat.TEXT,
        )
        found: list[Candidate] = []
        _, rows, _ = run(document, model, rules_only, sink=found)
        return Extracted(rows, found)

    return extract_text
