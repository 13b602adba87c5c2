"""Shared fixtures of the extraction tests.

``fields``: text (and front matter) in, the filing fields out.
``extracted``: a short text in, its roster rows, filing fields, entities and
every candidate out, on the product path or (``rules_only=True``) the rule path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from reviewer.core.document import Document, DocumentFormat
from reviewer.core.entities import Entity
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
# Datelines of other dates: "immediately", "yesterday" and a date without a year
# resolve against them.
DATELINE_OCT = "RIVERTON, Oct. 6, 2026 (NEWSWIRE) -- "
DATELINE_2024 = "SPRINGFIELD, March 4, 2024 (NEWSWIRE) -- "
HK_DATE = "Hong Kong, 29 May 2026\n\n"


@dataclass
class Extracted:
    """What the extractor made of a text: its rows and every candidate."""

    rows: tuple[RosterRow, ...]
    candidates: list[Candidate]
    filing: FilingFields = field(default_factory=FilingFields)
    entities: tuple[Entity, ...] = ()

    def row(self, person: str) -> RosterRow:
        """The one row of ``person``."""
        (found,) = [r for r in self.rows if r.person == person]
        return found

    def by_person(self) -> dict[str, RosterRow]:
        """Every row, keyed by its person."""
        return {r.person: r for r in self.rows}

    def people(self) -> set[str]:
        """The text of every PERSON entity."""
        return {e.text for e in self.entities if e.label.name == "PERSON"}

    def vetoes(self, person: str) -> set[str]:
        """The ids of the vetoes that left out a candidate of ``person``."""
        return {c.veto for c in self.of(person) if c.source == "veto"}

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
    """``extracted(text, model=None, rules_only=False, **metadata)``.

    Keyword arguments beyond those are the document's metadata (``form_type``,
    ``filing_date``, ...).
    """

    def extract_text(
        text: str,
        model: Model | None = None,
        rules_only: bool = False,
        **metadata: str,
    ) -> Extracted:
        document = Document(
            text=text,
            source_path="release.txt",
            sha256="0" * 64,
            format=DocumentFormat.TEXT,
            metadata=metadata,
        )
        found: list[Candidate] = []
        filing, rows, entities = run(document, model, rules_only, sink=found)
        return Extracted(rows, found, filing, entities)

    return extract_text
