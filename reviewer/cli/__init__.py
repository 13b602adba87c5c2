"""The ``reviewer`` command: the window, or headless subcommands.

``reviewer [FILE...]`` opens the window; ``reviewer extract`` and
``reviewer evaluate`` run without one.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from reviewer import __version__
from reviewer.cli import evaluate_cmd, extract_cmd, train_cmd, training_cmd

SUBCOMMANDS = ("extract", "evaluate", "train", "training-data")


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reviewer", description=__doc__)
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}"
    )
    sub = parser.add_subparsers(dest="command")
    extract_cmd.register(sub)
    evaluate_cmd.register(sub)
    training_cmd.register(sub)
    train_cmd.register(sub)
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
