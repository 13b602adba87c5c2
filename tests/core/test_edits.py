"""Cell and form value rules (no Qt)."""

from __future__ import annotations

import pytest

from reviewer.core import edits
from reviewer.core.records import FilingFields, RosterRow
from reviewer.core.schema import column


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2020-12-14", "2020-12-14"),
        (" 2020-1-5 ", "2020-01-05"),
        ("December 14, 2020", "2020-12-14"),
        ("14 December 2020", "2020-12-14"),
        ("Dec. 14, 2020", "2020-12-14"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_normalize_date_accepts_iso_and_long_forms(raw: str, expected: str) -> None:
    assert edits.normalize_date(raw) == expected


@pytest.mark.parametrize(
    "raw", ["2020-02-30", "2021-02-29", "2020-13-01", "yesterday", "14/12"]
)
def test_normalize_date_rejects_impossible_dates(raw: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        edits.normalize_date(raw)


def test_leap_day_is_a_date() -> None:
    assert edits.normalize_date("2020-02-29") == "2020-02-29"


def test_integer_rules() -> None:
    assert edits.normalize_integer("07") == "7"
    assert edits.normalize_integer("1,200") == "1200"
    assert edits.normalize_integer("") == ""
    for bad in ("-1", "seven", "2.5"):
        with pytest.raises(ValueError, match="whole number"):
            edits.normalize_integer(bad)


def test_bool_and_choice_rules() -> None:
    assert edits.normalize_bool("Yes") == "true"
    assert edits.normalize_bool("false") == "false"
    assert edits.normalize_bool("") == ""
    with pytest.raises(ValueError, match="true, false"):
        edits.normalize_bool("maybe")
    change = column("change_type")
    assert edits.normalize_choice(change, "Not standing") == "not_standing"
    with pytest.raises(ValueError, match="appointed"):
        edits.normalize_choice(change, "fired")


def test_with_row_field_normalises_and_keeps_identity() -> None:
    row = RosterRow(row_id="m1", person="Tao Zou")
    new = edits.with_row_field(row, "effective_date", "December 14, 2020")
    assert new.effective_date == "2020-12-14"
    assert new.row_id == "m1"
    assert row.effective_date == ""  # the original is untouched
    assert edits.with_row_field(row, "person", "  Tao   Zou ").person == "Tao Zou"
    assert (
        edits.with_row_field(row, "committees", "audit, compensation;").committees
        == "audit; compensation"
    )


@pytest.mark.parametrize("name", ["evidence_start", "page", "row_id", "doc_id", "x"])
def test_with_row_field_refuses_derived_and_unknown_columns(name: str) -> None:
    with pytest.raises(ValueError, match=name):
        edits.with_row_field(RosterRow(row_id="m1"), name, "1")


def test_with_filing_field_validates_by_kind() -> None:
    filing = edits.with_filing_field(FilingFields(), "board_size_after", " 7 ")
    assert filing.board_size_after == "7"
    with pytest.raises(ValueError, match="whole number"):
        edits.with_filing_field(filing, "board_size_after", "seven")
    with pytest.raises(ValueError, match="person"):
        edits.with_filing_field(filing, "person", "Tao Zou")


def test_with_evidence_sets_offsets_and_page() -> None:
    row = edits.with_evidence(RosterRow(row_id="u1"), " He  resigned.\n", 10, 25, 2)
    assert (row.evidence, row.evidence_start, row.evidence_end, row.page) == (
        "He resigned.",
        "10",
        "25",
        "2",
    )
    assert edits.with_evidence(row, "x", 0, 1, None).page == ""


def test_sentence_around_finds_the_enclosing_sentence() -> None:
    text = "First one. Mr. Ann Lee joined the board today. Last.\n\nNext para."
    start = text.index("Ann Lee")
    begin, end = edits.sentence_around(text, start, start + 7)
    assert text[begin:end] == "Mr. Ann Lee joined the board today."
    para = text.index("Next")
    begin, end = edits.sentence_around(text, para, para + 4)
    assert text[begin:end] == "Next para."


def test_sentence_around_uses_the_extractors_sentences() -> None:
    text = (
        "The Board elected Alexander E. Aikens, III, Lisa M. Mooney and Dr. Ann Lee "
        "as directors. Each will serve on the Audit Committee.\n\nNext para."
    )
    start = text.index("Lisa M. Mooney")
    begin, end = edits.sentence_around(text, start, start + len("Lisa M. Mooney"))
    assert text[begin:end] == text[: text.index(" Each")]
    # A caret (empty span) and a span across two sentences.
    caret = text.index("Audit")
    assert text[slice(*edits.sentence_around(text, caret, caret))].startswith("Each")
    both = edits.sentence_around(text, start, caret)
    assert both == (0, text.index("\n\n"))
    blank = text.index("\n\n") + 1
    assert edits.sentence_around(text, blank, blank + 1) == (blank, blank + 1)


def test_next_row_id_skips_taken_ids() -> None:
    rows = [RosterRow(row_id="m1"), RosterRow(row_id="u1"), RosterRow(row_id="u3")]
    assert edits.next_row_id(rows) == "u2"
    assert edits.next_row_id([]) == "u1"


def test_typing_evidence_by_hand_forgets_the_old_offsets() -> None:
    row = edits.with_evidence(RosterRow(row_id="m1"), "He resigned.", 10, 22, 1)
    typed = edits.with_row_field(row, "evidence", "He resigned today.")
    assert typed.evidence == "He resigned today."
    assert typed.span() is None
    assert typed.page == ""
    same = edits.with_row_field(row, "evidence", " He  resigned. ")
    assert same.span() == (10, 22)  # the same sentence keeps its place
