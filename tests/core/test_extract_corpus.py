"""The extractor on the development corpus: the figures it reaches, kept there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.core.evaluate import Report, score
from reviewer.core.extraction import extract
from reviewer.io.loaders import load_document

pytestmark = pytest.mark.corpus


_REPORTS: dict[Path, Report] = {}


@pytest.fixture
def report(corpus: Path) -> Report:
    """The evaluation of the whole corpus, computed once per session."""
    if corpus not in _REPORTS:
        _REPORTS[corpus] = _evaluate(corpus)
    return _REPORTS[corpus]


def _evaluate(corpus: Path) -> Report:
    items = []
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        raw = sorted((corpus / "raw").glob(gold_path.stem + ".*"))
        assert raw, f"no raw document for {gold_path.name}"
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        items.append((gold_path.stem, gold, extract(load_document(raw[0]))))
    return score(items)


def test_events_are_found(report: Report) -> None:
    assert report.f1 >= 0.95, f"P {report.precision:.3f} R {report.recall:.3f}"
    assert report.precision >= 0.97
    assert report.recall >= 0.95


def test_negative_documents_get_no_event(report: Report) -> None:
    assert report.negatives >= 1
    assert report.negatives_with_events == 0


def test_matched_events_are_typed_dated_and_placed(report: Report) -> None:
    assert report.accuracy("type") >= 0.95
    assert report.accuracy("date") >= 0.95
    assert report.accuracy("role") >= 0.93


def test_filing_fields(report: Report) -> None:
    for name in ("company", "ticker", "announcement_date", "exchange", "dateline_city"):
        assert report.accuracy(name) >= 0.93, name
    assert report.accuracy("board_size_after") >= 0.85
