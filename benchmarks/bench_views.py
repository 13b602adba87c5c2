"""How fast the document view, the legend and the PDF page view respond.

Run from the repository root (offscreen is fine)::

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_views

The text is the bundled sample filing repeated to 500 KB with 1,000 random
entities over all labels; the PDF is 30 A4 pages of that text written with
QPdfWriter. Goals: set_entities well under 100 ms, a page render under 200 ms.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import Row


def _ms(action: Callable[[], object], repeat: int = 7) -> tuple[float, float]:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append(1000 * (time.perf_counter() - start))
    return statistics.median(runs), max(runs)


def _write_pdf(path: Path, lines: list[str], pages: int) -> None:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10)
    painter.setFont(font)
    for page in range(pages):
        if page:
            writer.newPage()
        for i in range(60):
            painter.drawText(50, 50 + 12 * i, lines[(page * 60 + i) % len(lines)][:110])
    painter.end()


BUDGET_MS = 100.0
"""A step the user waits for should take less than this (a stall they feel)."""


def measure(quick: bool = False) -> list[tuple[str, float, float]]:
    """Each step as (name, median ms, worst ms)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from reviewer.pyside_guard import immortalize_singletons

    immortalize_singletons()  # PySide6 6.12.0 on Python 3.11 (see reviewer/app.py)
    from reviewer.core.document import Document, DocumentFormat
    from reviewer.core.entities import Entity, EntityLabel
    from reviewer.paths import sample_filing
    from reviewer.ui.document.document_view import DocumentView
    from reviewer.ui.document.legend import Legend
    from reviewer.ui.pdf.page_view import PageView

    app = QApplication.instance() or QApplication([])
    seed = sample_filing().read_text(encoding="utf-8")
    text = (seed * (500_000 // len(seed) + 1))[:500_000]
    rng = random.Random(1)
    labels = list(EntityLabel)
    entities = []
    for i in range(1000):
        start = rng.randrange(0, len(text) - 40)
        end = start + rng.randrange(3, 40)
        entities.append(Entity(start, end, labels[i % len(labels)], text[start:end]))
    document = Document(text, "big.txt", "0" * 64, DocumentFormat.TEXT)
    rows: list[tuple[str, float, float]] = []

    view = DocumentView()
    view.resize(900, 700)
    view.show()
    app.processEvents()
    rows.append(("set_document (500 KB)", *_ms(lambda: view.set_document(document))))
    view.set_document(document)
    first = _ms(lambda: view.set_entities(entities), repeat=1)
    rows.append(("set_entities (1,000), first", *first))
    rows.append(
        ("set_entities (1,000), again", *_ms(lambda: view.set_entities(entities)))
    )

    def toggle() -> None:
        view.set_hidden_labels(() if view.hidden_labels() else {"PERSON"})

    rows.append(("set_hidden_labels", *_ms(toggle)))

    def scroll() -> None:
        bar = view.verticalScrollBar()
        bar.setValue(rng.randrange(bar.maximum()))
        view.viewport().repaint()

    rows.append(("scroll + repaint", *_ms(scroll, repeat=8 if quick else 20)))
    legend = Legend()
    rows.append(("legend set_entities", *_ms(lambda: legend.set_entities(entities))))

    pages = PageView()
    pages.resize(700, 900)
    pages.show()
    app.processEvents()

    def until_rendered(action: Callable[[], object]) -> float:
        shown: list[int] = []
        pages.page_rendered.connect(shown.append)
        start = time.perf_counter()
        action()
        while not shown:
            app.processEvents()
        pages.page_rendered.disconnect(shown.append)
        return 1000 * (time.perf_counter() - start)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "30-pages.pdf"
        _write_pdf(path, seed.splitlines(), 30)
        pdf = Document("", str(path), "0" * 64, DocumentFormat.PDF)
        opened = until_rendered(lambda: pages.set_document(pdf))
        rows.append(("open 30-page PDF + page 1", opened, opened))
        renders = [
            until_rendered(lambda k=k: pages.go_to_page(k)) for k in (10, 20, 5, 25)
        ]
        rows.append(
            ("page render, not cached", statistics.median(renders), max(renders))
        )
        deadline = time.perf_counter() + 0.5
        while time.perf_counter() < deadline:
            app.processEvents()
        prefetched = until_rendered(pages.next_page)
        rows.append(("next page (prefetched)", prefetched, prefetched))
        pages.set_document(None)

    # Was a wall-clock assert in the tests (< 2 s); the figure lives here now.
    from reviewer.models.queue_model import QueueModel, list_folder

    with tempfile.TemporaryDirectory() as folder:
        for number in range(1000):
            (Path(folder) / f"f{number:04d}.txt").write_text("x", encoding="utf-8")

        def listing() -> None:
            QueueModel().add_paths(list_folder(Path(folder), {".txt"}))

        rows.append(("queue a folder of 1,000 filings", *_ms(listing, repeat=3)))
    return rows


def run(quick: bool = False) -> list[Row]:
    """Every step's worst time in ms next to the 100 ms budget, as rows."""
    return [
        (f"view: {name} (worst ms)", worst, BUDGET_MS, worst / BUDGET_MS)
        for name, _median, worst in measure(quick)
    ]


def main() -> None:
    """Print one row per measured step."""
    print(f"{'step':34s} {'median ms':>10s} {'max ms':>8s}")
    for name, median, worst in measure():
        print(f"{name:34s} {median:10.1f} {worst:8.1f}")


if __name__ == "__main__":
    main()
