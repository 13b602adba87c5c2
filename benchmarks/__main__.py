"""Run every benchmark and print one table: ``python -m benchmarks [--quick]``.

Each figure is printed with its unit, the baseline measured in the same run,
the ratio value / baseline, the goal, whether it is met, and when and where it
was measured (UTC time, machine, cores and load average). Figures that need
the development corpus say "skipped (no corpus)" when it is absent (set
``REVIEWER_CORPUS`` to point elsewhere). ``--quick`` runs fewer repeats.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import os
import re
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks import Row

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("REVIEWER_CORPUS", ROOT / "data" / "corpus"))


@dataclass(frozen=True)
class Spec:
    """How to show a figure: unit, scale of value and baseline, and its goal.

    Attributes:
        pattern: a regular expression searched in the figure's name.
        unit: the unit printed after the scaled value.
        scale: multiplies the value and the baseline (e.g. 1000 for s -> ms).
        goal: the goal in words, or "" when the figure is informative only.
        met: decides from (value, baseline, ratio), unscaled.
    """

    pattern: str
    unit: str
    scale: float = 1.0
    goal: str = ""
    met: Callable[[float, float, float], bool] | None = None


SPECS = (
    # bench_app
    Spec("cold start", "ms", 1000, "ratio <= 1.5", lambda v, b, r: r <= 1.5),
    Spec("heavy modules", "modules", 1, "0", lambda v, b, r: v == 0),
    Spec("sample highlights", "ms", 1000, "< 100 ms", lambda v, b, r: v < 0.1),
    Spec(
        "first open after the warm-up",
        "ms",
        1000,
        "ratio <= 1.25",
        lambda v, b, r: r <= 1.25,
    ),
    Spec("open seed", "ms", 1000, "< 100 ms", lambda v, b, r: v < 0.1),
    Spec("first page", "ms", 1000, "< 300 ms", lambda v, b, r: v < 0.3),
    Spec(
        "whole document shown",
        "ms",
        1000,
        "< 1000 ms, ratio <= 0.15",
        lambda v, b, r: v < 1.0 and r <= 0.15,
    ),
    Spec("event-loop stall", "ms", 1000, "< 100 ms", lambda v, b, r: v < 0.1),
    Spec("peak RSS", "MB", 1, "< 300 MB", lambda v, b, r: v < 300),
    # bench_batch
    Spec(r"docs/s.*--jobs|--jobs.*docs/s", "docs/s"),
    Spec("speed-up|speedup", "x", 1, "> 1 with more jobs", lambda v, b, r: v > 1.0),
    Spec("batch|reviewer extract", "docs/s"),
    # bench_loading
    Spec(r"pdf all ms/page", "ms/page", 1, "ratio <= 0.2", lambda v, b, r: r <= 0.2),
    Spec(r"pdf .* ms/page", "ms/page", 1, "ratio <= 0.2", lambda v, b, r: r <= 0.2),
    Spec("load MB/s", "MB/s"),
    # bench_extraction
    Spec("extract docs/s", "docs/s", 1, ">= 200 docs/s", lambda v, b, r: v >= 200),
    Spec("extract ms", "ms", 1, "< 300 ms", lambda v, b, r: v < 300),
    Spec("share of extract", "share"),
    # bench_persons
    Spec("non-person event rows", "rows", 1, "0", lambda v, b, r: v == 0),
    Spec("extract time per filing", "ms", 1000),
    Spec("likelihood us/name", "us", 1, "< 100 us", lambda v, b, r: v < 100),
    # bench_dataset
    Spec("save 1 document", "ms", 1000, "ratio <= 1", lambda v, b, r: r <= 1.0),
    Spec("dataset", "ms", 1000, "< 1000 ms", lambda v, b, r: v < 1.0),
    Spec("autosave", "ms", 1000, "< 100 ms", lambda v, b, r: v < 0.1),
    Spec("status of", "ms", 1000, "< 100 ms", lambda v, b, r: v < 0.1),
    # bench_learning (the learning curve itself: python -m benchmarks.bench_learning)
    Spec("train 1000 reviewed", "s", 1, "<= 10 s", lambda v, b, r: v <= 10.0),
    # bench_views (value in ms, baseline is the 100 ms budget); a page is drawn
    # off the GUI thread, so its render is a wait, not a stall (docview's goal)
    Spec("view: page render", "ms", 1, "< 200 ms", lambda v, b, r: v < 200),
    Spec("view:", "ms", 1, "< 100 ms", lambda v, b, r: v < 100),
)

CORPUS_BENCHES = {"bench_loading", "bench_batch", "bench_learning"}
"""Benchmarks that measure nothing without the corpus."""

BENCHES = (
    "bench_app",
    "bench_loading",
    "bench_batch",
    "bench_extraction",
    "bench_dataset",
    "bench_views",
    "bench_persons",
    "bench_learning",
)


def spec_for(figure: str) -> Spec:
    """The display spec of a figure (a plain one when none matches)."""
    for spec in SPECS:
        if re.search(spec.pattern, figure):
            return spec
    return Spec("", "")


def _note(figure: str, note: str) -> list[str]:
    """A table line that only says something about a figure (skipped, failed)."""
    return [figure, note] + [""] * (len(HEADER) - 2)


def measured_stamp() -> str:
    """When and where a figure is measured: UTC time, machine, cores, load."""
    import datetime
    import platform

    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    try:
        load = f", load {os.getloadavg()[0]:.1f}"
    except OSError:  # not on every platform
        load = ""
    return f"{now}, {platform.node() or 'unknown host'} ({os.cpu_count()} cores{load})"


def _call_run(module: object, corpus: Path, quick: bool) -> list[Row]:
    run = module.run  # type: ignore[attr-defined]
    params = inspect.signature(run).parameters
    kwargs: dict[str, object] = {}
    if "corpus" in params:
        kwargs["corpus"] = corpus
    if "quick" in params:
        kwargs["quick"] = quick
    if quick and "rows" in params:
        kwargs["rows"] = 20_000
    return list(run(**kwargs))


def collect(corpus: Path, quick: bool, only: set[str]) -> list[list[str]]:
    """Run the benchmarks; return the table's lines as lists of cells."""
    have_corpus = (corpus / "raw").is_dir()
    table: list[list[str]] = []
    for name in BENCHES:
        if only and name not in only:
            continue
        try:
            module = importlib.import_module(f"benchmarks.{name}")
        except ImportError as exc:
            if exc.name == f"benchmarks.{name}":
                table.append(_note(f"{name}", "skipped (not present)"))
                continue
            raise
        if not hasattr(module, "run"):
            table.append(_note(f"{name}", "skipped (no run())"))
            continue
        if name in CORPUS_BENCHES and not have_corpus:
            table.append(_note(f"{name}", "skipped (no corpus)"))
            continue
        started = time.perf_counter()
        stamp = measured_stamp()
        print(f"running {name}...", file=sys.stderr, flush=True)
        try:
            rows = _call_run(module, corpus, quick)
        except Exception as exc:  # noqa: BLE001 - one failing bench keeps the others
            traceback.print_exc()
            table.append(_note(f"{name}", f"failed: {exc}"[:60]))
            continue
        print(
            f"  {name}: {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
            flush=True,
        )
        table.extend([*_cells(row), stamp] for row in rows)
        if not have_corpus and name == "bench_app":
            table.append(_note("long PDF, peak RSS", "skipped (no corpus)"))
    return table


def _cells(row: Row) -> list[str]:
    figure, value, baseline, ratio = row
    spec = spec_for(figure)
    met = (
        ""
        if spec.met is None
        else ("yes" if spec.met(value, baseline, ratio) else "NO")
    )
    return [
        figure,
        _number(value * spec.scale),
        spec.unit,
        _number(baseline * spec.scale),
        f"{ratio:.3g}",
        spec.goal,
        met,
    ]


def _number(value: float) -> str:
    if value == 0 or abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


HEADER = ["figure", "value", "unit", "baseline", "ratio", "goal", "met?", "measured"]


def render(table: list[list[str]], markdown: bool = False) -> str:
    """The table as aligned text (or a Markdown table)."""
    table = [cells + [""] * (len(HEADER) - len(cells)) for cells in table]
    if markdown:
        lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
        lines += ["| " + " | ".join(cells) + " |" for cells in table]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in [HEADER, *table]) for i in range(len(HEADER))]
    right = {1, 3, 4}

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return "\n".join(
        [line(HEADER), "  ".join("-" * w for w in widths)]
        + [line(cells) for cells in table]
    )


TABLE_START = "<!-- bench:start -->"
TABLE_END = "<!-- bench:end -->"


def replace_table(document: str, table: str) -> str:
    """``document`` with the text between the bench markers replaced by ``table``.

    Raises:
        ValueError: the document lacks the markers.
    """
    start, end = document.find(TABLE_START), document.find(TABLE_END)
    if start < 0 or end < start:
        raise ValueError(f"no {TABLE_START} ... {TABLE_END} markers to replace")
    head = document[: start + len(TABLE_START)]
    return f"{head}\n{table}\n{document[end:]}"


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks and print the table; 0 even when goals are missed."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--markdown", action="store_true", help="a Markdown table")
    parser.add_argument(
        "--only", action="append", default=[], help="run only this bench (repeatable)"
    )
    parser.add_argument(
        "--update",
        type=Path,
        metavar="FILE",
        help="also write the Markdown table into FILE between its bench markers",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    started = time.perf_counter()
    table = collect(args.corpus, args.quick, set(args.only))
    print(render(table, args.markdown))
    if args.update is not None:
        document = args.update.read_text(encoding="utf-8")
        updated = replace_table(document, render(table, markdown=True))
        args.update.write_text(updated, encoding="utf-8")
    print(f"\n{len(table)} figures in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
