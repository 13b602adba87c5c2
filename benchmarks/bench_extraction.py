"""How fast the extractor runs; how an extract run splits into loading and extracting.

Run from the repository root::

    python -m benchmarks.bench_extraction [--corpus PATH]

Prints, on one core:

* extraction throughput on ~5 KB announcement texts, in documents per second
  (goal: at least 200 docs/s);
* the time to extract the largest document of the corpus (a long EDGAR
  submission; goal: a few hundred ms at most);
* the share of an extract run over the corpus spent loading versus extracting.

``run()`` returns the figures as rows (figure, value, baseline, ratio) for a
combined benchmark command.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from benchmarks import Row, print_rows

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("REVIEWER_CORPUS", ROOT / "data" / "corpus"))
GOAL_DOCS_PER_SECOND = 200.0
GOAL_LARGE_MS = 300.0


_TEMPLATE = (
    "SPRINGFIELD, March {day}, 2024 (NEWSWIRE) -- Acme Widgets Inc. (NYSE: ACW) "
    "today announced that Mr. Peter Quill{n} has resigned from the Board of "
    "Directors, effective immediately, for personal reasons. Mr. Quill{n}'s "
    "resignation did not result from any disagreement with the Company. The Board "
    "has appointed Jane Q. Doe{n} as an independent director, effective April 1, "
    "2024; Ms. Doe{n} will serve on the Audit and Compensation Committees. "
    "Following these changes, the Board will consist of nine members, including "
    "seven independent directors.\n\n"
    "Ms. Doe{n} serves on the board of directors of Globex Corporation and was "
    "previously Chief Financial Officer of Initech Inc. \u201cWe thank Peter for "
    "his years of service,\u201d said Leslie Knope, Chair of the Board.\n\n"
)
_FILLER = (
    "About Acme Widgets Inc.\n\nAcme Widgets makes widgets for customers in more "
    "than forty countries. This press release contains forward-looking statements "
    "within the meaning of the Private Securities Litigation Reform Act of 1995, "
    "which involve risks and uncertainties that could cause actual results to "
    "differ materially from those expressed or implied.\n\n"
)


def synthetic_documents(count: int = 200, size: int = 5000) -> list[object]:
    """``count`` distinct announcement documents of about ``size`` characters."""
    from reviewer.core.document import Document, DocumentFormat

    documents: list[object] = []
    for n in range(count):
        text = _TEMPLATE.format(day=1 + n % 28, n="" if n % 2 else "e")
        while len(text) < size:
            text += _FILLER
        documents.append(
            Document(
                text[:size], f"synthetic-{n}.txt", f"{n:064x}", DocumentFormat.TEXT
            )
        )
    return documents


def _throughput(documents: list[object], repeat: int = 3) -> float:
    from reviewer.core.extraction import extract

    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for document in documents:
            extract(document)  # type: ignore[arg-type]
        best = min(best, time.perf_counter() - start)
    return len(documents) / best


def bench_throughput(corpus: Path | None) -> list[Row]:
    """Docs/s on synthetic ~5 KB texts and, when present, the corpus' text files."""
    rows: list[Row] = []
    docs_per_s = _throughput(synthetic_documents())
    rows.append(
        ("extract docs/s, synthetic 5 KB", docs_per_s, GOAL_DOCS_PER_SECOND,
         docs_per_s / GOAL_DOCS_PER_SECOND)
    )  # fmt: skip
    if corpus is not None and (corpus / "raw").is_dir():
        from reviewer.io.loaders import load_document

        small = [
            load_document(p)
            for p in sorted((corpus / "raw").glob("*.txt"))
            if 2000 <= p.stat().st_size <= 16000
        ]
        if small:
            kb = sum(len(d.text) for d in small) / len(small) / 1000
            rate = _throughput(small)  # type: ignore[arg-type]
            rows.append(
                (f"extract docs/s, corpus press releases (avg {kb:.1f} KB)", rate,
                 GOAL_DOCS_PER_SECOND, rate / GOAL_DOCS_PER_SECOND)
            )  # fmt: skip
    return rows


def bench_long_text() -> list[Row]:
    """One 500 KB text read whole (no EDGAR parts to narrow it): extract time."""
    from reviewer.core.document import Document, DocumentFormat
    from reviewer.core.extraction import extract

    base = str(getattr(synthetic_documents(1)[0], "text", ""))
    text = (base * (500_000 // len(base) + 1))[:500_000]
    document = Document(text, "long.txt", "f" * 64, DocumentFormat.TEXT)
    extract(document)  # warm
    start = time.perf_counter()
    extract(document)
    ms = 1000 * (time.perf_counter() - start)
    return [
        ("extract ms, synthetic 500 KB text", ms, GOAL_LARGE_MS, ms / GOAL_LARGE_MS)
    ]


def bench_corpus(corpus: Path) -> list[Row]:
    """Largest document's extract time; loading vs extracting over the corpus."""
    from reviewer.core.extraction import extract
    from reviewer.io.loaders import load_document

    load_s = extract_s = 0.0
    largest: tuple[int, float, str] = (0, 0.0, "")
    for path in sorted((corpus / "raw").iterdir()):
        start = time.perf_counter()
        document = load_document(path)
        loaded = time.perf_counter()
        extract(document)
        done = time.perf_counter()
        load_s += loaded - start
        extract_s += done - loaded
        size = path.stat().st_size
        if size > largest[0]:
            extract(document)  # second run: warm
            again = time.perf_counter()
            extract(document)
            largest = (size, 1000 * (time.perf_counter() - again), path.name)
    total = load_s + extract_s
    return [
        (f"extract ms, largest file {largest[2]} ({largest[0] / 1e3:.0f} KB)",
         largest[1], GOAL_LARGE_MS, largest[1] / GOAL_LARGE_MS),
        ("share of extract run spent loading (corpus)", load_s / total, 1.0,
         load_s / total),
        ("share of extract run spent extracting (corpus)", extract_s / total, 1.0,
         extract_s / total),
    ]  # fmt: skip


def run(corpus: Path | None = DEFAULT_CORPUS) -> list[Row]:
    """Every figure of this benchmark as (figure, value, baseline, ratio) rows."""
    rows = bench_throughput(corpus) + bench_long_text()
    if corpus is not None and (corpus / "raw").is_dir():
        rows += bench_corpus(corpus)
    return rows


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    print_rows(run(args.corpus))


if __name__ == "__main__":
    main()
