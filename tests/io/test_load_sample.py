"""The bundled sample PDF (made by scripts/make_sample_pdf.py) loads and reads well."""

from __future__ import annotations

from pathlib import Path

from reviewer.core.document import DocumentFormat
from reviewer.io.loaders import load_document


def test_sample_pdf_reads_as_sentences(samples_dir: Path) -> None:
    document = load_document(samples_dir / "seed-21vianet.pdf")
    assert document.format is DocumentFormat.PDF
    assert document.page_count == 1
    assert document.layout is not None
    assert document.layout.page_sizes[0] == (612.0, 792.0)  # US Letter
    text = document.text
    assert "Tao Zou" in text
    assert "Mr. Tao Zou, a director of the Company nominated by King Venture" in text
    start = text.index("Tao Zou")
    boxes = document.layout.boxes_for(start, start + len("Tao Zou"))
    assert len(boxes) == 1
    assert boxes[0].page == 1
    assert 0 < boxes[0].x0 < boxes[0].x1 < 612
    assert 0 < boxes[0].top < boxes[0].bottom < 792


def test_sample_pdf_has_the_sample_text(samples_dir: Path) -> None:
    pdf = load_document(samples_dir / "seed-21vianet.pdf").text
    text = load_document(samples_dir / "seed-21vianet.txt").text
    assert pdf.split() == text.split()
