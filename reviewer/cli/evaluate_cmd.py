"""``reviewer evaluate --gold DIR [PATH...]``: score extraction against gold."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    """Add the ``evaluate`` subcommand to the parser's subparsers."""
    parser = sub.add_parser(
        "evaluate", help="score extraction against gold JSON readings"
    )
    parser.add_argument(
        "--gold", type=Path, required=True, help="folder of gold JSON files"
    )
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        help="documents or folders (default: the raw/ folder beside the gold folder)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="per-document detail"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Load, extract and score every document that has a gold reading."""
    from reviewer.core.evaluate import format_report, score
    from reviewer.core.extraction import extract
    from reviewer.io.errors import LoadError
    from reviewer.io.formats import files_in
    from reviewer.io.loaders import load_document

    gold_dir: Path = args.gold
    if not gold_dir.is_dir():
        print(f"reviewer: the gold folder {gold_dir} does not exist", file=sys.stderr)
        return 2
    gold = {p.stem: p for p in gold_dir.glob("*.json")}
    paths = args.paths or [gold_dir.parent / "raw"]
    items = []
    failed = 0
    load_seconds = extract_seconds = 0.0
    for path in files_in(paths, recursive=False):
        gold_path = gold.get(path.stem)
        if gold_path is None:
            if args.verbose:
                print(f"skipped (no gold reading): {path}")
            continue
        try:
            started = time.perf_counter()
            document = load_document(path)
            loaded = time.perf_counter()
            extraction = extract(document)
            load_seconds += loaded - started
            extract_seconds += time.perf_counter() - loaded
        except LoadError as exc:
            print(f"reviewer: {exc}", file=sys.stderr)
            failed += 1
            continue
        reading = json.loads(gold_path.read_text(encoding="utf-8"))
        items.append((path.stem, reading, extraction))
    if not items:
        print("reviewer: no document with a gold reading was found", file=sys.stderr)
        return 2
    report = score(items)
    lines = list(format_report(report, verbose=args.verbose))
    lines.append(
        f"time: loading {load_seconds:.2f} s, extracting {extract_seconds:.2f} s"
        + (f"; {failed} file(s) failed to load" if failed else "")
    )
    try:
        for line in lines:
            print(line)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1 if failed else 0
