"""What the extractor proposes and the reviewer edits: filing fields and roster rows.

Values are kept as the strings the dataset writes (``""`` for empty), so what the
table shows, what the CSV holds and what pandas reads back are the same text.
Validation and normalisation live in :mod:`reviewer.core.edits`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from reviewer.core.entities import Entity
from reviewer.core.schema import ChangeType, ReviewStatus


@dataclass(frozen=True)
class FilingFields:
    """The document-level columns of the dataset."""

    form_type: str = ""
    cik: str = ""
    accession_number: str = ""
    company: str = ""
    ticker: str = ""
    exchange: str = ""
    announcement_date: str = ""
    dateline_city: str = ""
    board_size_after: str = ""
    independent_directors_after: str = ""


@dataclass(frozen=True)
class RosterRow:
    """One person in one board capacity and change.

    Attributes:
        row_id: stable identity within a document's review (machine rows ``m1``,
            ``m2``...; rows the reviewer adds ``u1``...), used to compute
            ``edited_fields`` against the machine's proposal.
        evidence_start: offset of the evidence sentence in the document text.
        evidence_end: end offset (exclusive).
        page: 1-based page of the evidence for PDFs, as text; else empty.
    """

    row_id: str
    person: str = ""
    change_type: str = ChangeType.NONE
    role: str = ""
    effective_date: str = ""
    effective_text: str = ""
    reason: str = ""
    disagreement: str = "not_stated"
    nominated_by: str = ""
    independent: str = ""
    committees: str = ""
    evidence: str = ""
    evidence_start: str = ""
    evidence_end: str = ""
    page: str = ""
    # ids of the extraction rules (and the decision model) that produced the row;
    # not a dataset column, not part of a row's identity or of its edits
    rules: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def span(self) -> tuple[int, int] | None:
        """Return the evidence span as integers, or None when it is unknown."""
        try:
            return int(self.evidence_start), int(self.evidence_end)
        except ValueError:
            return None


FILING_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(FilingFields))
ROW_FIELD_NAMES: tuple[str, ...] = tuple(
    f.name for f in fields(RosterRow) if f.name not in ("row_id", "rules")
)


@dataclass(frozen=True)
class Extraction:
    """The machine's proposal for one document.

    Attributes:
        filing: proposed filing fields.
        rows: proposed roster rows.
        entities: every entity found, sorted by start offset.
        extractor_version: version of the extractor that made the proposal.
    """

    filing: FilingFields
    rows: tuple[RosterRow, ...]
    entities: tuple[Entity, ...]
    extractor_version: str


@dataclass(frozen=True)
class ReviewState:
    """A reviewer's current version of a document's records.

    Starts as a copy of the machine's :class:`Extraction`; every edit produces a
    new state, so undo can restore an old one and autosave can write it whole.
    """

    filing: FilingFields
    rows: tuple[RosterRow, ...]
    entities: tuple[Entity, ...]
    status: str = ReviewStatus.EXTRACTED
    reviewed_by: str = ""
    reviewed_at: str = ""

    @classmethod
    def from_extraction(cls, extraction: Extraction) -> ReviewState:
        """Start a review from the machine's proposal."""
        return cls(
            filing=extraction.filing,
            rows=extraction.rows,
            entities=extraction.entities,
        )
