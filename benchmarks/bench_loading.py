"""How fast files load: PDFs against pdfplumber, text and HTML in MB/s.

Run from the repository root::

    python -m benchmarks.bench_loading [--corpus PATH]

For every PDF of the development corpus it prints the app's load time per page
(text, character boxes, flow) and pdfplumber's bare ``page.extract_text()`` time
per page over the same file in the same run, and their ratio (goal <= 0.2). For
the text, Markdown, HTML and EDGAR files it prints the load rate in MB/s next to
lxml's bare ``text_content()`` on the same bytes.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import Row, print_rows

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("REVIEWER_CORPUS", ROOT / "data" / "corpus"))


def _best(action: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def _pdfplumber_seconds(path: Path) -> tuple[float, int]:
    import pdfplumber

    start = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        pages = len(pdf.pages)
        for page in pdf.pages:
            page.extract_text()
    return time.perf_counter() - start, pages


def bench_pdfs(corpus: Path, repeat: int = 3) -> list[Row]:
    """Per-PDF rows and a total row: ms per page, app vs pdfplumber."""
    from reviewer.io.loaders import load_document

    rows: list[Row] = []
    app_total = base_total = 0.0
    pages_total = 0
    for path in sorted((corpus / "raw").glob("*.pdf")):
        load_document(path)  # warm up (imports, caches)
        app = _best(lambda path=path: load_document(path), repeat)
        base, pages = _pdfplumber_seconds(path)
        app_total += app
        base_total += base
        pages_total += pages
        app_ms, base_ms = 1000 * app / pages, 1000 * base / pages
        rows.append(
            (f"pdf {path.name} ms/page ({pages} p)", app_ms, base_ms, app_ms / base_ms)
        )
    if pages_total:
        app_ms = 1000 * app_total / pages_total
        base_ms = 1000 * base_total / pages_total
        rows.append(
            (f"pdf all ms/page ({pages_total} p)", app_ms, base_ms, app_ms / base_ms)
        )
    return rows


def bench_text(corpus: Path, repeat: int = 3) -> list[Row]:
    """Text/Markdown/HTML/EDGAR load rate in MB/s against lxml text_content()."""
    import lxml.html

    from reviewer.io.loaders import load_document

    files = [
        p
        for p in sorted((corpus / "raw").iterdir())
        if p.suffix in (".txt", ".html", ".htm", ".md")
    ]
    if not files:
        return []
    size_mb = sum(p.stat().st_size for p in files) / 1e6

    def load_all() -> None:
        for path in files:
            load_document(path)

    def lxml_all() -> None:
        for path in files:
            lxml.html.document_fromstring(path.read_bytes()).text_content()

    app = size_mb / _best(load_all, repeat)
    base = size_mb / _best(lxml_all, repeat)
    return [
        (
            f"text/html load MB/s ({len(files)} files, {size_mb:.2f} MB)",
            app,
            base,
            app / base,
        )
    ]


def run(corpus: Path = DEFAULT_CORPUS) -> list[Row]:
    """All loading figures as (name, value, baseline, ratio) rows."""
    if not (corpus / "raw").is_dir():
        raise FileNotFoundError(f"no corpus at {corpus} (set REVIEWER_CORPUS)")
    return bench_pdfs(corpus) + bench_text(corpus)


def main(argv: list[str] | None = None) -> int:
    """Print the figures as a table."""
    parser = argparse.ArgumentParser(description="Loading benchmark")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    print_rows(run(args.corpus))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
