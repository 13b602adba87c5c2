"""``reviewer evaluate --why``: candidate recall, and each miss's reason."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

from reviewer.cli import main
from reviewer.core.candidate_recall import NO_CANDIDATE, REJECTED

TEXT = (
    "FERNDALE, Nov. 3, 2026 (NEWSWIRE) -- Corvane Inc. today announced that the "
    "Board of Directors has appointed Ann Lee as an independent director, effective "
    "immediately. The Board also appointed Tamsin Okonkwo as Chief Financial "
    "Officer.\n"
)


def _gold(changes: list[dict[str, Any]]) -> dict[str, Any]:
    return {"doc_id": "a", "negative": False, "changes": changes}


def _evaluate(tmp_path: Path, *flags: str) -> str:
    (tmp_path / "raw").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "raw" / "a.txt").write_text(TEXT, encoding="utf-8")
    changes = [
        {"person": "Ann Lee", "change": "appointed"},
        # vetoed as an officer title: a candidate the rule path drops
        {"person": "Tamsin Okonkwo", "change": "appointed"},
        # nowhere in the text: no candidate
        {"person": "Hugo Brandt", "change": "resigned"},
        {"person": "Odile Marchetti", "change": "continuing"},  # not an event
    ]
    (tmp_path / "gold" / "a.json").write_text(json.dumps(_gold(changes)))
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        main(["evaluate", "--gold", str(tmp_path / "gold"), "--rules-only", *flags])
    return printed.getvalue()


def test_why_counts_candidates_and_splits_the_misses(tmp_path: Path) -> None:
    figures = json.loads(_evaluate(tmp_path, "--why", "--json"))
    assert figures["event"]["matched"] == 1
    assert figures["candidates"] == {
        "gold_events": 3,
        "with_candidate": 2,
        "recall": 0.6667,
        "missed_no_candidate": 1,
        "missed_rejected": 1,
    }


def test_why_lists_each_miss_with_its_reason(tmp_path: Path) -> None:
    printed = _evaluate(tmp_path, "--why")
    assert "candidate recall: 2/3 (0.667)" in printed
    (no_candidate,) = [line for line in printed.splitlines() if NO_CANDIDATE in line]
    assert "Hugo Brandt resigned" in no_candidate
    (rejected,) = [line for line in printed.splitlines() if REJECTED in line]
    assert "Tamsin Okonkwo appointed" in rejected
    assert "veto:officer_title" in rejected  # the best candidate's rules


def test_without_why_the_json_has_no_candidate_figures(tmp_path: Path) -> None:
    assert "candidates" not in json.loads(_evaluate(tmp_path, "--json"))
