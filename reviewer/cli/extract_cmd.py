"""``reviewer extract PATH... -o dataset.csv``: extract without a window.

Files, folders (searched recursively for .pdf, .txt, .htm, .html, .md), globs,
manifest files (``--manifest``: one path or URL a line) and fsspec URLs
(``s3://bucket/prefix/``, ``file://…``) are loaded and extracted; a bad file
is named on stderr with its problem and skipped; the good documents' rows are
merged into the dataset (a document already reviewed there is left alone unless
``--overwrite-reviewed``); the exit code is 1 when any file failed, 2 when the
dataset could not be written, 3 when the Dask cluster was lost.

Each file goes through :func:`extract_one`, a pure function of its arguments,
run by :func:`reviewer.io.batch.run_batch`: ``--jobs N`` worker processes (0 for
one per core), each file within ``--timeout`` seconds and ``--max-memory`` MB; a
file over its budget is stopped, reported and skipped, and a fresh worker takes
the next one. With ``--jobs 1 --timeout 0 --max-memory 0`` files are extracted
in this process (no workers, no budget). Rows are written in the order the
files were given (folders in sorted order), whatever the number of jobs.
Document content is never evaluated, unpickled or fetched from the network
(only the URLs given are read).

``--scheduler ADDRESS`` runs the same work on a Dask cluster (``local[:N]``
starts a LocalCluster), with the same budgets and failure reports. Either way
finished documents are written as parts into ``OUT.parts/`` as the batch goes,
then merged into the dataset (``--format parquet``: a folder of Parquet files)
and the parts removed; a run that was cut off (Ctrl+C, a lost scheduler, a
killed command) resumes from its parts when started again. See docs/batch.md.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib.util
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reviewer.core.modelfile import LoadedModel
    from reviewer.io.batch import Budget, TaskResult

logger = logging.getLogger(__name__)

SUFFIXES = frozenset({".pdf", ".txt", ".htm", ".html", ".md"})
FORMATS = ("csv", "parquet")
MB = 1_000_000  # --max-size counts in the MB the loader's messages show
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_MEMORY_MB = 1024
DEFAULT_MAX_BYTES = 100 * MB
DEFAULT_LOCK_WAIT = 600.0
"""Seconds to wait for the dataset's lock: a 100k-row bulk save takes seconds."""
PRELOAD = (
    "reviewer.cli.extract_cmd",
    "reviewer.core.extraction",
    "reviewer.io.loaders.text",
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

    path: Path | str
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
    parser.add_argument(
        "paths",
        nargs="*",
        help="files, folders, globs (quoted) or URLs such as s3://bucket/prefix/",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help="dataset CSV (with --format parquet: a folder of Parquet files)",
    )
    parser.add_argument(
        "--manifest",
        action="append",
        default=[],
        metavar="FILE",
        help="a file naming one path or URL a line (may be given again)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="csv",
        help="the output: the dataset CSV (default) or a Parquet dataset folder",
    )
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
        "--scheduler",
        default="",
        metavar="ADDRESS",
        help="run on a Dask cluster: its scheduler (tcp://host:8786), or local[:N] "
        "to start one here with N workers (needs the cluster extra)",
    )
    limits.add_argument(
        "--files-per-task",
        type=_count,
        default=0,
        metavar="N",
        help="files sent to a Dask worker at once; 0 = about 0.5 MB of input a task",
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


def extract_one(
    path: Path,
    dataset: Path,
    reviewer: str = "",
    max_bytes: int = DEFAULT_MAX_BYTES,
    source_file: str = "",
    model: str = "",
) -> ExtractOutcome:
    """Load and extract one file into dataset rows; never raises for a bad file.

    Args:
        path: the file.
        dataset: the dataset it is for (``source_file`` is relative to its folder).
        reviewer: written in ``reviewed_by`` when given.
        max_bytes: larger files are refused with FileTooLargeError.
        source_file: written in ``source_file`` instead (e.g. the URL a local
            copy came from).
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
        source = source_file or source_file_for(path, dataset)
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
    """:func:`extract_one` on a JSON task, for a batch worker; JSON back.

    The task's ``source`` is a path or a URL; a URL is copied to a temporary
    file first and named by its URL in the rows and in any error.
    """
    from reviewer.io.batch.sources import SourceError, local_path, materialise, shown

    source = task.get("source") or task["path"]
    remote = local_path(source) is None
    try:
        with materialise(source, task["max_bytes"]) as path:
            outcome = extract_one(
                path,
                Path(task["dataset"]),
                task["reviewer"],
                task["max_bytes"],
                source_file=shown(source) if remote else "",
                model=task.get("model", ""),
            )
            error = outcome.error
            if remote and error:
                error = error.replace(str(path), shown(source))
    except SourceError as exc:
        return {"records": [], "error": f"{shown(source)}: {exc}"}
    return {"records": list(outcome.records), "error": error}


def commit_part(done: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    """Write a chunk's extracted files as one part, in the worker that did them.

    Each task names the parts folder and format (``parts``, ``format``); files
    that failed to load have no rows and are left out (the command names them,
    and a resumed run tries them again).
    """
    from reviewer.io.batch.parts import Done, part_id, write_part

    if not done:
        return
    first = done[0][0]
    kept = [
        Done(task["source"], tuple(value["records"]))
        for task, value in done
        if not value["error"]
    ]
    name = part_id([task["source"] for task, _value in done])
    write_part(Path(first["parts"]), name, kept, first["format"])


def brief_result(value: dict[str, Any]) -> dict[str, Any]:
    """What of a committed file's result goes back to the command: its error."""
    return {"records": [], "error": value["error"]}


def _task(
    source: str,
    dataset: Path,
    reviewer: str,
    max_bytes: int,
    model: str = "",
    parts: Path | None = None,
    fmt: str = "csv",
) -> dict[str, Any]:
    task = {
        "source": source,
        "dataset": str(dataset),
        "reviewer": reviewer,
        "max_bytes": max_bytes,
        "model": model,
    }
    if parts is not None:  # absolute: a Dask worker's folder is not ours
        task |= {"parts": str(parts.resolve()), "format": fmt}
    return task


def source_size(source: str) -> int:
    """A source's size in bytes, to size the chunks (a guess for a URL)."""
    import os

    from reviewer.io.batch.sources import local_path

    path = local_path(source)
    if path is None:
        return REMOTE_SIZE
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


REMOTE_SIZE = 64_000
"""The size assumed for a file in object storage when chunking (not listed)."""


def _outcome(source: str, result: TaskResult) -> ExtractOutcome:
    """A worker's result as an outcome: its rows, or the reason it failed."""
    from reviewer.io.batch.sources import shown
    from reviewer.io.errors import LoadError, LoadTimeoutError

    if result.ok:
        records = tuple(result.value["records"])
        return ExtractOutcome(source, records, result.value["error"])
    kind = LoadTimeoutError if result.problem == "timeout" else LoadError
    return ExtractOutcome(source, error=str(kind(shown(source), result.message)))


def warm() -> None:
    """Import and compile what a worker needs, so that forked workers inherit it."""
    import importlib

    for name in PRELOAD:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


def extract_all(
    files: Sequence[Path | str],
    dataset: Path,
    *,
    reviewer: str = "",
    jobs: int = 1,
    budget: Budget | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_done: Callable[[int], None] | None = None,
    on_outcome: Callable[[int, ExtractOutcome], None] | None = None,
    model: str = "",
    parts: Path | None = None,
    fmt: str = "csv",
) -> list[ExtractOutcome]:
    """Extract every file within the budget; one outcome per file, in order.

    ``on_outcome(index, outcome)`` is called as each file finishes. With
    ``parts`` (a parts folder, see :mod:`reviewer.io.batch.parts`) the workers
    write the rows there themselves, a part per chunk of files, and the
    outcomes carry no rows (only the failures' reasons): rows never cross a
    pipe, and the command's own work per file is a short reply.
    """
    from reviewer.io.batch import Budget, run_batch

    sources = [str(f) for f in files]
    tasks = [_task(s, dataset, reviewer, max_bytes, model, parts, fmt) for s in sources]
    budget = budget or Budget()
    if jobs != 1 or budget.limited:
        warm()  # before the workers fork: they start with it compiled

    def on_result(index: int, result: TaskResult) -> None:
        if on_outcome is not None:
            on_outcome(index, _outcome(sources[index], result))

    results = run_batch(
        extract_task,
        tasks,
        jobs=jobs,
        budget=budget,
        preload=PRELOAD,
        on_done=on_done,
        on_result=on_result if on_outcome is not None else None,
        commit=commit_part if parts is not None else None,
        brief=brief_result if parts is not None else None,
        sizes=[source_size(s) for s in sources] if parts is not None else None,
    )
    return [_outcome(s, r) for s, r in zip(sources, results, strict=True)]


def printable(text: str) -> str:
    """Escape control characters (e.g. in a hostile file name) for a terminal."""
    if text.isprintable():
        return text
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


def say(text: str) -> None:
    """One line on stderr, control characters escaped."""
    print(printable(f"reviewer: {text}"), file=sys.stderr)


class _Bar:
    """The progress shown while a batch runs: counts, rate, failures, ETA."""

    def __init__(self, bar: Any, task: Any) -> None:
        self.bar, self.task, self.failed = bar, task, 0

    def advance(self, count: int = 1, failed: int = 0) -> None:
        if self.bar is None:
            return
        self.failed += failed
        self.bar.update(self.task, advance=count, failed=self.failed)


@contextlib.contextmanager
def _progress(total: int, done: int = 0) -> Iterator[_Bar]:
    """Yield a bar on stderr when it is a terminal (else one that shows nothing)."""
    if total - done < 2 or not sys.stderr.isatty():
        yield _Bar(None, None)
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    class Rate(TextColumn):
        def render(self, task: Any) -> Any:
            from rich.text import Text

            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f} docs/s" if speed else "… docs/s")

    columns = (
        TextColumn("Extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        Rate(""),
        TextColumn("{task.fields[failed]} failed"),
        TimeRemainingColumn(),
    )
    console = Console(stderr=True)
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("Extracting", total=total, completed=done, failed=0)
        yield _Bar(bar, task)


def _read_inputs(args: argparse.Namespace) -> tuple[list[str], list[str]]:
    """The sources to extract, and one message per input that gave none."""
    from reviewer.io.batch.sources import expand

    expanded = expand(list(args.paths), list(args.manifest))
    problems = [f"{spec}: {why}" for spec, why in expanded.problems]
    return expanded.sources, problems


def _settings(args: argparse.Namespace) -> dict[str, str]:
    """What the rows depend on besides the files (a resume must match it)."""
    from reviewer.core.extraction import EXTRACTOR_VERSION

    return {
        "reviewer": args.reviewer,
        "extractor_version": EXTRACTOR_VERSION,
        "model": getattr(args, "model_path", ""),
    }


def _usable(args: argparse.Namespace) -> bool:
    """Check the options before any work (saying what is wrong); sets model_path."""
    if not args.paths and not args.manifest:
        say("name the files, folders, globs or URLs to extract (or --manifest)")
        return False
    if args.format == "parquet" and importlib.util.find_spec("pyarrow") is None:
        say(
            "--format parquet needs pyarrow: install the cluster extra "
            "(pip install 'board-change-reviewer[cluster]')"
        )
        return False
    args.model_path = _model_path(args.model)
    return args.model_path is not None


def _model_path(model: Path | None) -> str | None:
    """The checked path of ``--model`` ("" for the built-in; None: said why not)."""
    if model is None:
        return ""
    from reviewer.core.modelfile import ModelFileError, load_model_file

    try:
        chosen = load_model_file(model)
    except ModelFileError as exc:
        say(str(exc))
        return None
    say(f"extracting with {chosen.extractor_version}")
    return str(chosen.path.resolve())


def run(args: argparse.Namespace) -> int:
    """Extract every input into the dataset; nonzero when any file failed.

    Exit codes: 0 all written; 1 a file failed (or none was found); 2 the
    dataset could not be written; 3 the cluster was lost (run again to resume);
    130 interrupted (run again to resume).
    """
    from reviewer.io.batch import Budget, WorkerStartError
    from reviewer.io.batch.parts import PartStore
    from reviewer.io.dataset import DatasetError
    from reviewer.io.dataset.safewrite import error_for

    if not _usable(args):
        return 2
    sources, problems = _read_inputs(args)
    for problem in problems:
        say(f"skipped {problem}")
    if not sources:
        say("no supported files found")
        return 1
    store = PartStore(args.output, args.format, _settings(args))
    try:
        resumed = store.open()
    except OSError as exc:
        say(str(error_for(exc, args.output)))
        return 2
    done = store.done_sources() if resumed else set()
    todo = [s for s in sources if s not in done]
    if done:
        say(
            f"resuming: {len(sources) - len(todo)} of {len(sources)} document(s) "
            f"were already extracted (in {store.folder})"
        )
    budget = Budget(timeout=args.timeout, max_memory_mb=args.max_memory)
    max_bytes = int(args.max_size * MB) if args.max_size else sys.maxsize
    failed: list[ExtractOutcome] = []
    try:
        if args.scheduler:
            code = _run_on_cluster(args, store, todo, budget, max_bytes, failed)
            if code:
                return code
        else:
            _run_here(args, store, todo, budget, max_bytes, failed, len(sources))
    except WorkerStartError as exc:
        say(str(exc))
        return 1
    except KeyboardInterrupt:
        say(
            "interrupted; the dataset was not changed (the documents finished so "
            f"far are kept in {store.folder}: run the same command again to resume)"
        )
        return 130
    for outcome in failed:
        say(f"skipped {outcome.error}")
    failures = len(failed) + len(problems)
    try:
        written = _merge(args, store, sources)
    except DatasetError as exc:
        say(str(exc))
        return 2
    except OSError as exc:
        say(f"{args.output}: cannot be written ({exc})")
        return 2
    store.remove()
    if written is not None:
        say(f"{written} document(s) written to {args.output}, {failures} failed")
    return 1 if failures else 0


def _run_here(
    args: argparse.Namespace,
    store: Any,
    todo: Sequence[str],
    budget: Budget,
    max_bytes: int,
    failed: list[ExtractOutcome],
    total: int,
) -> None:
    """The batch in local worker processes, which write the parts themselves.

    A part per chunk of files, committed as the chunk finishes.
    """
    with _progress(total, total - len(todo)) as bar:

        def on_outcome(_index: int, outcome: ExtractOutcome) -> None:
            if not outcome.ok:
                failed.append(outcome)
            bar.advance(1, 0 if outcome.ok else 1)

        extract_all(
            todo,
            args.output,
            reviewer=args.reviewer,
            jobs=args.jobs,
            budget=budget,
            max_bytes=max_bytes,
            on_outcome=on_outcome,
            model=args.model_path,
            parts=store.folder,
            fmt=args.format,
        )


def _run_on_cluster(
    args: argparse.Namespace,
    store: Any,
    todo: Sequence[str],
    budget: Budget,
    max_bytes: int,
    failed: list[ExtractOutcome],
) -> int:
    """The batch on Dask; 0, or the exit code when the cluster is unusable."""
    from reviewer.io.batch.dask_backend import ClusterError, connect, run_on_cluster

    try:
        cluster = connect(args.scheduler)
    except (ClusterError, ValueError) as exc:
        say(str(exc))
        return 3
    lost = False
    try:
        if cluster.dashboard:
            say(f"Dask dashboard: {cluster.dashboard}")
        tasks = [
            _task(
                s,
                args.output,
                args.reviewer,
                max_bytes,
                args.model_path,
                store.folder,
                args.format,
            )
            for s in todo
        ]
        total = len(todo)
        with _progress(total) as bar:

            def on_result(index: int, result: TaskResult) -> None:
                failed.append(_outcome(todo[index], result))
                bar.advance(1, 1)

            try:
                run_on_cluster(
                    cluster,
                    extract_task,
                    tasks,
                    budget=budget,
                    commit=commit_part,
                    brief=brief_result,
                    sizes=[source_size(s) for s in todo],
                    per_task=args.files_per_task,
                    preload=PRELOAD,
                    on_result=on_result,
                    on_written=lambda count: bar.advance(count),
                )
            except ClusterError as exc:
                lost = True
                say(
                    f"{exc}; the documents finished so far are kept in "
                    f"{store.folder}: run the same command again to resume"
                )
                return 3
    finally:
        cluster.close(lost)
    return 0


def _merge(args: argparse.Namespace, store: Any, sources: Sequence[str]) -> int | None:
    """Merge the parts into the output; the documents written (None: nothing)."""
    from reviewer.io.batch.parts import save_parquet
    from reviewer.io.dataset import save_records

    records, duplicates = store.collect(sources)
    for source, first in duplicates:
        say(f"{source} has the same content as {first}; written once")
    if not records:
        return None
    keep = not args.overwrite_reviewed
    if args.format == "parquet":
        summary: Any = save_parquet(args.output, records, keep_reviewed=keep)
    else:
        from reviewer.io.dataset import DatasetError

        try:
            summary = save_records(
                args.output,
                records,
                keep_reviewed=keep,
                lock_timeout=args.lock_wait,
                on_wait=lambda: _note_waiting(args.output, args.lock_wait),
                kept="",
            )
        except DatasetError:
            _keep_aside(args.output, records)
            raise
    for doc_id in summary.kept_reviewed:
        say(
            f"kept the reviewed rows of {doc_id} (use --overwrite-reviewed to "
            "replace them)"
        )
    return len(summary.written)


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
