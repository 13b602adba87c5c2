"""``reviewer extract PATH... -o dataset.csv``: extract without a window.

Files and folders (searched recursively for .pdf, .txt, .htm, .html, .md) are
loaded and extracted one by one; a bad file is named on stderr with its problem
and skipped; the good documents' rows are merged into the dataset (a document
already reviewed there is left alone unless ``--overwrite-reviewed``); the exit
code is 1 when any file failed, 2 when the dataset could not be written.

Each file goes through :func:`extract_one`, a pure function of its arguments, so
a process pool (``--jobs N``) can map it over the files later.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

SUFFIXES = frozenset({".pdf", ".txt", ".htm", ".html", ".md"})


@dataclass(frozen=True)
class ExtractOutcome:
    """What extracting one file gave: its dataset rows, or the reason it failed."""

    path: Path
    records: tuple[dict[str, str], ...] = ()
    error: str = ""

    @property
    def ok(self) -> bool:
        """Whether the file was extracted."""
        return not self.error


def register(sub: Any) -> None:
    """Add the ``extract`` subcommand to the parser's subparsers."""
    parser = sub.add_parser(
        "extract",
        help="extract board changes to a CSV dataset",
        description=__doc__.split("\n\n")[1],
    )
    parser.add_argument("paths", nargs="+", type=Path, help="files or folders")
    parser.add_argument("-o", "--output", type=Path, required=True, help="dataset CSV")
    parser.add_argument(
        "--reviewer", default="", help="your name, written in reviewed_by"
    )
    parser.add_argument(
        "--overwrite-reviewed",
        action="store_true",
        help="replace documents that the dataset already holds as reviewed",
    )
    parser.set_defaults(func=run)


def collect_paths(paths: Sequence[Path]) -> tuple[list[Path], list[ExtractOutcome]]:
    """Expand folders into their supported files; name paths that do not exist.

    Files named directly are always tried (the loader says if their type is not
    supported); folders contribute their supported files, hidden ones excepted,
    in sorted order.
    """
    files: list[Path] = []
    missing: list[ExtractOutcome] = []
    for path in paths:
        if path.is_dir():
            found = (
                p
                for p in path.rglob("*")
                if p.suffix.lower() in SUFFIXES
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            files.extend(sorted(found))
        elif path.exists():
            files.append(path)
        else:
            missing.append(
                ExtractOutcome(path, error=f"{path}: no such file or folder")
            )
    return list(dict.fromkeys(files)), missing


def extract_one(path: Path, dataset: Path, reviewer: str = "") -> ExtractOutcome:
    """Load and extract one file into dataset rows; never raises for a bad file.

    Args:
        path: the file.
        dataset: the dataset it is for (``source_file`` is relative to its folder).
        reviewer: written in ``reviewed_by`` when given.
    """
    from reviewer.core.provenance import build_records
    from reviewer.core.records import ReviewState
    from reviewer.io.dataset import source_file_for
    from reviewer.io.errors import LoadError
    from reviewer.io.pipeline import open_and_extract

    try:
        loaded = open_and_extract(path)
        state = ReviewState.from_extraction(loaded.extraction)
        if reviewer:
            state = replace(state, reviewed_by=reviewer)
        source = source_file_for(path, dataset)
        records = build_records(loaded.document, loaded.extraction, state, source)
    except LoadError as exc:
        return ExtractOutcome(path, error=str(exc))
    except Exception as exc:  # one bad file must not stop a batch
        logger.debug("extracting %s failed", path, exc_info=True)
        return ExtractOutcome(
            path, error=f"{path}: unexpected error ({type(exc).__name__}: {exc})"
        )
    return ExtractOutcome(path, tuple(records))


@contextlib.contextmanager
def _progress(total: int) -> Iterator[Callable[[], None]]:
    """Yield an ``advance()`` that drives a bar on stderr when it is a terminal."""
    if total < 2 or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("Extracting", total=total)
        yield lambda: bar.advance(task)


def _unique_documents(outcomes: Sequence[ExtractOutcome]) -> list[dict[str, str]]:
    """Return the rows of each document once (two files may hold the same bytes)."""
    seen: dict[str, Path] = {}
    records: list[dict[str, str]] = []
    for outcome in outcomes:
        if not outcome.records:
            continue
        doc_id = outcome.records[0]["doc_id"]
        if doc_id in seen:
            print(
                f"reviewer: {outcome.path} has the same content as {seen[doc_id]}; "
                "written once",
                file=sys.stderr,
            )
            continue
        seen[doc_id] = outcome.path
        records.extend(outcome.records)
    return records


def run(args: argparse.Namespace) -> int:
    """Extract every path into the dataset; nonzero when any file failed."""
    from reviewer.io.dataset import DatasetError, save_records

    files, outcomes = collect_paths(args.paths)
    if not files and not outcomes:
        print("reviewer: no supported files found", file=sys.stderr)
        return 1
    with _progress(len(files)) as advance:
        for path in files:
            outcomes.append(extract_one(path, args.output, args.reviewer))
            advance()
    failed = [o for o in outcomes if not o.ok]
    for outcome in failed:
        print(f"reviewer: skipped {outcome.error}", file=sys.stderr)
    records = _unique_documents(outcomes)
    if records:
        try:
            summary = save_records(
                args.output, records, keep_reviewed=not args.overwrite_reviewed
            )
        except DatasetError as exc:
            print(f"reviewer: {exc}", file=sys.stderr)
            return 2
        for doc_id in summary.kept_reviewed:
            print(
                f"reviewer: kept the reviewed rows of {doc_id} (use "
                "--overwrite-reviewed to replace them)",
                file=sys.stderr,
            )
        written = len(summary.written)
        print(
            f"reviewer: {written} document(s) written to {args.output}, "
            f"{len(failed)} failed",
            file=sys.stderr,
        )
    return 1 if failed else 0
