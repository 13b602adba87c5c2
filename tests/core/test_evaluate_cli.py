"""``reviewer evaluate`` end to end on documents and gold readings written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.cli import main

RELEASE = (
    "SPRINGFIELD, March 4, 2024 (NEWSWIRE) -- Acme Widgets Inc. (NYSE: ACW) today "
    "announced that Peter Quill has resigned from the Board of Directors, effective "
    "immediately, and that the Board has appointed Jane Doe as a director.\n"
)
GOLD = {
    "negative": False,
    "format": "txt",
    "company": "Acme Widgets Inc.",
    "ticker": "ACW",
    "exchange": "NYSE",
    "announcement_date": "2024-03-04",
    "dateline_city": "SPRINGFIELD",
    "board_size_after": None,
    "changes": [
        {"person": "Peter Quill", "change": "resigned", "role": "director",
         "effective_date": "immediate"},
        {"person": "Gamora Zen", "change": "appointed", "role": "director",
         "effective_date": None},
    ],
}  # fmt: skip


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    (tmp_path / "raw").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "raw" / "acme.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "raw" / "extra.txt").write_text("No gold for this one.", "utf-8")
    (tmp_path / "gold" / "acme.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return tmp_path


def test_evaluate_prints_the_figures(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["evaluate", "--gold", str(corpus_dir / "gold"), "--verbose"])
    out = capsys.readouterr().out
    assert code == 0
    assert "events: gold 2, predicted 2, matched 1" in out
    assert "event precision 0.500  recall 0.500  F1 0.500" in out
    assert "missed: Gamora Zen appointed" in out
    assert "false:  Jane Doe appointed" in out
    assert "company: 1.000" in out
    assert "skipped (no gold reading)" in out


def test_evaluate_explicit_paths_and_missing_gold(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "evaluate",
            "--gold",
            str(corpus_dir / "gold"),
            str(corpus_dir / "raw" / "acme.txt"),
        ]
    )
    assert code == 0
    assert "documents: 1" in capsys.readouterr().out
    assert main(["evaluate", "--gold", str(corpus_dir / "nowhere")]) == 2
    assert "does not exist" in capsys.readouterr().err
