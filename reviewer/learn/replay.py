"""Gold readings turned into reviewed dataset rows, as an analyst would save them.

The learning-curve benchmark and the tests "review" corpus documents this way:
each gold change becomes a row with ``review_status = reviewed`` (a document
without changes one ``change_type = none`` row), written by the dataset writer
in the DATASET.md contract, its ``source_file`` relative to the dataset's folder
when the document lies below it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from reviewer.core.schema import ChangeType, ReviewStatus

REVIEWER = "replay"
REVIEWED_AT = "2026-12-02T00:00:00Z"


def reviewed_records(
    raw: Path, gold: dict[str, Any], dataset: Path
) -> list[dict[str, str]]:
    """The reviewed dataset rows of one document read as ``gold`` says."""
    from reviewer.io.dataset import source_file_for

    sha = hashlib.sha256(raw.read_bytes()).hexdigest()
    base = {
        "doc_id": sha[:16],
        "source_file": source_file_for(raw, dataset),
        "source_sha256": sha,
        "company": str(gold.get("company") or ""),
        "review_status": ReviewStatus.REVIEWED,
        "reviewed_by": REVIEWER,
        "reviewed_at": REVIEWED_AT,
        "extractor_version": "gold",
    }
    rows = []
    for change in gold.get("changes", []):
        date = str(change.get("effective_date") or "")
        rows.append(
            {
                **base,
                "person": str(change.get("person") or ""),
                "change_type": str(change.get("change") or ""),
                "role": str(change.get("role") or ""),
                "effective_date": "" if date == "immediate" else date,
            }
        )
    return rows or [{**base, "change_type": ChangeType.NONE}]


def write_reviewed(dataset: Path, items: Iterable[tuple[Path, Path]]) -> int:
    """Save ``(raw file, gold JSON)`` pairs as reviewed rows; return how many.

    The rows go into ``dataset``.
    """
    from reviewer.io.dataset import save_records

    records: list[dict[str, str]] = []
    count = 0
    for raw, gold_path in items:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        records.extend(reviewed_records(raw, gold, dataset))
        count += 1
    if records:
        save_records(dataset, records)
    return count


def corpus_pairs(gold_dir: Path, names: Iterable[str]) -> list[tuple[Path, Path]]:
    """``(raw file, gold JSON)`` of the named documents of a gold folder."""
    raws = {p.stem: p for p in (gold_dir.parent / "raw").iterdir() if p.is_file()}
    return [(raws[name], gold_dir / f"{name}.json") for name in names]
