"""``reviewer training-data DATASET -o spans.jsonl``: reviewed spans for training.

Reads the autosave sidecars beside the dataset (``DATASET.reviews/``), reopens
each reviewed document from its recorded path (checking its SHA-256), and writes
one JSON line per document: ``{"text", "spans": [{"start", "end", "label"}],
"meta"}``. Documents that cannot be reopened are named on stderr and skipped; the
exit code is then 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    """Add the ``training-data`` subcommand to the parser's subparsers."""
    parser = sub.add_parser(
        "training-data",
        help="export reviewed entity spans as JSON lines (spaCy/Prodigy form)",
        description=__doc__.split("\n\n")[1],
    )
    parser.add_argument("dataset", type=Path, help="the dataset CSV")
    parser.add_argument("-o", "--output", type=Path, required=True, help="JSONL file")
    parser.add_argument(
        "--include-in-progress",
        action="store_true",
        help="also export reviews not yet marked reviewed",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Export the workspace's reviewed documents; nonzero when any was skipped."""
    from reviewer.io.errors import DatasetError
    from reviewer.io.training import export_spans_jsonl, items_from_workspace
    from reviewer.io.workspace import Workspace

    workspace = Workspace(args.dataset)
    items, problems = items_from_workspace(
        workspace, include_in_progress=args.include_in_progress
    )
    for problem in problems:
        print(f"reviewer: skipped {problem}", file=sys.stderr)
    for path, reason in workspace.skipped.items():
        print(f"reviewer: warning: skipped {path}: {reason}", file=sys.stderr)
    try:
        count = export_spans_jsonl(args.output, items)
    except DatasetError as exc:
        print(f"reviewer: {exc}", file=sys.stderr)
        return 2
    print(f"reviewer: {count} document(s) written to {args.output}", file=sys.stderr)
    return 1 if problems else 0
