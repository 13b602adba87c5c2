"""Scoring against gold readings (DATASET.md's rules), without files."""

from __future__ import annotations

from typing import Any

import pytest

from reviewer.core.evaluate import (
    direction,
    format_report,
    names_match,
    normalise_company,
    normalise_exchange,
    score,
)
from reviewer.core.records import Extraction, FilingFields, RosterRow


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tao Zou", "Mr. Tao Zou"),
        ("Joe Rutherford", "Joseph J. Rutherford"),
        ("Zou Tao", "Tao Zou"),
        ("Martin Luther King, Jr.", "Dr. Martin Luther King"),
        ("Denise C. Park, MD", "Denise C. Park"),
        ('William "Bill" Brown', "William M. Brown"),
        ("Jane Smith, Ph.D.", "Jane Smith"),
    ],
)
def test_names_that_match(a: str, b: str) -> None:
    assert names_match(a, b)
    assert names_match(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Rafael Oduya", "Daniel S. Oduya"),
        ("Tao Zou", "Tao Zhang"),
        ("Rutherford", "Joseph Rutherford"),
        ("", "Jane Smith"),
    ],
)
def test_names_that_do_not_match(a: str, b: str) -> None:
    assert not names_match(a, b)


def test_direction_mapping() -> None:
    assert direction("appointed") == direction("elected") == "JOIN"
    for leave in ("resigned", "retired", "not_standing", "deceased", "removed"):
        assert direction(leave) == "LEAVE"
    assert direction("role_change") == "ROLE"
    assert direction("continuing") is None
    assert direction("none") is None


def test_field_normalisation() -> None:
    assert normalise_exchange("The Nasdaq Stock Market LLC") == "nasdaq"
    assert normalise_exchange("New York Stock Exchange") == normalise_exchange("NYSE")
    assert normalise_exchange("NYSE American") != normalise_exchange("NYSE")
    assert normalise_company("BEST BUY CO., INC.") == normalise_company(
        "Best Buy Co Inc"
    )
    assert normalise_company("Exelon Corporation (a Pennsylvania corporation)") == (
        normalise_company("Exelon Corporation")
    )


def _row(row_id: str, person: str, change: str, **values: str) -> RosterRow:
    return RosterRow(row_id=row_id, person=person, change_type=change, **values)


def _extraction(*rows: RosterRow, **filing: str) -> Extraction:
    return Extraction(FilingFields(**filing), tuple(rows), (), "test")


def _gold(changes: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "negative": not changes,
        "company": "Acme Inc.",
        "ticker": "ACM",
        "exchange": "NYSE",
        "announcement_date": "2024-03-04",
        "dateline_city": None,
        "board_size_after": None,
        "changes": changes,
    }
    base.update(fields)
    return base


def _change(person: str, change: str, **values: Any) -> dict[str, Any]:
    return {"person": person, "change": change, "role": "director",
            "effective_date": None, **values}  # fmt: skip


def test_precision_recall_and_matched_accuracies() -> None:
    gold = _gold(
        [
            _change("Tao Zou", "resigned", effective_date="immediate"),
            _change(
                "Jane Doe",
                "appointed",
                effective_date="2024-04-01",
                role="Audit Committee Chair",
            ),  # fmt: skip
            _change("Ann Lee", "retired"),
        ]
    )
    extraction = _extraction(
        _row("m1", "Zou Tao", "resigned", effective_date="2024-03-04"),
        _row("m2", "Jane Q. Doe", "elected", effective_date="2024-04-02",
             role="audit committee chair"),  # fmt: skip
        _row("m3", "Ann Lee", "appointed"),  # wrong direction: a miss and a false
        _row("m4", "Bob Roy", "continuing"),  # not an event
        company="ACME INC", ticker="ACM", exchange="New York Stock Exchange",
        announcement_date="2024-03-04",
    )  # fmt: skip
    report = score([("doc", gold, extraction)])
    assert (report.tp, report.fp, report.fn) == (2, 1, 1)
    assert report.precision == pytest.approx(2 / 3)
    assert report.recall == pytest.approx(2 / 3)
    assert report.f1 == pytest.approx(2 / 3)
    assert report.accuracy("type") == 1.0  # appointed == elected
    assert report.accuracy("date") == 0.5  # immediate ok, April 2 wrong
    assert report.accuracy("role") == 1.0
    assert report.accuracy("company") == 1.0
    assert report.accuracy("exchange") == 1.0
    assert report.accuracy("dateline_city") == 1.0  # both empty
    (doc,) = report.docs
    assert [c["person"] for c in doc.missed] == ["Ann Lee"]
    assert [r["person"] for r in doc.false] == ["Ann Lee"]


def test_immediate_matches_the_wording_too() -> None:
    gold = _gold([_change("Tao Zou", "resigned", effective_date="immediate")])
    extraction = _extraction(
        _row(
            "m1",
            "Tao Zou",
            "resigned",
            effective_date="2024-03-01",
            effective_text="effective immediately",
        )  # fmt: skip
    )
    assert score([("doc", gold, extraction)]).accuracy("date") == 1.0


def test_negative_documents_with_events_are_counted() -> None:
    negative = _gold([])
    quiet = _extraction()
    noisy = _extraction(_row("m1", "Ann Lee", "elected"))
    report = score([("a", negative, quiet), ("b", negative, noisy)])
    assert (report.negatives, report.negatives_with_events) == (2, 1)
    assert report.fp == 1


def test_report_lines_name_the_figures_and_details() -> None:
    gold = _gold([_change("Tao Zou", "resigned")])
    report = score([("doc-1", gold, _extraction())])
    lines = "\n".join(format_report(report, verbose=True))
    assert "event precision" in lines
    assert "negative documents with any event: 0 of 0" in lines
    assert "missed: Tao Zou resigned" in lines
    assert "-- doc-1" in lines


def test_continuing_gold_rows_are_not_events() -> None:
    # DATASET.md: rows with `continuing` or `none` are not events, in gold either
    gold = _gold([_change("Tao Zou", "resigned"), _change("Bob Roy", "continuing")])
    extraction = _extraction(_row("m1", "Tao Zou", "resigned"))
    report = score([("doc", gold, extraction)])
    assert (report.tp, report.fp, report.fn) == (1, 0, 0)
    assert report.docs[0].missed == []
