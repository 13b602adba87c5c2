"""``reviewer train --gold DIR [-o MODEL]``: rebuild the extractor's decision model.

Trains the logistic regression of the decision layer on every gold reading in
DIR and its documents (the raw/ folder beside it), with a fixed seed, and writes
it as JSON (default: the shipped ``resources/models/decision.json``). Needs the
``train`` extra (scikit-learn).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    """Add the ``train`` subcommand to the parser's subparsers."""
    parser = sub.add_parser(
        "train",
        help="rebuild the extractor's decision model from gold readings",
        description=__doc__.split("\n\n")[1],
    )
    parser.add_argument(
        "--gold",
        type=Path,
        required=True,
        action="append",
        help="folder of gold JSON files, its documents in raw/ beside it (repeatable)",
    )
    parser.add_argument(
        "-o", "--output", type=Path, help="model JSON (default: the shipped model)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Train on every gold document and write the model."""
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print(
            "reviewer: training needs scikit-learn: "
            "pip install 'board-change-reviewer[train]'",
            file=sys.stderr,
        )
        return 2
    from reviewer.core.extraction.decision import model_path
    from reviewer.learn import raw_dir_for, train, write_model

    golds: list[Path] = args.gold
    for gold in golds:
        for folder, what in ((gold, "gold"), (raw_dir_for(gold), "documents")):
            if not folder.is_dir():
                print(
                    f"reviewer: the {what} folder {folder} does not exist",
                    file=sys.stderr,
                )
                return 2
    try:
        model = train(golds)
    except ValueError as exc:
        print(f"reviewer: cannot train: {exc}", file=sys.stderr)
        return 2
    output: Path = args.output or model_path()
    try:
        write_model(model, output)
    except OSError as exc:
        print(f"reviewer: cannot write {output}: {exc.strerror}", file=sys.stderr)
        return 2
    meta = model.meta
    print(
        f"trained on {meta.get('documents')} documents, {meta.get('candidates')} "
        f"candidates ({meta.get('positives')} positive), {len(model.weights)} "
        f"features; wrote {output}"
    )
    return 0
