"""The ``reviewer`` command: the window, or headless subcommands.

``reviewer [--workspace DSN] [FILE...]`` opens the window (connected to a team
workspace with ``--workspace``); ``reviewer extract`` and ``reviewer evaluate``
run without one.
"""

from __future__ import annotations

import argparse
import difflib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from reviewer import __version__

SUBCOMMANDS = ("extract", "evaluate", "train", "training-data", "workspace")


def _build_parser() -> argparse.ArgumentParser:
    # Imported here: ``reviewer FILE`` opens the window without the subcommands.
    from reviewer.cli import (
        evaluate_cmd,
        extract_cmd,
        train_cmd,
        training_cmd,
        workspace_cmd,
    )

    parser = argparse.ArgumentParser(prog="reviewer", description=__doc__)
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}"
    )
    parser.add_argument(
        "--workspace",
        metavar="DSN",
        help="open the window connected to this team workspace (a libpq DSN, URI, "
        "service=NAME, or '' for the PG* variables; passwords from ~/.pgpass)",
    )
    sub = parser.add_subparsers(dest="command")
    extract_cmd.register(sub)
    evaluate_cmd.register(sub)
    training_cmd.register(sub)
    train_cmd.register(sub)
    workspace_cmd.register(sub)
    return parser


def mistyped_command(word: str) -> str | None:
    """The subcommand ``word`` was probably meant to be, or None.

    Only for a word that is not an existing file or folder: ``extrct`` gives
    ``extract``, ``train`` gives ``training-data`` (a command's first letters).
    """
    if not word or word.startswith("-") or Path(word).exists():
        return None
    lowered = word.lower()
    starts = [c for c in SUBCOMMANDS if c.startswith(lowered) and len(lowered) >= 3]
    if starts:
        return starts[0]
    close = difflib.get_close_matches(lowered, SUBCOMMANDS, n=1, cutoff=0.6)
    return close[0] if close else None


def take_workspace(args: list[str]) -> tuple[str | None, list[str]]:
    """Split ``--workspace DSN`` (or ``--workspace=DSN``) off the window's arguments.

    Returns (the DSN or None, the other arguments). Only before a subcommand:
    ``reviewer workspace …`` keeps its own arguments.
    """
    rest: list[str] = []
    dsn: str | None = None
    index = 0
    while index < len(args):
        arg = args[index]
        if not rest and arg.startswith("--workspace="):
            dsn = arg.partition("=")[2]
        elif not rest and arg == "--workspace" and index + 1 < len(args):
            dsn = args[index + 1]
            index += 1
        else:
            rest.append(arg)
        index += 1
    return dsn, rest


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    workspace, args_list = take_workspace(args_list)
    if workspace is not None and args_list[:1] and args_list[0] in SUBCOMMANDS:
        print(
            "reviewer: --workspace opens the window; the workspace commands take "
            "the DSN themselves (reviewer workspace status DSN)",
            file=sys.stderr,
        )
        return 2
    if args_list and (args_list[0] in SUBCOMMANDS or args_list[0].startswith("-")):
        args = _build_parser().parse_args(args_list)
        result: int = args.func(args)
        return result
    if args_list:
        meant = mistyped_command(args_list[0])
        if meant is not None:
            print(
                f"reviewer: '{args_list[0]}' is neither a command nor a file; "
                f"did you mean '{meant}'?",
                file=sys.stderr,
            )
            return 2
    from reviewer.app import main as gui_main

    return gui_main(args_list, workspace=workspace)
