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

# The batches the extractor was tuned on. A new batch (gn-*, ...) is scored untouched
# first and its figures recorded in data/corpus/README.md ("Batches"); it joins these
# floors only once it is tuned on.
TUNED_BATCHES = ("seed-", "gh-", "gr-")


@pytest.fixture
def report(corpus: Path) -> Report:
    """The evaluation of the whole corpus, computed once per session."""
    if corpus not in _REPORTS:
        _REPORTS[corpus] = _evaluate(corpus)
    return _REPORTS[corpus]


def _evaluate(corpus: Path) -> Report:
    items = []
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        if not gold_path.stem.startswith(TUNED_BATCHES):
            continue
        raw = sorted((corpus / "raw").glob(gold_path.stem + ".*"))
        assert raw, f"no raw document for {gold_path.name}"
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        items.append((gold_path.stem, gold, extract(load_document(raw[0]))))
    return score(items)


# Floors at the figures extractor 1.5.0 (rules and the shipped decision model, which
# was trained on these documents) reaches on the 92 real documents (gh-*, gr-* and the
# seed); they only ever rise. The honest estimate is the cross-validated one
# (tests/core/extraction/test_cross_validation.py).
# (2 December 2026, after the #12 recall work: P 0.962, R 0.922, F1 0.942, no
# negative hit; the gn-* batch's events were worked on too - 132 documents: P 0.957,
# R 0.881, F1 0.917 - but its filing fields were not, so it stays out of these.
# With the gv batch in the model's training data: P 0.962, R 0.916, F1 0.938.)
def test_events_are_found(report: Report) -> None:
    assert report.f1 >= 0.93, f"P {report.precision:.3f} R {report.recall:.3f}"
    assert report.precision >= 0.95
    assert report.recall >= 0.91


def test_negative_documents_get_few_events(report: Report) -> None:
    assert report.negatives >= 19
    assert report.negatives_with_events <= 0


def test_matched_events_are_typed_dated_and_placed(report: Report) -> None:
    assert report.accuracy("type") >= 0.99
    # 0.90 -> 0.89 with the recall work of 2 December 2026 (docs/extraction.md §14):
    # 8 more events are matched, 6 of them with the right date, so right dates rose
    # from 137 to 143 while the share fell from 0.901 (137/152) to 0.894 (143/160).
    # The two without one: "Lau Rui Sheng, Ian has been appointed" (the date is stated
    # for all changes two sentences before) and a successor "following" a
    # predecessor's dated resignation.
    assert report.accuracy("date") >= 0.89
    assert report.accuracy("role") >= 0.90


def test_filing_fields(report: Report) -> None:
    floors = {
        # the filing fields' rules (docs/fields.md); the quarter held out while
        # writing them reads company 0.91, ticker 0.91, exchange 0.96, date 0.96,
        # dateline 0.96
        "company": 0.94,
        "ticker": 0.96,
        "exchange": 0.97,
        "announcement_date": 0.98,
        "dateline_city": 0.98,
        "board_size_after": 0.95,
    }
    for name, floor in floors.items():
        assert report.accuracy(name) >= floor, name
