"""``reviewer train [DATASET.csv ...] [--gold DIR ...] -o MODEL``: train a model.

Trains the logistic regression of the decision layer on the reviewed rows of
each dataset (review_status = reviewed; the source files found through
source_file, relative to the dataset's folder) and on every gold reading in each
DIR with its documents (the raw/ folder beside it), with a fixed seed, and
writes it as JSON (with --gold only, the default output is the shipped
``resources/models/decision.json``). Source files missing, moved or changed
since the review are named and the rest trains. The fit needs numpy only
(:mod:`reviewer.learn.solver`).
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
        help="train the extractor's decision model on reviewed datasets or gold",
        description=__doc__.split("\n\n")[1],
    )
    parser.add_argument(
        "datasets",
        nargs="*",
        type=Path,
        metavar="DATASET.csv",
        help="datasets whose reviewed rows to train on",
    )
    parser.add_argument(
        "--gold",
        type=Path,
        default=[],
        action="append",
        help="folder of gold JSON files, its documents in raw/ beside it (repeatable)",
    )
    parser.add_argument(
        "--review-weight",
        type=float,
        default=1.0,
        metavar="W",
        help="how much a reviewed document counts against a gold one (default: 1)",
    )
    parser.add_argument(
        "-o", "--output", type=Path, help="model JSON (default: the shipped model)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Train on every gold document and write the model."""
    from reviewer.core.extraction.decision import model_path
    from reviewer.learn import raw_dir_for, train, write_model

    golds: list[Path] = args.gold
    datasets: list[Path] = args.datasets
    if not golds and not datasets:
        print(
            "reviewer: train needs a reviewed dataset (DATASET.csv) or --gold DIR",
            file=sys.stderr,
        )
        return 2
    if datasets and args.output is None:
        print(
            "reviewer: name the model file to write with -o MODEL.json "
            "(the built-in model is only rebuilt from --gold alone)",
            file=sys.stderr,
        )
        return 2
    for gold in golds:
        for folder, what in ((gold, "gold"), (raw_dir_for(gold), "documents")):
            if not folder.is_dir():
                print(
                    f"reviewer: the {what} folder {folder} does not exist",
                    file=sys.stderr,
                )
                return 2
    try:
        if datasets:
            model = _train_reviews(datasets, golds, args.review_weight)
        else:
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
    from reviewer.core.modelfile import load_model_file

    tag = load_model_file(output).extractor_version
    print(
        f"trained {tag} on {meta.get('documents')} documents, {meta.get('candidates')} "
        f"candidates ({meta.get('positives')} positive), {len(model.weights)} "
        f"features; wrote {output}"
    )
    return 0


def _train_reviews(datasets: list[Path], golds: list[Path], weight: float) -> Any:
    """Train on the datasets' reviewed rows (and gold); name what was left out.

    Raises:
        ValueError: nothing to train on (a plain message).
    """
    from reviewer.io.errors import DatasetError
    from reviewer.learn.reviews import train_on_reviews

    try:
        if not weight > 0 or weight == float("inf"):
            raise ValueError(f"--review-weight must be a number above 0, not {weight}")
        model, data = train_on_reviews(datasets, golds, review_weight=weight)
    except DatasetError as exc:
        raise ValueError(str(exc)) from None
    if data.problems:
        print(
            f"reviewer: left out {len(data.problems)} of {data.reviewed} reviewed "
            "documents:",
            file=sys.stderr,
        )
        for problem in data.problems:
            print(f"  {problem}", file=sys.stderr)
    return model
