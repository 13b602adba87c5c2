"""``reviewer extract PATH... -o dataset.csv``: extract without a window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    """Add the ``extract`` subcommand to the parser's subparsers."""
    parser = sub.add_parser("extract", help="extract board changes to a CSV dataset")
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Extract every path into the dataset; nonzero when any file failed."""
    from reviewer.core.provenance import build_records
    from reviewer.core.records import ReviewState
    from reviewer.io.dataset import save_records
    from reviewer.io.errors import LoadError
    from reviewer.io.pipeline import open_and_extract

    records: list[dict[str, str]] = []
    failed = 0
    for path in args.paths:
        try:
            loaded = open_and_extract(path)
        except LoadError as exc:
            print(f"reviewer: {exc}", file=sys.stderr)
            failed += 1
            continue
        state = ReviewState.from_extraction(loaded.extraction)
        records += build_records(loaded.document, loaded.extraction, state, str(path))
    save_records(args.output, records)
    return 1 if failed else 0
