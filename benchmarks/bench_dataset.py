"""Dataset and autosave speed, each next to a bare baseline measured in the same run.

Run ``python -m benchmarks.bench_dataset``. Figures:

* saving one reviewed document into a 100,000-row dataset (read, merge, lock,
  atomic write with fsync) against a bare ``pandas.read_csv`` + ``to_csv`` of the
  same file;
* loading that dataset with :func:`reviewer.io.dataset.read_dataset` against a
  bare ``pandas.read_csv(dtype=str, keep_default_na=False)``;
* one autosave of a typical reviewed filing against a bare ``json.dumps`` +
  ``write_text`` of the same state;
* the queue's status of 1,000 documents against ``os.stat`` of their sidecars.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from benchmarks import Row, print_rows
from reviewer.core.schema import COLUMN_NAMES
from reviewer.core.serialize import state_to_dict
from reviewer.io.dataset import read_dataset, save_records, save_review
from reviewer.io.workspace import Workspace
from tests.io.review_factory import make_document, make_extraction, make_review

ROWS = 100_000
EVIDENCE = (
    "The Board of Directors appointed Ms. Jane Roe, 54, as an independent director "
    'and member of the audit committee, effective January 1, 2021, "with immediate '
    'effect", after the resignation of Mr. Tao Zou for personal reasons.'
)


def _best(action: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def _records(count: int) -> list[dict[str, str]]:
    base = {name: "" for name in COLUMN_NAMES} | {
        "company": "Acme Holdings, Inc.",
        "ticker": "ACME",
        "exchange": "Nasdaq",
        "announcement_date": "2020-12-14",
        "change_type": "appointed",
        "role": "independent director",
        "disagreement": "not_stated",
        "evidence": EVIDENCE,
        "evidence_start": "120",
        "evidence_end": "320",
        "review_status": "reviewed",
        "reviewed_by": "ana",
        "reviewed_at": "2026-11-26T10:00:00Z",
        "extractor_version": "1.0.0",
    }
    return [
        base | {"doc_id": f"{i // 2:016x}", "person": f"Person {i}"}
        for i in range(count)
    ]


def run(rows: int = ROWS) -> list[Row]:
    """Measure every figure; return (figure, seconds, baseline seconds, ratio)."""
    import pandas as pd

    results: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        dataset = tmp / "dataset.csv"
        save_records(dataset, _records(rows))
        doc = make_document(tmp)
        ext = make_extraction(doc)
        state = make_review(ext)
        bare = tmp / "bare.csv"

        def bare_save() -> None:
            frame = pd.read_csv(dataset, dtype=str, keep_default_na=False)
            frame.to_csv(bare, index=False)

        value = _best(lambda: save_review(dataset, doc, ext, state))
        base = _best(bare_save)
        results.append(
            (f"save 1 document into {rows:,} rows", value, base, value / base)
        )

        value = _best(lambda: read_dataset(dataset))
        base = _best(lambda: pd.read_csv(dataset, dtype=str, keep_default_na=False))
        results.append((f"load {rows:,}-row dataset", value, base, value / base))

        ws = Workspace(dataset, fallback=tmp / "fallback")
        typical = replace(state, entities=state.entities * 40)  # ~200 entities
        side = tmp / "bare.json"

        def bare_autosave() -> None:
            side.write_text(json.dumps(state_to_dict(typical)), encoding="utf-8")

        value = _best(lambda: ws.save(doc, ext, typical), repeat=50)
        base = _best(bare_autosave, repeat=50)
        results.append(("autosave one edit (200 entities)", value, base, value / base))

        ids = [f"{i:016x}" for i in range(1000)]
        for doc_id in ids[::2]:
            ws.path_for(doc_id).write_text(
                '{"format":"board-change-reviewer/autosave","version":1,'
                f'"doc_id":"{doc_id}","status":"extracted"}}'
            )
        ws.status(ids[1])  # reads the dataset's statuses once

        def stat_all() -> None:
            for doc_id in ids:
                with contextlib.suppress(FileNotFoundError):
                    os.stat(ws.path_for(doc_id))

        value = _best(lambda: [ws.status(doc_id) for doc_id in ids])
        base = _best(stat_all)
        results.append(("status of 1,000 documents", value, base, value / base))
    return results


def main() -> None:
    """Print the figures as a table."""
    print_rows(run())  # seconds


if __name__ == "__main__":
    main()
