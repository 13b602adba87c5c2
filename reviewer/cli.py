"""The ``reviewer`` command: the window, or headless subcommands.

``reviewer [FILE...]`` opens the window; ``reviewer extract`` and
``reviewer evaluate`` run without one.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from reviewer import __version__

SUBCOMMANDS = ("extract", "evaluate")


def _extract(args: argparse.Namespace) -> int:
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


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reviewer", description=__doc__)
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}"
    )
    sub = parser.add_subparsers(dest="command")
    extract = sub.add_parser("extract", help="extract board changes to a CSV dataset")
    extract.add_argument("paths", nargs="+", type=Path)
    extract.add_argument("-o", "--output", type=Path, required=True)
    extract.set_defaults(func=_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    if args_list and (args_list[0] in SUBCOMMANDS or args_list[0].startswith("-")):
        args = _build_parser().parse_args(args_list)
        result: int = args.func(args)
        return result
    from reviewer.app import main as gui_main

    return gui_main(args_list)
