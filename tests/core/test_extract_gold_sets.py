"""The extractor on the four gold sets written for this repository.

Each set under ``tests/data`` (heldout, final, blind, unseen) was written apart from
the development corpus and from the extractor's rules, measured untouched first,
then used for one round of general fixes (see the README's extraction figures).
The thresholds are the figures reached after that round with a margin of about one
event or field: a change that loses a case fails here. They show fit, not an
unbiased estimate for new announcements.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from reviewer.core.evaluate import FIELDS, Report, score
from reviewer.core.extraction import extract
from reviewer.io.loaders import load_document

DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True)
class Expected:
    """What one set must keep: its size and the lowest figures allowed."""

    documents: int
    negatives: int
    events: float  # precision, recall and F1
    type: float
    date: float
    role: float
    fields: float


SETS = {
    "heldout": Expected(
        16, 4, events=0.96, type=0.96, date=0.96, role=0.93, fields=0.93
    ),
    # role 0.86: this set's gold writes a new director's committee chair differently
    # from the other sets (see its notes); one event's worth below what is reached.
    "final": Expected(20, 5, events=0.96, type=0.96, date=0.94, role=0.86, fields=0.94),
    "blind": Expected(20, 5, events=0.97, type=0.96, date=0.95, role=0.97, fields=0.94),
    "unseen": Expected(
        20, 6, events=0.97, type=0.97, date=0.94, role=0.94, fields=0.95
    ),
}


@cache
def _report(name: str) -> Report:
    folder = DATA / name
    items = []
    for gold_path in sorted((folder / "gold").glob("*.json")):
        raw = sorted((folder / "raw").glob(gold_path.stem + ".*"))
        assert raw, f"no raw document for {gold_path.name}"
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        items.append((gold_path.stem, gold, extract(load_document(raw[0]))))
    return score(items)


@pytest.fixture(params=sorted(SETS))
def gold_set(request: pytest.FixtureRequest) -> tuple[Report, Expected]:
    """One set's evaluation and what it must keep."""
    return _report(request.param), SETS[request.param]


def test_the_set_is_complete(gold_set: tuple[Report, Expected]) -> None:
    report, expected = gold_set
    assert len(report.docs) == expected.documents
    assert report.negatives == expected.negatives


def test_events_are_found(gold_set: tuple[Report, Expected]) -> None:
    report, expected = gold_set
    figures = f"P {report.precision:.3f} R {report.recall:.3f} F1 {report.f1:.3f}"
    assert report.precision >= expected.events, figures
    assert report.recall >= expected.events, figures
    assert report.f1 >= expected.events, figures


def test_negative_documents_get_no_event(gold_set: tuple[Report, Expected]) -> None:
    report, _ = gold_set
    assert report.negatives_with_events == 0


def test_matched_events_are_typed_dated_and_placed(
    gold_set: tuple[Report, Expected],
) -> None:
    report, expected = gold_set
    assert report.accuracy("type") >= expected.type
    assert report.accuracy("date") >= expected.date
    assert report.accuracy("role") >= expected.role


def test_filing_fields(gold_set: tuple[Report, Expected]) -> None:
    report, expected = gold_set
    for name in FIELDS:
        assert report.accuracy(name) >= expected.fields, name
