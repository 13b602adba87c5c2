"""``reviewer extract PATH... -o dataset.csv``: extract without a window.

Files and folders (searched recursively for .pdf, .txt, .htm, .html, .md) are
loaded and extracted; a bad file is named on stderr with its problem and
skipped; the good documents' rows are merged into the dataset (a document
already reviewed there is left alone unless ``--overwrite-reviewed``); the exit
code is 1 when any file failed, 2 when the dataset could not be written.

Each file goes through :func:`extract_one`, a pure function of its arguments,
run by :func:`reviewer.io.batch.run_batch`: ``--jobs N`` worker processes (0 for
one per core), each file within ``--timeout`` seconds and ``--max-memory`` MB; a
file over its budget is stopped, reported and skipped, and a fresh worker takes
the next one. With ``--jobs 1 --timeout 0 --max-memory 0`` files are extracted
in this process (no workers, no budget). Rows are written in the order the
files were given (folders in sorted order), whatever the number of jobs.
Document content is never evaluated, unpickled or fetched from the network.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reviewer.core.modelfile import LoadedModel
    from reviewer.io.batch import Budget

logger = logging.getLogger(__name__)

SUFFIXES = frozenset({".pdf", ".txt", ".htm", ".html", ".md"})
MB = 1_000_000  # --max-size counts in the MB the loader's messages show
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_MEMORY_MB = 1024
DEFAULT_MAX_BYTES = 100 * MB
DEFAULT_LOCK_WAIT = 600.0
"""Seconds to wait for the dataset's lock: a 100k-row bulk save takes seconds."""
PRELOAD = (
    "reviewer.cli.extract_cmd",
    "reviewer.io.pipeline",
    "reviewer.io.loaders.pdf",
    "reviewer.io.loaders.html",
    "reviewer.io.loaders.edgar",
    "reviewer.io.dataset",
    "reviewer.core.provenance",
    "pypdfium2",
    "lxml.html",
)
"""Modules a worker needs, imported once by the fork server."""


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
        "--model",
        type=Path,
        help="a decision model trained by reviewer train instead of the built-in "
        "one (extractor_version names it, e.g. 1.5.0+model-3f2a9c)",
    )
    parser.add_argument(
        "--overwrite-reviewed",
        action="store_true",
        help="replace documents that the dataset already holds as reviewed",
    )
    parser.add_argument(
        "--lock-wait",
        type=_amount,
        default=DEFAULT_LOCK_WAIT,
        metavar="SECONDS",
        help="how long to wait while another program saves the dataset; the rows "
        f"go to a side file after that (default: {DEFAULT_LOCK_WAIT:g})",
    )
    limits = parser.add_argument_group("limits (a file over one is skipped)")
    limits.add_argument(
        "-j",
        "--jobs",
        type=_count,
        default=1,
        help="files extracted at once, in worker processes; 0 = one per core "
        "(default: 1)",
    )
    limits.add_argument(
        "--timeout",
        type=_amount,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"time budget per file; 0 = none (default: {DEFAULT_TIMEOUT:g})",
    )
    limits.add_argument(
        "--max-memory",
        type=_count,
        default=DEFAULT_MAX_MEMORY_MB,
        metavar="MB",
        help="memory a worker may use for one file, beyond the program itself; "
        f"0 = none (default: {DEFAULT_MAX_MEMORY_MB})",
    )
    limits.add_argument(
        "--max-size",
        type=_amount,
        default=DEFAULT_MAX_BYTES / MB,
        metavar="MB",
        help="larger files are refused unread; 0 = no limit "
        f"(default: {DEFAULT_MAX_BYTES / MB:g})",
    )
    parser.set_defaults(func=run)


def _count(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return number


def _amount(value: str) -> float:
    number = float(value)
    if not number >= 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number, 0 or more, not {value}")
    return number


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


def extract_one(
    path: Path,
    dataset: Path,
    reviewer: str = "",
    max_bytes: int = DEFAULT_MAX_BYTES,
    model: str = "",
) -> ExtractOutcome:
    """Load and extract one file into dataset rows; never raises for a bad file.

    Args:
        path: the file.
        dataset: the dataset it is for (``source_file`` is relative to its folder).
        reviewer: written in ``reviewed_by`` when given.
        max_bytes: larger files are refused with FileTooLargeError.
        model: path of a trained decision model ("" for the built-in one),
            checked beforehand by the caller.

    Raises:
        MemoryError: so that a batch worker can report its memory budget.
    """
    from reviewer.core.provenance import build_records
    from reviewer.core.records import ReviewState
    from reviewer.io.dataset import source_file_for
    from reviewer.io.errors import LoadError
    from reviewer.io.loaders import LoadOptions
    from reviewer.io.pipeline import open_and_extract

    try:
        loaded = open_and_extract(
            path, LoadOptions(max_bytes=max_bytes), model=_model(model)
        )
        state = ReviewState.from_extraction(loaded.extraction)
        if reviewer:
            state = replace(state, reviewed_by=reviewer)
        source = source_file_for(path, dataset)
        records = build_records(loaded.document, loaded.extraction, state, source)
    except LoadError as exc:
        return ExtractOutcome(path, error=str(exc))
    except MemoryError:
        raise
    except Exception as exc:  # one bad file must not stop a batch
        logger.debug("extracting %s failed", path, exc_info=True)
        return ExtractOutcome(
            path, error=f"{path}: unexpected error ({type(exc).__name__}: {exc})"
        )
    return ExtractOutcome(path, tuple(records))


@functools.lru_cache(maxsize=2)
def _model(path: str) -> LoadedModel | None:
    """The trained model at ``path`` (read once per process), or None."""
    if not path:
        return None
    from reviewer.core.modelfile import load_model_file

    return load_model_file(path)


def extract_task(task: dict[str, Any]) -> dict[str, Any]:
    """:func:`extract_one` on a JSON task, for a batch worker; JSON back."""
    outcome = extract_one(
        Path(task["path"]),
        Path(task["dataset"]),
        task["reviewer"],
        task["max_bytes"],
        task.get("model", ""),
    )
    return {"records": list(outcome.records), "error": outcome.error}


def extract_all(
    files: Sequence[Path],
    dataset: Path,
    *,
    reviewer: str = "",
    jobs: int = 1,
    budget: Budget | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_done: Callable[[int], None] | None = None,
    model: str = "",
) -> list[ExtractOutcome]:
    """Extract every file within the budget; one outcome per file, in order."""
    from reviewer.io.batch import run_batch
    from reviewer.io.errors import LoadError, LoadTimeoutError

    tasks = [
        {
            "path": str(path),
            "dataset": str(dataset),
            "reviewer": reviewer,
            "max_bytes": max_bytes,
            "model": model,
        }
        for path in files
    ]
    results = run_batch(
        extract_task,
        tasks,
        jobs=jobs,
        budget=budget,
        preload=PRELOAD,
        on_done=on_done,
    )
    outcomes = []
    for path, result in zip(files, results, strict=True):
        if result.ok:
            records = tuple(result.value["records"])
            outcomes.append(ExtractOutcome(path, records, result.value["error"]))
            continue
        kind = LoadTimeoutError if result.problem == "timeout" else LoadError
        outcomes.append(
            ExtractOutcome(path, error=str(kind(str(path), result.message)))
        )
    return outcomes


def printable(text: str) -> str:
    """Escape control characters (e.g. in a hostile file name) for a terminal."""
    if text.isprintable():
        return text
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


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
                printable(
                    f"reviewer: {outcome.path} has the same content as "
                    f"{seen[doc_id]}; written once"
                ),
                file=sys.stderr,
            )
            continue
        seen[doc_id] = outcome.path
        records.extend(outcome.records)
    return records


def run(args: argparse.Namespace) -> int:
    """Extract every path into the dataset; nonzero when any file failed."""
    from reviewer.io.batch import Budget, WorkerStartError
    from reviewer.io.dataset import DatasetError, save_records

    model = ""
    if args.model is not None:
        from reviewer.core.modelfile import ModelFileError, load_model_file

        try:
            chosen = load_model_file(args.model)
        except ModelFileError as exc:
            print(printable(f"reviewer: {exc}"), file=sys.stderr)
            return 2
        model = str(chosen.path.resolve())
        print(f"reviewer: extracting with {chosen.extractor_version}", file=sys.stderr)
    files, outcomes = collect_paths(args.paths)
    if not files and not outcomes:
        print("reviewer: no supported files found", file=sys.stderr)
        return 1
    budget = Budget(timeout=args.timeout, max_memory_mb=args.max_memory)
    try:
        with _progress(len(files)) as advance:
            outcomes += extract_all(
                files,
                args.output,
                reviewer=args.reviewer,
                jobs=args.jobs,
                budget=budget,
                max_bytes=int(args.max_size * MB) if args.max_size else sys.maxsize,
                on_done=lambda _index: advance(),
                model=model,
            )
    except WorkerStartError as exc:
        print(printable(f"reviewer: {exc}"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("reviewer: interrupted; the dataset was not changed", file=sys.stderr)
        return 130
    failed = [o for o in outcomes if not o.ok]
    for outcome in failed:
        print(printable(f"reviewer: skipped {outcome.error}"), file=sys.stderr)
    records = _unique_documents(outcomes)
    if records:
        try:
            summary = save_records(
                args.output,
                records,
                keep_reviewed=not args.overwrite_reviewed,
                lock_timeout=args.lock_wait,
                on_wait=lambda: _note_waiting(args.output, args.lock_wait),
                kept="",
            )
        except DatasetError as exc:
            print(printable(f"reviewer: {exc}"), file=sys.stderr)
            _keep_aside(args.output, records)
            return 2
        for doc_id in summary.kept_reviewed:
            print(
                f"reviewer: kept the reviewed rows of {doc_id} (use "
                "--overwrite-reviewed to replace them)",
                file=sys.stderr,
            )
        written = len(summary.written)
        print(
            printable(
                f"reviewer: {written} document(s) written to {args.output}, "
                f"{len(failed)} failed"
            ),
            file=sys.stderr,
        )
    return 1 if failed else 0


def _note_waiting(output: Path, seconds: float) -> None:
    print(
        printable(
            f"reviewer: waiting for {output.name}: another program is saving it "
            f"(up to {seconds:g} s)…"
        ),
        file=sys.stderr,
        flush=True,
    )


def _keep_aside(output: Path, records: Sequence[dict[str, str]]) -> Path | None:
    """Write rows the dataset could not take to a new side file; say where.

    Tried beside the dataset, then in the temporary folder. The side file has
    the dataset's columns, so it can be merged later with any CSV tool, or the
    command run again.
    """
    import tempfile
    import time

    from reviewer.io.dataset import DatasetError, save_records

    stamp = time.strftime("%Y%m%dT%H%M%S")
    name = f"{output.stem}.unsaved-{stamp}.csv"
    problems: list[str] = []
    for folder in (output.parent, Path(tempfile.gettempdir())):
        side = folder / name
        if side.exists():
            continue
        try:
            save_records(side, records, kept="")
        except DatasetError as exc:
            problems.append(str(exc))
            continue
        count = len({record["doc_id"] for record in records})
        print(
            printable(
                f"reviewer: the rows of {count} document(s) were written to {side} "
                f"instead; {output.name} was not changed. Merge them once it is "
                "free, or run the command again."
            ),
            file=sys.stderr,
        )
        return side
    print(
        printable(
            "reviewer: the extracted rows could not be kept in a side file either "
            f"({'; '.join(problems)}); run the command again."
        ),
        file=sys.stderr,
    )
    return None
