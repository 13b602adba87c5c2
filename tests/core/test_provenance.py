"""build_records: one row per roster row, provenance columns, edited_fields."""

from __future__ import annotations

import math
from array import array
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from reviewer.core.document import Document, PageLayout
from reviewer.core.provenance import (
    build_records,
    mark_reviewed,
    normalise_timestamp,
    utc_timestamp,
)
from reviewer.core.records import ReviewState, RosterRow
from reviewer.core.schema import COLUMN_NAMES
from tests.io.review_factory import make_document, make_extraction, make_review


def _by_person(records: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {r["person"]: r for r in records}


def test_unedited_proposal_has_no_edited_fields_and_all_columns() -> None:
    doc = make_document()
    ext = make_extraction(doc)
    records = build_records(doc, ext, ReviewState.from_extraction(ext), "filing.txt")
    assert [list(r) for r in records] == [list(COLUMN_NAMES)] * 2
    assert {r["edited_fields"] for r in records} == {""}
    assert {r["review_status"] for r in records} == {"extracted"}
    assert {r["reviewed_at"] for r in records} == {""}
    assert {r["doc_id"] for r in records} == {doc.sha256[:16]}
    assert records[0]["extractor_version"] == "test-1"


def test_edited_fields_per_row_id_and_added_rows_list_what_was_set() -> None:
    doc = make_document()
    ext = make_extraction(doc)
    rows = _by_person(build_records(doc, ext, make_review(ext), "filing.txt"))
    assert rows["Tao Zou"]["edited_fields"] == "role; reason"
    assert rows["Jane Roe"]["edited_fields"] == ""
    # Added by hand: disagreement was left at its default, so it is not listed.
    assert rows["Li Wei"]["edited_fields"] == "person; change_type"
    assert rows["Tao Zou"]["reviewed_by"] == "ana"
    assert rows["Tao Zou"]["reviewed_at"] == "2026-11-26T10:00:00Z"


def test_filing_level_edit_is_listed_on_every_row() -> None:
    doc = make_document()
    ext = make_extraction(doc)
    state = make_review(ext)
    state = replace(state, filing=replace(state.filing, ticker="ACMEX"))
    records = build_records(doc, ext, state, "filing.txt")
    assert all("ticker" in r["edited_fields"].split("; ") for r in records)
    assert _by_person(records)["Tao Zou"]["edited_fields"] == "ticker; role; reason"
    assert {r["ticker"] for r in records} == {"ACMEX"}


def test_document_without_rows_gets_one_none_row() -> None:
    doc = make_document()
    ext = make_extraction(doc)
    removed = replace(ReviewState.from_extraction(ext), rows=())
    [record] = build_records(doc, ext, removed, "f.txt")
    assert record["change_type"] == "none"
    assert record["person"] == ""
    assert record["company"] == "Acme Holdings, Inc."
    assert record["edited_fields"] == "change_type"  # the reviewer removed rows
    empty = replace(ext, rows=())
    [record] = build_records(doc, empty, ReviewState.from_extraction(empty), "f.txt")
    assert (record["change_type"], record["edited_fields"]) == ("none", "")


def test_evidence_text_and_page_come_from_the_span() -> None:
    text = "first page text. " * 3 + "Second page: Jane Roe was appointed."
    page2 = text.index("Second")
    layout = PageLayout(
        page_sizes=((612.0, 792.0), (612.0, 792.0)),
        page_starts=(0, page2),
        boxes=array("d", [math.nan] * 4 * len(text)),
    )
    doc = Document(
        text=text,
        source_path="a.pdf",
        sha256="ab" * 32,
        format=make_document().format,
        layout=layout,
    )
    start = text.index("Jane")
    row = RosterRow(
        row_id="m1",
        person="Jane Roe",
        change_type="appointed",
        evidence_start=str(start),
        evidence_end=str(len(text)),
    )
    ext = replace(make_extraction(make_document()), rows=(row,))
    [record] = build_records(doc, ext, ReviewState.from_extraction(ext), "a.pdf")
    assert record["evidence"] == "Jane Roe was appointed."
    assert record["page"] == "2"
    assert (record["evidence_start"], record["evidence_end"]) == (
        str(start),
        str(len(text)),
    )


def test_edgar_header_facts_fill_empty_filing_fields() -> None:
    base = make_document()
    doc = replace(
        base,
        metadata={
            "form_type": "8-K",
            "cik": "1012345",
            "accession_number": "0001012345-20-000123",
        },
    )
    ext = make_extraction(base)
    records = build_records(doc, ext, ReviewState.from_extraction(ext), "x.txt")
    assert records[0]["form_type"] == "8-K"
    assert records[0]["cik"] == "0001012345"
    assert records[0]["accession_number"] == "0001012345-20-000123"


def test_reviewed_state_is_stamped_in_utc() -> None:
    doc = make_document()
    ext = make_extraction(doc)
    state = replace(ReviewState.from_extraction(ext), status="reviewed")
    moment = datetime(2026, 11, 26, 10, 0, 0, tzinfo=UTC)
    records = build_records(doc, ext, state, "x", now=moment)
    assert {r["reviewed_at"] for r in records} == {"2026-11-26T10:00:00Z"}
    local = replace(state, reviewed_at="2026-11-26T12:30:00+02:00")
    records = build_records(doc, ext, local, "x")
    assert records[0]["reviewed_at"] == "2026-11-26T10:30:00Z"


def test_timestamps() -> None:
    assert utc_timestamp(datetime(2026, 1, 2, 3, 4, 5)) == "2026-01-02T03:04:05Z"
    assert normalise_timestamp("2026-01-02T03:04:05.123456Z") == "2026-01-02T03:04:05Z"
    assert normalise_timestamp("yesterday") == "yesterday"
    assert normalise_timestamp("") == ""


def test_unknown_review_status_is_refused() -> None:
    doc = make_document()
    ext = make_extraction(doc)
    with pytest.raises(ValueError, match="review status"):
        build_records(doc, ext, replace(make_review(ext), status="done"), "x")


def test_mark_reviewed() -> None:
    doc = make_document()
    ext = make_extraction(doc)
    moment = datetime(2026, 11, 26, 10, 0, 0, tzinfo=UTC)
    state = mark_reviewed(ReviewState.from_extraction(ext), "ana", moment)
    assert (state.status, state.reviewed_by, state.reviewed_at) == (
        "reviewed",
        "ana",
        "2026-11-26T10:00:00Z",
    )


def test_mark_unreviewed_forgets_who_and_when() -> None:
    from reviewer.core.provenance import mark_unreviewed

    ext = make_extraction(make_document())
    moment = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
    marked = mark_reviewed(ReviewState.from_extraction(ext), "ana", moment)
    assert marked.reviewed_at == "2026-11-26T10:00:00Z"
    back = mark_unreviewed(marked)
    assert (back.status, back.reviewed_by, back.reviewed_at) == ("extracted", "", "")
    assert back.filing == marked.filing
