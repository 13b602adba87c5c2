"""``reviewer workspace``: a team's shared review queue on PostgreSQL.

The connection is a libpq DSN or URI, ``service=NAME``, or "" for the ``PG*``
environment variables; passwords come from ``~/.pgpass``, never the command line.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    """Add the ``workspace`` subcommand and its actions."""
    parser = sub.add_parser(
        "workspace",
        help="a team's shared review queue on PostgreSQL",
        description=__doc__.split("\n\n")[1],
    )
    actions = parser.add_subparsers(dest="action", required=True)

    def action(name: str, text: str) -> argparse.ArgumentParser:
        one: argparse.ArgumentParser = actions.add_parser(name, help=text)
        one.add_argument("dsn", help="DSN, URI, service=NAME, or '' for PG* variables")
        one.add_argument(
            "--as", dest="who", default="", help="your name (default: login)"
        )
        return one

    action("init", "create or upgrade the workspace's schema")
    add = action("add", "store filings (bytes, metadata, the extractor's proposal)")
    add.add_argument("paths", nargs="+", type=Path, help="files or folders")
    add.add_argument(
        "--base",
        type=Path,
        default=None,
        help="folder names are stored relative to (default: here)",
    )
    action("status", "counts by state and by reviewer")
    assign = action("assign", "assign unassigned filings to a reviewer")
    assign.add_argument("--to", required=True, help="the reviewer")
    assign.add_argument("--count", type=int, default=None, help="at most N filings")
    assign.add_argument("--filter", default="", help="only names matching this glob")
    export = action("export", "write the reviewed rows as a dataset CSV")
    export.add_argument("-o", "--output", type=Path, required=True)
    export.add_argument(
        "--history",
        type=Path,
        default=None,
        help="also write the audit trail (CSV) here",
    )
    agree = action("agreement", "agreement between double reviewers")
    agree.add_argument("--json", action="store_true", help="print JSON")
    config = action("config", "workspace settings")
    config.add_argument(
        "--double-review",
        type=float,
        default=None,
        metavar="SHARE",
        help="share (0-1) of new filings sent to a second reviewer",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run one workspace action; 2 with a plain message when it cannot."""
    try:
        from reviewer.io.team import TeamWorkspace, WorkspaceError
        from reviewer.io.team.store import reviewer_name
    except ImportError as exc:
        print(
            f"reviewer: the team workspace needs the 'team' extra "
            f"(pip install 'board-change-reviewer[team]'): {exc}",
            file=sys.stderr,
        )
        return 2
    from reviewer.io.errors import DatasetError

    workspace = TeamWorkspace(args.dsn)
    who = args.who or reviewer_name()
    try:
        return _ACTIONS[args.action](workspace, args, who)
    except (WorkspaceError, DatasetError) as exc:
        print(f"reviewer: {exc}", file=sys.stderr)
        return 2


def _init(workspace: Any, args: argparse.Namespace, who: str) -> int:
    revision = workspace.init()
    print(f"workspace schema at revision {revision}")
    return 0


def _add(workspace: Any, args: argparse.Namespace, who: str) -> int:
    from reviewer.io.formats import files_in

    summary = workspace.add(files_in(args.paths, recursive=True), who, base=args.base)
    for path, reason in summary.failed:
        print(f"reviewer: not added: {path}: {reason}", file=sys.stderr)
    print(
        f"added {len(summary.added)}, already there {len(summary.already_there)}, "
        f"failed {len(summary.failed)}"
    )
    return 1 if summary.failed else 0


def _status(workspace: Any, args: argparse.Namespace, who: str) -> int:
    status = workspace.status()
    print("filings:")
    for state in ("new", "in progress", "held", "disagreement", "reviewed"):
        print(f"  {state:<13}{status['filings'].get(state, 0):>7}")
    for title, key in (("accepted by", "accepted_by"), ("held by", "held_by")):
        if status[key]:
            print(f"{title}:")
            for name, count in status[key].items():
                print(f"  {name:<20}{count:>7}")
    return 0


def _assign(workspace: Any, args: argparse.Namespace, who: str) -> int:
    count = workspace.assign(args.to, who, count=args.count, pattern=args.filter)
    print(f"assigned {count} filing(s) to {args.to}")
    return 0


def _export(workspace: Any, args: argparse.Namespace, who: str) -> int:
    count = workspace.export(args.output)
    print(f"{count} reviewed filing(s) written to {args.output}")
    if args.history:
        with args.history.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["at", "who", "action", "doc_id", "detail"])
            for event in workspace.history():
                writer.writerow(
                    [
                        event["at"],
                        event["who"],
                        event["action"],
                        event["doc_id"],
                        json.dumps(event["detail"]),
                    ]
                )
        print(f"history written to {args.history}")
    return 0


def _agreement(workspace: Any, args: argparse.Namespace, who: str) -> int:
    from reviewer.io.team import agreement

    result = agreement(workspace.double_reviews())
    if args.json:
        print(json.dumps(result.as_dict(), indent=1))
        return 0
    if not result.overall.filings:
        print("no filing has been reviewed twice yet")
        return 0
    for pair in [*result.pairs, result.overall]:
        label = "overall" if pair is result.overall else f"{pair.first} / {pair.second}"
        print(
            f"{label:<30} filings {pair.filings:>5}  event F1 {pair.f1:.3f}  "
            f"kappa {pair.kappa:.3f}"
        )
    if result.overall.disagreeing:
        print("disagreeing filings: " + ", ".join(result.overall.disagreeing))
    return 0


def _config(workspace: Any, args: argparse.Namespace, who: str) -> int:
    if args.double_review is not None:
        workspace.set_double_review(args.double_review, who)
        print(f"double review: {args.double_review:.0%} of filings added from now on")
    return 0


_ACTIONS = {
    "init": _init,
    "add": _add,
    "status": _status,
    "assign": _assign,
    "export": _export,
    "agreement": _agreement,
    "config": _config,
}
