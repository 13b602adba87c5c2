"""The widget tests take recorded proposals: a rule change cannot break them."""

from __future__ import annotations

from pathlib import Path

import pytest

import reviewer.core.extraction
from reviewer.core.document import Document, DocumentFormat
from tests.ui.helpers import open_and_wait
from tests.ui.recorded import RecordedExtractor


def test_the_window_opens_filings_without_the_live_rules(
    qtbot, window, filings, monkeypatch
) -> None:
    def no_rules(document):
        raise AssertionError("a widget test ran the live extractor")

    monkeypatch.setattr(reviewer.core.extraction, "extract", no_rules)
    session = open_and_wait(qtbot, window, filings[0])
    assert session.model.rowCount() == len(session.extraction.rows) > 0


def test_a_text_without_a_recording_says_how_to_record_it(tmp_path: Path) -> None:
    recorded = RecordedExtractor(tmp_path / "none.json", record=False)
    document = Document("Nobody joined.", "new.txt", "0" * 64, DocumentFormat.TEXT)
    with pytest.raises(LookupError, match="REVIEWER_RECORD_EXTRACTIONS=1"):
        recorded(document)
    assert not (tmp_path / "none.json").exists()
