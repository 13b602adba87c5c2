"""The reviewed dataset: one CSV, merged by document, written atomically."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from reviewer.core.schema import COLUMN_NAMES


def save_records(dataset: Path, records: Sequence[dict[str, str]]) -> None:
    """Replace the rows of every document in ``records`` and keep all others."""
    import pandas as pd  # lazy: keeps start-up fast

    new = pd.DataFrame(list(records), columns=list(COLUMN_NAMES), dtype=str)
    if dataset.exists():
        old = pd.read_csv(dataset, dtype=str, keep_default_na=False)
        old = old[~old["doc_id"].isin(set(new["doc_id"]))]
        new = pd.concat([old, new], ignore_index=True)
    fd, tmp = tempfile.mkstemp(dir=dataset.parent, suffix=".tmp")
    os.close(fd)
    new.to_csv(tmp, index=False, encoding="utf-8")
    os.replace(tmp, dataset)
