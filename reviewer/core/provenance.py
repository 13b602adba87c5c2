"""Turn a reviewed document into dataset records, with provenance columns."""

from __future__ import annotations

from dataclasses import asdict

from reviewer.core.document import Document
from reviewer.core.records import ROW_FIELD_NAMES, Extraction, ReviewState, RosterRow
from reviewer.core.schema import COLUMN_NAMES


def edited_fields(row: RosterRow, proposal: dict[str, RosterRow]) -> list[str]:
    """Return the row columns a person changed from the machine's proposal."""
    original = proposal.get(row.row_id)
    if original is None:
        return [name for name in ROW_FIELD_NAMES if getattr(row, name)]
    return [n for n in ROW_FIELD_NAMES if getattr(row, n) != getattr(original, n)]


def build_records(
    document: Document,
    extraction: Extraction,
    state: ReviewState,
    source_file: str,
) -> list[dict[str, str]]:
    """Return the dataset rows for one document, in ``COLUMN_NAMES`` order."""
    base = {
        "doc_id": document.doc_id,
        "source_file": source_file,
        "source_sha256": document.sha256,
        **asdict(state.filing),
        "review_status": state.status,
        "reviewed_by": state.reviewed_by,
        "reviewed_at": state.reviewed_at,
        "extractor_version": extraction.extractor_version,
    }
    proposal = {row.row_id: row for row in extraction.rows}
    rows = state.rows or (RosterRow(row_id="none", change_type="none"),)
    records = []
    for row in rows:
        values = {name: getattr(row, name) for name in ROW_FIELD_NAMES}
        values["edited_fields"] = "; ".join(edited_fields(row, proposal))
        record = {**base, **values}
        records.append({name: str(record.get(name, "")) for name in COLUMN_NAMES})
    return records
