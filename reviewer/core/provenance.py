"""Turn a reviewed document into dataset records, with provenance columns.

The provenance columns say who decided what: ``review_status`` (``extracted``
for the machine's proposal as is, ``reviewed`` once a person checked it),
``reviewed_by``, ``reviewed_at`` (ISO 8601 UTC, ``2026-11-26T10:00:00Z``),
``extractor_version`` and ``edited_fields``: the columns a person changed from
the machine's proposal, joined by ``"; "`` in column order.

``edited_fields`` rules:

* a roster row is compared with the machine's row of the same ``row_id``;
* a row the reviewer added (its ``row_id`` is not in the proposal) lists the
  columns set away from a blank row's defaults (a ``disagreement`` left at
  ``not_stated`` was not touched, so it is not listed);
* a filing-level column the reviewer changed is listed on every row of the
  document, since every row repeats it;
* the ``none`` row written for a document without rows lists the filing-level
  changes, plus ``change_type`` when the machine had proposed rows that the
  reviewer removed.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import UTC, datetime

from reviewer.core.document import Document
from reviewer.core.records import (
    FILING_FIELD_NAMES,
    ROW_FIELD_NAMES,
    Extraction,
    FilingFields,
    ReviewState,
    RosterRow,
)
from reviewer.core.schema import (
    COLUMN_NAMES,
    REVIEW_STATUSES,
    ChangeType,
    ReviewStatus,
)

NONE_ROW_ID = "none"

# Filing columns that are facts of an EDGAR submission's header: when the review
# leaves them empty, the document's metadata fills them.
_HEADER_FIELDS = ("form_type", "cik", "accession_number")
_ORDER = {name: index for index, name in enumerate(COLUMN_NAMES)}


def utc_timestamp(moment: datetime | None = None) -> str:
    """Return ``moment`` (default: now) as ISO 8601 UTC to the second, ``...Z``."""
    moment = moment or datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def normalise_timestamp(value: str) -> str:
    """Rewrite an ISO 8601 date-time as UTC ``YYYY-MM-DDTHH:MM:SSZ``.

    A value without a zone is taken as UTC; an empty or unparsable value is
    returned unchanged.
    """
    text = value.strip()
    if not text:
        return value
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return value
    return utc_timestamp(moment)


def mark_reviewed(
    state: ReviewState, reviewer: str, now: datetime | None = None
) -> ReviewState:
    """Return ``state`` marked as checked by ``reviewer`` at ``now`` (default: now)."""
    return replace(
        state,
        status=ReviewStatus.REVIEWED,
        reviewed_by=reviewer,
        reviewed_at=utc_timestamp(now),
    )


def mark_unreviewed(state: ReviewState) -> ReviewState:
    """Return ``state`` back to the machine's status, with no reviewer or time."""
    return replace(state, status=ReviewStatus.EXTRACTED, reviewed_by="", reviewed_at="")


def edited_fields(row: RosterRow, proposal: dict[str, RosterRow]) -> list[str]:
    """Return the row columns a person changed from the machine's proposal."""
    original = proposal.get(row.row_id)
    if original is None:  # added by hand: compare with the blank row it began as
        original = RosterRow(row_id=row.row_id)
    return [n for n in ROW_FIELD_NAMES if getattr(row, n) != getattr(original, n)]


def filing_edits(filing: FilingFields, proposed: FilingFields) -> list[str]:
    """Return the filing-level columns a person changed from the proposal."""
    return [
        name
        for name in FILING_FIELD_NAMES
        if getattr(filing, name) != getattr(proposed, name)
    ]


def _pad_cik(value: str) -> str:
    digits = value.strip()
    return digits.zfill(10) if digits.isdigit() and len(digits) <= 10 else value


def filing_values(document: Document, filing: FilingFields) -> dict[str, str]:
    """Return the filing columns, header facts filled from EDGAR metadata."""
    values = asdict(filing)
    for name in _HEADER_FIELDS:
        if not values[name]:
            values[name] = document.metadata.get(name, "")
    values["cik"] = _pad_cik(values["cik"])
    return values


def _row_values(document: Document, row: RosterRow) -> dict[str, str]:
    """Return a row's columns; evidence text and page derived from its span."""
    values = {name: getattr(row, name) for name in ROW_FIELD_NAMES}
    span = row.span()
    if span is not None and 0 <= span[0] <= span[1] <= len(document.text):
        if not values["evidence"]:
            values["evidence"] = document.text[span[0] : span[1]]
        if not values["page"]:
            page = document.page_of(span[0])
            values["page"] = "" if page is None else str(page)
    return values


def _ordered(names: set[str]) -> str:
    return "; ".join(sorted(names, key=_ORDER.__getitem__))


def build_records(
    document: Document,
    extraction: Extraction,
    state: ReviewState,
    source_file: str,
    *,
    now: datetime | None = None,
) -> list[dict[str, str]]:
    """Return the dataset rows for one document, each with ``COLUMN_NAMES`` keys.

    Args:
        document: the document as shown (its text is what offsets point into).
        extraction: the machine's proposal, the reference for ``edited_fields``.
        state: the reviewer's current version.
        source_file: the path to write in ``source_file``.
        now: the time stamped as ``reviewed_at`` on a reviewed state that has
            none yet (default: the current time).

    Raises:
        ValueError: ``state.status`` is not a known review status.
    """
    if state.status not in REVIEW_STATUSES:
        raise ValueError(
            f"unknown review status {state.status!r}; use one of {REVIEW_STATUSES}"
        )
    reviewed_at = normalise_timestamp(state.reviewed_at)
    if state.status == ReviewStatus.REVIEWED and not reviewed_at:
        reviewed_at = utc_timestamp(now)
    base = {
        "doc_id": document.doc_id,
        "source_file": source_file,
        "source_sha256": document.sha256,
        **filing_values(document, state.filing),
        "review_status": state.status,
        "reviewed_by": state.reviewed_by,
        "reviewed_at": reviewed_at,
        "extractor_version": extraction.extractor_version,
    }
    filing_changed = set(filing_edits(state.filing, extraction.filing))
    proposal = {row.row_id: row for row in extraction.rows}
    records = []
    for row in state.rows:
        changed = filing_changed | set(edited_fields(row, proposal))
        record = {**base, **_row_values(document, row), "edited_fields": ""}
        record["edited_fields"] = _ordered(changed)
        records.append({name: str(record.get(name, "")) for name in COLUMN_NAMES})
    if not records:
        changed = set(filing_changed)
        if extraction.rows:
            changed.add("change_type")
        none_row = RosterRow(row_id=NONE_ROW_ID, change_type=ChangeType.NONE)
        record = {**base, **_row_values(document, none_row)}
        record["edited_fields"] = _ordered(changed)
        records.append({name: str(record.get(name, "")) for name in COLUMN_NAMES})
    return records
